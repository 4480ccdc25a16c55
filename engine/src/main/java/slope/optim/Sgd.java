package slope.optim;

import slope.ops.Creation;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/** torch.optim.SGD: PyTorch's {@code _single_tensor_sgd} (torch/optim/sgd.py), one pass over the elements. */
public final class Sgd {
    private final double lr, momentum, dampening, weightDecay;
    private final boolean nesterov, maximize;

    public Sgd(double lr, double momentum, double dampening, double weightDecay, boolean nesterov, boolean maximize) {
        this.lr = lr;
        this.momentum = momentum;
        this.dampening = dampening;
        this.weightDecay = weightDecay;
        this.nesterov = nesterov;
        this.maximize = maximize;
    }

    /**
     * One step of {@code param}. With momentum, {@code buffer} is its momentum buffer, or null on the first
     * step: the buffer made then (a copy of the gradient) is returned, else the one given.
     */
    public Tensor update(Tensor param, Tensor grad, Tensor buffer) {
        boolean f32 = param.dtype == DType.FLOAT32;
        boolean first = momentum != 0 && buffer == null;
        if (first) buffer = Creation.zerosLike(param);
        double[] p = Kernels.writable(param), g = grad.values(), b = momentum != 0 ? Kernels.writable(buffer) : null;
        double negLr = Fused.neg(lr);
        if (!maximize && weightDecay == 0 && momentum == 0) {
            // plain SGD, most steps: a loop without the others' branches, which V8 leaves inside the loop
            for (int i = 0; i < p.length; i++) p[i] = Fused.add(f32, p[i], g[i], negLr);
        } else {
            for (int i = 0; i < p.length; i++) {
                double gi = maximize ? Fused.neg(g[i]) : g[i];
                if (weightDecay != 0) gi = Fused.add(f32, gi, p[i], weightDecay);
                if (momentum != 0) {
                    b[i] = first ? gi : Fused.add(f32, Fused.mul(f32, b[i], momentum), gi, 1 - dampening);
                    gi = nesterov ? Fused.add(f32, gi, b[i], momentum) : b[i];
                }
                p[i] = Fused.add(f32, p[i], gi, negLr);
            }
        }
        if (momentum != 0) Kernels.store(buffer, b);
        Kernels.store(param, p);
        return buffer;
    }
}
