package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.autograd.ScalarRules;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.UnaryOp;
import slope.tensor.Tensor;

/** Elementwise math, each beside its backward rule written in differentiable ops. */
public final class Pointwise {
    private Pointwise() {}

    private static Tensor map(UnaryOp op, Tensor x) {
        return Kernels.unary(op, x, Promotion.floating(x.dtype));
    }

    public static Tensor exp(Tensor x) {
        Tensor y = map(UnaryOp.EXP, x);
        return record(y, "ExpBackward0", Saves.RESULT, g -> new Tensor[] {g.mul(y)}, ScalarRules.EXP, x);
    }

    public static Tensor log(Tensor x) {
        Tensor y = map(UnaryOp.LOG, x);
        return record(y, "LogBackward0", Saves.INPUTS, g -> new Tensor[] {g.div(x)}, ScalarRules.LOG, x);
    }

    public static Tensor sqrt(Tensor x) {
        Tensor y = map(UnaryOp.SQRT, x);
        return record(y, "SqrtBackward0", Saves.RESULT, g -> new Tensor[] {g.div(y.mul(2))}, ScalarRules.SQRT, x);
    }

    public static Tensor sin(Tensor x) {
        Tensor y = map(UnaryOp.SIN, x);
        return record(y, "SinBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(x.cos())}, x);
    }

    public static Tensor cos(Tensor x) {
        Tensor y = map(UnaryOp.COS, x);
        return record(y, "CosBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(x.sin().neg())}, x);
    }

    public static Tensor tan(Tensor x) {
        Tensor y = map(UnaryOp.TAN, x);
        return record(y, "TanBackward0", Saves.RESULT, g -> new Tensor[] {g.mul(y.pow(2).add(1))}, x);
    }

    public static Tensor tanh(Tensor x) {
        Tensor y = map(UnaryOp.TANH, x);
        return record(y, "TanhBackward0", Saves.RESULT, g -> new Tensor[] {tanhBackward(g, y)}, ScalarRules.TANH, x);
    }

    /** ATen's tanh_backward(grad, y) = grad * (1 - y * y), one kernel, with its own derivative for create_graph. */
    static Tensor tanhBackward(Tensor g, Tensor y) {
        Tensor out = Kernels.tanhBackward(g, y, Promotion.result(g, y));
        return record(out, "TanhBackwardBackward0", Saves.INPUTS, gg -> new Tensor[] {
            wants(g) ? tanhBackward(gg, y) : null,
            wants(y) ? gg.mul(y.mul(-2).mul(g)) : null}, g, y);
    }

    public static Tensor sigmoid(Tensor x) {
        Tensor y = map(UnaryOp.SIGMOID, x);
        return record(y, "SigmoidBackward0", Saves.RESULT, g -> new Tensor[] {g.mul(Arithmetic.rsub(y, one())).mul(y)},
                ScalarRules.SIGMOID, x);
    }

    public static Tensor relu(Tensor x) {
        Tensor y = Kernels.unary(UnaryOp.RELU, x, x.dtype);
        return record(y, "ReluBackward0", Saves.RESULT, g -> new Tensor[] {reluBackward(g, y)}, ScalarRules.RELU, x);
    }

    /**
     * ATen's {@code threshold_backward(g, y, 0)}: {@code g} where relu's result {@code y} is positive or NaN, else 0,
     * in one pass; differentiable again, as PyTorch's ThresholdBackwardBackward0.
     */
    static Tensor reluBackward(Tensor g, Tensor y) {
        Tensor out = Kernels.binary(Kernels.BinaryOp.RELU_BACKWARD, g, y, g.dtype, g.dtype);
        return record(out, "ThresholdBackwardBackward0", Saves.INPUTS,
                gg -> new Tensor[] {reluBackward(gg, y), wants(y) ? Creation.zerosLike(gg) : null}, g, y);
    }

    public static Tensor abs(Tensor x) {
        Tensor y = Kernels.unary(UnaryOp.ABS, x, x.dtype);
        return record(y, "AbsBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(x.sign())}, x);
    }

    public static Tensor sign(Tensor x) {
        Tensor y = Kernels.unary(UnaryOp.SIGN, x, x.dtype);
        return record(y, "SignBackward0", Saves.NOTHING, g -> new Tensor[] {Creation.zerosLike(g)}, x);
    }

    /** floor, ceil, round: piecewise constant, so their gradient is zero. */
    public static Tensor rounding(UnaryOp op, String name, Tensor x) {
        Tensor y = Kernels.unary(op, x, x.dtype);
        return record(y, name, Saves.NOTHING, g -> new Tensor[] {Creation.zerosLike(g)}, x);
    }

    public static Tensor log1p(Tensor x) {
        Tensor y = map(UnaryOp.LOG1P, x);
        return record(y, "Log1PBackward0", Saves.INPUTS, g -> new Tensor[] {g.div(x.add(1))}, x);
    }

    /** {@code expm1}: exp(x) - 1 without the cancellation near 0; its gradient g * (y + 1), from the result. */
    public static Tensor expm1(Tensor x) {
        Tensor y = map(UnaryOp.EXPM1, x);
        return record(y, "Expm1Backward0", Saves.RESULT, g -> new Tensor[] {g.mul(y.add(1))}, x);
    }

    /** {@code log10}: its gradient divides by x * ln 10, as derivatives.yaml writes it. */
    public static Tensor log10(Tensor x) {
        Tensor y = map(UnaryOp.LOG10, x);
        return record(y, "Log10Backward0", Saves.INPUTS, g -> new Tensor[] {g.div(x.mul(2.3025850929940456))}, x);
    }

    public static Tensor log2(Tensor x) {
        Tensor y = map(UnaryOp.LOG2, x);
        return record(y, "Log2Backward0", Saves.INPUTS, g -> new Tensor[] {g.div(x.mul(0.6931471805599453))}, x);
    }

    /** {@code erf}; its gradient is g * 2 / sqrt(pi) * exp(-x ** 2). */
    public static Tensor erf(Tensor x) {
        Tensor y = map(UnaryOp.ERF, x);
        return record(y, "ErfBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(x.mul(x).neg().exp().mul(1.1283791670955126))}, x);
    }

    /** {@code rsqrt}: 1 / sqrt(x); its gradient is -0.5 * g * y ** 3 (derivatives.yaml). */
    public static Tensor rsqrt(Tensor x) {
        Tensor y = map(UnaryOp.RSQRT, x);
        return record(y, "RsqrtBackward0", Saves.RESULT, g -> new Tensor[] {g.mul(-0.5).mul(y.pow(3))}, x);
    }

    /** {@code erfc}: 1 - erf(x); its gradient is -2 / sqrt(pi) * exp(-x ** 2) * g. */
    public static Tensor erfc(Tensor x) {
        Tensor y = map(UnaryOp.ERFC, x);
        return record(y, "ErfcBackward0", Saves.INPUTS, g -> new Tensor[] {x.pow(2).neg().exp().mul(-1.1283791670955126).mul(g)}, x);
    }

    /** {@code exp2}: 2 ** x; its gradient is g * y * ln 2. */
    public static Tensor exp2(Tensor x) {
        Tensor y = map(UnaryOp.EXP2, x);
        return record(y, "Exp2Backward0", Saves.RESULT, g -> new Tensor[] {g.mul(y).mul(0.6931471805599453)}, x);
    }

    public static Tensor asin(Tensor x) {
        Tensor y = map(UnaryOp.ASIN, x);
        return record(y, "AsinBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(rsqrt(x.neg().mul(x).add(1)))}, x);
    }

    public static Tensor acos(Tensor x) {
        Tensor y = map(UnaryOp.ACOS, x);
        return record(y, "AcosBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(rsqrt(x.neg().mul(x).add(1)).neg())}, x);
    }

    public static Tensor atan(Tensor x) {
        Tensor y = map(UnaryOp.ATAN, x);
        return record(y, "AtanBackward0", Saves.INPUTS, g -> new Tensor[] {g.div(x.mul(x).add(1))}, x);
    }

    public static Tensor sinh(Tensor x) {
        Tensor y = map(UnaryOp.SINH, x);
        return record(y, "SinhBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(cosh(x))}, x);
    }

    public static Tensor cosh(Tensor x) {
        Tensor y = map(UnaryOp.COSH, x);
        return record(y, "CoshBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(sinh(x))}, x);
    }

    public static Tensor asinh(Tensor x) {
        Tensor y = map(UnaryOp.ASINH, x);
        return record(y, "AsinhBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(rsqrt(x.pow(2).add(1)))}, x);
    }

    /** {@code acosh}: for real x derivatives.yaml writes its gradient g * (x * x - 1).rsqrt(). */
    public static Tensor acosh(Tensor x) {
        Tensor y = map(UnaryOp.ACOSH, x);
        return record(y, "AcoshBackward0", Saves.INPUTS, g -> new Tensor[] {g.mul(rsqrt(x.mul(x).sub(1)))}, x);
    }

    /** {@code atanh}: its gradient is g * 1 / (1 - x ** 2), the * 1 exact and left out. */
    public static Tensor atanh(Tensor x) {
        Tensor y = map(UnaryOp.ATANH, x);
        return record(y, "AtanhBackward0", Saves.INPUTS, g -> new Tensor[] {g.div(Arithmetic.rsub(x.pow(2), one()))}, x);
    }

    /** {@code frac}: x - trunc(x), in the input's (floating) dtype; its gradient passes through. */
    public static Tensor frac(Tensor x) {
        if (!x.dtype.floating) throw slope.run.PyError.runtime("\"frac_cpu\" not implemented for '" + x.dtype.scalarTypeName() + "'");
        Tensor y = Kernels.unary(UnaryOp.FRAC, x, x.dtype);
        return record(y, "FracBackward0", Saves.NOTHING, g -> new Tensor[] {g}, x);
    }

    /**
     * {@code deg2rad} and {@code rad2deg}: x times the factor rounded to x's dtype, as ATen's mul by a scalar
     * (integer input goes to the default float32 first); the gradient is g times the same factor.
     */
    public static Tensor deg2rad(Tensor x) { return scaleAngle(x, 0.017453292519943295, "Deg2RadBackward0"); }

    public static Tensor rad2deg(Tensor x) { return scaleAngle(x, 57.29577951308232, "Rad2DegBackward0"); }

    private static Tensor scaleAngle(Tensor x, double factor, String name) {
        DType dt = Promotion.floating(x.dtype);
        Tensor y = Kernels.binary(Kernels.BinaryOp.MUL, x, Tensor.wrap(factor, DType.FLOAT64), dt, dt);
        return record(y, name, Saves.NOTHING, g -> new Tensor[] {g.mul(factor)}, x);
    }

    /** {@code sgn}: sign for real tensors, under its own name; its real gradient is zero (sgn_backward). */
    public static Tensor sgn(Tensor x) {
        Tensor y = Kernels.unary(UnaryOp.SIGN, x, x.dtype);
        return record(y, "SgnBackward0", Saves.NOTHING, g -> new Tensor[] {Creation.zerosLike(g)}, x);
    }

    /** {@code atan2(a, b)}: the angle of (b, a); gradients g * b / (a² + b²) and g * -a / (a² + b²). */
    public static Tensor atan2(Tensor a, Tensor b) {
        DType dt = Promotion.floating(Promotion.result(a, b));
        Tensor out = Kernels.binary(Kernels.BinaryOp.ATAN2, a, b, dt, dt);
        return record(out, "Atan2Backward0", Saves.INPUTS, g -> {
            Tensor recip = a.mul(a).add(b.mul(b)).reciprocal();
            return new Tensor[] {wants(a) ? g.mul(b).mul(recip) : null, wants(b) ? g.mul(a.neg()).mul(recip) : null};
        }, a, b);
    }

    /** {@code xlogy(x, y)}: x * log(y), 0 where x is 0; gradients g * xlogy(x != 0, y) and g * x / y (derivatives.yaml). */
    public static Tensor xlogy(Tensor x, Tensor y) {
        DType dt = Promotion.floating(Promotion.result(x, y));
        Tensor out = Kernels.binary(Kernels.BinaryOp.XLOGY, x, y, dt, dt);
        return record(out, "XlogyBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(x) ? g.mul(xlogy(Compare.compare(Kernels.BinaryOp.NE, x, Tensor.wrap(0, DType.INT64)), y)) : null,
            wants(y) ? g.mul(x).div(y) : null}, x, y);
    }

    /** {@code logaddexp(a, b)}: log(exp(a) + exp(b)) without overflow; gradients g / (1 + exp(b - a)) and g / (1 + exp(a - b)). */
    public static Tensor logaddexp(Tensor a, Tensor b) {
        DType dt = Promotion.floating(Promotion.result(a, b));
        Tensor out = Kernels.binary(Kernels.BinaryOp.LOGADDEXP, a, b, dt, dt);
        return record(out, "LogaddexpBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? g.div(b.sub(a).exp().add(1)) : null, wants(b) ? g.div(a.sub(b).exp().add(1)) : null}, a, b);
    }

    /**
     * {@code logit(x, eps)}: log(z / (1 - z)), z = x clamped to [eps, 1 - eps] when eps is given; the gradient
     * g / (x (1 - x)), zero outside the clamp (or NaN outside [0, 1] without eps), as ATen's logit_backward.
     */
    public static Tensor logit(Tensor x, Double eps) {
        DType dt = Promotion.floating(x.dtype);
        Tensor z = eps == null ? x.to(dt).detach() : clamp(x.to(dt).detach(), eps, 1 - eps);
        Tensor out = map(UnaryOp.LOG, Kernels.binary(Kernels.BinaryOp.DIV, z, Arithmetic.rsub(z, one()), dt, dt));
        double lo = eps == null ? 0 : eps, hi = eps == null ? 1 : 1 - eps, beyond = eps == null ? Double.NaN : 0;
        return record(out, "LogitBackward0", Saves.INPUTS, g -> {
            Tensor d = g.div(x.mul(Arithmetic.rsub(x, one())));
            Tensor outside = Compare.or(Compare.compare(Kernels.BinaryOp.LT, x, Tensor.wrap(lo, DType.FLOAT64)),
                    Compare.compare(Kernels.BinaryOp.GT, x, Tensor.wrap(hi, DType.FLOAT64)));
            return new Tensor[] {where(outside, Tensor.wrap(beyond, DType.FLOAT64), d)};
        }, x);
    }

    /** {@code hypot(a, b)}: sqrt(a² + b²) for floating tensors; gradients g * a / y and g * b / y. */
    public static Tensor hypot(Tensor a, Tensor b) {
        DType dt = Promotion.result(a, b);
        if (!dt.floating) throw slope.run.PyError.runtime("\"hypot_cpu\" not implemented for '" + dt.scalarTypeName() + "'");
        Tensor out = Kernels.binary(Kernels.BinaryOp.HYPOT, a, b, dt, dt);
        return record(out, "HypotBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? g.mul(a).div(out) : null, wants(b) ? g.mul(b).div(out) : null}, a, b);
    }

    /**
     * {@code nan_to_num}: NaN, +inf and -inf replaced (by default with 0 and the dtype's largest and lowest finite
     * values); the gradient passes where x is finite (derivatives.yaml: grad * isfinite(self)).
     */
    public static Tensor nanToNum(Tensor x, Double nan, Double posinf, Double neginf) {
        double[] v = x.values(), out = new double[v.length], finite = new double[v.length];
        double big = x.dtype == DType.FLOAT64 ? Double.MAX_VALUE : Float.MAX_VALUE;
        for (int i = 0; i < v.length; i++) {
            double e = v[i];
            boolean isFinite = !Double.isNaN(e) && !Double.isInfinite(e);
            finite[i] = isFinite ? 1 : 0;
            if (!x.dtype.floating || isFinite) out[i] = e;
            else if (Double.isNaN(e)) out[i] = x.dtype.round(nan == null ? 0 : nan);
            else out[i] = x.dtype.round(e > 0 ? (posinf == null ? big : posinf) : (neginf == null ? -big : neginf));
        }
        Tensor mask = new Tensor(finite, x.shape.clone(), DType.BOOL);
        return record(new Tensor(out, x.shape.clone(), x.dtype), "NanToNumBackward0", Saves.INPUTS,
                g -> new Tensor[] {g.mul(mask)}, x);
    }

    /** {@code clamp(min, max)} with either bound optional (null). */
    public static Tensor clamp(Tensor x, Double min, Double max) { return clamp(x, min, max, "ClampBackward1"); }

    /** {@code clamp_min(min)} and {@code clamp_max(max)} are this op under their own names (ClampMinBackward0, ...). */
    public static Tensor clamp(Tensor x, Double min, Double max, String name) {
        if (min == null && max == null) {
            throw slope.run.PyError.runtime("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        Tensor y = x;
        if (min != null) y = Kernels.binary(Kernels.BinaryOp.MAXIMUM, y, Tensor.wrap(min, DType.FLOAT64), x.dtype, x.dtype);
        if (max != null) y = Kernels.binary(Kernels.BinaryOp.MINIMUM, y, Tensor.wrap(max, DType.FLOAT64), x.dtype, x.dtype);
        Tensor out = y;
        return record(out, name, Saves.INPUTS, g -> {
            Tensor inside = null;
            if (min != null) inside = Compare.ge(x, min);
            if (max != null) inside = inside == null ? Compare.le(x, max) : Compare.and(inside, Compare.le(x, max));
            return new Tensor[] {where(inside, g, Creation.zerosLike(g))};
        }, x);
    }

    /** {@code torch.maximum}: ties split the gradient in halves, as PyTorch does. */
    public static Tensor maximum(Tensor a, Tensor b) {
        return extremum(a, b, true);
    }

    public static Tensor minimum(Tensor a, Tensor b) {
        return extremum(a, b, false);
    }

    private static Tensor extremum(Tensor a, Tensor b, boolean max) {
        DType dt = Promotion.result(a, b);
        Tensor out = Kernels.binary(max ? Kernels.BinaryOp.MAXIMUM : Kernels.BinaryOp.MINIMUM, a, b, dt, dt);
        return record(out, max ? "MaximumBackward0" : "MinimumBackward0", Saves.INPUTS, g -> {
            Tensor shared = where(Compare.eq(a, b), g.div(2), g);
            Tensor aLoses = max ? Compare.lt(a, b) : Compare.gt(a, b);
            Tensor bLoses = max ? Compare.gt(a, b) : Compare.lt(a, b);
            return new Tensor[] {
                wants(a) ? where(aLoses, Creation.zerosLike(shared), shared) : null,
                wants(b) ? where(bLoses, Creation.zerosLike(shared), shared) : null};
        }, a, b);
    }

    /** {@code torch.where(cond, a, b)}. */
    public static Tensor where(Tensor cond, Tensor a, Tensor b) {
        DType dt = Promotion.result(a, b);
        Tensor out = Kernels.where(cond, a, b, dt);
        return record(out, "WhereBackward0", Saves.INDICES, g -> new Tensor[] {
            wants(a) ? where(cond, g, Creation.zerosLike(g)) : null,
            wants(b) ? where(cond, Creation.zerosLike(g), g) : null}, a, b);
    }

    private static Tensor one() { return Tensor.wrap(1, DType.INT64); }
}
