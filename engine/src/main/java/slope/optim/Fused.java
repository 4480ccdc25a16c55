package slope.optim;

/**
 * The in-place tensor ops that optimizers chain, on one element of a float32 ({@code f32}) or float64 tensor,
 * rounded as the tensor methods round them (TensorMethods: add_, mul_, lerp_, addcmul_, addcdiv_, after ATen's
 * CPU kernels). A Python float operand is rounded to the dtype first, as it is when it meets a float32 tensor.
 * The dtype is a flag rather than a DType: the optimizers' loops inline some twenty roundings, and
 * DType.round's four cases made Adam's step too big for V8 to compile in time for a short run.
 */
final class Fused {
    private Fused() {}

    /** A value as the dtype stores it. */
    static double round(boolean f32, double v) { return f32 ? (float) v : v; }

    /** {@code -grad}. Multiplied, not negated: TeaVM's wasm drops the sign of -(0.0). */
    static double neg(double x) { return -1.0 * x; }

    /** {@code x.mul_(scalar)}. */
    static double mul(boolean f32, double x, double scalar) { return round(f32, x * round(f32, scalar)); }

    /** {@code x.add_(scalar)}. */
    static double add(boolean f32, double x, double scalar) { return round(f32, x + round(f32, scalar)); }

    /** {@code x / scalar}. */
    static double div(boolean f32, double x, double scalar) { return round(f32, x / round(f32, scalar)); }

    /** {@code x.sqrt()}. */
    static double sqrt(boolean f32, double x) { return round(f32, Math.sqrt(x)); }

    /** {@code torch.maximum(a, b)}: NaN if either is. */
    static double maximum(double a, double b) { return a != a || b != b ? Double.NaN : Math.max(a, b); }

    /** {@code x.add_(other, alpha=alpha)}: ATen's one fused multiply-add (the float32 product is exact in double). */
    static double add(boolean f32, double x, double other, double alpha) { return round(f32, x + other * round(f32, alpha)); }

    /**
     * {@code x.lerp_(end, weight)}, ATen's vectorized lerp: fma(w, end - x, x), or fma(w - 1, end - x, end)
     * for weights from 0.5 on, the coefficient rounded to the dtype.
     */
    static double lerp(boolean f32, double x, double end, double weight) {
        boolean small = Math.abs(weight) < 0.5;
        double diff = round(f32, end - x);
        return round(f32, (small ? x : end) + diff * round(f32, small ? weight : weight - 1));
    }

    /** {@code x.addcmul_(t1, t2, value=value)}: {@code value * t1} rounded, its product with t2 fused with the add. */
    static double addcmul(boolean f32, double x, double t1, double t2, double value) {
        return round(f32, x + mul(f32, t1, value) * t2);
    }

    /** {@code x.addcdiv_(t1, t2, value=value)}: {@code value * t1}, its quotient by t2 and the sum each rounded. */
    static double addcdiv(boolean f32, double x, double t1, double t2, double value) {
        return round(f32, x + round(f32, mul(f32, t1, value) / t2));
    }
}
