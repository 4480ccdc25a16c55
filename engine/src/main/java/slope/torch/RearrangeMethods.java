package slope.torch;

import static slope.torch.TensorMethods.both;
import static slope.torch.TensorMethods.dims;
import static slope.torch.TensorMethods.method;
import static slope.torch.TensorMethods.other;
import static slope.torch.TensorMethods.shapeArg;

import java.util.List;
import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Arithmetic;
import slope.ops.Creation;
import slope.ops.InPlace;
import slope.ops.Pointwise;
import slope.ops.Rearrange;
import slope.ops.Reductions;
import slope.ops.Sorting;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * The tensor methods (and torch functions) that rearrange, select or sort elements, and the small ones learners'
 * code calls on the way (new_zeros, type_as, cpu), added to {@link TensorMethods}' table.
 */
final class RearrangeMethods {
    private RearrangeMethods() {}

    static void register() {
        both("flip", (t, a) -> Rearrange.flip(t, shapeArg(a, "dims")), "*dims");
        method("repeat", (t, a) -> Rearrange.repeat(t, shapeArg(a, "repeats")), "*repeats");
        both("gather", (t, a) -> Rearrange.gather(t, dim(a), other(a, "index")), "dim", "index");
        both("index_select", (t, a) -> Rearrange.indexSelect(t, dim(a), other(a, "index")), "dim", "index");
        both("sort", (t, a) -> {
            Tensor[] r = Sorting.sort(t, (int) a.getInt("dim", -1), a.getBool("descending", false));
            return ReturnTypes.of("sort", r[0], r[1]);
        }, "dim", "descending", "*", "stable");
        both("argsort", (t, a) -> Sorting.sort(t, (int) a.getInt("dim", -1), a.getBool("descending", false))[1],
                "dim", "descending", "*", "stable");
        both("topk", (t, a) -> {
            Tensor[] r = Sorting.topk(t, (int) a.getInt("k"), (int) a.getInt("dim", -1), a.getBool("largest", true));
            return ReturnTypes.of("topk", r[0], r[1]);
        }, "k", "dim", "largest", "sorted");
        both("split", (t, a) -> {
            int d = (int) a.getInt("dim", 0), length = t.shape[Shape.wrapDim(d, t.dim())];
            Object s = a.get("split_size_or_sections");
            if (s instanceof Long || s instanceof Boolean) return tuple(Rearrange.split(t, Rearrange.splitSizes(length, (int) Py.index(s)), false, d));
            int[] sizes = Convert.shape(new Object[] {s});
            int sum = 0;
            for (int v : sizes) sum += v;
            if (sum != length) {
                throw PyError.runtime("split_with_sizes expects split_sizes to sum exactly to " + length + " (input tensor's size at"
                        + " dimension " + d + "), but got split_sizes=" + Shape.list(sizes));
            }
            return tuple(Rearrange.split(t, sizes, true, d));
        }, "split_size_or_sections", "dim");
        both("chunk", (t, a) -> {
            int chunks = (int) a.getInt("chunks"), d = (int) a.getInt("dim", 0);
            if (chunks <= 0) throw PyError.runtime("chunk expects `chunks` to be greater than 0, got: " + chunks);
            int length = t.shape[Shape.wrapDim(d, t.dim())];
            return tuple(Rearrange.split(t, Rearrange.splitSizes(length, Math.max(1, (length + chunks - 1) / chunks)), false, d));
        }, "chunks", "dim");
        both("unbind", (t, a) -> tuple(Rearrange.unbind(t, (int) a.getInt("dim", 0))), "dim");
        both("narrow", (t, a) -> {
            int d = Shape.wrapDim((int) a.getInt("dim"), t.dim());
            long start = a.getInt("start"), length = a.getInt("length"), size = t.shape[d];
            if (start < 0) start += size;
            if (start < 0 || start > size || length < 0 || start + length > size) {
                throw PyError.runtime("start (" + start + ") + length (" + length + ") exceeds dimension size (" + size + ").");
            }
            return Views.slice(t, d, new Views.Slice(start, start + length, 1L));
        }, "dim", "start", "length");
        both("triu", (t, a) -> Rearrange.triangle(t, (int) a.getInt("diagonal", 0), true), "diagonal");
        both("tril", (t, a) -> Rearrange.triangle(t, (int) a.getInt("diagonal", 0), false), "diagonal");
        both("masked_fill", (t, a) -> Rearrange.maskedFill(t, other(a, "mask"), other(a, "value")), "mask", "value");
        both("cumsum", (t, a) -> Rearrange.cumsum(t, dim(a), Convert.dtype(a.getOrNone("dtype", Py.NONE))), "dim", "*", "dtype");
        both("amax", (t, a) -> Reductions.amax(t, dims(a), a.getBool("keepdim", false), true), "dim", "keepdim");
        both("amin", (t, a) -> Reductions.amax(t, dims(a), a.getBool("keepdim", false), false), "dim", "keepdim");
        both("logsumexp", (t, a) -> Reductions.logsumexp(t, dims(a), a.getBool("keepdim", false)), "dim", "keepdim");
        both("roll", (t, a) -> Rearrange.roll(t, Convert.shape(new Object[] {a.get("shifts")}),
                a.getOrNone("dims", Py.NONE) == Py.NONE ? new int[0] : Convert.shape(new Object[] {a.get("dims")})), "shifts", "dims");
        both("scatter", (t, a) -> scatter(t, a, false), "dim", "index", "src", "*", "value", "reduce");
        both("scatter_add", (t, a) -> scatter(t, a, true), "dim", "index", "src");
        method("scatter_", (t, a) -> InPlace.rebase(t, x -> scatter(x, a, false)), "dim", "index", "src", "*", "value", "reduce");
        method("scatter_add_", (t, a) -> InPlace.rebase(t, x -> scatter(x, a, true)), "dim", "index", "src");
        both("nonzero", (t, a) -> a.getBool("as_tuple", false) ? nonzeroTuple(t) : Rearrange.nonzero(t), "*", "as_tuple");
        both("unique", (t, a) -> {
            Tensor[] u = Rearrange.unique(t);
            boolean inverse = a.getBool("return_inverse", false), counts = a.getBool("return_counts", false);
            if (!inverse && !counts) return u[0];
            return inverse && counts ? new PyTuple(u[0], u[1], u[2]) : new PyTuple(u[0], inverse ? u[1] : u[2]);
        }, "sorted", "return_inverse", "return_counts", "dim");
        both("remainder", (t, a) -> Arithmetic.remainder(t, other(a, "other")), "other");
        both("fmod", (t, a) -> Arithmetic.fmod(t, other(a, "other")), "other");
        both("index_add", (t, a) -> Rearrange.indexAdd(t, dim(a), other(a, "index"), other(a, "source"), a.getDouble("alpha", 1)),
                "dim", "index", "source", "*", "alpha");
        method("index_add_", (t, a) -> InPlace.rebase(t, x -> Rearrange.indexAdd(x, dim(a), other(a, "index"), other(a, "source"),
                a.getDouble("alpha", 1))), "dim", "index", "source", "*", "alpha");
        both("floor_divide", (t, a) -> Arithmetic.floorDivide(t, other(a, "other")), "other");
        both("rsqrt", (t, a) -> Pointwise.rsqrt(t));
        both("repeat_interleave", (t, a) -> Rearrange.repeatInterleave(t, (int) a.getInt("repeats"),
                a.getOrNone("dim", Py.NONE) == Py.NONE ? null : (int) a.getInt("dim")), "repeats", "dim", "*", "output_size");
        both("diag", (t, a) -> Rearrange.diag(t, (int) a.getInt("diagonal", 0)), "diagonal");
        both("diagonal", (t, a) -> Rearrange.diagonal(t, (int) a.getInt("offset", 0), (int) a.getInt("dim1", 0), (int) a.getInt("dim2", 1)),
                "offset", "dim1", "dim2");
        both("trace", (t, a) -> Rearrange.trace(t));
        both("outer", (t, a) -> t.reshape(-1, 1).mul(other(a, "vec2")), "vec2"); // as ATen writes it: a MulBackward0
        both("movedim", (t, a) -> movedim(t, a), "source", "destination");
        both("broadcast_to", (t, a) -> t.expand(shapeArg(a, "size")), "*size");
        method("expand_as", (t, a) -> t.expand(other(a, "other").shape), "other");
        method("where", (t, a) -> Pointwise.where(other(a, "condition"), t, other(a, "other")), "condition", "other");
        method("type_as", (t, a) -> TensorType.cast(t, other(a, "other").dtype), "other");
        method("new_zeros", (t, a) -> newFilled(t, a, 0), "*size", "*", "dtype", "requires_grad", "device");
        method("new_ones", (t, a) -> newFilled(t, a, 1), "*size", "*", "dtype", "requires_grad", "device");
        method("new_empty", (t, a) -> newFilled(t, a, 0), "*size", "*", "dtype", "requires_grad", "device");
        method("new_full", (t, a) -> TorchModule.withGrad(Creation.full(Convert.shape(new Object[] {a.get("size")}),
                a.getDouble("fill_value"), TorchModule.dtypeOr(a, t.dtype)), a), "size", "fill_value", "*", "dtype", "requires_grad", "device");
        method("new_tensor", (t, a) -> TorchModule.withGrad(Convert.fromData(a.get("data"), TorchModule.dtypeOr(a, t.dtype)), a),
                "data", "*", "dtype", "requires_grad", "device");
        method("cpu", (t, a) -> t);
        method("cuda", (t, a) -> {
            throw new PyError("AssertionError", "Torch not compiled with CUDA enabled");
        }, "device", "non_blocking");
        method("is_contiguous", (t, a) -> t.isContiguous());
        method("stride", (t, a) -> {
            if (a.getOrNone("dim", Py.NONE) != Py.NONE) return (long) t.strides[Shape.wrapDim((int) a.getInt("dim"), t.dim())];
            Object[] s = new Object[t.dim()];
            for (int d = 0; d < s.length; d++) s[d] = (long) t.strides[d];
            return new PyTuple(s);
        }, "dim");
        method("element_size", (t, a) -> (long) (t.dtype == DType.FLOAT64 || t.dtype == DType.INT64 ? 8
                : t.dtype == DType.BOOL ? 1 : 4));
    }

    /** The torch functions of this table's kind that take no tensor first: searchsorted takes the boundaries first. */
    static void installFunctions(PyModule m) {
        m.def("searchsorted", (args, kw) -> {
            Args a = Args.parse("searchsorted", args, kw, "sorted_sequence", "input", "*", "out_int32", "right", "side", "sorter");
            Object sorter = a.getOrNone("sorter", Py.NONE);
            return Sorting.searchsorted(Convert.tensorArg(a.get("sorted_sequence"), "searchsorted", "sorted_sequence"),
                    Convert.tensorArg(a.get("input"), "searchsorted", "input"), a.getBool("right", false),
                    a.getOrNone("side", Py.NONE) == Py.NONE ? null : a.getString("side", null),
                    sorter == Py.NONE ? null : Convert.tensorArg(sorter, "searchsorted", "sorter"), a.getBool("out_int32", false));
        });
        m.def("bucketize", (args, kw) -> {
            Args a = Args.parse("bucketize", args, kw, "input", "boundaries", "*", "out_int32", "right");
            Tensor boundaries = Convert.tensorArg(a.get("boundaries"), "bucketize", "boundaries");
            if (boundaries.dim() != 1) throw PyError.runtime("boundaries tensor must be 1 dimension, but got dim(" + boundaries.dim() + ")");
            return Sorting.searchsorted(boundaries, Convert.tensorArg(a.get("input"), "bucketize", "input"), a.getBool("right", false),
                    null, null, a.getBool("out_int32", false));
        });
    }

    private static int dim(Args a) { return (int) a.getInt("dim"); }

    /** scatter(dim, index, src) or scatter(dim, index, value=v), and scatter_add(dim, index, src). */
    private static Tensor scatter(Tensor t, Args a, boolean add) {
        if (!add && a.getOrNone("reduce", Py.NONE) != Py.NONE) throw PyError.runtime("Slope's scatter takes no reduce=");
        Object src = a.getOrNone("src", Py.NONE);
        if (src == Py.NONE && !add) src = a.getOrNone("value", Py.NONE);
        if (src == Py.NONE) throw PyError.type("scatter_add() missing 1 required positional arguments: \"src\"");
        Tensor s = src instanceof Tensor ? (Tensor) src : Convert.operand(src);
        return Rearrange.scatter(t, dim(a), other(a, "index"), s, add);
    }

    /** {@code nonzero(as_tuple=True)}, which one-argument {@code torch.where} is too: the indices along each dim. */
    static PyTuple nonzeroTuple(Tensor t) {
        Tensor nz = Rearrange.nonzero(t);
        Object[] cols = new Object[t.dim()];
        for (int d = 0; d < cols.length; d++) cols[d] = Views.clone(Views.select(nz, 1, d));
        return new PyTuple(cols);
    }

    private static PyTuple tuple(List<Tensor> parts) { return new PyTuple(parts.toArray()); }

    private static Tensor newFilled(Tensor t, Args a, double value) {
        return TorchModule.withGrad(Creation.full(shapeArg(a, "size"), value, TorchModule.dtypeOr(a, t.dtype)), a);
    }

    /** {@code movedim(source, destination)}: a permute that puts the source dims at their destinations, the rest in order. */
    static Tensor movedim(Tensor t, Args a) {
        int[] src = Convert.shape(new Object[] {a.get("source")}), dst = Convert.shape(new Object[] {a.get("destination")});
        if (src.length != dst.length) {
            throw PyError.runtime("movedim: Invalid source or destination dims: source (" + Shape.list(src) + " dims) should contain the"
                    + " same number of dims as destination (" + Shape.list(dst) + " dims)");
        }
        int n = t.dim();
        int[] order = new int[n];
        java.util.Arrays.fill(order, -1);
        boolean[] used = new boolean[n];
        for (int i = 0; i < src.length; i++) {
            int s = Shape.wrapDim(src[i], n), d = Shape.wrapDim(dst[i], n);
            order[d] = s;
            used[s] = true;
        }
        for (int d = 0, s = 0; d < n; d++) {
            if (order[d] >= 0) continue;
            while (used[s]) s++;
            order[d] = s++;
        }
        return Views.permute(t, order);
    }
}
