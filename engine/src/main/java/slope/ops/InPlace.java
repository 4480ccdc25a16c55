package slope.ops;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import slope.autograd.GradMode;
import slope.autograd.Node;
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
            if (other != t) return rebase(t, before -> outOfPlace(op, before, other));
            // y *= y: both operands are y's old value. PyTorch saves self as a clone but other as y itself, at its old
            // version, so a backward through the product fails once y is written
            int version = t.version();
            Tensor[] same = new Tensor[1];
            rebase(t, before -> outOfPlace(op, before, same[0] = standIn(before)));
            t.gradFn().savedAs(same[0], t, version);
            return t;
        }
        Kernels.binaryInto(op, t, t, other);
        return t;
    }

    private static Tensor outOfPlace(BinaryOp op, Tensor a, Tensor b) {
        switch (op) {
            case ADD: return Arithmetic.add(a, b);
            case SUB: return Arithmetic.sub(a, b);
            case MUL: return Arithmetic.mul(a, b);
            case DIV: return Arithmetic.div(a, b);
            default: throw new IllegalArgumentException(op.name());
        }
    }

    /**
     * {@code t.op_()} for an op written out of place ({@code sqrt_}, {@code clamp_}, {@code scatter_}, ...): the result
     * is written into t. When the graph records the op, it runs on a stand-in for t's old value, with t's history, and t
     * takes over the result's grad_fn: PyTorch rebases the history of a tensor modified in place, so the gradient flows
     * through the op into what t was before.
     */
    public static Tensor rebase(Tensor t, UnaryOperator<Tensor> op) {
        check(t);
        Tensor before = GradMode.isEnabled() && t.requiresGrad() ? standIn(t) : t;
        Tensor r = op.apply(before);
        // another operand requires grad (masked_fill_ with a value that does): t is about to get a grad_fn, so the
        // node must not have t itself as its input
        if (r.gradFn() != null && before == t) r = op.apply(before = standIn(t));
        checkCastable(r.dtype, t.dtype);
        Kernels.copyInto(t, r);
        Node node = r.gradFn();
        if (node == null || r == before) return t;
        // what the op saved of its input stays the stand-in (PyTorch saves a clone of self); its result is t, at
        // its new version, so a later write to t fails backward as in PyTorch
        node.savedAs(r, t, t.version());
        t.recordedBy(node);
        return t;
    }

    /** A tensor of t's values and history, standing for t as it was before an in-place op. */
    private static Tensor standIn(Tensor t) {
        Tensor before = new Tensor(t.values().clone(), t.shape, t.dtype);
        return t.gradFn() != null ? before.recordedBy(t.gradFn()) : before;
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

    /**
     * {@code zero_()} and {@code fill_(value)} as Python calls them: in the graph the tensor takes a node that sends
     * zeros back (its values no longer depend on what came before), named as PyTorch's codegen numbers it.
     */
    public static Tensor fill(Tensor t, double value, String node) {
        if (!GradMode.isEnabled() || !t.requiresGrad()) return fill(t, value);
        return rebase(t, before -> Node.record(Creation.full(before.shape.clone(), value, before.dtype), node, Node.Saves.NOTHING,
                g -> new Tensor[] {Creation.zerosLike(g)}, before));
    }

    /** {@code t.copy_(src)}: src broadcast to t's shape and cast to its dtype; in the graph a CopyBackwards node. */
    public static Tensor copy(Tensor t, Tensor src) {
        check(t);
        if (GradMode.isEnabled() && (t.requiresGrad() || src.requiresGrad())) return rebase(t, before -> copied(before, src));
        Kernels.copyInto(t, src);
        return t;
    }

    /** PyTorch's CopyBackwards: the gradient goes to src (summed to its shape, in its dtype); t's old value gets zeros. */
    private static Tensor copied(Tensor before, Tensor src) {
        Tensor out = Tensor.zeros(before.shape.clone(), before.dtype);
        Kernels.copyInto(out, src);
        int[] shape = before.shape; // not before: a released node keeps no values (Node.release)
        DType dtype = before.dtype;
        boolean wantsBefore = Node.wants(before);
        return Node.record(out, "CopyBackwards", Node.Saves.NOTHING,
                g -> new Tensor[] {wantsBefore ? Tensor.zeros(shape.clone(), dtype) : null, g}, before, src);
    }

    /** PyTorch's rule for writing a result into an existing tensor: no float into an integer, nothing else into a bool. */
    private static void checkCastable(DType result, DType target) {
        if ((result.floating && !target.floating) || (target == DType.BOOL && result != DType.BOOL)) {
            throw PyError.runtime("result type " + result.scalarTypeName() + " can't be cast to the desired output type "
                    + target.scalarTypeName());
        }
    }
}
