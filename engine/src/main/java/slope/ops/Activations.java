package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Erf;
import slope.tensor.FloatMath;
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
            if (tanh) e = FloatMath.tanh(dt.round(beta * dt.round(xi + dt.round(0.044715 * dt.round(xi * xi * xi)))));
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
                double k = Math.sqrt(2 / Math.PI), inner = k * (xi + 0.044715 * xi * xi * xi), t = FloatMath.tanh(inner);
                d = 0.5 * (1 + t) + 0.5 * xi * (1 - t * t) * k * (1 + 3 * 0.044715 * xi * xi);
            } else {
                d = 0.5 * (1 + Erf.erf(xi * Math.sqrt(0.5))) + xi * Math.exp(-0.5 * xi * xi) / Math.sqrt(2 * Math.PI);
            }
            out[i] = g.dtype.round(gv[i] * d);
        }
        return new Tensor(out, x.shape.clone(), g.dtype);
    }

    /** {@code x > 0 ? x : alpha * (exp(x) - 1)}. */
    public static Tensor elu(Tensor x, double alpha) { return elu(x, alpha, 1, 1); }

    /**
     * ATen's elu with its coefficients: {@code x > 0 ? scale x : scale alpha (exp(inputScale x) - 1)}; selu and
     * celu are this op in ATen (EluBackward0), with SELU's constants or {@code inputScale = 1 / alpha}.
     */
    public static Tensor elu(Tensor x, double alpha, double scale, double inputScale) {
        Tensor xd = x.detach();
        Tensor negative = Kernels.unary(Kernels.UnaryOp.EXPM1, inputScale == 1 ? xd : xd.mul(inputScale), xd.dtype).mul(alpha * scale);
        Tensor out = Pointwise.where(Compare.gt(xd, 0), scale == 1 ? xd : xd.mul(scale), negative);
        return record(out, "EluBackward0", Saves.INPUTS, g -> new Tensor[] {Pointwise.where(Compare.gt(x, 0),
                scale == 1 ? g : g.mul(scale), g.mul((inputScale == 1 ? x : x.mul(inputScale)).exp().mul(alpha * scale * inputScale)))}, x);
    }

    /** {@code x} clamped to [min, max] (relu6 is hardtanh(0, 6)); the gradient passes strictly inside, as ATen's. */
    public static Tensor hardtanh(Tensor x, double min, double max) {
        Tensor out = Pointwise.clamp(x.detach(), min, max);
        return record(out, "HardtanhBackward0", Saves.INPUTS, g -> new Tensor[] {Pointwise.where(
                Compare.and(Compare.gt(x, min), Compare.lt(x, max)), g, Creation.zerosLike(g))}, x);
    }

    /** ATen's {@code -lambd <= x <= lambd ? 0 : x}: NaN is kept; the gradient passes where x is kept. */
    public static Tensor hardshrink(Tensor x, double lambd) {
        Tensor xd = x.detach();
        Tensor out = Pointwise.where(shrunk(xd, lambd), Creation.zerosLike(xd), xd);
        return record(out, "HardshrinkBackward0", Saves.INPUTS, g -> new Tensor[] {shrinkBackward(g, x, lambd)}, x);
    }

    /** ATen's {@code x > lambd ? x - lambd : x < -lambd ? x + lambd : x * 0} (so NaN stays NaN), with hardshrink's gradient. */
    public static Tensor softshrink(Tensor x, double lambd) {
        if (!(lambd >= 0)) throw PyError.runtime("lambda must be greater or equal to 0, but found to be " + Sampling.cpp(lambd) + ".");
        Tensor xd = x.detach();
        Tensor out = Pointwise.where(Compare.gt(xd, lambd), xd.sub(lambd),
                Pointwise.where(Compare.lt(xd, -lambd), xd.add(lambd), xd.mul(0)));
        return record(out, "SoftshrinkBackward0", Saves.INPUTS, g -> new Tensor[] {shrinkBackward(g, x, lambd)}, x);
    }

    /** Where both shrinks give 0: {@code -lambd <= x <= lambd}, lambd compared in x's dtype as ATen casts it. */
    private static Tensor shrunk(Tensor x, double lambd) {
        return Compare.and(Compare.ge(x, -lambd), Compare.le(x, lambd));
    }

    private static Tensor shrinkBackward(Tensor g, Tensor x, double lambd) {
        return Pointwise.where(shrunk(x, lambd), Creation.zerosLike(g), g);
    }

    /** ATen's {@code x <= threshold ? value : x}, whose gradient passes where it keeps x: NaN stays, with its gradient. */
    public static Tensor threshold(Tensor x, double threshold, double value) {
        Tensor xd = x.detach();
        Tensor out = Pointwise.where(Compare.le(xd, threshold), Tensor.wrap(value, DType.FLOAT64).to(xd.dtype), xd);
        return record(out, "ThresholdBackward0", Saves.INPUTS,
                g -> new Tensor[] {Pointwise.where(Compare.le(x, threshold), Creation.zerosLike(g), g)}, x);
    }

    /** {@code log(sigmoid(x))}, as ATen computes it without overflow: {@code min(x, 0) - log1p(exp(-|x|))}. */
    public static Tensor logSigmoid(Tensor x) {
        Tensor xd = x.detach();
        Tensor out = Pointwise.minimum(xd, Creation.zerosLike(xd)).sub(Pointwise.log1p(Pointwise.abs(xd).neg().exp()));
        return record(out, "LogSigmoidBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(x.neg().sigmoid())}, x);
    }

    /** {@code x tanh(softplus(x))}. */
    public static Tensor mish(Tensor x) {
        Tensor xd = x.detach();
        Tensor out = xd.mul(Pointwise.log1p(xd.exp()).tanh());
        return record(out, "MishBackward0", Saves.INPUTS, g -> {
            Tensor t = Pointwise.log1p(x.exp()).tanh();
            return new Tensor[] {g.mul(t.add(x.mul(x.sigmoid()).mul(Arithmetic.rsub(t.mul(t), one()))))};
        }, x);
    }

    /** {@code relu6(x + 3) / 6}; the gradient is 1/6 strictly between -3 and 3. */
    public static Tensor hardsigmoid(Tensor x) {
        Tensor out = Pointwise.clamp(x.detach().add(3), 0.0, 6.0).div(6);
        return record(out, "HardsigmoidBackward0", Saves.INPUTS, g -> new Tensor[] {Pointwise.where(
                Compare.and(Compare.gt(x, -3), Compare.lt(x, Tensor.wrap(3, DType.INT64))), g.div(6), Creation.zerosLike(g))}, x);
    }

    /** {@code x relu6(x + 3) / 6}, with ATen's piecewise gradient: 0 below -3, {@code x / 3 + 1/2} up to 3, then 1. */
    public static Tensor hardswish(Tensor x) {
        Tensor xd = x.detach();
        Tensor out = xd.mul(Pointwise.clamp(xd.add(3), 0.0, 6.0)).div(6);
        return record(out, "HardswishBackward0", Saves.INPUTS, g -> {
            Tensor middle = Pointwise.where(Compare.le(x, 3), g.mul(x.div(3).add(0.5)), g);
            return new Tensor[] {Pointwise.where(Compare.lt(x, Tensor.wrap(-3, DType.INT64)), Creation.zerosLike(g), middle)};
        }, x);
    }

    /** {@code a * sigmoid(b)} for the halves a, b of x along dim. */
    public static Tensor glu(Tensor x, int dim) {
        int d = slope.tensor.Shape.wrapDim(dim, x.dim());
        if (x.shape[d] % 2 != 0) {
            throw slope.run.PyError.runtime("Halving dimension must be even, but dimension " + d + " is size " + x.shape[d]);
        }
        java.util.List<Tensor> halves = Rearrange.split(x.detach(), new int[] {x.shape[d] / 2, x.shape[d] / 2}, false, d);
        Tensor out = halves.get(0).mul(halves.get(1).sigmoid());
        return record(out, "GluBackward0", Saves.INPUTS, g -> {
            java.util.List<Tensor> h = Rearrange.split(x, new int[] {x.shape[d] / 2, x.shape[d] / 2}, false, d);
            Tensor s = h.get(1).sigmoid();
            return new Tensor[] {Joins.cat(java.util.List.of(g.mul(s), g.mul(h.get(0)).mul(s).mul(Arithmetic.rsub(s, one()))), d)};
        }, x);
    }

    /** {@code x > 0 ? x : weight x}, one weight or one per channel (dim 1), as ATen's _prelu_kernel. */
    public static Tensor prelu(Tensor x, Tensor weight) {
        int channels = x.dim() < 2 ? 1 : x.shape[1];
        if (weight.numel() != 1 && weight.numel() != channels) {
            throw slope.run.PyError.runtime("Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                    + weight.numel() + " and channel size = " + channels + ".");
        }
        int[] shape = new int[Math.max(x.dim(), 1)];
        java.util.Arrays.fill(shape, 1);
        if (weight.numel() != 1) shape[1] = channels;
        Tensor w = weight.reshape(shape), xd = x.detach();
        Tensor out = Pointwise.where(Compare.gt(xd, 0), xd, xd.mul(w.detach()));
        return record(out, "PreluKernelBackward0", Saves.INPUTS, g -> {
            Tensor positive = Compare.gt(x, 0);
            Tensor gw = Pointwise.where(positive, Creation.zerosLike(g), g.mul(x));
            return new Tensor[] {Pointwise.where(positive, g, g.mul(w)), Reductions.sumTo(gw, shape).reshape(weight.shape)};
        }, x, weight);
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
