package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.ReduceOp;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/** sum, mean, max, min, prod, softmax and log_softmax, over all elements or over dims. */
public final class Reductions {
    private Reductions() {}

    /** The dims a reduction covers; null or empty {@code dims} means all of them. */
    static boolean[] reduced(Tensor t, int[] dims) {
        boolean[] r = new boolean[t.dim()];
        if (dims == null || dims.length == 0) {
            java.util.Arrays.fill(r, true);
            return r;
        }
        for (int d : dims) {
            int w = Shape.wrapDim(d, t.dim());
            if (t.dim() == 0) continue;
            if (r[w]) throw PyError.runtime("dim " + w + " appears multiple times in the list of dims");
            r[w] = true;
        }
        return r;
    }

    /** The shape with reduced dims kept as 1: how a reduced gradient is broadcast back. */
    private static int[] kept(Tensor t, boolean[] reduced) {
        int[] s = t.shape.clone();
        for (int d = 0; d < s.length; d++) if (reduced[d]) s[d] = 1;
        return s;
    }

    private static DType sumType(DType t) {
        return t.floating ? t : DType.INT64;
    }

    public static Tensor sum(Tensor x) {
        // the sum of a pending float32 expression stays pending too: a loss that is only differentiated, never read,
        // is never summed (tinygrad's laziness; the values, when read, are those summed now)
        Tensor later = x.sumLater();
        Tensor out = later != null ? later : Kernels.reduce(ReduceOp.SUM, x, reduced(x, null), false, sumType(x.dtype));
        int[] from = x.shape; // not x: a released node keeps no values (Node.release)
        return record(out, "SumBackward0", Saves.NOTHING, g -> new Tensor[] {g.expand(from)}, x);
    }

    public static Tensor sum(Tensor x, int[] dims, boolean keepdim) {
        boolean[] r = reduced(x, dims);
        Tensor out = Kernels.reduce(ReduceOp.SUM, x, r, keepdim, sumType(x.dtype));
        int[] from = x.shape, keptShape = kept(x, r);
        return record(out, "SumBackward1", Saves.NOTHING, g -> new Tensor[] {g.reshape(keptShape).expand(from)}, x);
    }

    /** {@code nansum}: the sum with NaNs as zeros; the gradient passes where x is not NaN (ATen's nansum_backward). */
    public static Tensor nansum(Tensor x, int[] dims, boolean keepdim) {
        boolean[] r = reduced(x, dims);
        Tensor kept = Compare.logicalNot(Compare.isnan(x));
        Tensor zeroed = Pointwise.where(kept, x.detach(), Tensor.wrap(0, x.dtype));
        Tensor out = Kernels.reduce(ReduceOp.SUM, zeroed, r, keepdim, sumType(x.dtype));
        return record(out, "NansumBackward0", Saves.INPUTS, g -> new Tensor[] {g.reshape(kept(x, r)).expand(x.shape).mul(kept)}, x);
    }

    /** {@code nanmean}, as ATen composes it: nansum divided by the count of non-NaN elements (a DivBackward0). */
    public static Tensor nanmean(Tensor x, int[] dims, boolean keepdim) {
        if (!x.dtype.floating) {
            throw PyError.runtime("nanmean(): expected input to have floating point or complex dtype but got " + x.dtype.scalarTypeName());
        }
        Tensor count = Kernels.reduce(ReduceOp.SUM, Compare.logicalNot(Compare.isnan(x)), reduced(x, dims), keepdim, DType.INT64);
        return Arithmetic.div(nansum(x, dims, keepdim), count);
    }

    public static Tensor mean(Tensor x) {
        checkFloating(x, "mean");
        int n = x.numel();
        Tensor later = x.meanLater(); // pending, as sum's is
        Tensor out = later != null ? later : Kernels.reduce(ReduceOp.SUM, x, reduced(x, null), false, x.dtype).div(n);
        int[] from = x.shape;
        return record(out, "MeanBackward0", Saves.NOTHING, g -> new Tensor[] {g.expand(from).div(n)}, x);
    }

    public static Tensor mean(Tensor x, int[] dims, boolean keepdim) {
        checkFloating(x, "mean");
        boolean[] r = reduced(x, dims);
        int n = 1;
        for (int d = 0; d < r.length; d++) if (r[d]) n *= x.shape[d];
        int count = n;
        Tensor out = Kernels.reduce(ReduceOp.SUM, x, r, keepdim, x.dtype).div(count);
        int[] from = x.shape, keptShape = kept(x, r);
        return record(out, "MeanBackward1", Saves.NOTHING, g -> new Tensor[] {g.reshape(keptShape).expand(from).div(count)}, x);
    }

    /** {@code x.sum_to_size(shape)}: sums broadcast dims away; how gradients return to a smaller input. */
    public static Tensor sumTo(Tensor g, int[] target) {
        int lead = g.dim() - target.length;
        int[] dims = new int[g.dim()];
        int k = 0;
        for (int d = 0; d < g.dim(); d++) {
            if (d < lead || (target[d - lead] == 1 && g.shape[d] != 1)) dims[k++] = d;
        }
        Tensor r = g;
        if (k > 0) r = sum(g, java.util.Arrays.copyOf(dims, k), true);
        return java.util.Arrays.equals(r.shape, target) ? r : r.reshape(target);
    }

    /** {@code max()} / {@code min()} over all elements: the gradient is shared evenly among ties. */
    public static Tensor extreme(Tensor x, boolean max) {
        Tensor out = Kernels.reduce(max ? ReduceOp.MAX : ReduceOp.MIN, x, reduced(x, null), false, x.dtype);
        return record(out, max ? "MaxBackward1" : "MinBackward1", Saves.INDICES,
                g -> new Tensor[] {shareAmongTies(g, x, out, reduced(x, null))}, x);
    }

    /** {@code max(dim)} / {@code min(dim)}: values and int64 indices; the gradient goes to the chosen index. */
    public static Tensor[] extreme(Tensor x, int dim, boolean keepdim, boolean max) {
        boolean[] r = reduced(x, new int[] {dim});
        Tensor indices = Kernels.reduce(max ? ReduceOp.ARGMAX : ReduceOp.ARGMIN, x, r, keepdim, DType.INT64);
        Tensor values = Kernels.reduce(max ? ReduceOp.MAX : ReduceOp.MIN, x, r, keepdim, x.dtype);
        int d = Shape.wrapDim(dim, x.dim());
        values = record(values, max ? "MaxBackward0" : "MinBackward0", Saves.INDICES, g -> {
            Tensor at = indices.reshape(kept(x, r));
            Tensor chosen = Compare.eq(Creation.positions(x.shape, d), at);
            return new Tensor[] {Pointwise.where(chosen, g.reshape(kept(x, r)).expand(x.shape), Creation.zerosLike(x))};
        }, x);
        return new Tensor[] {values, indices};
    }

    /** {@code amax(dim)} / {@code amin(dim)} (all dims when none): values only; ties share the gradient evenly. */
    public static Tensor amax(Tensor x, int[] dims, boolean keepdim, boolean max) {
        boolean[] r = reduced(x, dims);
        Tensor out = Kernels.reduce(max ? ReduceOp.MAX : ReduceOp.MIN, x, r, keepdim, x.dtype);
        return record(out, max ? "AmaxBackward0" : "AminBackward0", Saves.RESULT, g -> new Tensor[] {shareAmongTies(g, x, out, r)}, x);
    }

    /**
     * {@code logsumexp(dim)}: log(sum(exp(x - m))) + m with m the max along dim (0 where infinite), in ATen's
     * order; the gradient is g * exp(x - result).
     */
    public static Tensor logsumexp(Tensor x, int[] dims, boolean keepdim) {
        boolean[] r = reduced(x, dims);
        Tensor xf = (x.dtype.floating ? x : x.to(DType.FLOAT32)).detach(); // the forward outside the graph
        Tensor m = Kernels.reduce(ReduceOp.MAX, xf, r, true, xf.dtype);
        Tensor finite = Pointwise.where(Compare.eq(m.abs(), Tensor.wrap(Double.POSITIVE_INFINITY, DType.FLOAT64)),
                Creation.zerosLike(m), m);
        Tensor s = Kernels.reduce(ReduceOp.SUM, xf.sub(finite).exp(), r, keepdim, xf.dtype);
        Tensor result = s.log().add(finite.reshape(s.shape));
        return record(result, "LogsumexpBackward0", Saves.RESULT,
                g -> new Tensor[] {g.reshape(kept(x, r)).mul(x.sub(result.reshape(kept(x, r))).exp())}, x);
    }

    /** {@code median()} of all elements: the lower middle value (nan if any is); ties share the gradient evenly. */
    public static Tensor median(Tensor x) {
        if (x.numel() == 0) throw PyError.index("median() input tensor cannot be empty");
        double[] v = x.values().clone();
        java.util.Arrays.sort(v); // nan sorts last
        double m = v[v.length - 1] != v[v.length - 1] ? Double.NaN : v[(v.length - 1) / 2];
        Tensor out = Tensor.ofValue(m, x.dtype);
        return record(out, "MedianBackward0", Saves.RESULT, g -> new Tensor[] {shareAmongTies(g, x, out, reduced(x, null))}, x);
    }

    /**
     * The gradient of a reduction over dims {@code r} that picks a value (max, amax, median): g shared evenly among
     * the elements equal to the result, as PyTorch's evenly_distribute_backward shares it.
     */
    private static Tensor shareAmongTies(Tensor g, Tensor x, Tensor out, boolean[] r) {
        Tensor mask = Compare.eq(x, out.reshape(kept(x, r)));
        Tensor count = Kernels.reduce(ReduceOp.SUM, mask, r, true, g.dtype);
        return Pointwise.where(mask, g.reshape(kept(x, r)).div(count).expand(x.shape), Creation.zerosLike(x));
    }

    public static Tensor argExtreme(Tensor x, Integer dim, boolean keepdim, boolean max) {
        ReduceOp op = max ? ReduceOp.ARGMAX : ReduceOp.ARGMIN;
        if (dim == null) return Kernels.reduce(op, x, reduced(x, null), false, DType.INT64);
        return Kernels.reduce(op, x, reduced(x, new int[] {dim}), keepdim, DType.INT64);
    }

    public static Tensor prod(Tensor x, Integer dim, boolean keepdim) {
        boolean[] r = reduced(x, dim == null ? null : new int[] {dim});
        Tensor out = Kernels.reduce(ReduceOp.PROD, x, r, dim != null && keepdim, sumType(x.dtype));
        String name = dim == null ? "ProdBackward0" : "ProdBackward1";
        return record(out, name, Saves.INPUTS, g -> {
            Tensor gk = g.reshape(kept(x, r)).expand(x.shape);
            Tensor ok = out.reshape(kept(x, r)).expand(x.shape);
            // Without zeros, d prod / d x_i = prod / x_i; with them, the product of the others.
            boolean hasZero = false;
            for (double v : x.values()) hasZero |= v == 0;
            Tensor others = hasZero ? Creation.productOfOthers(x, r) : ok.div(x);
            return new Tensor[] {gk.mul(others)};
        }, x);
    }

    public static Tensor softmax(Tensor x, int dim) {
        int d = Shape.wrapDim(dim, x.dim());
        Tensor xf = x.to(Promotion.floating(x.dtype)).detach();
        Tensor out;
        if (xf.dtype == DType.FLOAT32 && d == Math.max(0, x.dim() - 1)) {
            out = Kernels.softmaxLastDim(xf);
        } else {
            Tensor shifted = xf.sub(Kernels.reduce(ReduceOp.MAX, xf, reduced(xf, new int[] {d}), true, xf.dtype));
            Tensor e = Kernels.unary(Kernels.UnaryOp.EXP, shifted, xf.dtype);
            out = e.div(Kernels.reduce(ReduceOp.SUM, e, reduced(e, new int[] {d}), true, e.dtype));
        }
        return record(out, "SoftmaxBackward0", Saves.RESULT,
                g -> new Tensor[] {out.mul(g.sub(sum(g.mul(out), new int[] {d}, true)))}, x);
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        int d = Shape.wrapDim(dim, x.dim());
        Tensor xf = x.to(Promotion.floating(x.dtype)).detach();
        Tensor shifted = xf.sub(Kernels.reduce(ReduceOp.MAX, xf, reduced(xf, new int[] {d}), true, xf.dtype));
        Tensor e = Kernels.unary(Kernels.UnaryOp.EXP, shifted, xf.dtype);
        Tensor lse = Kernels.unary(Kernels.UnaryOp.LOG,
                Kernels.reduce(ReduceOp.SUM, e, reduced(e, new int[] {d}), true, e.dtype), e.dtype);
        Tensor out = shifted.sub(lse);
        return record(out, "LogSoftmaxBackward0", Saves.RESULT,
                g -> new Tensor[] {g.sub(out.exp().mul(sum(g, new int[] {d}, true)))}, x);
    }

    private static void checkFloating(Tensor x, String op) {
        if (!x.dtype.floating) {
            throw PyError.runtime(op + "(): could not infer output dtype. Input dtype must be either a floating point"
                    + " or complex dtype. Got: " + (x.dtype == DType.BOOL ? "Bool" : "Long"));
        }
    }
}
