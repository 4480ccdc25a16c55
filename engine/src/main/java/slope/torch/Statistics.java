package slope.torch;

import slope.ops.Reductions;
import slope.tensor.Tensor;

/** var and std, composed from differentiable ops. */
final class Statistics {
    private Statistics() {}

    /** Variance over {@code dims} (all when null) with Bessel's {@code correction}. */
    static Tensor var(Tensor x, int[] dims, int correction, boolean keepdim) {
        Tensor mean = dims == null ? x.mean() : Reductions.mean(x, dims, true);
        Tensor d = x.sub(mean);
        Tensor ss = dims == null ? d.mul(d).sum() : Reductions.sum(d.mul(d), dims, keepdim);
        int n = x.numel() / Math.max(1, ss.numel() == 0 ? 1 : (dims == null ? 1 : keptCount(x, dims)));
        return ss.div(Math.max(0, n - correction));
    }

    private static int keptCount(Tensor x, int[] dims) {
        int reduced = 1;
        for (int d : dims) reduced *= x.size(d);
        return x.numel() / reduced;
    }
}
