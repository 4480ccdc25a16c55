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
 * The loss functions that PyTorch records as one node each (MseLossBackward0, NllLossBackward0,
 * BinaryCrossEntropyBackward0, ...): forward as ATen's CPU kernels compute it in the input's
 * dtype, backward written in differentiable ops beside it.
 */
public final class Losses {
    private Losses() {}

    /** {@code reduction=}: 'none', 'mean' or 'sum'. */
    public enum Reduction {
        NONE, MEAN, SUM;

        public static Reduction of(String s) {
            switch (s) {
                case "none": return NONE;
                case "mean": return MEAN;
                case "sum": return SUM;
                default: throw PyError.value(s + " is not a valid value for reduction");
            }
        }
    }

    /** Applies the reduction to per-element losses outside the graph (ATen's apply_loss_reduction). */
    private static Tensor reduce(Tensor loss, Reduction r) {
        if (r == Reduction.MEAN) return loss.mean();
        if (r == Reduction.SUM) return loss.sum();
        return loss;
    }

    /** Mean reductions divide the gradient by the element count. */
    private static Tensor perElement(Tensor grad, Reduction r, int n) {
        return r == Reduction.MEAN ? grad.div(n) : grad;
    }

    /** {@code (input - target) ** 2}, reduced; input and target already have one shape. */
    public static Tensor mseLoss(Tensor input, Tensor target, Reduction r) {
        Tensor x = input.detach(), y = target.detach();
        Tensor out = reduce(x.sub(y).pow(2), r);
        int n = x.numel();
        DType dt = out.dtype;
        return record(out, "MseLossBackward0", Saves.INPUTS, g -> {
            // ATen: norm * (input - target) * grad, with norm = 2 / numel for the mean.
            Tensor norm = Tensor.scalar(r == Reduction.MEAN ? 2.0 / n : 2.0, dt);
            Tensor gi = input.sub(target).mul(norm).mul(g);
            return new Tensor[] {wants(input) ? gi : null, wants(target) ? gi.neg() : null};
        }, input, target);
    }

    /**
     * Smooth L1 ({@code huber = false}: {@code |d| < beta ? d^2 / (2 beta) : |d| - beta / 2}) or Huber ({@code
     * |d| < delta ? d^2 / 2 : delta (|d| - delta / 2)}) of {@code d = input - target}, reduced, in ATen's order.
     */
    public static Tensor smoothL1(Tensor input, Tensor target, Reduction r, double beta, boolean huber) {
        Tensor d = input.detach().sub(target.detach()), z = Pointwise.abs(d);
        Tensor near = Compare.lt(z, Tensor.wrap(beta, DType.FLOAT64));
        Tensor quadratic = huber ? z.mul(0.5).mul(z) : z.mul(0.5).mul(z).div(beta);
        Tensor linear = huber ? z.sub(beta * 0.5).mul(beta) : z.sub(beta * 0.5);
        Tensor out = reduce(Pointwise.where(near, quadratic, linear), r);
        int n = d.numel();
        return record(out, huber ? "HuberLossBackward0" : "SmoothL1LossBackward0", Saves.INPUTS, g -> {
            Tensor diff = input.sub(target);
            Tensor inside = Compare.lt(Pointwise.abs(diff), Tensor.wrap(beta, DType.FLOAT64));
            Tensor slope = Pointwise.where(inside, huber ? diff : diff.div(beta), huber ? Pointwise.sign(diff).mul(beta) : Pointwise.sign(diff));
            Tensor gi = perElement(slope.mul(g), r, n);
            return new Tensor[] {wants(input) ? gi : null, wants(target) ? gi.neg() : null};
        }, input, target);
    }

    /**
     * {@code -input[b, target[b]]}, reduced; input is (C) or (N, C) log-probabilities, target int64
     * class indices. Sums like ATen's nll_loss_out_frame: a cascade of partial sums, levels of 16.
     */
    public static Tensor nllLoss(Tensor input, Tensor target, Reduction r, long ignoreIndex) {
        return nllLoss(input, target, null, r, ignoreIndex);
    }

    /** {@link #nllLoss} with a weight per class ({@code weight=}); the mean divides by the total weight. */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, Reduction r, long ignoreIndex) {
        if (input.dim() < 1) throw PyError.value("Expected 1 or more dimensions (got 0)");
        if (input.dim() != 1 && target.dim() > 0 && input.shape[0] != target.shape[0]) {
            throw PyError.value("Expected input batch_size (" + input.shape[0] + ") to match target batch_size ("
                    + target.shape[0] + ").");
        }
        if (input.dim() > 2) throw PyError.runtime("input tensor should be 1D or 2D");
        if (target.dim() > 1) throw PyError.runtime("0D or 1D target tensor expected, multi-target not supported");
        boolean noBatch = input.dim() == 1 && target.dim() == 0;
        if (!noBatch && input.shape[0] != target.shape[0]) {
            throw PyError.runtime("size mismatch (got input: " + Shape.list(input.shape) + ", target: "
                    + Shape.list(target.shape) + ")");
        }
        if (target.dtype != DType.INT64) {
            throw PyError.runtime("expected scalar type Long but found " + target.dtype.scalarTypeName());
        }
        int batch = noBatch ? 1 : input.shape[0], classes = input.shape[input.dim() - 1];
        if (weight != null && weight.numel() != classes) {
            throw PyError.runtime("weight tensor should be defined either for all " + classes
                    + " classes or no classes but got weight tensor of shape: " + Shape.list(weight.shape));
        }
        DType dt = input.dtype;
        double[] x = input.values(), t = target.values(), w = weight == null ? null : weight.values();
        double[] picked = new double[batch], mask = new double[batch * classes];
        double[] levels = new double[8], weightLevels = new double[8];
        int ignored = 0;
        for (int b = 0; b < batch; b++) {
            long c = (long) t[b];
            if (c == ignoreIndex) {
                ignored++;
                continue;
            }
            if (c < 0 || c >= classes) throw PyError.index("Target " + c + " is out of bounds.");
            double wc = w == null ? 1 : w[(int) c];
            picked[b] = dt.round(-x[b * classes + (int) c] * wc);
            mask[b * classes + (int) c] = -wc;
            levels[0] = dt.round(levels[0] + picked[b]);
            weightLevels[0] = dt.round(weightLevels[0] + wc);
            for (int j = 0; j + 1 < levels.length; j++) {
                if ((b & (15 << (j * 4))) != 0) break;
                levels[j + 1] = dt.round(levels[j + 1] + levels[j]);
                levels[j] = 0;
                weightLevels[j + 1] = dt.round(weightLevels[j + 1] + weightLevels[j]);
                weightLevels[j] = 0;
            }
        }
        double total = 0, totalWeight = 0;
        for (int j = 0; j < levels.length; j++) {
            total = dt.round(total + levels[j]);
            totalWeight = dt.round(totalWeight + weightLevels[j]);
        }
        double count = w == null ? batch - ignored : totalWeight;
        Tensor out;
        if (r == Reduction.NONE) out = new Tensor(picked, input.dim() == 1 ? Shape.SCALAR : new int[] {batch}, dt);
        else out = new Tensor(new double[] {r == Reduction.MEAN ? dt.round(total / count) : total}, Shape.SCALAR, dt);
        Tensor signs = new Tensor(mask, input.shape, dt);
        // its target is saved, as in PyTorch: after backward, the node cannot run again
        return record(out, "NllLossBackward0", Saves.INDICES, g -> {
            Tensor per = r == Reduction.MEAN ? g.div(count) : r == Reduction.NONE && input.dim() == 2 ? Views.unsqueeze(g, 1) : g;
            return new Tensor[] {signs.mul(per), null};
        }, input, target);
    }

    private static void checkUnit(double[] v, String what) {
        for (double e : v) {
            if (!(e >= 0 && e <= 1)) throw PyError.runtime("all elements of " + what + " should be between 0 and 1");
        }
    }

    /** {@code -(t log x + (1 - t) log(1 - x))} with each log clamped at -100, as ATen's kernel. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Reduction r) {
        return binaryCrossEntropy(input, target, null, r);
    }

    /** {@link #binaryCrossEntropy} with a weight per element ({@code weight=}, broadcast to the input). */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, Reduction r) {
        DType dt = input.dtype;
        double[] x = input.values(), t = target.values();
        checkUnit(x, "input");
        checkUnit(t, "target");
        double[] l = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double log1m = Math.max(dt.round(FloatMath.log1p(-x[i])), -100), logx = Math.max(dt.round(Math.log(x[i])), -100);
            l[i] = dt.round(dt.round(dt.round(t[i] - 1) * log1m) - dt.round(t[i] * logx));
        }
        Tensor loss = new Tensor(l, input.shape, dt);
        Tensor out = reduce(weight == null ? loss : loss.mul(weight.detach()), r);
        int n = x.length;
        return record(out, "BinaryCrossEntropyBackward0", Saves.INPUTS, g -> {
            Tensor oneMinus = Arithmetic.rsub(input, Tensor.wrap(1, DType.INT64));
            Tensor gi = null, gt = null;
            if (wants(input)) {
                gi = g.mul(input.sub(target)).div(Pointwise.clamp(oneMinus.mul(input), 1e-12, null));
                gi = perElement(weight == null ? gi : gi.mul(weight), r, n);
            }
            if (wants(target)) {
                gt = g.mul(Pointwise.clamp(Pointwise.log1p(input.neg()), -100.0, null).sub(Pointwise.clamp(input.log(), -100.0, null)));
                gt = perElement(weight == null ? gt : gt.mul(weight), r, n);
            }
            return new Tensor[] {gi, gt};
        }, input, target);
    }

    /** {@code (1 - t) x - log_sigmoid(x)}: binary cross entropy on logits, stable for large |x|. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Reduction r) {
        return binaryCrossEntropyWithLogits(input, target, null, null, r);
    }

    /**
     * With {@code weight=} (per element) and {@code pos_weight=} (per class, scaling the positive
     * term): {@code (1 - t) x - ((pos_weight - 1) t + 1) log_sigmoid(x)}, as ATen composes it.
     */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight, Reduction r) {
        DType dt = input.dtype;
        double[] x = input.values();
        double[] ls = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            ls[i] = dt.round(Math.min(x[i], 0) - dt.round(FloatMath.log1p(dt.round(Math.exp(-Math.abs(x[i]))))));
        }
        Tensor xd = input.detach(), td = target.detach(), logSigmoid = new Tensor(ls, input.shape, dt);
        Tensor one = Tensor.wrap(1, DType.INT64);
        Tensor logWeight = posWeight == null ? null : posWeight.detach().sub(one).mul(td).add(one);
        Tensor loss = Arithmetic.rsub(td, one).mul(xd).sub(logWeight == null ? logSigmoid : logWeight.mul(logSigmoid));
        Tensor out = reduce(weight == null ? loss : loss.mul(weight.detach()), r);
        int n = loss.numel();
        return record(out, "BinaryCrossEntropyWithLogitsBackward0", Saves.INPUTS, g -> {
            Tensor gi = null, gt = null;
            if (wants(input)) {
                if (posWeight == null) {
                    gi = input.sigmoid().sub(target);
                } else {
                    Tensor pt = posWeight.mul(target);
                    gi = pt.add(one).sub(target).mul(input.sigmoid()).sub(pt);
                }
                gi = gi.mul(g);
                gi = perElement(weight == null ? gi : gi.mul(weight), r, n);
            }
            if (wants(target)) {
                // d/dt = -x - (pos_weight - 1) log_sigmoid(x)
                Tensor logSig = Pointwise.clamp(input, null, 0.0).sub(Pointwise.log1p(input.abs().neg().exp()));
                gt = posWeight == null ? input.neg() : input.neg().sub(posWeight.sub(one).mul(logSig));
                gt = perElement(weight == null ? gt.mul(g) : gt.mul(g).mul(weight), r, n);
            }
            return new Tensor[] {gi, gt};
        }, input, target);
    }

    /** {@code x / count} by a Python int, as PyTorch's composite losses divide (DivBackward1). */
    public static Tensor divideByCount(Tensor x, long count) {
        Tensor out = x.detach().div(count);
        return record(out, "DivBackward1", Saves.NOTHING, g -> new Tensor[] {g.div(count)}, x);
    }
}
