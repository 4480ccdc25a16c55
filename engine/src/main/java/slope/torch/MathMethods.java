package slope.torch;

import static slope.torch.TensorMethods.alias;
import static slope.torch.TensorMethods.both;
import static slope.torch.TensorMethods.compare;
import static slope.torch.TensorMethods.other;

import slope.ops.Compare;
import slope.ops.Pointwise;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.BinaryOp;
import slope.tensor.Tensor;
import slope.torch.TensorMethods.Op;

/**
 * The elementwise math beyond the basics (inverse and hyperbolic trigonometry, exp2, erfc, ...), the logical ops,
 * the tests for infinities and the comparisons' long names, each a tensor method and a torch function, added to
 * {@link TensorMethods}' table. NumPy's names (arcsin, arctan2, greater, ...) are PyTorch's aliases: the same op,
 * the same grad_fn.
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
        both("xlogy", (t, a) -> Pointwise.xlogy(t, other(a, "other")), "other");
        both("logaddexp", (t, a) -> Pointwise.logaddexp(t, other(a, "other")), "other");
        both("logit", (t, a) -> Pointwise.logit(t, a.getOrNone("eps", slope.lang.Py.NONE) == slope.lang.Py.NONE ? null
                : a.getDouble("eps")), "eps");
        both("exp2", (t, a) -> Pointwise.exp2(t));
        both("expm1", (t, a) -> Pointwise.expm1(t));
        both("erfc", (t, a) -> Pointwise.erfc(t));
        both("frac", (t, a) -> Pointwise.frac(t));
        both("deg2rad", (t, a) -> Pointwise.deg2rad(t));
        both("rad2deg", (t, a) -> Pointwise.rad2deg(t));
        both("sgn", (t, a) -> Pointwise.sgn(t));
        both("signbit", (t, a) -> Kernels.unary(Kernels.UnaryOp.SIGNBIT, t, DType.BOOL));
        both("logical_and", compare(BinaryOp.AND), "other");
        both("logical_or", compare(BinaryOp.OR), "other");
        both("logical_xor", compare(BinaryOp.XOR), "other");
        both("isposinf", (t, a) -> Compare.eq(t, Double.POSITIVE_INFINITY));
        both("isneginf", (t, a) -> Compare.eq(t, Double.NEGATIVE_INFINITY));
        both("isinf", (t, a) -> isinf(t));
        both("isfinite", (t, a) -> Compare.and(Compare.eq(t, t), Compare.logicalNot(isinf(t)))); // x == x: not NaN
        alias("greater", "gt");
        alias("greater_equal", "ge");
        alias("less", "lt");
        alias("less_equal", "le");
        alias("not_equal", "ne");
    }

    /** An op under its name and its NumPy-style alias. */
    private static void aliased(String name, String alias, Op op, String... spec) {
        both(name, op, spec);
        alias(alias, name);
    }

    private static Tensor isinf(Tensor t) {
        return Compare.or(Compare.eq(t, Double.POSITIVE_INFINITY), Compare.eq(t, Double.NEGATIVE_INFINITY));
    }
}
