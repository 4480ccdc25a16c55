package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.FloatMath;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * Ops that order the values along a dim: sort, topk, median and kthvalue (each picks elements, as {@link Picks}),
 * searchsorted, and quantile over sorted lines. Each is recorded under PyTorch's name for it.
 */
public final class Sorting {
    private Sorting() {}

    /** {@code sort(dim, descending)}: values (SortBackward0) and their int64 positions; equal values keep their order. */
    public static Tensor[] sort(Tensor x, int dim, boolean descending) {
        return sorted(x, dim, descending, x.dim() == 0 ? 1 : x.shape[Shape.wrapDim(dim, x.dim())], "SortBackward0");
    }

    /** {@code topk(k, dim, largest)}: the k largest (or smallest) along dim, in order, with their positions. */
    public static Tensor[] topk(Tensor x, int k, int dim, boolean largest) {
        int size = x.dim() == 0 ? 1 : x.shape[Shape.wrapDim(dim, x.dim())];
        if (k < 0 || k > size) throw PyError.runtime("selected index k out of range");
        return sorted(x, dim, largest, k, "TopkBackward0");
    }

    private static Tensor[] sorted(Tensor x, int dim, boolean descending, int keep, String name) {
        if (x.dim() == 0) return new Tensor[] {Picks.pick(x, new int[] {0}, new int[0], name, "ScatterBackward0"), Tensor.ofValue(0, DType.INT64)};
        int d = Shape.wrapDim(dim, x.dim());
        int[] shape = x.shape.clone();
        shape[d] = keep;
        double[] v = x.values();
        int[] source = new int[Shape.numel(shape)];
        int outStride = Shape.contiguousStrides(shape)[d];
        double[] positions = new double[source.length];
        int n = x.shape[d], stride = Shape.contiguousStrides(x.shape)[d];
        Integer[] order = new Integer[n];
        Picks.Odometer o = new Picks.Odometer(shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            if (o.c[d] != 0) continue; // one sort per line along dim, from its first element
            int base = Picks.position(x.shape, o.c);
            for (int j = 0; j < n; j++) order[j] = j;
            // nan sorts as the largest value, as in PyTorch
            java.util.Arrays.sort(order, (a, b) -> {
                int cmp = Double.compare(key(v[base + a * stride]), key(v[base + b * stride]));
                return descending ? -cmp : cmp;
            });
            for (int j = 0; j < keep; j++) {
                source[i + j * outStride] = base + order[j] * stride;
                positions[i + j * outStride] = order[j];
            }
        }
        return new Tensor[] {Picks.pick(x, source, shape, name, "ScatterBackward0"), new Tensor(positions, shape.clone(), DType.INT64)};
    }

    private static double key(double v) { return v != v ? Double.POSITIVE_INFINITY : v == 0 ? 0.0 : v; }

    /**
     * {@code torch.searchsorted(boundaries, values, right=, side=, sorter=)}: where each value would go in the last dim of
     * boundaries (one 1-D sequence for all values, or the row matching the value's row), by ATen's binary search: the
     * first position whose boundary is not below the value (right: above it), so a nan goes past the end; values and
     * boundaries compared in their common dtype. The checks and messages are ATen's searchsorted_pre_check.
     */
    public static Tensor searchsorted(Tensor boundaries, Tensor values, boolean right, String side, Tensor sorter, boolean int32) {
        if (side != null) {
            if (!side.equals("left") && !side.equals("right")) {
                throw PyError.runtime("torch.searchsorted(): side can only be 'left' or 'right' but got " + side);
            }
            if (right && !side.equals("right")) {
                throw PyError.runtime("torch.searchsorted(): side and right can't be set to opposites, got side of " + side
                        + " while right was True");
            }
            right = side.equals("right");
        }
        int n = boundaries.dim() == 0 ? 0 : boundaries.shape[boundaries.dim() - 1];
        double[] order = sorter == null ? null : sorter.values();
        if (sorter != null) {
            if (!java.util.Arrays.equals(sorter.shape, boundaries.shape)) {
                throw PyError.runtime("torch.searchsorted(): boundary and sorter must have the same size, but got boundary tensor "
                        + Shape.list(boundaries.shape) + "and got sorter tensor " + Shape.list(sorter.shape));
            }
            if (sorter.dtype != DType.INT64) {
                throw PyError.runtime("torch.searchsorted(): sorter must be a tensor of long dtype but got dtype " + sorter.dtype.scalarTypeName());
            }
            for (double p : order) if (p < 0 || p >= n) throw PyError.runtime("torch.searchsorted(): sorter index out of range");
        }
        if (values.dim() == 0 && boundaries.dim() != 1) {
            throw PyError.runtime("torch.searchsorted(): input value can be a scalar only when boundaries tensor dimension is 1, but we got"
                    + " boundaries tensor dim(" + boundaries.dim() + ") and input value's dim(0) numel(1)");
        }
        if (boundaries.dim() == 0) throw PyError.runtime("torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 dimension");
        boolean leadingMatch = boundaries.dim() == values.dim();
        for (int d = 0; leadingMatch && d + 1 < boundaries.dim(); d++) leadingMatch = boundaries.shape[d] == values.shape[d];
        if (boundaries.dim() != 1 && !leadingMatch) {
            throw PyError.runtime("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries"
                    + " tensor and input value tensor must match, but we got boundaries tensor " + Shape.list(boundaries.shape)
                    + " and input value tensor " + Shape.list(values.shape));
        }
        DType common = Promotion.result(boundaries, values);
        if (common == DType.BOOL) throw PyError.runtime("\"searchsorted_out_cpu\" not implemented for 'Bool'");
        double[] bd = boundaries.values(), v = values.values(), out = new double[v.length];
        int row = values.dim() == 0 ? 1 : values.shape[values.dim() - 1];
        for (int i = 0; i < v.length; i++) {
            double value = common.round(v[i]);
            int start = boundaries.dim() == 1 ? 0 : i / row * n, lo = start, hi = start + n;
            while (lo < hi) {
                int mid = lo + ((hi - lo) >> 1);
                double b = common.round(bd[order == null ? mid : start + (int) order[mid]]);
                if (right ? !(b > value) : !(b >= value)) lo = mid + 1;
                else hi = mid;
            }
            out[i] = lo - start;
        }
        return new Tensor(out, values.shape.clone(), int32 ? DType.INT32 : DType.INT64);
    }

    /**
     * {@code median(dim, keepdim)}: the lower of the two middle values along dim (nan where a line has one), with its
     * position; the gradient goes to that position (MedianBackward1).
     */
    public static Tensor[] median(Tensor x, int dim, boolean keepdim) {
        int d = Shape.wrapDim(dim, x.dim());
        Tensor[] sorted = sort(x, d, false);
        int n = x.dim() == 0 ? 1 : x.shape[d], middle = (n - 1) / 2;
        double[] order = sorted[1].values(), v = x.values();
        int stride = Picks.strideAlong(x, d);
        return pickAlong(x, d, keepdim, "MedianBackward1", base -> {
            int last = (int) order[base + (n - 1) * stride]; // sort puts a nan last: then it is the median
            boolean nan = v[base + last * stride] != v[base + last * stride];
            return nan ? last : (int) order[base + middle * stride];
        });
    }

    /**
     * {@code kthvalue(k, dim, keepdim)}: the k-th smallest along dim (nan the largest) and its position, chosen by
     * ATen's quickselect, so that of equal values the one PyTorch reports; the gradient goes there (KthvalueBackward0).
     */
    public static Tensor[] kthvalue(Tensor x, int k, int dim, boolean keepdim) {
        int d = Shape.wrapDim(dim, x.dim());
        int n = x.dim() == 0 ? 1 : x.shape[d];
        if (k < 1 || k > n) throw PyError.runtime("kthvalue(): selected number k out of range for dimension " + d);
        double[] v = x.values(), line = new double[n];
        int[] positions = new int[n];
        int stride = Picks.strideAlong(x, d);
        return pickAlong(x, d, keepdim, "KthvalueBackward0", base -> {
            for (int j = 0; j < n; j++) {
                line[j] = v[base + j * stride];
                positions[j] = j;
            }
            quickSelect(line, positions, k - 1);
            return positions[k - 1];
        });
    }

    /**
     * ATen's quick_select_template (Sedgewick's partitioning, median-of-three pivot) on a line and its positions,
     * moving the (k+1)-th smallest to index k: its swaps decide which of several equal values ends there.
     */
    private static void quickSelect(double[] a, int[] at, int k) {
        int lo = 0, hi = a.length - 1;
        while (hi > lo) {
            if (hi == lo + 1) {
                if (greaterOrNan(a[lo], a[hi])) swap(a, at, lo, hi);
                return;
            }
            swap(a, at, (lo + hi) >> 1, lo + 1);
            if (greaterOrNan(a[lo + 1], a[hi])) swap(a, at, lo + 1, hi);
            if (greaterOrNan(a[lo], a[hi])) swap(a, at, lo, hi);
            if (greaterOrNan(a[lo + 1], a[lo])) swap(a, at, lo + 1, lo);
            int i = lo + 1, j = hi;
            double pivot = a[lo];
            while (true) {
                do i++; while (greaterOrNan(pivot, a[i]));
                do j--; while (greaterOrNan(a[j], pivot));
                if (j < i) break;
                swap(a, at, i, j);
            }
            swap(a, at, lo, j);
            if (j <= k) lo = i;
            if (j >= k) hi = j - 1;
        }
    }

    private static boolean greaterOrNan(double x, double y) { return (x != x && y == y) || x > y; }

    private static void swap(double[] a, int[] at, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
        int p = at[i];
        at[i] = at[j];
        at[j] = p;
    }

    /** Which position along a line a reduction picks, given the row-major position of the line's first element. */
    private interface LinePick {
        int at(int base);
    }

    /** One element of each line along d, as a reduction that keeps it (median, kthvalue), and its int64 position. */
    private static Tensor[] pickAlong(Tensor x, int d, boolean keepdim, String name, LinePick pick) {
        int[] shape = x.shape.clone();
        if (x.dim() > 0) shape[d] = 1;
        int[] source = new int[Shape.numel(shape)];
        double[] positions = new double[source.length];
        int stride = Picks.strideAlong(x, d);
        Picks.Odometer o = new Picks.Odometer(shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            int base = Picks.position(x.shape, o.c);
            int at = pick.at(base);
            source[i] = base + at * stride;
            positions[i] = at;
        }
        int[] outShape = shape; // without keepdim the size-1 dim goes: the same elements in the same order
        if (!keepdim && x.dim() > 0) {
            outShape = new int[x.dim() - 1];
            for (int k = 0, j = 0; k < x.dim(); k++) if (k != d) outShape[j++] = x.shape[k];
        }
        return new Tensor[] {Picks.pick(x, source, outShape, name, "ScatterBackward0"),
            new Tensor(positions, outShape.clone(), DType.INT64)};
    }

    /** {@code quantile(x, q)} with q a Python number: ATen's range check, then q as a 0-d tensor of x's dtype. */
    public static Tensor quantile(Tensor x, double q, Integer dim, boolean keepdim, String interpolation, boolean ignoreNan) {
        if (!(q >= 0 && q <= 1)) throw PyError.runtime("quantile() q must be in the range [0, 1] but got " + Sampling.cpp(q));
        return quantile(x, Tensor.scalar(q, x.dtype), dim, keepdim, interpolation, ignoreNan);
    }

    /**
     * {@code quantile(x, q, dim, keepdim, interpolation=)}, and nanquantile ({@code ignoreNan}: ranks among a line's
     * non-nan values), as ATen's quantile_compute composes it: the line sorted, ranks q * (n - 1) in x's dtype (the
     * last index where a line has a nan), the sorted values gathered below and above each rank and lerped in place,
     * then squeezed in place, so its grad_fn is SqueezeBackward4.
     */
    public static Tensor quantile(Tensor x, Tensor q, Integer dim, boolean keepdim, String interpolation, boolean ignoreNan) {
        if (!java.util.Arrays.asList("linear", "lower", "higher", "midpoint", "nearest").contains(interpolation)) {
            throw PyError.runtime("quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got " + interpolation);
        }
        if (x.numel() == 0) throw PyError.runtime("quantile() input tensor must be non-empty");
        if (q.dim() > 1) throw PyError.runtime("quantile() q must be a scalar or 1D tensor");
        if (!x.dtype.floating) throw PyError.runtime("quantile() input tensor must be either float or double dtype");
        if (q.dtype != x.dtype) throw PyError.runtime("quantile() q tensor must be same dtype as the input tensor");
        int d = Shape.wrapDim(dim == null ? 0 : dim, x.dim());
        // the result's shape but q's length: x's with the dim dropped (or kept as 1), none of it without a dim
        int[] rest = x.shape.clone();
        if (keepdim) {
            for (int k = 0; k < rest.length; k++) if (dim == null || k == d) rest[k] = 1;
        } else if (dim == null || x.dim() == 0) {
            rest = new int[0];
        } else {
            rest = new int[x.dim() - 1];
            for (int k = 0, j = 0; k < x.dim(); k++) if (k != d) rest[j++] = x.shape[k];
        }
        double[] qs = q.values();
        for (double p : qs) if (!(p >= 0 && p <= 1)) throw PyError.runtime("quantile() q values must be in the range [0, 1]");
        // ATen's check that ranks stay exact as floats, which it makes once the line is sorted: here before the sort
        if ((dim == null ? x.numel() : x.dim() == 0 ? 1 : x.shape[d]) > 1 << 24) throw PyError.runtime("quantile() input tensor is too large");
        Tensor sorted = dim == null ? sort(Views.flatten(x, 0, -1), -1, false)[0]
                : d == x.dim() - 1 ? sort(x, -1, false)[0]
                : sort(Views.transpose(Views.unsqueeze(x, -1), d, -1), -1, false)[0];
        int n = sorted.shape[sorted.dim() - 1], m = qs.length, rows = Shape.numel(rest);
        int[] lines = Shape.append(rest, n), ranksShape = Shape.append(rest, m);
        sorted = Views.view(sorted, lines);
        DType dt = x.dtype;
        boolean lerped = interpolation.equals("linear") || interpolation.equals("midpoint");
        double[] sv = sorted.values(), below = new double[rows * m], above = new double[rows * m], weights = new double[rows * m];
        for (int r = 0; r < rows; r++) {
            int present = 0; // the values that are not nan
            for (int j = 0; j < n; j++) if (sv[r * n + j] == sv[r * n + j]) present++;
            for (int j = 0; j < m; j++) {
                double rank = ignoreNan ? Math.max(0, dt.round(qs[j] * (present - 1))) : present < n ? n - 1 : dt.round(qs[j] * (n - 1));
                if (interpolation.equals("lower")) rank = Math.floor(rank);
                else if (interpolation.equals("higher")) rank = Math.ceil(rank);
                else if (interpolation.equals("nearest")) rank = FloatMath.rint(rank);
                below[r * m + j] = (long) rank;
                above[r * m + j] = Math.ceil(rank);
                weights[r * m + j] = interpolation.equals("midpoint") ? 0.5 : rank - (long) rank;
            }
        }
        Tensor out = Rearrange.gather(sorted, -1, new Tensor(below, ranksShape, DType.INT64));
        if (lerped) out = lerp(out, Rearrange.gather(sorted, -1, new Tensor(above, ranksShape.clone(), DType.INT64)), weights);
        if (q.dim() == 1) out = Views.transpose(Views.unsqueeze(out, 0), 0, -1); // the quantiles first
        return Views.squeeze(out, -1, "SqueezeBackward4");
    }

    /**
     * ATen's in-place {@code lerp_(end, weight)} with a tensor of weights (LerpBackward1), rounded as its vector
     * kernel: fma(w, end - start, start), or fma(w - 1, end - start, end) from a weight of 0.5 on (for float64 the
     * multiply-add rounds twice: TeaVM has no Math.fma).
     */
    private static Tensor lerp(Tensor start, Tensor end, double[] weights) {
        DType dt = start.dtype;
        double[] s = start.values(), e = end.values(), out = new double[s.length], rest = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            boolean small = Math.abs(weights[i]) < 0.5;
            double coeff = small ? weights[i] : dt.round(weights[i] - 1), diff = dt.round(e[i] - s[i]), base = small ? s[i] : e[i];
            out[i] = dt == DType.FLOAT32 ? FloatMath.fma((float) coeff, (float) diff, (float) base) : base + coeff * diff;
            rest[i] = dt.round(1 - weights[i]);
        }
        Tensor w = new Tensor(weights, start.shape.clone(), dt), unweighted = new Tensor(rest, start.shape.clone(), dt);
        return record(new Tensor(out, start.shape.clone(), dt), "LerpBackward1", Saves.INPUTS,
                g -> new Tensor[] {g.mul(unweighted), g.mul(w)}, start, end);
    }
}
