package slope.tensor;

import slope.autograd.Autograd;
import slope.autograd.GradMode;
import slope.autograd.Node;
import slope.ops.Arithmetic;
import slope.ops.Compare;
import slope.ops.Creation;
import slope.ops.LinearAlgebra;
import slope.ops.Pointwise;
import slope.ops.Reductions;
import slope.ops.Views;
import slope.run.PyError;

/**
 * A strided view of a {@link Storage} with PyTorch's autograd state: {@code requires_grad},
 * {@code grad}, and {@code grad_fn} (the {@link Node} that made it). The methods here are the
 * Java face of the ops in {@code slope.ops}, where each op's forward and backward sit together.
 */
public class Tensor {
    public final Storage storage;
    public final int[] shape;
    public final int[] strides;
    public final int offset;
    public final DType dtype;

    /**
     * PyTorch's version counter, shared with this tensor's views and detach() but not with .data (see
     * {@link #dataAlias}); made when first needed, as most tensors are never written or viewed.
     */
    private int[] version;
    private boolean requiresGrad;
    private Tensor grad;
    /**
     * Whether {@link #grad} is a gradient backward made for this leaf alone that nothing has read since: once it is
     * dropped ({@code x.grad = None}, {@code zero_grad()}) its array is dead, and the leaf's next gradient is computed
     * into it ({@link #spareGrad}), as PyTorch's allocator reuses a freed block. In the browser a fresh array of
     * megabytes costs more than the pass that fills it: new pages are mapped and zeroed.
     */
    private boolean gradPrivate;
    private double[] spareGrad;
    private Node gradFn;
    private Node accumulator;
    /** A Python number taking part in an op: it does not decide the result's dtype (PyTorch's "wrapped number"). */
    private boolean wrappedNumber;

    public Tensor(Storage storage, int[] shape, int[] strides, int offset, DType dtype) {
        this(storage, shape, strides, offset, dtype, null);
    }

    /** A view of {@code base}'s storage that counts its in-place writes with base's counter, as views do. */
    public Tensor(Tensor base, int[] shape, int[] strides, int offset) {
        this(base.storage, shape, strides, offset, base.dtype, base.counter());
    }

    private Tensor(Storage storage, int[] shape, int[] strides, int offset, DType dtype, int[] version) {
        this.storage = storage;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.dtype = dtype;
        this.version = version;
    }

    /** A new contiguous tensor over {@code data}, which must already hold values rounded to {@code dtype}. */
    public Tensor(double[] data, int[] shape, DType dtype) {
        this(new Storage(data), shape, Shape.contiguousStrides(shape), 0, dtype);
    }

    public static Tensor scalar(double value) { return ofValue((float) value, DType.FLOAT32); }

    public static Tensor scalar(double value, DType dtype) { return ofValue(dtype.round(value), dtype); }

    /** A zero-dim tensor of {@code value}, already rounded to {@code dtype}, in a one-value storage. */
    public static Tensor ofValue(double value, DType dtype) {
        return new Tensor(Storage.ofValue(value), Shape.SCALAR, Shape.SCALAR, 0, dtype);
    }

    /** A Python int, float or bool as an operand of a tensor op. */
    public static Tensor wrap(double value, DType dtype) {
        Tensor t = ofValue(value, dtype);
        t.wrappedNumber = true;
        return t;
    }

    public static Tensor zeros(int[] shape, DType dtype) { return Creation.full(shape, 0, dtype); }

    public static Tensor onesLike(Tensor t) { return Creation.full(t.shape, 1, t.dtype); }

    // ---- metadata ----

    public int dim() { return shape.length; }

    public int numel() { return shape.length == 0 ? 1 : Shape.numel(shape); } // zero-dim: scalar graphs ask often

    public int size(int dim) { return shape[Shape.wrapDim(dim, shape.length)]; }

    public boolean isWrappedNumber() { return wrappedNumber; }

    /**
     * This tensor as a released graph node keeps its input: shape, dtype, requires_grad and grad_fn, for the edge and
     * for shaping the gradient sent along it, without the values. A leaf that requires grad is kept itself (its
     * AccumulateGrad is its own), and so is a zero-dim tensor, which holds nothing worth freeing.
     */
    public Tensor edgeOnly() {
        if (gradFn == null && requiresGrad || shape.length == 0) return this;
        Tensor t = new Tensor(new Storage(new double[0]), shape, strides, 0, dtype, null); // no values: none are read
        t.requiresGrad = requiresGrad;
        t.gradFn = gradFn;
        return t;
    }

    public boolean isContiguous() {
        int expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) return false;
            expected *= shape[i];
        }
        return true;
    }

    /** The values in row-major order: the storage array itself when it already is that, else a copy. */
    public double[] values() {
        int n = numel();
        if (offset == 0 && storage.data().length == n && isContiguous()) return storage.data();
        return Kernels.gather(this);
    }

    /** The single value of a one-element tensor, as {@code .item()} gives it. */
    public double item() {
        if (numel() != 1) {
            throw PyError.runtime("a Tensor with " + numel() + " elements cannot be converted to Scalar");
        }
        return storage.valueAt(offset);
    }

    // ---- autograd state ----

    public boolean requiresGrad() { return requiresGrad; }

    /** {@code requires_grad_()}: only leaves may change it, as in PyTorch. */
    public Tensor requiresGrad(boolean flag) {
        if (gradFn != null && !flag) {
            throw PyError.runtime("you can only change requires_grad flags of leaf variables. If you want to use a"
                    + " computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        }
        if (flag && !dtype.floating) {
            throw PyError.runtime("Only Tensors of floating point and complex dtype can require gradients");
        }
        requiresGrad = flag;
        return this;
    }

    public boolean isLeaf() { return gradFn == null; }

    public Node gradFn() { return gradFn; }

    /** {@code .grad}. Whoever reads it may keep it, so its array is no longer backward's to reuse. */
    public Tensor grad() {
        gradPrivate = false;
        return grad;
    }

    /** {@code .grad} as backward reads it to add into, not handed out. */
    public Tensor gradInBackward() { return grad; }

    public void setGrad(Tensor g) {
        if (g != null && !java.util.Arrays.equals(g.shape, shape)) {
            throw PyError.runtime("assigned grad has data of a different size");
        }
        if (gradPrivate && g != grad) spareGrad = grad.storage.arrayToReuse();
        gradPrivate = false;
        grad = g;
    }

    /**
     * Backward's first gradient for this leaf, computed now; {@code mine}: made for this leaf alone, so it is computed
     * into the array of the private gradient dropped before it, and its own array is reused in turn.
     */
    public void setGradInBackward(Tensor g, boolean mine) {
        grad = g;
        gradPrivate = mine;
        if (mine && spareGrad != null) g.storage.computeInto(spareGrad);
        else g.storage.compute();
        spareGrad = null;
    }

    /** The AccumulateGrad node of a leaf that requires grad; one per leaf, so the graph has stable identities. */
    public Node accumulator() {
        if (accumulator == null) accumulator = Node.accumulatorFor(this);
        return accumulator;
    }

    /** Attaches {@code node} as grad_fn when grad mode is on and some input requires grad; returns this. */
    public Tensor recordedBy(Node node) {
        gradFn = node;
        requiresGrad = true;
        return this;
    }

    /**
     * {@code register_hook(fn)}: {@code hook} sees, and may replace, every gradient computed for this tensor, before a
     * leaf accumulates it or a non-leaf passes it on. Returns the node that holds it, for removing it later.
     */
    public Node registerHook(Node.Hook hook) {
        if (!requiresGrad) throw PyError.runtime("cannot register a hook on a tensor that doesn't require gradient");
        Node holder = gradFn != null ? gradFn : accumulator();
        holder.addHook(hook);
        return holder;
    }

    /** {@code register_post_accumulate_grad_hook(fn)}: {@code hook} gets this leaf after backward updates .grad. */
    public Node registerPostAccumulateHook(Node.Hook hook) {
        if (!requiresGrad) throw PyError.runtime("cannot register a hook on a tensor that doesn't require gradient");
        if (gradFn != null) {
            throw PyError.runtime("post accumulate grad hooks cannot be registered on non-leaf tensors");
        }
        Node holder = accumulator();
        holder.addPostAccumulateHook(hook);
        return holder;
    }

    /** {@code retain_grad()}: a non-leaf keeps its gradient after backward. */
    public void retainGrad() {
        if (gradFn != null) gradFn.retain(this);
    }

    /** {@code retains_grad}: retain_grad() was called on this non-leaf. */
    public boolean retainsGrad() { return gradFn != null && gradFn.retains(this); }

    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        Autograd.backward(this, gradient, retainGraph, createGraph);
    }

    public void backward() { backward(null, false, false); }

    /** A tensor sharing this one's storage, outside the graph; its in-place writes still count against saved tensors. */
    public Tensor detach() { return new Tensor(this, shape, strides, offset); }

    /**
     * {@code .data}: this tensor's storage outside the graph, with a version counter of its own, so that autograd does
     * not notice writes through it (PyTorch's reason to prefer detach()).
     */
    public Tensor dataAlias() { return new Tensor(storage, shape, strides, offset, dtype); }

    /** {@code _version}: the in-place writes so far to this tensor and the views that share its counter. */
    public int version() { return version == null ? 0 : version[0]; }

    /** The storage's values for an in-place write to this tensor, with its version bumped. */
    public double[] forWrite() {
        counter()[0]++;
        return storage.forWrite();
    }

    private int[] counter() {
        if (version == null) version = new int[1];
        return version;
    }

    /** {@code .grad += g} for the backward pass: no checks, no graph. */
    public void addInPlaceUnchecked(Tensor g) {
        if (shape.length == 0 && g.shape.length == 0 && g.dtype == dtype) {
            addInPlaceUnchecked(g.storage.valueAt(g.offset));
            return;
        }
        Kernels.binaryInto(Kernels.BinaryOp.ADD, this, this, g);
    }

    /**
     * {@code this += g} of a one-element tensor and a value of its dtype (a scalar leaf's .grad in backward, an
     * optimizer's step count): Kernels.binaryInto's sum, without its layout checks.
     */
    public void addInPlaceUnchecked(double g) {
        double[] d = forWrite();
        d[offset] = dtype.round(d[offset] + g);
    }

    // ---- ops (see slope.ops for forward and backward) ----

    public Tensor add(Tensor o) { return Arithmetic.add(this, o); }
    public Tensor add(double o) { return Arithmetic.add(this, number(o)); }
    public Tensor sub(Tensor o) { return Arithmetic.sub(this, o); }
    public Tensor sub(double o) { return Arithmetic.sub(this, number(o)); }
    public Tensor mul(Tensor o) { return Arithmetic.mul(this, o); }
    public Tensor mul(double o) { return Arithmetic.mul(this, number(o)); }
    public Tensor div(Tensor o) { return Arithmetic.div(this, o); }
    public Tensor div(double o) { return Arithmetic.div(this, number(o)); }
    public Tensor pow(Tensor o) { return Arithmetic.pow(this, o); }
    public Tensor pow(double o) { return Arithmetic.pow(this, o); }
    public Tensor neg() { return Arithmetic.neg(this); }
    public Tensor reciprocal() { return Arithmetic.reciprocal(this); }

    public Tensor exp() { return Pointwise.exp(this); }
    public Tensor log() { return Pointwise.log(this); }
    public Tensor sqrt() { return Pointwise.sqrt(this); }
    public Tensor sin() { return Pointwise.sin(this); }
    public Tensor cos() { return Pointwise.cos(this); }
    public Tensor tan() { return Pointwise.tan(this); }
    public Tensor tanh() { return Pointwise.tanh(this); }
    public Tensor sigmoid() { return Pointwise.sigmoid(this); }
    public Tensor relu() { return Pointwise.relu(this); }
    public Tensor abs() { return Pointwise.abs(this); }
    public Tensor sign() { return Pointwise.sign(this); }

    public Tensor sum() { return Reductions.sum(this); }
    public Tensor sum(int[] dims, boolean keepdim) { return Reductions.sum(this, dims, keepdim); }
    public Tensor mean() { return Reductions.mean(this); }
    public Tensor sumTo(int[] target) { return Reductions.sumTo(this, target); }

    /**
     * The sum of all values, 0-dim, as {@code sumTo} of a 0-dim target computes it, but computed when first read (or by
     * {@link Storage#computeTogether}): for a pending float32 expression; null for any other tensor.
     */
    public Tensor sumLater() { return Lazy.streams(this) ? Lazy.pendingSum(this, 1) : null; }

    /** {@link #sumLater}'s mean: the sum divided by the count, as {@code mean()} computes it, when first read. */
    public Tensor meanLater() { return Lazy.streams(this) ? Lazy.pendingSum(this, numel()) : null; }

    public Tensor matmul(Tensor o) { return LinearAlgebra.matmul(this, o); }

    public Tensor reshape(int... newShape) { return Views.reshape(this, newShape); }
    public Tensor expand(int... newShape) { return Views.expand(this, newShape); }
    public Tensor transpose(int d0, int d1) { return Views.transpose(this, d0, d1); }

    public Tensor gt(Tensor o) { return Compare.compare(Kernels.BinaryOp.GT, this, o); }

    /** A copy in another dtype ({@code .to(dtype)}, {@code .float()}); differentiable between float types. */
    public Tensor to(DType target) { return Arithmetic.cast(this, target); }

    /** The Python number {@code v} as an operand: float if it has a fraction or this is floating, else int. */
    private Tensor number(double v) { return wrap(v, DType.FLOAT64); }

    /** PyTorch's repr: {@code tensor([1., 2.], requires_grad=True)}. */
    @Override
    public String toString() {
        java.util.List<String> suffixes = new java.util.ArrayList<>(1);
        if (gradFn != null) suffixes.add("grad_fn=<" + gradFn.name + ">");
        else if (requiresGrad) suffixes.add("requires_grad=True");
        return slope.format.TensorRepr.of(shape, values(), dtype, suffixes);
    }

    /** Whether ops on these inputs should record a node. */
    public static boolean needsGrad(Tensor a) { return a.requiresGrad && GradMode.isEnabled(); }

    public static boolean needsGrad(Tensor a, Tensor b) {
        return (a.requiresGrad || b.requiresGrad) && GradMode.isEnabled();
    }
}
