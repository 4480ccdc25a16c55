package slope.ops;

import static slope.autograd.Node.record;

import java.util.ArrayList;
import java.util.List;
import slope.autograd.Node;
import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/**
 * Ops that look at the same storage through other shapes and strides (reshape, transpose,
 * indexing, ...), and indexing with tensors, which copies. A view's gradient is the output's
 * gradient put back where the view looked.
 */
public final class Views {
    private Views() {}

    /** A Python slice {@code start:stop:step}; null parts take Python's defaults. */
    public static final class Slice {
        final Long start, stop, step;

        public Slice(Long start, Long stop, Long step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
        }
    }

    /** {@code None} in an index: a new axis of size 1. */
    public static final Object NEW_AXIS = new Object();
    /** {@code ...} in an index. */
    public static final Object ELLIPSIS = new Object();

    private static Tensor view(Tensor x, int[] shape, int[] strides, int offset) {
        return new Tensor(x, shape, strides, offset);
    }

    public static int[] inferShape(int[] shape, int numel) {
        int[] s = shape.clone();
        int infer = -1;
        long known = 1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == -1) {
                if (infer >= 0) throw PyError.runtime("only one dimension can be inferred");
                infer = i;
            } else if (s[i] < 0) {
                throw PyError.runtime("invalid shape dimension " + s[i]);
            } else {
                known *= s[i];
            }
        }
        if (infer >= 0 && known != 0 && numel % known == 0) s[infer] = (int) (numel / known);
        if ((infer >= 0 && (known == 0 || numel % known != 0)) || (infer < 0 && known != numel)) {
            throw PyError.runtime("shape '" + Shape.list(shape) + "' is invalid for input of size " + numel);
        }
        return s;
    }

    public static Tensor reshape(Tensor x, int[] newShape) {
        int[] shape = inferShape(newShape, x.numel());
        boolean copies = !x.isContiguous();
        Tensor out = copies ? new Tensor(x.values(), shape, x.dtype)
                : view(x, shape, Shape.contiguousStrides(shape), x.offset);
        // A reshape that must copy is clone + _unsafe_view in PyTorch, named after the latter.
        return record(out, copies ? "UnsafeViewBackward0" : "ViewBackward0", Saves.NOTHING, reshapeTo(x.shape), x);
    }

    /** ATen's {@code _unsafe_view}: what matmul returns after folding or batching, a view under another name. */
    public static Tensor unsafeView(Tensor x, int[] shape) {
        Tensor out = x.isContiguous() ? view(x, shape, Shape.contiguousStrides(shape), x.offset)
                : new Tensor(x.values(), shape, x.dtype);
        return record(out, "UnsafeViewBackward0", Saves.NOTHING, reshapeTo(x.shape), x);
    }

    /**
     * The rule of the views that only reshape: the gradient reshaped to the input's shape. It keeps the shape, not
     * the input, so that a released node keeps no values (Node.release).
     */
    private static Node.Rule reshapeTo(int[] shape) {
        return g -> new Tensor[] {g.reshape(shape)};
    }

    /** {@code .view(shape)}: like reshape but never copies. */
    public static Tensor view(Tensor x, int[] newShape) {
        if (!x.isContiguous()) {
            throw PyError.runtime("view size is not compatible with input tensor's size and stride (at least one"
                    + " dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        return reshape(x, newShape);
    }

    public static Tensor flatten(Tensor x, int startDim, int endDim) {
        if (x.dim() == 0) return reshape(x, new int[] {1});
        int s = Shape.wrapDim(startDim, x.dim()), e = Shape.wrapDim(endDim, x.dim());
        int[] shape = new int[x.dim() - (e - s)];
        int k = 0, merged = 1;
        for (int d = 0; d < x.dim(); d++) {
            if (d < s || d > e) shape[k++] = x.shape[d];
            else {
                merged *= x.shape[d];
                if (d == e) shape[k++] = merged;
            }
        }
        return reshape(x, shape);
    }

    public static Tensor transpose(Tensor x, int d0, int d1) {
        if (x.dim() == 0) return x;
        int a = Shape.wrapDim(d0, x.dim()), b = Shape.wrapDim(d1, x.dim());
        int[] shape = x.shape.clone(), strides = x.strides.clone();
        shape[a] = x.shape[b];
        shape[b] = x.shape[a];
        strides[a] = x.strides[b];
        strides[b] = x.strides[a];
        Tensor out = view(x, shape, strides, x.offset);
        return record(out, "TransposeBackward0", Saves.NOTHING, g -> new Tensor[] {g.transpose(a, b)}, x);
    }

    /** {@code x.t()}: transpose of a matrix (a vector stays as it is). */
    public static Tensor t(Tensor x) {
        if (x.dim() > 2) {
            throw PyError.runtime("t() expects a tensor with <= 2 dimensions, but self is " + x.dim() + "D");
        }
        if (x.dim() < 2) return record(view(x, x.shape, x.strides, x.offset), "TBackward0", Saves.NOTHING, g -> new Tensor[] {g}, x);
        Tensor out = view(x, new int[] {x.shape[1], x.shape[0]}, new int[] {x.strides[1], x.strides[0]}, x.offset);
        return record(out, "TBackward0", Saves.NOTHING, g -> new Tensor[] {t(g)}, x);
    }

    public static Tensor permute(Tensor x, int[] dims) {
        if (dims.length != x.dim()) {
            throw PyError.runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the"
                    + " length of the desired ordering of dimensions i.e. input.dim() = " + x.dim()
                    + " is not equal to len(dims) = " + dims.length);
        }
        int[] shape = new int[dims.length], strides = new int[dims.length], inverse = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = Shape.wrapDim(dims[i], x.dim());
            shape[i] = x.shape[d];
            strides[i] = x.strides[d];
            inverse[d] = i;
        }
        Tensor out = view(x, shape, strides, x.offset);
        return record(out, "PermuteBackward0", Saves.NOTHING, g -> new Tensor[] {permute(g, inverse)}, x);
    }

    /** {@code x.T}: all dims reversed. */
    public static Tensor reverseDims(Tensor x) {
        int[] dims = new int[x.dim()];
        for (int i = 0; i < dims.length; i++) dims[i] = dims.length - 1 - i;
        return permute(x, dims);
    }

    public static Tensor unsqueeze(Tensor x, int dim) {
        int d = Shape.wrapDim(dim, x.dim() + 1);
        int[] shape = new int[x.dim() + 1], strides = new int[x.dim() + 1];
        for (int i = 0, k = 0; i < shape.length; i++) {
            if (i == d) {
                shape[i] = 1;
                strides[i] = k < x.dim() ? x.strides[k] * x.shape[k] : 1;
            } else {
                shape[i] = x.shape[k];
                strides[i] = x.strides[k++];
            }
        }
        Tensor out = view(x, shape, strides, x.offset);
        return record(out, "UnsqueezeBackward0", Saves.NOTHING, reshapeTo(x.shape), x);
    }

    /** {@code x.unfold(dim, size, step)}: the windows of size along dim, step apart, as a view with the window as a new last dim. */
    public static Tensor unfold(Tensor x, int dim, int size, int step) {
        int d = Shape.wrapDim(dim, x.dim());
        int len = x.shape[d];
        if (size > len) throw PyError.runtime("maximum size for tensor at dimension " + d + " is " + len + " but size is " + size);
        if (step <= 0) throw PyError.runtime("step is " + step + " but must be > 0");
        int[] shape = java.util.Arrays.copyOf(x.shape, x.dim() + 1), strides = java.util.Arrays.copyOf(x.strides, x.dim() + 1);
        shape[d] = (len - size) / step + 1;
        strides[d] = x.strides[d] * step;
        shape[x.dim()] = size;
        strides[x.dim()] = x.strides[d];
        Tensor out = view(x, shape, strides, x.offset);
        int[] from = x.shape; // not x: a released node keeps no values (Node.release)
        return record(out, "UnfoldBackward0", Saves.NOTHING, g -> new Tensor[] {unfoldBackward(g, from, d, size, step)}, x);
    }

    /** ATen's unfold_backward: each window's gradient added back where the window lies (overlaps sum). */
    private static Tensor unfoldBackward(Tensor g, int[] shape, int d, int size, int step) {
        double[] gv = g.values(), z = new double[Shape.numel(shape)];
        int[] c = new int[shape.length];
        Picks.Odometer o = new Picks.Odometer(g.shape);
        for (int i = 0; i < gv.length; i++, o.next()) {
            System.arraycopy(o.c, 0, c, 0, c.length);
            c[d] = o.c[d] * step + o.c[shape.length];
            int at = Picks.position(shape, c);
            z[at] = g.dtype.round(z[at] + gv[i]);
        }
        Tensor out = new Tensor(z, shape.clone(), g.dtype);
        return record(out, "UnfoldBackwardBackward0", Saves.NOTHING, gg -> new Tensor[] {unfold(gg, d, size, step)}, g);
    }

    /** {@code squeeze()} (all size-1 dims) or {@code squeeze(dim)}. */
    public static Tensor squeeze(Tensor x, Integer dim) {
        return squeeze(x, dim, dim == null ? "SqueezeBackward0" : "SqueezeBackward1");
    }

    /** {@code squeeze} recorded under {@code name}: matmul's in-place {@code squeeze_(0)} is SqueezeBackward4. */
    public static Tensor squeeze(Tensor x, Integer dim, String name) {
        int w = dim == null ? -1 : Shape.wrapDim(dim, x.dim());
        int[] shape = new int[x.dim()], strides = new int[x.dim()];
        int k = 0;
        for (int d = 0; d < x.dim(); d++) {
            boolean drop = x.shape[d] == 1 && (dim == null || d == w);
            if (!drop) {
                shape[k] = x.shape[d];
                strides[k++] = x.strides[d];
            }
        }
        Tensor out = view(x, java.util.Arrays.copyOf(shape, k), java.util.Arrays.copyOf(strides, k), x.offset);
        return record(out, name, Saves.NOTHING, reshapeTo(x.shape), x);
    }

    public static Tensor expand(Tensor x, int[] sizes) {
        if (sizes.length < x.dim()) {
            throw PyError.runtime("expand(torch.FloatTensor{" + Shape.list(x.shape) + "}, size=" + Shape.list(sizes)
                    + "): the number of sizes provided (" + sizes.length + ") must be greater or equal to the number"
                    + " of dimensions in the tensor (" + x.dim() + ")");
        }
        int lead = sizes.length - x.dim();
        int[] shape = new int[sizes.length], strides = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            int have = i < lead ? 1 : x.shape[i - lead];
            int want = sizes[i] == -1 ? have : sizes[i];
            if (have != want && have != 1) {
                throw PyError.runtime("The expanded size of the tensor (" + want + ") must match the existing size ("
                        + have + ") at non-singleton dimension " + i + ".  Target sizes: " + Shape.list(sizes)
                        + ".  Tensor sizes: " + Shape.list(x.shape));
            }
            shape[i] = want;
            strides[i] = i < lead || have != want ? 0 : x.strides[i - lead];
        }
        if (java.util.Arrays.equals(shape, x.shape)) {
            return record(view(x, x.shape, x.strides, x.offset), "ExpandBackward0", Saves.NOTHING, g -> new Tensor[] {g}, x);
        }
        Tensor out = view(x, shape, strides, x.offset);
        int[] from = x.shape;
        return record(out, "ExpandBackward0", Saves.NOTHING, g -> new Tensor[] {g.sumTo(from)}, x);
    }

    /** A contiguous copy in the graph ({@code clone()}, {@code contiguous()} of a strided view). */
    public static Tensor clone(Tensor x) {
        Tensor out = new Tensor(x.values() == x.storage.data() ? x.storage.data().clone() : x.values(), x.shape, x.dtype);
        return record(out, "CloneBackward0", Saves.NOTHING, g -> new Tensor[] {g}, x);
    }

    // ---- indexing ----

    /** {@code x[key]} for a key already split into items: Long, Slice, NEW_AXIS, ELLIPSIS, or an index Tensor. */
    public static Tensor index(Tensor x, List<Object> items) {
        Basic basic = basic(x, items);
        switch (basic.advanced.size()) {
            case 0: return basic.view;
            case 1: return gather(basic.view, basic.advancedDims.get(0), basic.advanced.get(0));
            default: return AdvancedIndex.get(basic.view, basic.advancedDims, basic.advanced);
        }
    }

    /** {@code x[key] = value}: writes through the view the key selects. */
    public static void setIndex(Tensor x, List<Object> items, Tensor value) {
        InPlace.check(x);
        Basic basic = basic(x, items);
        if (basic.advanced.isEmpty()) {
            Kernels.copyInto(basic.view, value);
            return;
        }
        if (basic.advanced.size() > 1) {
            AdvancedIndex.set(basic.view, basic.advancedDims, basic.advanced, value);
            return;
        }
        Tensor dst = basic.view;
        Tensor idx = basic.advanced.get(0);
        int dim = basic.advancedDims.get(0);
        double[] positions = idx.values();
        Tensor v = value;
        for (int i = 0; i < positions.length; i++) {
            Tensor slot = selectView(dst, dim, (int) positions[i]);
            Tensor src = v.dim() > 0 && v.dim() == slot.dim() + 1 && v.shape[0] == positions.length ? selectView(v, 0, i) : v;
            Kernels.copyInto(slot, src);
        }
    }

    /** A key's basic part applied (a view), and its index tensors with the dims of that view they index. */
    private static final class Basic {
        Tensor view;
        final List<Tensor> advanced = new ArrayList<>(2);
        final List<Integer> advancedDims = new ArrayList<>(2);
    }

    private static Basic basic(Tensor x, List<Object> items) {
        int consumed = 0, ellipses = 0;
        for (Object it : items) {
            if (it == ELLIPSIS) ellipses++;
            else if (it != NEW_AXIS) consumed += it instanceof Tensor && ((Tensor) it).dtype == DType.BOOL ? ((Tensor) it).dim() : 1;
        }
        if (ellipses > 1) throw PyError.index("an index can only have a single ellipsis ('...')");
        if (consumed > x.dim()) {
            throw PyError.index("too many indices for tensor of dimension " + x.dim());
        }
        Basic b = new Basic();
        Tensor t = x;
        int d = 0;
        int real = 0; // the dim of x an index applies to: PyTorch's errors name it, not the view's
        for (Object it : items) {
            if (it == ELLIPSIS) {
                d += x.dim() - consumed;
                real += x.dim() - consumed;
            } else if (it == NEW_AXIS) {
                t = unsqueeze(t, d);
                d++;
            } else if (it instanceof Long) {
                t = select(t, d, (Long) it, real++, "SelectBackward0");
            } else if (it instanceof Slice) {
                real++;
                t = slice(t, d, (Slice) it);
                d++;
            } else if (it instanceof Tensor) {
                Tensor idx = (Tensor) it;
                real += idx.dtype == DType.BOOL ? Math.max(1, idx.dim()) : 1;
                if (idx.dtype == DType.BOOL) {
                    // A mask over the next dims: flatten them and pick the true positions.
                    if (idx.dim() > 1) {
                        for (int k = 0; k < idx.dim(); k++) {
                            if (idx.shape[k] != t.shape[d + k]) maskMismatch(idx, t, d + k, k);
                        }
                        int[] shape = new int[t.dim() - idx.dim() + 1];
                        for (int k = 0; k < d; k++) shape[k] = t.shape[k];
                        shape[d] = idx.numel();
                        for (int k = d + idx.dim(); k < t.dim(); k++) shape[k - idx.dim() + 1] = t.shape[k];
                        t = reshape(t, shape);
                    } else if (idx.dim() == 1 && idx.shape[0] != t.shape[d]) {
                        maskMismatch(idx, t, d, 0);
                    }
                    idx = Creation.nonzero(idx.reshape(-1));
                } else if (idx.dtype.floating) {
                    throw PyError.index("tensors used as indices must be long, int, byte or bool tensors");
                }
                b.advanced.add(idx);
                b.advancedDims.add(d);
                d++;
            }
        }
        b.view = t;
        return b;
    }

    private static void maskMismatch(Tensor mask, Tensor t, int dim, int k) {
        throw PyError.index("The shape of the mask " + Shape.list(mask.shape) + " at index " + k
                + " does not match the shape of the indexed tensor " + Shape.list(t.shape) + " at index " + dim);
    }

    private static Tensor selectView(Tensor x, int dim, int index) {
        int[] shape = new int[x.dim() - 1], strides = new int[x.dim() - 1];
        for (int i = 0, k = 0; i < x.dim(); i++) {
            if (i == dim) continue;
            shape[k] = x.shape[i];
            strides[k++] = x.strides[i];
        }
        return view(x, shape, strides, x.offset + index * x.strides[dim]);
    }

    /** {@code x[i]} along one dim. */
    public static Tensor select(Tensor x, int dim, long index) {
        return select(x, dim, index, dim, "SelectBackward0");
    }

    /** An index into a dim of {@code size}, negative ones counted from the end, with PyTorch's IndexError out of range. */
    static int wrapIndex(long i, int size, int dim) {
        if (i < -size || i >= size) throw PyError.index("index " + i + " is out of bounds for dimension " + dim + " with size " + size);
        return (int) (i < 0 ? i + size : i);
    }

    /** unbind's pieces: selects recorded under PyTorch's name for them. */
    static Tensor unbindPiece(Tensor x, int dim, int index) { return select(x, dim, index, dim, "UnbindBackward0"); }

    private static Tensor select(Tensor x, int dim, long index, int reportedDim, String name) {
        if (x.dim() == 0) throw PyError.index("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        int i = wrapIndex(index, x.shape[dim], reportedDim);
        Tensor out = selectView(x, dim, i);
        int[] from = x.shape;
        return record(out, name, Saves.NOTHING, g -> new Tensor[] {embed(g, from, "SelectBackwardBackward0",
                z -> selectView(z, dim, i), gg -> select(gg, dim, i))}, x);
    }

    /** {@code x[start:stop:step]} along one dim, with Python's clamping of out-of-range bounds. */
    public static Tensor slice(Tensor x, int dim, Slice s) { return slice(x, dim, s, "SliceBackward0"); }

    /** A slice recorded under another op's name: split's and chunk's pieces are SplitBackward0 in PyTorch. */
    static Tensor slice(Tensor x, int dim, Slice s, String name) {
        int size = x.shape[dim];
        long step = s.step == null ? 1 : s.step;
        if (step <= 0) throw PyError.value("step must be greater than zero");
        long start = s.start == null ? 0 : s.start, stop = s.stop == null ? size : s.stop;
        if (start < 0) start += size;
        if (stop < 0) stop += size;
        start = Math.max(0, Math.min(start, size));
        stop = Math.max(start, Math.min(stop, size));
        int first = (int) start, count = (int) ((stop - start + step - 1) / step), by = (int) step;
        int[] shape = x.shape.clone(), strides = x.strides.clone();
        shape[dim] = count;
        strides[dim] = x.strides[dim] * by;
        Tensor out = view(x, shape, strides, x.offset + first * x.strides[dim]);
        int[] from = x.shape;
        return record(out, name, Saves.NOTHING, g -> new Tensor[] {embed(g, from, "SliceBackwardBackward0",
                z -> view(z, shape, stepped(z.strides, dim, by), z.offset + first * z.strides[dim]),
                gg -> slice(gg, dim, s))}, x);
    }

    private static int[] stepped(int[] strides, int dim, int by) {
        int[] s = strides.clone();
        s[dim] *= by;
        return s;
    }

    /** {@code x[idx]} with an int64 index tensor along {@code dim}: a copy. */
    public static Tensor gather(Tensor x, int dim, Tensor idx) {
        double[] positions = idx.values();
        int size = x.shape[dim];
        int[] shape = new int[x.dim() - 1 + idx.dim()];
        for (int k = 0; k < dim; k++) shape[k] = x.shape[k];
        for (int k = 0; k < idx.dim(); k++) shape[dim + k] = idx.shape[k];
        for (int k = dim + 1; k < x.dim(); k++) shape[k - 1 + idx.dim()] = x.shape[k];
        // Select each position, stack the pieces along dim, then give them the index's shape.
        List<Tensor> pieces = new ArrayList<>();
        for (double p : positions) pieces.add(selectView(x, dim, wrapIndex((long) p, size, dim)));
        int[] stackedShape = new int[x.dim()];
        for (int k = 0; k < x.dim(); k++) stackedShape[k] = k == dim ? positions.length : x.shape[k];
        int n = Shape.numel(stackedShape);
        double[] data = Storage.allocate(n).data();
        Tensor stacked = new Tensor(data, stackedShape, x.dtype);
        for (int j = 0; j < pieces.size(); j++) Kernels.copyInto(selectView(stacked, dim, j), pieces.get(j));
        Tensor out = new Tensor(data, shape, x.dtype);
        return record(out, "IndexBackward0", Saves.INDICES, g -> new Tensor[] {scatterAdd(g, x.shape, dim, idx, stackedShape)}, x);
    }

    /** The gradient of an index: each position's slice of {@code g} added back at that position. */
    private static Tensor scatterAdd(Tensor g, int[] shape, int dim, Tensor idx, int[] stackedShape) {
        Tensor gs = g.reshape(stackedShape);
        double[] positions = idx.values();
        Tensor z = Creation.full(shape, 0, g.dtype);
        for (int j = 0; j < positions.length; j++) {
            int i = (int) positions[j];
            if (i < 0) i += shape[dim];
            Tensor slot = selectView(z, dim, i);
            Kernels.binaryInto(Kernels.BinaryOp.ADD, slot, slot, selectView(gs.detach(), dim, j));
        }
        return record(z, "IndexPutBackward0", Saves.NOTHING, gg -> new Tensor[] {gather(gg, dim, idx).reshape(g.shape)}, g);
    }

    /**
     * Places {@code g} into zeros of {@code shape} where the view {@code at} looks: the backward of
     * a view. Its own backward is the same view as a differentiable op ({@code again}).
     */
    private static Tensor embed(Tensor g, int[] shape, String name, java.util.function.UnaryOperator<Tensor> at,
                                java.util.function.UnaryOperator<Tensor> again) {
        Tensor z = Creation.full(shape, 0, g.dtype);
        Kernels.copyInto(at.apply(z), g);
        return record(z, name, Saves.NOTHING, gg -> new Tensor[] {again.apply(gg)}, g);
    }
}
