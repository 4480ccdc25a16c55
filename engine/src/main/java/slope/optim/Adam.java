package slope.optim;

import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/**
 * torch.optim.Adam and AdamW: PyTorch's {@code _single_tensor_adam} (torch/optim/adam.py), one pass over
 * the elements doing its chain of in-place ops in its order, each rounded as that op rounds it.
 */
public final class Adam {
    private final double lr, beta1, beta2, eps, weightDecay;
    private final boolean maximize, decoupledWeightDecay;
    /** Whether the state keeps the maximum of exp_avg_sq, which step() then takes. */
    public final boolean amsgrad;

    public Adam(double lr, double beta1, double beta2, double eps, double weightDecay, boolean amsgrad, boolean maximize,
                boolean decoupledWeightDecay) {
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
        this.maximize = maximize;
        this.decoupledWeightDecay = decoupledWeightDecay;
    }

    /** The bias corrections of the last step number updated: a group's parameters usually share it. */
    private double correctedStep = -1, biasCorrection1, biasCorrection2Sqrt;

    /** Step number {@code step} (1 on the first) of {@code param}; {@code maxExpAvgSq} is used only with amsgrad. */
    public void update(Tensor param, Tensor grad, Tensor expAvg, Tensor expAvgSq, Tensor maxExpAvgSq, double step) {
        boolean f32 = param.dtype == DType.FLOAT32;
        if (step != correctedStep) {
            correctedStep = step;
            biasCorrection1 = 1 - Math.pow(beta1, step);
            biasCorrection2Sqrt = Math.pow(1 - Math.pow(beta2, step), 0.5);
        }
        double stepSize = Fused.neg(lr / biasCorrection1);
        double[] p = Kernels.writable(param), g = grad.values(), m = Kernels.writable(expAvg), v = Kernels.writable(expAvgSq);
        double[] vMax = amsgrad ? Kernels.writable(maxExpAvgSq) : null;
        for (int i = 0; i < p.length; i++) {
            double gi = maximize ? Fused.neg(g[i]) : g[i];
            if (weightDecay != 0) {
                if (decoupledWeightDecay) p[i] = Fused.mul(f32, p[i], 1 - lr * weightDecay);
                else gi = Fused.add(f32, gi, p[i], weightDecay);
            }
            m[i] = Fused.lerp(f32, m[i], gi, 1 - beta1);
            v[i] = Fused.addcmul(f32, Fused.mul(f32, v[i], beta2), gi, gi, 1 - beta2);
            double second = v[i];
            if (amsgrad) second = vMax[i] = Fused.maximum(vMax[i], v[i]);
            double denom = Fused.add(f32, Fused.div(f32, Fused.sqrt(f32, second), biasCorrection2Sqrt), eps);
            p[i] = Fused.addcdiv(f32, p[i], m[i], denom, stepSize);
        }
        Kernels.store(expAvg, m);
        Kernels.store(expAvgSq, v);
        if (amsgrad) Kernels.store(maxExpAvgSq, vMax);
        Kernels.store(param, p);
    }
}
