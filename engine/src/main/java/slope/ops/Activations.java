package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.tensor.DType;
import slope.tensor.Erf;
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

    /**
     * {@code x * 0.5 * (1 + erf(x / sqrt 2))}, or with {@code approximate='tanh'} {@code 0.5 x (1 + tanh(sqrt(2/pi)
     * (x + 0.044715 x^3)))}. float32 blocks take ATen's vector erf, the tail the exact one, as its kernel does.
     */
    public static Tensor gelu(Tensor x, boolean tanh) {
        double[] v = x.values(), out = new double[v.length];
        DType dt = Promotion.floating(x.dtype);
        int vectorEnd = dt == DType.FLOAT32 ? Kernels.vectorEnd(x, Kernels.SIGMOID_BLOCK) : 0;
        double alpha = dt.round(Math.sqrt(0.5)), beta = dt.round(Math.sqrt(2) * 2 / Math.sqrt(Math.PI) * 0.5);
        for (int i = 0; i < v.length; i++) {
            double xi = v[i];
            double e;
            if (tanh) e = Math.tanh(dt.round(beta * dt.round(xi + dt.round(0.044715 * dt.round(xi * xi * xi)))));
            else e = i < vectorEnd ? Erf.atenVector((float) (xi * alpha)) : Erf.erf(dt.round(xi * alpha));
            out[i] = dt.round(dt.round(xi * 0.5) * dt.round(1 + dt.round(e)));
        }
        Tensor y = new Tensor(out, x.shape.clone(), dt);
        return record(y, "GeluBackward0", Saves.INPUTS, g -> new Tensor[] {geluBackward(g, x, tanh)}, x);
    }

    /** GELU's derivative times g: cdf + x * pdf for the exact form, the chain rule through tanh for the other. */
    private static Tensor geluBackward(Tensor g, Tensor x, boolean tanh) {
        if (Tensor.needsGrad(g, x)) { // create_graph: the derivative as ops, so that it differentiates again
            if (tanh) {
                double k = Math.sqrt(2 / Math.PI);
                Tensor t = x.add(x.pow(3).mul(0.044715)).mul(k).tanh();
                Tensor dt = Arithmetic.rsub(t.mul(t), one()).mul(x.mul(x).mul(3 * 0.044715).add(1)).mul(k);
                return g.mul(t.add(1).mul(0.5).add(x.mul(0.5).mul(dt)));
            }
            Tensor cdf = Pointwise.erf(x.mul(Math.sqrt(0.5))).add(1).mul(0.5);
            Tensor pdf = x.mul(x).mul(-0.5).exp().mul(1 / Math.sqrt(2 * Math.PI));
            return g.mul(cdf.add(x.mul(pdf)));
        }
        double[] gv = g.values(), v = x.values(), out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double xi = v[i], d;
            if (tanh) {
                double k = Math.sqrt(2 / Math.PI), inner = k * (xi + 0.044715 * xi * xi * xi), t = Math.tanh(inner);
                d = 0.5 * (1 + t) + 0.5 * xi * (1 - t * t) * k * (1 + 3 * 0.044715 * xi * xi);
            } else {
                d = 0.5 * (1 + Erf.erf(xi * Math.sqrt(0.5))) + xi * Math.exp(-0.5 * xi * xi) / Math.sqrt(2 * Math.PI);
            }
            out[i] = g.dtype.round(gv[i] * d);
        }
        return new Tensor(out, x.shape.clone(), g.dtype);
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
