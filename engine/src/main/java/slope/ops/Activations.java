package slope.ops;

import static slope.autograd.Node.record;

import slope.tensor.Tensor;

/** Activations of torch.nn beyond relu, sigmoid and tanh, each beside its backward rule. */
public final class Activations {
    private Activations() {}

    /** {@code x > 0 ? x : x * slope}, in the input's dtype as ATen's kernel. */
    public static Tensor leakyRelu(Tensor x, double slope) {
        Tensor positive = Compare.gt(x.detach(), 0);
        Tensor out = Pointwise.where(positive, x.detach(), x.detach().mul(slope));
        return record(out, "LeakyReluBackward0", true,
                g -> new Tensor[] {Pointwise.where(Compare.gt(x, 0), g, g.mul(slope))}, x);
    }
}
