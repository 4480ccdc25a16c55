package slope.ops;

import java.util.Arrays;
import slope.autograd.GradMode;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.BinaryOp;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * In-place ops ({@code x -= y}, {@code zero_()}, {@code copy_()}, ...). Outside the graph they
 * write straight into the storage; inside it they compute the op out of place and take over its
 * grad_fn, as PyTorch rebases the history of a tensor modified in place.
 */
public final class InPlace {
    private InPlace() {}

    /** PyTorch refuses to modify a leaf that requires grad while the graph is being recorded. */
    static void check(Tensor t) {
        if (t.requiresGrad() && t.isLeaf() && GradMode.isEnabled()) {
            throw PyError.runtime("a leaf Variable that requires grad is being used in an in-place operation.");
        }
    }

    /** {@code t op= other} for + - * /; returns t. */
    public static Tensor apply(Tensor t, BinaryOp op, Tensor other) {
        checkCastable(op == BinaryOp.DIV ? Promotion.floating(Promotion.result(t, other)) : Promotion.result(t, other), t.dtype);
        check(t);
        if (GradMode.isEnabled() && (t.requiresGrad() || other.requiresGrad())) {
            int version = t.version();
            Tensor before = new Tensor(t.values().clone(), t.shape, t.dtype);
            if (t.gradFn() != null) before.recordedBy(t.gradFn());
            Tensor o = other == t ? before : other; // y *= y: both operands are y's old value
            Tensor r;
            switch (op) {
                case ADD: r = Arithmetic.add(before, o); break;
                case SUB: r = Arithmetic.sub(before, o); break;
                case MUL: r = Arithmetic.mul(before, o); break;
                case DIV: r = Arithmetic.div(before, o); break;
                default: throw new IllegalArgumentException(op.name());
            }
            // PyTorch saved t itself at its old version; the write below makes a backward through it fail
            r.gradFn().savedAs(before, t, version);
            Kernels.copyInto(t, r);
            t.recordedBy(r.gradFn());
            return t;
        }
        Kernels.binaryInto(op, t, t, other);
        return t;
    }

    /**
     * {@code t.add_(other, alpha=a)}: ATen computes {@code t + a * other} with one fused
     * multiply-add, so the product is not rounded on its own.
     */
    public static Tensor addScaled(Tensor t, Tensor other, double alpha) {
        if (alpha == 1) return apply(t, BinaryOp.ADD, other);
        if (GradMode.isEnabled() && (t.requiresGrad() || other.requiresGrad())) {
            return apply(t, BinaryOp.ADD, other.mul(alpha));
        }
        check(t);
        Tensor exactProduct = Kernels.binary(BinaryOp.MUL, other, Tensor.wrap(t.dtype.round(alpha), DType.FLOAT64),
                DType.FLOAT64, DType.FLOAT64);
        Kernels.copyInto(t, Kernels.binary(BinaryOp.ADD, t, exactProduct, DType.FLOAT64, t.dtype));
        return t;
    }

    /**
     * {@code torch.mul(a, b, out=c)}: the result written into {@code out}, which is returned. As in PyTorch, out=
     * takes no part in autograd; unlike PyTorch, Slope cannot resize {@code out} to the result's shape.
     */
    public static Tensor out(String name, Tensor out, Tensor result) {
        if (result.requiresGrad()) {
            throw PyError.runtime(name + "(): functions with out=... arguments don't support automatic differentiation, but"
                    + " one of the arguments requires grad.");
        }
        if (!Arrays.equals(out.shape, result.shape)) {
            throw PyError.runtime(name + "(): out has shape " + Shape.list(out.shape) + " but the result has shape "
                    + Shape.list(result.shape) + ", and Slope cannot resize out");
        }
        checkCastable(result.dtype, out.dtype);
        return copy(out, result);
    }

    public static Tensor fill(Tensor t, double value) {
        check(t);
        Kernels.copyInto(t, Tensor.wrap(value, DType.FLOAT64));
        return t;
    }

    public static Tensor copy(Tensor t, Tensor src) {
        check(t);
        Kernels.copyInto(t, src);
        return t;
    }

    /** PyTorch's rule for writing a result into an existing tensor: no float into an integer, nothing else into a bool. */
    private static void checkCastable(DType result, DType target) {
        if ((result.floating && !target.floating) || (target == DType.BOOL && result != DType.BOOL)) {
            throw PyError.runtime("result type " + result.scalarTypeName() + " can't be cast to the desired output type "
                    + target.scalarTypeName());
        }
    }
}
