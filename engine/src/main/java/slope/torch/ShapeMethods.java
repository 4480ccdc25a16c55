package slope.torch;

import static slope.torch.TensorMethods.alias;
import static slope.torch.TensorMethods.both;
import static slope.torch.TensorMethods.dims;
import static slope.torch.TensorMethods.method;
import static slope.torch.TensorMethods.other;
import static slope.torch.TensorMethods.shapeArg;

import java.util.ArrayList;
import java.util.List;
import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Arithmetic;
import slope.ops.Compare;
import slope.ops.InPlace;
import slope.ops.Joins;
import slope.ops.LinearAlgebra;
import slope.ops.Pointwise;
import slope.ops.Rearrange;
import slope.ops.Reductions;
import slope.ops.Sorting;
import slope.ops.Statistics;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * Shape and selection functions PyTorch composes from others in ATen (tile, diff, the stacks, atleast_nd,
 * take_along_dim, kron, ...), built here from the same pieces so that their results carry the grad_fn PyTorch prints,
 * the small selections beside them (take, masked_select, argwhere, count_nonzero, nan_to_num, cummax, cummin), and
 * block_diag and cdist, which take their tensors as arguments.
 */
final class ShapeMethods {
    private ShapeMethods() {}

    static void register() {
        both("tile", (t, a) -> tile(t, shapeArg(a, "dims")), "*dims");
        both("diff", ShapeMethods::diff, "n", "dim", "prepend", "append");
        both("count_nonzero", (t, a) -> {
            Tensor nz = Compare.compare(Kernels.BinaryOp.NE, t, Tensor.wrap(0, DType.INT64));
            return dims(a) == null ? nz.sum() : Reductions.sum(nz, dims(a), false);
        }, "dim");
        both("nan_to_num", (t, a) -> nanToNum(t, a), "nan", "posinf", "neginf");
        method("nan_to_num_", (t, a) -> InPlace.rebase(t, x -> nanToNum(x, a)), "nan", "posinf", "neginf");
        both("argwhere", (t, a) -> Rearrange.nonzero(t));
        both("masked_select", (t, a) -> Rearrange.maskedSelect(t, other(a, "mask")), "mask");
        both("take", (t, a) -> Rearrange.take(t, other(a, "index")), "index");
        both("take_along_dim", ShapeMethods::takeAlongDim, "indices", "dim");
        both("tensor_split", ShapeMethods::tensorSplit, "indices_or_sections", "dim");
        both("cumprod", (t, a) -> Rearrange.cumprod(t, (int) a.getInt("dim"), Convert.dtype(a.getOrNone("dtype", Py.NONE))), "dim", "*", "dtype");
        method("unfold", (t, a) -> Views.unfold(t, (int) a.getInt("dimension"), (int) a.getInt("size"), (int) a.getInt("step")),
                "dimension", "size", "step");
        both("aminmax", (t, a) -> {
            // its gradient (an AminmaxBackward node, if PyTorch records one) is not checked against PyTorch yet
            if (slope.autograd.GradMode.isEnabled() && t.requiresGrad()) {
                throw new PyError("NotImplementedError", "Slope's aminmax does not take tensors that require grad");
            }
            int[] d = a.getOrNone("dim", Py.NONE) == Py.NONE ? null : new int[] {(int) a.getInt("dim")};
            boolean keep = a.getBool("keepdim", false);
            return ReturnTypes.named("aminmax", new String[] {"min", "max"}, Reductions.amax(t, d, keep, false), Reductions.amax(t, d, keep, true));
        }, "*", "dim", "keepdim");
        both("cummax", (t, a) -> cumExtreme(t, a, true), "dim");
        both("cummin", (t, a) -> cumExtreme(t, a, false), "dim");
        both("kron", (t, a) -> LinearAlgebra.kron(t, other(a, "other")), "other");
        both("msort", (t, a) -> Sorting.sort(t, 0, false)[0]); // ATen: sort(dim=0).values
        both("nansum", (t, a) -> Reductions.nansum(t, dims(a), a.getBool("keepdim", false)), "dim", "keepdim");
        both("nanmean", (t, a) -> Reductions.nanmean(t, dims(a), a.getBool("keepdim", false)), "dim", "keepdim");
        both("unflatten", (t, a) -> unflatten(t, (int) a.getInt("dim"), Convert.shape(new Object[] {a.get("sizes")})), "dim", "sizes");
        // aliases, each ending in the op PyTorch's alias calls (so its grad_fn)
        alias("negative", "neg");
        alias("subtract", "sub");
        alias("multiply", "mul");
        alias("divide", "div");
        alias("absolute", "abs");
        alias("moveaxis", "movedim");
        both("swapaxes", (t, a) -> Views.transpose(t, (int) a.getInt("axis0"), (int) a.getInt("axis1")), "axis0", "axis1");
        both("swapdims", (t, a) -> Views.transpose(t, (int) a.getInt("dim0"), (int) a.getInt("dim1")), "dim0", "dim1");
        // ATen: contiguous().view(-1), so a copy (when one is needed) and a view
        both("ravel", (t, a) -> Views.view(t.isContiguous() ? t : Views.clone(t), new int[] {-1}));
        both("fliplr", (t, a) -> {
            if (t.dim() < 2) throw PyError.runtime("Input must be >= 2-d.");
            return Rearrange.flip(t, new int[] {1});
        });
        both("flipud", (t, a) -> {
            if (t.dim() < 1) throw PyError.runtime("Input must be >= 1-d.");
            return Rearrange.flip(t, new int[] {0});
        });
    }

    /** The torch functions that take a sequence of tensors, or tensors as varargs, rather than one tensor first. */
    static void installFunctions(PyModule m) {
        m.def("hstack", (args, kw) -> {
            List<Tensor> rep = atleast(tensors(Args.parse("hstack", args, kw, "tensors").get("tensors"), "hstack"), 1);
            return Joins.cat(rep, rep.get(0).dim() == 1 ? 0 : 1);
        });
        m.def("vstack", (args, kw) -> Joins.cat(atleast(tensors(Args.parse("vstack", args, kw, "tensors").get("tensors"), "vstack"), 2), 0));
        m.set("row_stack", m.get("vstack"));
        m.def("dstack", (args, kw) -> Joins.cat(atleast(tensors(Args.parse("dstack", args, kw, "tensors").get("tensors"), "dstack"), 3), 2));
        m.def("column_stack", (args, kw) -> {
            List<Tensor> ts = tensors(Args.parse("column_stack", args, kw, "tensors").get("tensors"), "column_stack");
            // ATen makes 0-d and 1-d inputs columns, then hstacks
            for (int i = 0; i < ts.size(); i++) {
                Tensor t = ts.get(i);
                if (t.dim() <= 1) ts.set(i, Views.reshape(t, new int[] {t.numel(), 1}));
            }
            return Joins.cat(atleast(ts, 1), 1);
        });
        m.def("cartesian_prod", (args, kw) -> {
            List<Tensor> ts = tensors(new PyTuple(args), "cartesian_prod");
            for (Tensor t : ts) if (t.dim() != 1) throw PyError.runtime("Expect a 1D vector, but got shape " + Shape.list(t.shape));
            if (ts.size() == 1) return ts.get(0);
            // ATen: meshgrid(indexing='ij'), each grid flattened, stacked as columns
            Object[] grids = Grids.meshgrid(ts.toArray(), "ij").items;
            List<Tensor> flat = new ArrayList<>();
            for (Object g : grids) flat.add(Views.flatten((Tensor) g, 0, -1));
            return Joins.stack(flat, 1);
        });
        m.def("block_diag", (args, kw) -> {
            Args.check("block_diag", args, kw, 0, Integer.MAX_VALUE);
            List<Tensor> ts = new ArrayList<>();
            for (Object o : args) ts.add(Convert.tensorArg(o, "block_diag", "tensors"));
            return Joins.blockDiag(ts);
        });
        m.def("cdist", (args, kw) -> cdist(Args.parse("cdist", args, kw, "x1", "x2", "p", "compute_mode")));
        m.def("tril_indices", (args, kw) -> triangleIndices(Args.parse("tril_indices", args, kw, "row", "col", "offset", "*", "dtype", "device", "layout"), false));
        m.def("triu_indices", (args, kw) -> triangleIndices(Args.parse("triu_indices", args, kw, "row", "col", "offset", "*", "dtype", "device", "layout"), true));
        for (int n = 1; n <= 3; n++) {
            int dims = n;
            String name = "atleast_" + n + "d";
            m.def(name, (args, kw) -> {
                // torch/functional.py: one tensor gives a tensor, several (or one sequence) a tuple
                if (args.length == 1 && args[0] instanceof Tensor) return atleast((Tensor) args[0], dims);
                Object seq = args.length == 1 ? args[0] : new PyTuple(args);
                return new PyTuple(atleast(tensors(seq, name), dims).toArray());
            });
        }
    }

    private static ReturnTypes cumExtreme(Tensor t, Args a, boolean max) {
        Tensor[] r = Rearrange.cumExtreme(t, (int) a.getInt("dim"), max);
        return ReturnTypes.of(max ? "cummax" : "cummin", r[0], r[1]);
    }

    /**
     * torch.cdist with ATen's checks: for p = 2 on more than 25 rows (or with compute_mode 'use_mm_for_euclid_dist')
     * ATen's matmul path, with its roundings and its grad_fn; else the kernel, with CdistBackward0.
     */
    private static Tensor cdist(Args a) {
        Tensor x1 = Convert.tensorArg(a.get("x1"), "cdist", "x1"), x2 = Convert.tensorArg(a.get("x2"), "cdist", "x2");
        double p = a.getDouble("p", 2.0);
        String mode = a.getString("compute_mode", "use_mm_for_euclid_dist_if_necessary");
        if (!mode.equals("use_mm_for_euclid_dist_if_necessary") && !mode.equals("use_mm_for_euclid_dist")
                && !mode.equals("donot_use_mm_for_euclid_dist")) {
            throw PyError.value(mode + " is not a valid value for compute_mode");
        }
        if (x1.dim() < 2) throw PyError.runtime("cdist only supports at least 2D tensors, X1 got: " + x1.dim() + "D");
        if (x2.dim() < 2) throw PyError.runtime("cdist only supports at least 2D tensors, X2 got: " + x2.dim() + "D");
        int c1 = x1.shape[x1.dim() - 1], c2 = x2.shape[x2.dim() - 1], r1 = x1.shape[x1.dim() - 2], r2 = x2.shape[x2.dim() - 2];
        if (c1 != c2) throw PyError.runtime("X1 and X2 must have the same number of columns. X1: " + c1 + " X2: " + c2);
        if (!x1.dtype.floating) throw PyError.runtime("cdist only supports floating-point dtypes, X1 got: " + x1.dtype.scalarTypeName());
        if (!x2.dtype.floating) throw PyError.runtime("cdist only supports floating-point dtypes, X2 got: " + x2.dtype.scalarTypeName());
        if (p < 0) throw PyError.runtime("cdist only supports non-negative p values");
        boolean empty = x1.numel() == 0 || x2.numel() == 0;
        if (!empty && p == 2 && (mode.equals("use_mm_for_euclid_dist") || (mode.equals("use_mm_for_euclid_dist_if_necessary") && (r1 > 25 || r2 > 25)))) {
            return Statistics.cdistByMatmul(x1, x2);
        }
        // the kernel reads x2 as x1's dtype
        if (x1.dtype != x2.dtype) throw PyError.runtime("expected scalar type " + x1.dtype.scalarTypeName() + " but found " + x2.dtype.scalarTypeName());
        return Statistics.cdist(x1, x2, p);
    }

    private static List<Tensor> tensors(Object seq, String fn) {
        Object[] items = Convert.items(seq);
        if (items.length == 0) throw PyError.runtime(fn + " expects a non-empty TensorList");
        List<Tensor> r = new ArrayList<>();
        for (Object o : items) r.add(Convert.tensorArg(o, fn, "tensors"));
        return r;
    }

    /** ATen's atleast_{n}d: a 0-d tensor reshaped, a smaller one unsqueezed (a vector in the middle for n = 3). */
    private static Tensor atleast(Tensor t, int n) {
        if (t.dim() >= n) return t;
        if (t.dim() == 0) {
            int[] ones = new int[n];
            java.util.Arrays.fill(ones, 1);
            return Views.reshape(t, ones);
        }
        if (n == 2) return Views.unsqueeze(t, 0);
        return t.dim() == 1 ? Views.unsqueeze(Views.unsqueeze(t, 0), -1) : Views.unsqueeze(t, -1);
    }

    private static List<Tensor> atleast(List<Tensor> ts, int n) {
        List<Tensor> r = new ArrayList<>();
        for (Tensor t : ts) r.add(atleast(t, n));
        return r;
    }

    /** ATen's tile: reps padded with leading ones to the tensor's rank, then repeat. */
    private static Tensor tile(Tensor t, int[] reps) {
        int pad = t.dim() - reps.length;
        if (pad <= 0) return Rearrange.repeat(t, reps);
        int[] padded = new int[t.dim()];
        for (int d = 0; d < padded.length; d++) padded[d] = d < pad ? 1 : reps[d - pad];
        return Rearrange.repeat(t, padded);
    }

    /** ATen's diff: prepend and append concatenated on, then n rounds of narrow(1) - narrow(0) (logical_xor for bool). */
    private static Tensor diff(Tensor t, Args a) {
        if (t.dim() == 0) throw PyError.runtime("diff expects input to be at least one-dimensional");
        long n = a.getInt("n", 1);
        if (n < 0) throw PyError.runtime("order must be non-negative but got " + n);
        int d = Shape.wrapDim((int) a.getInt("dim", -1), t.dim());
        // ATen: with n = 0 the input alone, copied (zeros_like(self).copy_(self))
        if (n == 0) return new Tensor(t.values(), t.shape.clone(), t.dtype);
        List<Tensor> pieces = new ArrayList<>();
        Tensor prepend = edge(a, "prepend", t, d), append = edge(a, "append", t, d);
        if (prepend != null) pieces.add(prepend);
        pieces.add(t);
        if (append != null) pieces.add(append);
        Tensor r = pieces.size() == 1 ? t : Joins.cat(pieces, d);
        n = Math.min(n, r.shape[d]);
        for (long i = 0; i < n; i++) {
            long len = r.shape[d] - 1;
            Tensor hi = Views.slice(r, d, new Views.Slice(1L, 1 + len, 1L)), lo = Views.slice(r, d, new Views.Slice(0L, len, 1L));
            r = r.dtype == DType.BOOL ? Compare.compare(Kernels.BinaryOp.XOR, hi, lo) : Arithmetic.sub(hi, lo);
        }
        return r;
    }

    private static Tensor nanToNum(Tensor t, Args a) {
        return Pointwise.nanToNum(t, optDouble(a, "nan"), optDouble(a, "posinf"), optDouble(a, "neginf"));
    }

    private static Double optDouble(Args a, String name) {
        return a.getOrNone(name, Py.NONE) == Py.NONE ? null : a.getDouble(name);
    }

    /** ATen's take_along_dim: both broadcast but along dim, then gather; without a dim, a gather from the flat tensor. */
    private static Tensor takeAlongDim(Tensor t, Args a) {
        Tensor idx = other(a, "indices");
        if (a.getOrNone("dim", Py.NONE) == Py.NONE) return Rearrange.gather(Views.view(t, new int[] {-1}), 0, Views.view(idx, new int[] {-1}));
        if (t.dim() != idx.dim()) {
            throw PyError.runtime("torch.take_along_dim(): input and indices should have the same number of dimensions, but got "
                    + t.dim() + " dimensions for input, and " + idx.dim() + " dimensions for indices");
        }
        int d = Shape.wrapDim((int) a.getInt("dim"), t.dim());
        int[] selfSizes = t.shape.clone(), idxSizes = idx.shape.clone();
        selfSizes[d] = idx.shape[d];
        idxSizes[d] = t.shape[d];
        return Rearrange.gather(broadcastTo(t, Shape.broadcast(idxSizes, t.shape)), d, broadcastTo(idx, Shape.broadcast(selfSizes, idx.shape)));
    }

    private static Tensor broadcastTo(Tensor t, int[] shape) {
        return java.util.Arrays.equals(t.shape, shape) ? t : t.expand(shape);
    }

    /** ATen's tensor_split: n sections (the first size % n one longer) or cuts at indices, each a slice of the input. */
    private static PyTuple tensorSplit(Tensor t, Args a) {
        if (t.dim() == 0) throw PyError.runtime("tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims");
        int d = Shape.wrapDim((int) a.getInt("dim", 0), t.dim());
        long size = t.shape[d];
        Object s = a.get("indices_or_sections");
        List<Object> parts = new ArrayList<>();
        if (s instanceof Long || (s instanceof Tensor && ((Tensor) s).dim() == 0)) {
            long n = s instanceof Long ? (Long) s : (long) ((Tensor) s).item();
            if (n <= 0) throw PyError.runtime("number of sections must be larger than 0, got " + n);
            long start = 0;
            for (long i = 0; i < n; i++) {
                long len = size / n + (i < size % n ? 1 : 0);
                parts.add(Views.slice(t, d, new Views.Slice(start, start + len, 1L)));
                start += len;
            }
        } else {
            int[] cuts = s instanceof Tensor ? toInts((Tensor) s) : Convert.shape(new Object[] {s});
            long start = 0;
            for (int cut : cuts) {
                parts.add(Views.slice(t, d, new Views.Slice(start, (long) cut, 1L)));
                start = cut;
            }
            parts.add(Views.slice(t, d, new Views.Slice(start, size, 1L)));
        }
        return new PyTuple(parts.toArray());
    }

    private static int[] toInts(Tensor t) {
        double[] v = t.values();
        int[] r = new int[v.length];
        for (int i = 0; i < v.length; i++) r[i] = (int) v[i];
        return r;
    }

    /** ATen's unflatten: dim replaced by sizes (one may be -1), as a view. */
    private static Tensor unflatten(Tensor t, int dim, int[] sizes) {
        int d = Shape.wrapDim(dim, t.dim());
        if (sizes.length == 0) throw PyError.runtime("unflatten: sizes must be non-empty");
        long known = 1;
        int free = 0;
        for (int v : sizes) if (v == -1) free++; else known *= v;
        if (free > 1 || (free == 0 ? known != t.shape[d] : known == 0 || t.shape[d] % known != 0)) {
            throw PyError.runtime("unflatten: Provided sizes " + Shape.list(sizes) + " don't multiply up to the size of dim " + d
                    + " (" + t.shape[d] + ") in the input tensor");
        }
        int[] shape = new int[t.dim() - 1 + sizes.length];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = i < d ? t.shape[i] : i < d + sizes.length ? sizes[i - d] : t.shape[i - sizes.length + 1];
        }
        return Views.view(t, shape);
    }

    /** tril_indices and triu_indices: the coordinates of a row x col matrix's triangle, row by row, as a 2 x N tensor. */
    private static Tensor triangleIndices(Args a, boolean upper) {
        int rows = (int) a.getInt("row"), cols = (int) a.getInt("col"), offset = (int) a.getInt("offset", 0);
        List<int[]> at = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) if (upper ? j - i >= offset : j - i <= offset) at.add(new int[] {i, j});
        }
        double[] out = new double[2 * at.size()];
        for (int k = 0; k < at.size(); k++) {
            out[k] = at.get(k)[0];
            out[at.size() + k] = at.get(k)[1];
        }
        return new Tensor(out, new int[] {2, at.size()}, TorchModule.dtypeOr(a, DType.INT64));
    }

    /** diff's prepend or append: the input's shape but along dim, as ATen checks it. */
    private static Tensor edge(Args a, String name, Tensor t, int d) {
        Object o = a.getOrNone(name, Py.NONE);
        if (o == Py.NONE) return null;
        Tensor p = Convert.tensorArg(o, "diff", name);
        if (p.dim() != t.dim()) throw PyError.runtime("diff expects prepend or append to be the same dimension as input");
        for (int k = 0; k < t.dim(); k++) {
            if (k != d && p.shape[k] != t.shape[k]) {
                throw PyError.runtime("diff expects the shape of tensor to prepend or append to match that of input except along"
                        + " the differencing dimension; input.size(" + k + ") = " + t.shape[k] + ", but got tensor.size(" + k
                        + ") = " + p.shape[k]);
            }
        }
        return p;
    }
}
