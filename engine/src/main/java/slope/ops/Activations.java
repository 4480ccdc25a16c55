package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/** Activations of torch.nn beyond relu, sigmoid and tanh, each beside its backward rule. */
public final class Activations {
    private Activations() {}

    /** {@code x > 0 ? x : x * slope}, in the input's dtype as ATen's kernel. */
    public static Tensor leakyRelu(Tensor x, double slope) {
        Tensor positive = Compare.gt(x.detach(), 0);
        Tensor out = Pointwise.where(positive, x.detach(), x.detach().mul(slope));
        return record(out, "LeakyReluBackward0", Saves.INPUTS,
                g -> new Tensor[] {Pointwise.where(Compare.gt(x, 0), g, g.mul(slope))}, x);
    }

    /** {@code x * sigmoid(x)}, computed as ATen's {@code x / (1 + exp(-x))}. */
    public static Tensor silu(Tensor x) {
        Tensor xd = x.detach();
        Tensor out = xd.div(xd.neg().exp().add(one()));
        return record(out, "SiluBackward0", Saves.INPUTS, g -> {
            Tensor s = x.sigmoid();
            return new Tensor[] {g.mul(s).mul(Arithmetic.rsub(s, one()).mul(x).add(one()))};
        }, x);
    }

    /** {@code x > 0 ? x : alpha * (exp(x) - 1)}. */
    public static Tensor elu(Tensor x, double alpha) {
        Tensor xd = x.detach();
        Tensor out = Pointwise.where(Compare.gt(xd, 0), xd, Kernels.unary(Kernels.UnaryOp.EXPM1, xd, xd.dtype).mul(alpha));
        return record(out, "EluBackward0", Saves.INPUTS,
                g -> new Tensor[] {Pointwise.where(Compare.gt(x, 0), g, g.mul(x.exp().mul(alpha)))}, x);
    }

    /** {@code log(1 + exp(beta x)) / beta}, and x itself where {@code beta x > threshold}. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        Tensor xd = x.detach();
        Tensor out = Pointwise.where(Compare.gt(xd.mul(beta), threshold), xd, Pointwise.log1p(xd.mul(beta).exp()).div(beta));
        return record(out, "SoftplusBackward0", Saves.INPUTS, g -> {
            Tensor z = x.mul(beta).exp();
            return new Tensor[] {Pointwise.where(Compare.gt(x.mul(beta), threshold), g, g.mul(z).div(z.add(one())))};
        }, x);
    }

    private static Tensor one() { return Tensor.wrap(1, slope.tensor.DType.INT64); }
}
