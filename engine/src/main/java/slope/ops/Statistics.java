package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.FloatMath;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * var, std and the 2-norm: reductions with their own grad_fn (VarBackward0, StdBackward0, LinalgVectorNormBackward0);
 * cdist, the norms of differences (and ATen's matmul form of the 2-norm); cov and corrcoef, composed as ATen composes them.
 */
public final class Statistics {
    private Statistics() {}

    /** Variance over {@code dims} (all when null) with Bessel's {@code correction}. */
    public static Tensor var(Tensor x, int[] dims, double correction, boolean keepdim) {
        Tensor out = moments(x, dims, correction, keepdim, false);
        return record(out, "VarBackward0", Saves.INPUTS, g -> new Tensor[] {varBackward(g, x, dims, correction, keepdim)}, x);
    }

    /** Standard deviation: the square root of {@link #var}, rounded once from double as ATen does. */
    public static Tensor std(Tensor x, int[] dims, double correction, boolean keepdim) {
        Tensor out = moments(x, dims, correction, keepdim, true);
        return record(out, "StdBackward0", Saves.INPUTS, g -> {
            // ATen's std_backward: var_backward(grad / (2 std)), 0 where std is 0
            Tensor gv = g.div(out.mul(2));
            gv = Pointwise.where(Compare.eq(out, 0), Tensor.zeros(Shape.SCALAR, gv.dtype), gv);
            return new Tensor[] {varBackward(gv, x, dims, correction, keepdim)};
        }, x);
    }

    /** ATen's var_backward: (2 / dof) * grad * (x - mean), the grad broadcast back over the reduced dims. */
    private static Tensor varBackward(Tensor g, Tensor x, int[] dims, double correction, boolean keepdim) {
        boolean[] r = Reductions.reduced(x, dims);
        double dof = Math.max(0, count(x, r) - correction);
        Tensor gk = keepdim ? g : g.reshape(kept(x, r));
        Tensor mean = dims == null || dims.length == 0 ? Reductions.mean(x).reshape(kept(x, r))
                : Reductions.mean(x, dims, true);
        return gk.mul(2.0 / dof).mul(x.sub(mean));
    }

    /**
     * {@code torch.cov(x, correction=, fweights=, aweights=)}, op for op as ATen composes it (so its rounding and its
     * grad_fn, SqueezeBackward0): rows are variables and columns observations; the weighted mean subtracted, then
     * {@code mm(x, (x * w).t())} divided by the weights' sum less the correction.
     */
    public static Tensor cov(Tensor x, long correction, Tensor fweights, Tensor aweights) {
        if (x.dim() > 2) {
            throw PyError.runtime("cov(): expected input to have two or fewer dimensions but got an input with " + x.dim() + " dimensions");
        }
        if (x.dtype == DType.BOOL) throw PyError.runtime("cov(): bool dtype is not supported for input");
        Tensor in = x.dim() < 2 ? Views.view(x, new int[] {1, -1}) : x;
        int n = in.shape[1];
        Tensor w = null;
        if (fweights != null) {
            checkWeights(fweights, "fweights", !fweights.dtype.floating && fweights.dtype != DType.BOOL, "integral", n);
            w = fweights;
        }
        if (aweights != null) {
            checkWeights(aweights, "aweights", aweights.dtype.floating, "floating point", n);
            w = w == null ? aweights : w.mul(aweights);
        }
        Tensor wSum = w == null ? Tensor.ofValue(n, DType.INT64) : Reductions.sum(w);
        if (w != null && wSum.item() == 0) throw PyError.runtime("cov(): weights sum to zero, can't be normalized");
        Tensor avg = Arithmetic.div(Reductions.sum(w == null ? in : in.mul(w), new int[] {1}, false), wSum);
        Tensor correct = Tensor.wrap(correction, DType.INT64), norm;
        if (w == null) norm = Tensor.ofValue(n - correction, DType.INT64);
        else if (correction == 0) norm = wSum;
        else if (aweights == null) norm = Arithmetic.sub(wSum, correct);
        else if (fweights == null && n == 1 && correction == 1) norm = Tensor.ofValue(0, DType.INT64); // ATen's corner case, as NumPy
        else norm = Arithmetic.sub(wSum, Arithmetic.div(Arithmetic.mul(Reductions.sum(w.mul(aweights)), correct), wSum));
        if (norm.item() <= 0) norm = Creation.zerosLike(norm); // no degrees of freedom: PyTorch warns, then divides by zero
        // one observation with one kind of weights: ATen zeroes the deviations outright, in place, so x itself
        if (n == 1 && (fweights == null) != (aweights == null)) in = InPlace.fill(in, 0, "ZeroBackward0").to(Promotion.floating(in.dtype));
        else in = Arithmetic.sub(in, Views.unsqueeze(avg, 1));
        Tensor c = LinearAlgebra.mm(in, Views.t(w == null ? in : in.mul(w)));
        return Views.squeeze(Arithmetic.div(c, norm), null);
    }

    private static void checkWeights(Tensor w, String name, boolean kindOk, String kind, int observations) {
        if (w.dim() > 1) {
            throw PyError.runtime("cov(): expected " + name + " to have one or fewer dimensions but got " + name + " with " + w.dim() + " dimensions");
        }
        if (!kindOk) {
            throw PyError.runtime("cov(): expected " + name + " to have " + kind + " dtype but got " + name + " with "
                    + w.dtype.scalarTypeName() + " dtype");
        }
        if (w.numel() != observations) {
            throw PyError.runtime("cov(): expected " + name + " to have the same numel as there are observations in the input but got "
                    + w.numel() + " != " + observations);
        }
        for (double e : w.values()) if (e < 0) throw PyError.runtime("cov(): " + name + " cannot be negative");
    }

    /**
     * {@code torch.corrcoef(x)}, as ATen composes it: cov divided by the standard deviations (its diagonal's square
     * roots) down, then across, clipped to [-1, 1] (ClampBackward1); a single variable gives cov / cov.
     */
    public static Tensor corrcoef(Tensor x) {
        if (x.dim() > 2) {
            throw PyError.runtime("corrcoef(): expected input to have two or fewer dimensions but got an input with " + x.dim() + " dimensions");
        }
        Tensor c = cov(x, 1, null, null);
        if (c.dim() == 0) return Arithmetic.div(c, c);
        Tensor stddev = Pointwise.sqrt(Rearrange.diagonal(c, 0, 0, 1));
        c = Arithmetic.div(c, Views.view(stddev, new int[] {-1, 1}));
        c = Arithmetic.div(c, Views.view(stddev, new int[] {1, -1}));
        return Pointwise.clamp(c, -1.0, 1.0);
    }

    /** {@code x.norm()}: linalg_vector_norm with ord 2 over all elements. */
    public static Tensor norm(Tensor x) {
        Tensor out = Tensor.scalar(normTwo(x), x.dtype);
        return record(out, "LinalgVectorNormBackward0", Saves.INPUTS, g -> {
            // ATen's linalg_vector_norm_backward for ord 2: x * (grad / norm), 0 where the norm is 0
            Tensor q = g.div(out);
            q = Pointwise.where(Compare.eq(out, 0), Tensor.zeros(Shape.SCALAR, q.dtype), q);
            return new Tensor[] {x.mul(q)};
        }, x);
    }

    /**
     * {@code bincount(x, weights, minlength)}: how often each non-negative integer occurs in x (int64), or the sum of
     * its weights (in {@code weightType}, NumPy's float64 or the weights' dtype in torch).
     */
    public static Tensor bincount(Tensor x, Tensor weights, int minlength, DType weightType) {
        if (x.dim() != 1 || x.dtype.floating) {
            throw slope.run.PyError.runtime("bincount only supports 1-d non-negative integral inputs.");
        }
        double[] v = x.values(), w = weights == null ? null : weights.values();
        if (w != null && w.length != v.length) throw slope.run.PyError.runtime("weights should be 1-d and have the same length as input");
        if (minlength < 0) throw slope.run.PyError.runtime("minlength should be >= 0");
        int n = minlength;
        for (double e : v) {
            if (e < 0) throw slope.run.PyError.runtime("bincount only supports 1-d non-negative integral inputs.");
            n = Math.max(n, (int) e + 1);
        }
        double[] counts = new double[n];
        DType dt = w == null ? DType.INT64 : weightType;
        for (int i = 0; i < v.length; i++) counts[(int) v[i]] = dt.round(counts[(int) v[i]] + (w == null ? 1 : w[i]));
        return new Tensor(counts, new int[] {n}, dt);
    }

    /**
     * {@code torch.histc(x, bins, min, max)}: counts over equal-width bins of [min, max] (the data's own range when
     * both are 0), values outside ignored, the last bin closed; the bin found as ATen's kernel finds it, in x's dtype.
     */
    public static Tensor histc(Tensor x, int bins, double min, double max) {
        if (bins <= 0) throw slope.run.PyError.runtime("torch.histc: bins must be > 0, but got " + bins + " for dimension 0");
        if (!x.dtype.floating) throw slope.run.PyError.runtime("\"histogram_cpu\" not implemented for '" + x.dtype.scalarTypeName() + "'");
        DType dt = x.dtype;
        double[] v = x.values();
        double lo = min, hi = max;
        if (lo == hi && v.length > 0) {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double e : v) {
                lo = Math.min(lo, e);
                hi = Math.max(hi, e);
            }
        }
        if (lo == hi) {
            lo -= 1;
            hi += 1;
        }
        if (lo > hi) throw slope.run.PyError.runtime("torch.histc: max must be larger than min");
        double[] counts = new double[bins];
        for (double e : v) {
            if (!(e >= lo && e <= hi)) continue;
            int pos = (int) dt.round(dt.round(dt.round(e - lo) * bins) / dt.round(hi - lo));
            if (pos == bins) pos--;
            counts[pos]++;
        }
        return new Tensor(counts, new int[] {bins}, dt);
    }

    /**
     * {@code torch.linalg.vector_norm} ({@code x.norm(p, dim, keepdim)}): {@code ord} 2, 1, inf, -inf, 0 or any
     * p over {@code dims} (all when null), with ATen's linalg_vector_norm_backward for each.
     */
    public static Tensor vectorNorm(Tensor x, double ord, int[] dims, boolean keepdim) {
        return vectorNorm(x, ord, dims, keepdim, "LinalgVectorNormBackward0");
    }

    /** The same norm recorded under another name: ATen's own {@code at::norm} (NormBackward1), as pairwise_distance calls it. */
    public static Tensor vectorNorm(Tensor x, double ord, int[] dims, boolean keepdim, String name) {
        if (!x.dtype.floating) {
            throw slope.run.PyError.runtime("linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
                    + x.dtype.scalarTypeName());
        }
        boolean[] r = Reductions.reduced(x, dims);
        boolean all = true;
        for (boolean b : r) all &= b;
        if (ord == 2 && all && !keepdim && name.equals("LinalgVectorNormBackward0")) return norm(x); // ATen's float order over all elements
        Tensor a = Pointwise.abs(x.detach()), out;
        if (ord == Double.POSITIVE_INFINITY || ord == Double.NEGATIVE_INFINITY) out = Reductions.amax(a, dimsOf(x, r), keepdim, ord > 0);
        else if (ord == 0) out = Reductions.sum(Compare.compare(slope.tensor.Kernels.BinaryOp.NE, a, Tensor.wrap(0, DType.INT64)).to(x.dtype), dims, keepdim);
        else if (ord == 1) out = Reductions.sum(a, dims, keepdim);
        else if (ord == 2) out = Pointwise.sqrt(Reductions.sum(a.mul(a), dims, keepdim));
        else out = Arithmetic.pow(Reductions.sum(Arithmetic.pow(a, ord), dims, keepdim), 1 / ord);
        Tensor norm = out;
        return record(out, name, Saves.INPUTS, g -> {
            Tensor gk = keepdim ? g : g.reshape(kept(x, r)), nk = keepdim ? norm : norm.reshape(kept(x, r));
            if (ord == 0) return new Tensor[] {Creation.zerosLike(x)};
            if (ord == 1) return new Tensor[] {Pointwise.sign(x).mul(gk)};
            if (Double.isInfinite(ord)) {
                Tensor mask = Compare.eq(Pointwise.abs(x), nk).to(x.dtype);
                Tensor ties = Reductions.sum(mask, dimsOf(x, r), true);
                return new Tensor[] {Pointwise.sign(x).mul(gk.div(ties).mul(mask))};
            }
            Tensor scale = ord == 2 ? gk.div(nk) : gk.div(nk.pow(ord - 1)).mul(Pointwise.abs(x).pow(ord - 2));
            scale = Pointwise.where(Compare.eq(nk, 0), Creation.zerosLike(scale), scale);
            return new Tensor[] {x.mul(scale)};
        }, x);
    }

    /**
     * {@code torch.cdist(x1, x2, p)} off the matmul path: the p-norm distance from each row of x1 to each row of x2,
     * batch dims broadcast, as ATen's CPU kernel takes it (|a - b| mapped and summed in the dtype, in order, p itself
     * in the dtype); CdistBackward0 runs its _cdist_backward for each input.
     */
    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        int r1 = x1.shape[x1.dim() - 2], r2 = x2.shape[x2.dim() - 2], m = x1.shape[x1.dim() - 1];
        int[] batch = batchDims(x1, x2);
        int nb = Shape.numel(batch);
        DType dt = x1.dtype;
        double pd = dt.round(p);
        double[] a = x1.detach().expand(Shape.append(batch, r1, m)).values(), b = x2.detach().expand(Shape.append(batch, r2, m)).values();
        double[] out = new double[nb * r1 * r2];
        for (int l = 0, k = 0; l < nb; l++) {
            for (int i = 0; i < r1; i++) {
                for (int j = 0; j < r2; j++, k++) {
                    double agg = 0;
                    for (int c = 0; c < m; c++) {
                        double diff = Math.abs(dt.round(a[(l * r1 + i) * m + c] - b[(l * r2 + j) * m + c]));
                        if (Double.isInfinite(pd)) agg = agg < diff ? diff : agg; // std::max: a nan diff is passed over
                        else agg = dt.round(agg + (pd == 0 ? Math.min(Math.ceil(diff), 1) : pd == 1 ? diff
                                : pd == 2 ? dt.round(diff * diff) : dt.round(Math.pow(diff, pd))));
                    }
                    out[k] = pd == 2 ? dt.round(Math.sqrt(agg)) : pd == 0 || pd == 1 || Double.isInfinite(pd) ? agg
                            : dt.round(Math.pow(agg, 1.0 / pd));
                }
            }
        }
        Tensor dist = new Tensor(out, Shape.append(batch, r1, r2), dt);
        return record(dist, "CdistBackward0", Saves.INPUTS, g -> {
            double[] gv = g.values(), dv = dist.values();
            return new Tensor[] {
                wants(x1) ? cdistGrad(g, gv, dv, a, b, batch, r1, r2, m, p, false, x1, x2) : null,
                wants(x2) ? cdistGrad(g, gv, dv, b, a, batch, r2, r1, m, p, true, x1, x2) : null};
        }, x1, x2);
    }

    /** cdist's batch dims: those of x1 and x2 (all but their last two) broadcast. */
    private static int[] batchDims(Tensor x1, Tensor x2) {
        return Shape.broadcast(java.util.Arrays.copyOf(x1.shape, x1.dim() - 2), java.util.Arrays.copyOf(x2.shape, x2.dim() - 2));
    }

    /**
     * cdist's matmul path for p = 2, which ATen's cdist_impl takes past 25 rows: the batch dims broadcast and
     * flattened into one, {@link #euclideanDist}, and a view to the result's shape. cdist is a composite in ATen, so
     * autograd records these ops themselves (the result's grad_fn is ViewBackward0), not CdistBackward0.
     */
    public static Tensor cdistByMatmul(Tensor x1, Tensor x2) {
        int r1 = x1.shape[x1.dim() - 2], r2 = x2.shape[x2.dim() - 2], m = x1.shape[x1.dim() - 1];
        int[] batch = batchDims(x1, x2);
        int nb = Shape.numel(batch);
        Tensor dist = nb == 1 ? euclideanDist(x1, x2) : euclideanDist(flatBatch(x1, batch, r1, m), flatBatch(x2, batch, r2, m));
        return Views.view(dist, Shape.append(batch, r1, r2));
    }

    /** {@code x.expand(batch + (r, m)).contiguous().view(numel(batch), r, m)}, as cdist_impl reshapes its inputs. */
    private static Tensor flatBatch(Tensor x, int[] batch, int r, int m) {
        Tensor expanded = Views.expand(x, Shape.append(batch, r, m));
        return Views.view(expanded.isContiguous() ? expanded : Views.clone(expanded), new int[] {Shape.numel(batch), r, m});
    }

    /**
     * ATen's _euclidean_dist: each row's squared norm and a column of ones padded on, so that one matmul of
     * {@code [-2a, |a|², 1]} and {@code [b, 1, |b|²]} gives {@code |a - b|²}, clamped at 0 and square-rooted. Close
     * points lose digits to cancellation, as in PyTorch. EuclideanDistBackward0 is ATen's _euclidean_dist_backward.
     */
    public static Tensor euclideanDist(Tensor x1, Tensor x2) {
        Tensor a = x1.detach(), b = x2.detach();
        Tensor aNorm = Reductions.sum(a.pow(2), new int[] {-1}, true), bNorm = Reductions.sum(b.pow(2), new int[] {-1}, true);
        Tensor aPadded = Joins.cat(java.util.Arrays.asList(a.mul(-2), aNorm, Tensor.onesLike(aNorm)), -1);
        Tensor bPadded = Joins.cat(java.util.Arrays.asList(b, Tensor.onesLike(bNorm), bNorm), -1);
        Tensor out = Pointwise.sqrt(Pointwise.clamp(LinearAlgebra.matmul(aPadded, Views.transpose(bPadded, -2, -1)), 0.0, null));
        return record(out, "EuclideanDistBackward0", Saves.INPUTS, g -> {
            // a zero distance gives the subgradient 0
            Tensor ratio = Pointwise.where(Compare.eq(out, 0), Tensor.zeros(Shape.SCALAR, g.dtype), g.div(out));
            return new Tensor[] {
                wants(x1) ? x1.mul(ratio.sum(new int[] {-1}, true)).sub(ratio.matmul(x2)) : null,
                wants(x2) ? x2.mul(Views.unsqueeze(ratio.sum(new int[] {-2}, false), -1))
                        .sub(Views.transpose(ratio, -2, -1).matmul(x1)) : null};
        }, x1, x2);
    }

    /**
     * ATen's _cdist_backward for the rows {@code a} (ra of them a batch, against rb rows b): for each element the
     * terms of the rows of b added in order, in the dtype, each as its kernel forms it; x2's is the same with the
     * roles and the gradient's last two dims swapped. Its own derivative is not implemented, as in PyTorch.
     */
    private static Tensor cdistGrad(Tensor g, double[] gv, double[] dv, double[] a, double[] b, int[] batch, int ra, int rb,
                                    int m, double p, boolean swapped, Tensor x1, Tensor x2) {
        DType dt = g.dtype;
        double pf = dt.round(p), less = dt.round(pf - 1), two = dt.round(pf - 2);
        int nb = Shape.numel(batch);
        double[] out = new double[nb * ra * m];
        for (int l = 0; l < nb && p != 0; l++) {
            for (int i = 0; i < ra; i++) {
                for (int c = 0; c < m; c++) {
                    double acc = 0;
                    for (int j = 0; j < rb; j++) {
                        int at = swapped ? (l * rb + j) * ra + i : (l * ra + i) * rb + j;
                        double diff = dt.round(a[(l * ra + i) * m + c] - b[(l * rb + j) * m + c]), gr = gv[at], d = dv[at];
                        double s = Math.signum(diff), term;
                        if (p == 1) term = dt.round(gr * s);
                        else if (p < 2) {
                            term = d == 0 || (diff == 0 && p < 1) ? 0
                                    : dt.round(dt.round(dt.round(s * dt.round(Math.pow(Math.abs(diff), less))) * gr) / dt.round(Math.pow(d, less)));
                        } else if (p == 2) term = d == 0 ? 0 : dt.round(dt.round(gr * diff) / d);
                        else if (Double.isInfinite(p)) {
                            // the kernel's (|diff| == dist) as 1 - min(1, ceil(||diff| - dist|))
                            term = dt.round(dt.round(gr * s) * (1 - Math.min(1, Math.ceil(Math.abs(dt.round(Math.abs(diff) - d))))));
                        } else {
                            term = d == 0 ? 0
                                    : dt.round(dt.round(dt.round(diff * dt.round(Math.pow(Math.abs(diff), two))) * gr) / dt.round(Math.pow(d, less)));
                        }
                        acc = dt.round(acc + term);
                    }
                    out[(l * ra + i) * m + c] = acc;
                }
            }
        }
        Tensor grad = new Tensor(out, Shape.append(batch, ra, m), dt);
        return record(grad, "CdistBackwardBackward0", Saves.INPUTS, gg -> {
            throw new slope.run.PyError("NotImplementedError", "the derivative for '_cdist_backward' is not implemented.");
        }, g, x1, x2);
    }


    private static int[] dimsOf(Tensor x, boolean[] r) {
        int n = 0;
        for (boolean b : r) if (b) n++;
        int[] d = new int[n];
        for (int i = 0, k = 0; i < r.length; i++) if (r[i]) d[k++] = i;
        return d;
    }

    /**
     * ATen's norm kernel over the last (here the only, after flattening) dim: squares summed in 8 float
     * lanes, the lanes added in order, then the tail added as fused multiply-adds; sqrt rounded once.
     */
    private static double normTwo(Tensor x) {
        double[] v = x.values();
        if (x.dtype != DType.FLOAT32) {
            double s = 0;
            for (double e : v) s += e * e;
            return Math.sqrt(s);
        }
        int lanes = 8, n = v.length, body = n - n % lanes;
        float[] acc = new float[lanes];
        for (int d = 0; d < body; d += lanes) {
            for (int l = 0; l < lanes; l++) acc[l] = acc[l] + (float) v[d + l] * (float) v[d + l];
        }
        float s = acc[0];
        for (int l = 1; l < lanes; l++) s = s + acc[l];
        for (int d = body; d < n; d++) s = FloatMath.fma((float) v[d], (float) v[d], s);
        return (float) Math.sqrt(s);
    }

    /**
     * var or std in double, rounded once to the dtype. Over all elements this is ATen's std_var_all_cpu:
     * the float mean, then squared deviations summed in double; over dims ATen's Welford in double, done
     * here in two passes (equal after rounding to float but for rare ties).
     */
    private static Tensor moments(Tensor x, int[] dims, double correction, boolean keepdim, boolean sqrt) {
        boolean[] r = Reductions.reduced(x, dims);
        boolean all = true;
        for (boolean b : r) all &= b;
        int n = count(x, r);
        double dof = Math.max(0, n - correction);
        if (all) {
            double mean = Reductions.mean(x).item();
            double ss = 0;
            for (double e : x.values()) ss += (e - mean) * (e - mean);
            double var = ss / dof;
            return Tensor.scalar(sqrt ? Math.sqrt(var) : var, x.dtype).reshape(keepdim ? kept(x, r) : Shape.SCALAR);
        }
        // reduced dims last, so each output is one contiguous run of n values
        int[] perm = new int[x.dim()];
        int k = 0;
        for (int d = 0; d < x.dim(); d++) if (!r[d]) perm[k++] = d;
        int outRank = k;
        for (int d = 0; d < x.dim(); d++) if (r[d]) perm[k++] = d;
        double[] v = Views.permute(x.detach(), perm).values();
        int outN = n == 0 ? 0 : v.length / n;
        double[] y = new double[outN];
        for (int o = 0; o < outN; o++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += v[o * n + i];
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) ss += (v[o * n + i] - mean) * (v[o * n + i] - mean);
            double var = ss / dof;
            y[o] = x.dtype.round(sqrt ? Math.sqrt(var) : var);
        }
        int[] shape = new int[outRank];
        for (int d = 0, j = 0; d < x.dim(); d++) if (!r[d]) shape[j++] = x.shape[d];
        Tensor out = new Tensor(y, shape, x.dtype);
        return keepdim ? out.reshape(kept(x, r)) : out;
    }

    private static int count(Tensor x, boolean[] r) {
        int n = 1;
        for (int d = 0; d < r.length; d++) if (r[d]) n *= x.shape[d];
        return n;
    }

    private static int[] kept(Tensor x, boolean[] r) {
        int[] s = x.shape.clone();
        for (int d = 0; d < s.length; d++) if (r[d]) s[d] = 1;
        return s;
    }
}
