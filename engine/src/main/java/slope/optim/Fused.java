package slope.optim;

import slope.tensor.DType;

/**
 * The in-place tensor ops that optimizers chain, on one element of a tensor of dtype {@code dt}, rounded
 * as the tensor methods round them (TensorMethods: add_, mul_, lerp_, addcmul_, addcdiv_, after ATen's CPU
 * kernels). A Python float operand is rounded to the dtype first, as it is when it meets a float32 tensor.
 */
final class Fused {
    private Fused() {}

    /** {@code -grad}. Multiplied, not negated: TeaVM's wasm drops the sign of -(0.0). */
    static double neg(double x) { return -1.0 * x; }

    /** {@code x.mul_(scalar)}. */
    static double mul(DType dt, double x, double scalar) { return dt.round(x * dt.round(scalar)); }

    /** {@code x.add_(scalar)}. */
    static double add(DType dt, double x, double scalar) { return dt.round(x + dt.round(scalar)); }

    /** {@code x / scalar}. */
    static double div(DType dt, double x, double scalar) { return dt.round(x / dt.round(scalar)); }

    /** {@code x.sqrt()}. */
    static double sqrt(DType dt, double x) { return dt.round(Math.sqrt(x)); }

    /** {@code torch.maximum(a, b)}: NaN if either is. */
    static double maximum(double a, double b) { return a != a || b != b ? Double.NaN : Math.max(a, b); }

    /** {@code x.add_(other, alpha=alpha)}: ATen's one fused multiply-add (the float32 product is exact in double). */
    static double add(DType dt, double x, double other, double alpha) { return dt.round(x + other * dt.round(alpha)); }

    /**
     * {@code x.lerp_(end, weight)}, ATen's vectorized lerp: fma(w, end - x, x), or fma(w - 1, end - x, end)
     * for weights from 0.5 on, the coefficient rounded to the dtype.
     */
    static double lerp(DType dt, double x, double end, double weight) {
        boolean small = Math.abs(weight) < 0.5;
        double diff = dt.round(end - x);
        return dt.round((small ? x : end) + diff * dt.round(small ? weight : weight - 1));
    }

    /** {@code x.addcmul_(t1, t2, value=value)}: {@code value * t1} rounded, its product with t2 fused with the add. */
    static double addcmul(DType dt, double x, double t1, double t2, double value) {
        return dt.round(x + mul(dt, t1, value) * t2);
    }

    /** {@code x.addcdiv_(t1, t2, value=value)}: {@code value * t1}, its quotient by t2 and the sum each rounded. */
    static double addcdiv(DType dt, double x, double t1, double t2, double value) {
        return dt.round(x + dt.round(mul(dt, t1, value) / t2));
    }
}
