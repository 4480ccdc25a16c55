package slope.tensor;

/**
 * float32 arithmetic that PyTorch's compiled kernels do and Java lacks: a fused multiply-add with one
 * rounding (GCC contracts {@code a + b * c} into an FMA in ATen's AVX2/AVX-512 builds). Math.fma is
 * rejected by TeaVM, so it is built from double operations, exact on both the JVM and wasm.
 */
public final class FloatMath {
    private FloatMath() {}

    /**
     * {@code a * b + c} rounded once to float. The product of two floats is exact in double; the double
     * sum rounds, but it can only change the float result when it lands exactly on a midpoint between two
     * floats (midpoints are doubles, so rounding to double never crosses one). Then the sign of the sum's
     * rounding error, found exactly by TwoSum, says which way the exact value lies.
     */
    public static float fma(float a, float b, float c) {
        double p = (double) a * (double) b;
        double s = p + c;
        // fast path: away from float subnormals, s is a midpoint only if its 29 bits below float precision are 1000...0
        if (Math.abs(s) >= 0x1p-125 && (Double.doubleToRawLongBits(s) & 0x1FFFFFFFL) != 0x10000000L) return (float) s;
        float r = (float) s;
        double back = r;
        if (back == s || Double.isInfinite(s) || s != s) return r;
        double bb = s - p;
        double err = (p - (s - bb)) + (c - bb); // exact value = s + err
        if (err == 0) return r;
        float other = s > back ? nextUp(r) : nextDown(r);
        if (s - back != other - s) return r;
        // s is the midpoint of r and other: the exact value lies on err's side of it
        boolean up = err > 0;
        float hi = Math.max(r, other), lo = Math.min(r, other);
        return up ? hi : lo;
    }

    static float nextUp(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (f == 0) return Float.MIN_VALUE;
        return Float.intBitsToFloat(f > 0 ? bits + 1 : bits - 1);
    }

    static float nextDown(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (f == 0) return -Float.MIN_VALUE;
        return Float.intBitsToFloat(f > 0 ? bits - 1 : bits + 1);
    }

    /**
     * Round half to even (Python's round, torch.round, np.round): adding and taking away 2^52 leaves the integer
     * IEEE addition rounds to, ties to even. Not Math.rint, which TeaVM's wasm-gc rounds 0.5 up to 1.
     */
    public static double rint(double x) {
        if (!(Math.abs(x) < 0x1p52)) return x;
        double r = Math.abs(x) + 0x1p52 - 0x1p52;
        return x < 0 ? -1.0 * r : r; // -1.0 *: TeaVM's wasm drops the sign of -(0.0)
    }
}
