package slope.optim;

import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/** torch.optim.RMSprop: PyTorch's {@code _single_tensor_rmsprop} (torch/optim/rmsprop.py), one pass over the elements. */
public final class RmsProp {
    private final double lr, alpha, eps, weightDecay;
    private final boolean maximize;
    /** Which buffers the state keeps: momentum_buffer when momentum > 0, grad_avg when centered. */
    public final double momentum;
    public final boolean centered;

    public RmsProp(double lr, double alpha, double eps, double weightDecay, double momentum, boolean centered, boolean maximize) {
        this.lr = lr;
        this.alpha = alpha;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.momentum = momentum;
        this.centered = centered;
        this.maximize = maximize;
    }

    /** One step of {@code param}; {@code gradAvg} is used only when centered, {@code buffer} only with momentum. */
    public void update(Tensor param, Tensor grad, Tensor squareAvg, Tensor gradAvg, Tensor buffer) {
        boolean f32 = param.dtype == DType.FLOAT32;
        double[] p = Kernels.writable(param), g = grad.values(), sq = Kernels.writable(squareAvg);
        double[] ga = centered ? Kernels.writable(gradAvg) : null, b = momentum > 0 ? Kernels.writable(buffer) : null;
        for (int i = 0; i < p.length; i++) {
            double gi = maximize ? Fused.neg(g[i]) : g[i];
            if (weightDecay != 0) gi = Fused.add(f32, gi, p[i], weightDecay);
            sq[i] = Fused.addcmul(f32, Fused.mul(f32, sq[i], alpha), gi, gi, 1 - alpha);
            double avg;
            if (centered) {
                ga[i] = Fused.lerp(f32, ga[i], gi, 1 - alpha);
                avg = Fused.sqrt(f32, Fused.addcmul(f32, sq[i], ga[i], ga[i], -1));
            } else {
                avg = Fused.sqrt(f32, sq[i]);
            }
            avg = Fused.add(f32, avg, eps);
            if (momentum > 0) {
                b[i] = Fused.addcdiv(f32, Fused.mul(f32, b[i], momentum), gi, avg, 1);
                p[i] = Fused.add(f32, p[i], b[i], Fused.neg(lr));
            } else {
                p[i] = Fused.addcdiv(f32, p[i], gi, avg, Fused.neg(lr));
            }
        }
        Kernels.store(squareAvg, sq);
        if (centered) Kernels.store(gradAvg, ga);
        if (momentum > 0) Kernels.store(buffer, b);
        Kernels.store(param, p);
    }
}
