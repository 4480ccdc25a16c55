package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.tensor.Tensor;

/**
 * Layer and batch normalization as one node each (NativeLayerNormBackward0,
 * NativeBatchNormBackward0), their backward rules written in differentiable ops.
 */
public final class Normalization {
    private Normalization() {}

    /** The trailing {@code count} dims, where layer norm takes its statistics. */
    private static int[] lastDims(Tensor x, int count) {
        int[] d = new int[count];
        for (int i = 0; i < count; i++) d[i] = x.dim() - count + i;
        return d;
    }

    /** Mean and biased variance over {@code dims}, kept for broadcasting; outside the graph. */
    private static Tensor[] moments(Tensor x, int[] dims) {
        Tensor mean = Reductions.mean(x, dims, true);
        Tensor centered = x.sub(mean);
        return new Tensor[] {mean, Reductions.mean(centered.mul(centered), dims, true)};
    }

    /** {@code (x - mean) / sqrt(var + eps) * weight + bias} over the last {@code normalizedDims} dims. */
    public static Tensor layerNorm(Tensor x, int normalizedDims, Tensor weight, Tensor bias, double eps) {
        int[] dims = lastDims(x, normalizedDims);
        return normalize(x, dims, weight, bias, eps, null, "NativeLayerNormBackward0", dims);
    }

    /**
     * Batch norm of (N, C) or (N, C, L) input, statistics per channel C. In training the batch's
     * statistics normalize and the running ones move by {@code momentum} (the variance unbiased);
     * in evaluation the running statistics normalize.
     */
    public static Tensor batchNorm(Tensor x, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean training, double momentum, double eps) {
        int[] dims = new int[x.dim() - 1]; // every dim but the channels
        for (int d = 1; d < dims.length; d++) dims[d] = d + 1;
        int[] channelShape = new int[x.dim()];
        java.util.Arrays.fill(channelShape, 1);
        channelShape[1] = x.shape[1];
        Tensor[] stats = null;
        if (training) {
            Tensor[] m = moments(x.detach(), dims);
            if (runningMean != null) {
                int n = x.numel() / x.shape[1];
                Tensor unbiased = m[1].mul((double) n / Math.max(n - 1, 1)).reshape(runningVar.shape);
                InPlace.copy(runningMean, runningMean.mul(1 - momentum).add(m[0].reshape(runningMean.shape).mul(momentum)));
                InPlace.copy(runningVar, runningVar.mul(1 - momentum).add(unbiased.mul(momentum)));
            }
            stats = m;
        } else {
            stats = new Tensor[] {runningMean.detach().reshape(channelShape), runningVar.detach().reshape(channelShape)};
        }
        Tensor w = weight == null ? null : weight.reshape(channelShape), b = bias == null ? null : bias.reshape(channelShape);
        return normalize(x, dims, w, b, eps, stats, "NativeBatchNormBackward0", training ? dims : null);
    }

    /**
     * The shared forward and backward. {@code given} are fixed statistics (evaluation mode), else
     * they come from {@code dims}; {@code statDims} are the dims the statistics depend on x through
     * (null when fixed).
     */
    private static Tensor normalize(Tensor x, int[] dims, Tensor weight, Tensor bias, double eps, Tensor[] given,
            String name, int[] statDims) {
        Tensor[] m = given != null ? given : moments(x.detach(), dims);
        Tensor rstd = m[1].add(eps).sqrt().reciprocal();
        Tensor xhat = x.detach().sub(m[0]).mul(rstd);
        Tensor out = xhat;
        if (weight != null) out = out.mul(weight.detach());
        if (bias != null) out = out.add(bias.detach());
        return record(out, name, Saves.INPUTS, g -> {
            // Recomputed from x with differentiable ops, so that create_graph differentiates them again.
            Tensor r = rstd, xh;
            if (statDims == null) {
                xh = x.sub(m[0]).mul(rstd);
            } else {
                Tensor centered = x.sub(Reductions.mean(x, statDims, true));
                r = Reductions.mean(centered.mul(centered), statDims, true).add(eps).sqrt().reciprocal();
                xh = centered.mul(r);
            }
            Tensor gw = weight == null ? g : g.mul(weight);
            Tensor gx = null;
            if (wants(x)) {
                gx = statDims == null ? gw.mul(r)
                        // The statistics depend on x: rstd * (gw - mean(gw) - xhat * mean(gw * xhat)).
                        : gw.sub(Reductions.mean(gw, statDims, true)).sub(xh.mul(Reductions.mean(gw.mul(xh), statDims, true))).mul(r);
            }
            Tensor gWeight = weight != null && wants(weight) ? g.mul(xh).sumTo(weight.shape) : null;
            Tensor gBias = bias != null && wants(bias) ? g.sumTo(bias.shape) : null;
            return new Tensor[] {gx, gWeight, gBias};
        }, x, weight, bias);
    }
}
