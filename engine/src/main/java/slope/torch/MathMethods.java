package slope.torch;

import static slope.torch.TensorMethods.both;
import static slope.torch.TensorMethods.other;

import slope.ops.Pointwise;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.torch.TensorMethods.Op;

/**
 * The elementwise math beyond the basics (inverse and hyperbolic trigonometry, exp2, erfc, ...), each a tensor
 * method and a torch function, added to {@link TensorMethods}' table. NumPy's names (arcsin, arctan2, ...) are
 * PyTorch's aliases: the same op, the same grad_fn.
 */
final class MathMethods {
    private MathMethods() {}

    static void register() {
        aliased("asin", "arcsin", (t, a) -> Pointwise.asin(t));
        aliased("acos", "arccos", (t, a) -> Pointwise.acos(t));
        aliased("atan", "arctan", (t, a) -> Pointwise.atan(t));
        both("sinh", (t, a) -> Pointwise.sinh(t));
        both("cosh", (t, a) -> Pointwise.cosh(t));
        aliased("asinh", "arcsinh", (t, a) -> Pointwise.asinh(t));
        aliased("acosh", "arccosh", (t, a) -> Pointwise.acosh(t));
        aliased("atanh", "arctanh", (t, a) -> Pointwise.atanh(t));
        aliased("atan2", "arctan2", (t, a) -> Pointwise.atan2(t, other(a, "other")), "other");
        both("hypot", (t, a) -> Pointwise.hypot(t, other(a, "other")), "other");
        both("exp2", (t, a) -> Pointwise.exp2(t));
        both("erfc", (t, a) -> Pointwise.erfc(t));
        both("frac", (t, a) -> Pointwise.frac(t));
        both("deg2rad", (t, a) -> Pointwise.deg2rad(t));
        both("rad2deg", (t, a) -> Pointwise.rad2deg(t));
        both("sgn", (t, a) -> Pointwise.sgn(t));
        both("signbit", (t, a) -> Kernels.unary(Kernels.UnaryOp.SIGNBIT, t, DType.BOOL));
    }

    /** An op under its name and its NumPy-style alias. */
    private static void aliased(String name, String alias, Op op, String... spec) {
        both(name, op, spec);
        both(alias, op, spec);
    }
}
