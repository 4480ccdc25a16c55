package slope.optim;

import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/** torch.optim.Adagrad: PyTorch's {@code _single_tensor_adagrad} (torch/optim/adagrad.py), one pass over the elements. */
public final class Adagrad {
    private final double lr, lrDecay, weightDecay, eps;
    private final boolean maximize;

    public Adagrad(double lr, double lrDecay, double weightDecay, double eps, boolean maximize) {
        this.lr = lr;
        this.lrDecay = lrDecay;
        this.weightDecay = weightDecay;
        this.eps = eps;
        this.maximize = maximize;
    }

    /** Step number {@code step} (1 on the first) of {@code param}. */
    public void update(Tensor param, Tensor grad, Tensor sum, double step) {
        boolean f32 = param.dtype == DType.FLOAT32;
        double clr = lr / (1 + (step - 1) * lrDecay);
        double[] p = Kernels.writable(param), g = grad.values(), s = Kernels.writable(sum);
        for (int i = 0; i < p.length; i++) {
            double gi = maximize ? Fused.neg(g[i]) : g[i];
            if (weightDecay != 0) gi = Fused.add(f32, gi, p[i], weightDecay);
            s[i] = Fused.addcmul(f32, s[i], gi, gi, 1);
            double std = Fused.add(f32, Fused.sqrt(f32, s[i]), eps);
            p[i] = Fused.addcdiv(f32, p[i], gi, std, Fused.neg(clr));
        }
        Kernels.store(sum, s);
        Kernels.store(param, p);
    }
}
