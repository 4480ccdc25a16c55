package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.autograd.ScalarRules;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.BinaryOp;
import slope.tensor.Tensor;

/** + - * / ** and their relatives, each beside its backward rule (PyTorch's derivatives.yaml). */
public final class Arithmetic {
    private Arithmetic() {}

    private static Tensor apply(BinaryOp op, Tensor a, Tensor b, DType dt) {
        if (a.shape.length == 0 && b.shape.length == 0 && dt.floating && op.ordinal() <= BinaryOp.DIV.ordinal()) {
            return scalarOp(op, a, b, dt);
        }
        return Kernels.binary(op, a, b, dt, dt);
    }

    /**
     * Kernels.binary for two zero-dim operands of + - * / with a floating result, without its
     * broadcasting, stride and storage bookkeeping (scalar graphs spend most of their time there):
     * operands rounded to {@code dt} unless they have it (float64 holds every value), the result
     * rounded to {@code dt}. A one-element tensor always fits the element budget.
     */
    private static Tensor scalarOp(BinaryOp op, Tensor a, Tensor b, DType dt) {
        double x = a.storage.valueAt(a.offset), y = b.storage.valueAt(b.offset);
        if (a.dtype != dt) x = dt.round(x);
        if (b.dtype != dt) y = dt.round(y);
        // comparisons, not an enum switch (see DType.round)
        double r = op == BinaryOp.ADD ? x + y : op == BinaryOp.SUB ? x - y : op == BinaryOp.MUL ? x * y : x / y;
        return Tensor.ofValue(dt.round(r), dt);
    }

    public static Tensor add(Tensor a, Tensor b) {
        Tensor out = apply(BinaryOp.ADD, a, b, Promotion.result(a, b));
        return record(out, "AddBackward0", Saves.NOTHING, g -> new Tensor[] {g, g}, ScalarRules.ADD, a, b);
    }

    public static Tensor sub(Tensor a, Tensor b) {
        checkNotBool(a, b, "Subtraction, the `-` operator,");
        Tensor out = apply(BinaryOp.SUB, a, b, Promotion.result(a, b));
        boolean wantsB = wants(b); // not b: a released node keeps no values (Node.release)
        return record(out, "SubBackward0", Saves.NOTHING, g -> new Tensor[] {g, wantsB ? g.neg() : null}, ScalarRules.SUB, a, b);
    }

    /** {@code number - tensor}: PyTorch's rsub. */
    public static Tensor rsub(Tensor a, Tensor number) {
        checkNotBool(a, number, "Subtraction, the `-` operator,");
        Tensor out = apply(BinaryOp.SUB, number, a, Promotion.result(a, number));
        return record(out, "RsubBackward1", Saves.NOTHING, g -> new Tensor[] {g.neg()}, ScalarRules.NEG, a);
    }

    public static Tensor mul(Tensor a, Tensor b) {
        Tensor out = apply(BinaryOp.MUL, a, b, Promotion.result(a, b));
        return record(out, "MulBackward0", Saves.INPUTS,
                g -> new Tensor[] {wants(a) ? g.mul(b) : null, wants(b) ? g.mul(a) : null}, ScalarRules.MUL, a, b);
    }

    public static Tensor div(Tensor a, Tensor b) {
        Tensor out = apply(BinaryOp.DIV, a, b, Promotion.floating(Promotion.result(a, b)));
        return record(out, "DivBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? g.div(b) : null,
            wants(b) ? g.neg().mul(a.div(b).div(b)) : null}, ScalarRules.DIV, a, b);
    }

    /** {@code a // b}: floor division; not differentiable, as in PyTorch. */
    public static Tensor floorDivide(Tensor a, Tensor b) {
        DType dt = Promotion.result(a, b);
        if (!dt.floating) {
            for (double v : b.values()) {
                if (v == 0) throw PyError.runtime("ZeroDivisionError");
            }
        }
        return apply(BinaryOp.FLOOR_DIV, a, b, dt);
    }

    /** {@code a % b} with Python's sign rule. */
    public static Tensor remainder(Tensor a, Tensor b) {
        DType dt = Promotion.result(a, b);
        Tensor out = apply(BinaryOp.REMAINDER, a, b, dt);
        return record(out, "RemainderBackward0", Saves.INPUTS, g -> new Tensor[] {
            g, wants(b) ? g.neg().mul(floorDivide(a, b)) : null}, a, b);
    }

    /** {@code fmod(a, b)}: the remainder with a's sign (C's fmod, where {@code %} follows b's). */
    public static Tensor fmod(Tensor a, Tensor b) {
        DType dt = Promotion.result(a, b);
        if (!dt.floating) {
            for (double v : b.values()) if (v == 0) throw PyError.runtime("ZeroDivisionError");
        }
        Tensor out = apply(BinaryOp.FMOD, a, b, dt);
        return record(out, "FmodBackward0", Saves.INPUTS, g -> new Tensor[] {
            g, wants(b) ? g.neg().mul(Pointwise.rounding(Kernels.UnaryOp.TRUNC, "TruncBackward0", a.div(b))) : null}, a, b);
    }

    public static Tensor neg(Tensor a) {
        if (a.dtype == DType.BOOL) {
            throw PyError.runtime("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to"
                    + " invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        // a zero-dim operand skips the kernel's layout and budget bookkeeping (the backward of x - y negates scalars)
        Tensor out = a.shape.length == 0 ? Tensor.ofValue(-1.0 * a.storage.valueAt(a.offset), a.dtype) : Kernels.unary(Kernels.UnaryOp.NEG, a, a.dtype);
        return record(out, "NegBackward0", Saves.NOTHING, g -> new Tensor[] {g.neg()}, ScalarRules.NEG, a);
    }

    public static Tensor reciprocal(Tensor a) {
        Tensor out = Kernels.unary(Kernels.UnaryOp.RECIPROCAL, a, Promotion.floating(a.dtype));
        return record(out, "ReciprocalBackward0", Saves.RESULT, g -> new Tensor[] {g.neg().mul(out.mul(out))},
                ScalarRules.RECIPROCAL, a);
    }

    /** {@code tensor ** number}: PyTorch's pow.Tensor_Scalar. */
    public static Tensor pow(Tensor a, double exponent) {
        boolean integral = exponent == Math.rint(exponent) && !Double.isInfinite(exponent);
        DType dt = a.dtype.floating || !integral ? Promotion.floating(a.dtype) : a.dtype;
        if (!dt.floating && exponent < 0) {
            throw PyError.runtime("Integers to negative integer powers are not allowed.");
        }
        Tensor out = dt.floating && exponent == 2 && a.shape.length == 0
                // Kernels.powScalar's square of one element: v * v in dt
                ? Tensor.ofValue(dt.round(dt.round(a.storage.valueAt(a.offset)) * dt.round(a.storage.valueAt(a.offset))), dt)
                : dt.floating ? Kernels.powScalar(a, exponent, dt) : apply(BinaryOp.POW, a, Tensor.wrap(exponent, DType.FLOAT64), dt);
        return record(out, "PowBackward0", Saves.INPUTS, g -> new Tensor[] {
            exponent == 0 ? Creation.zerosLike(a) : exponent == 2 ? squareBackward(g, a) : g.mul(a.pow(exponent - 1).mul(exponent))},
            exponent == 2 ? ScalarRules.SQUARE : exponent == 3 ? ScalarRules.CUBE : ScalarRules.NONE, a);
    }

    /**
     * {@code g * (x * 2)}, the gradient of {@code x ** 2} (x.pow(1) is x itself). Outside the graph, two zero-dim
     * tensors of one float dtype get the two roundings without the tensor in between (scalar graphs square
     * often), and large ones get one loop.
     */
    private static Tensor squareBackward(Tensor g, Tensor x) {
        DType dt = x.dtype;
        if (Tensor.needsGrad(g, x)) return g.mul(x.mul(2)); // create_graph: the ops, so that they differentiate
        if (g.shape.length == 0 && x.shape.length == 0 && g.dtype == dt && dt.floating) {
            return Tensor.ofValue(ScalarRules.square(g.item(), x.item(), dt), dt);
        }
        Tensor fused = Kernels.squareBackward(g, x); // large tensors: one loop
        return fused != null ? fused : g.mul(x.mul(2));
    }

    /** {@code tensor ** tensor}: PyTorch's pow.Tensor_Tensor. */
    public static Tensor pow(Tensor a, Tensor b) {
        if (b.isWrappedNumber()) return pow(a, b.item());
        DType dt = Promotion.result(a, b);
        Tensor out = apply(BinaryOp.POW, a, b, dt);
        return record(out, "PowBackward1", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? Pointwise.where(Compare.eq(b, 0), Creation.zerosLike(g), g.mul(b.mul(a.pow(b.sub(1))))) : null,
            wants(b) ? g.mul(Pointwise.where(Compare.and(Compare.eq(a, 0), Compare.ge(b, 0)),
                    Creation.zerosLike(out), out.mul(a.log()))) : null}, a, b);
    }

    /** {@code number ** tensor}: PyTorch's pow.Scalar. */
    public static Tensor rpow(double base, Tensor b) {
        Tensor baseT = Tensor.wrap(base, DType.FLOAT64);
        DType dt = Promotion.floating(Promotion.result(b, baseT));
        Tensor out = apply(BinaryOp.POW, baseT, b, dt);
        return record(out, "PowBackward2", Saves.INPUTS, g -> new Tensor[] {
            base == 0 ? g.mul(Pointwise.where(Compare.ge(b, 0), Creation.zerosLike(out), out.mul(Math.log(base))))
                      : g.mul(out.mul(Math.log(base)))}, b);
    }

    /** {@code .to(dtype)}: differentiable between floating dtypes. */
    public static Tensor cast(Tensor a, DType target) {
        if (a.dtype == target) return a;
        Tensor out = Kernels.unary(Kernels.UnaryOp.IDENTITY, a, target);
        if (!target.floating) return out;
        DType from = a.dtype;
        return record(out, "ToCopyBackward0", Saves.NOTHING, g -> new Tensor[] {g.to(from)}, a);
    }

    private static void checkNotBool(Tensor a, Tensor b, String what) {
        if (a.dtype == DType.BOOL && b.dtype == DType.BOOL) {
            throw PyError.runtime(what + " with two bool tensors is not supported. Use the `^` or `logical_xor()`"
                    + " operator instead.");
        }
    }
}
