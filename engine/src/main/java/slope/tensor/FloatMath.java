package slope.tensor;

/**
 * float32 arithmetic that PyTorch's compiled kernels do and Java lacks: a fused multiply-add with one
 * rounding (GCC contracts {@code a + b * c} into an FMA in ATen's AVX2/AVX-512 builds). Math.fma is
 * rejected by TeaVM, so it is built from double operations, exact on both the JVM and wasm. Also the
 * C library functions that java.lang.Math lacks (asinh, acosh, atanh) or that TeaVM computes differently
 * (hypot), from operations that agree on both; and fdlibm's functions where the runtime's differ ({@link Fdlibm}).
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

    private static final double LN2 = 0.6931471805599453;

    /** C's asinh, as fdlibm computes it: x itself when tiny, log1p near zero, log(2|x|) beyond 2^28; odd. */
    public static double asinh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || ax < 0x1p-28) return x;
        double w;
        if (ax > 0x1p28) {
            w = Math.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -1.0 * w; // -1.0 *: TeaVM's wasm drops the sign of -(0.0)
    }

    /** C's acosh, as fdlibm computes it: NaN below 1, log1p near 1, log(2x) beyond 2^28. */
    public static double acosh(double x) {
        if (!(x >= 1.0)) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** C's atanh, as fdlibm computes it: x itself when tiny, half of log1p(2|x| / (1 - |x|)), odd; infinite at 1, NaN beyond. */
    public static double atanh(double x) {
        double ax = Math.abs(x);
        if (!(ax <= 1.0)) return Double.NaN;
        if (ax < 0x1p-28) return x;
        double t = ax < 0.5 ? 0.5 * log1p(2 * ax + 2 * ax * ax / (1.0 - ax)) : 0.5 * log1p((ax + ax) / (1.0 - ax));
        return x >= 0 ? t : -1.0 * t;
    }

    /**
     * C's hypot: sqrt(x² + y²) from sqrt alone (bit for bit the same under TeaVM, unlike Math.hypot), rescaled
     * where the squares overflow or underflow; infinite where either is, even beside a NaN.
     */
    public static double hypot(double x, double y) {
        double ax = Math.abs(x), ay = Math.abs(y);
        if (ax == Double.POSITIVE_INFINITY || ay == Double.POSITIVE_INFINITY) return Double.POSITIVE_INFINITY;
        if (ax != ax || ay != ay) return Double.NaN;
        double m = Math.max(ax, ay);
        if (m == 0) return 0;
        if (m > 0x1p-500 && m < 0x1p500) return Math.sqrt(ax * ax + ay * ay);
        return m * Math.sqrt((ax / m) * (ax / m) + (ay / m) * (ay / m));
    }

    /**
     * x * 2^n, rounded once, without Math.scalb (wrong in TeaVM's wasm): large or small n goes in steps, the last
     * multiplication by an exact power of two, and a subnormal result is reached in one step so it rounds only there.
     */
    public static double scalb(double x, int n) {
        double y = x;
        if (n > 1023) {
            y *= 0x1p1023;
            n -= 1023;
            if (n > 1023) {
                y *= 0x1p1023;
                n = Math.min(n - 1023, 1023);
            }
        } else if (n < -1022) {
            y *= 0x1p-969; // 2^-1022 * 2^53: the final step then lands below 2^-53 of its start, rounding once
            n += 969;
            if (n < -1022) {
                y *= 0x1p-969;
                n = Math.max(n + 969, -1022);
            }
        }
        return y * Double.longBitsToDouble((long) (0x3ff + n) << 52);
    }

    /**
     * Whether this runtime's Math computes these functions as fdlibm does (the JVM's StrictMath, V8's Math): TeaVM's
     * wasm takes log1p as log(1 + x), expm1 as exp(x) - 1, log10 as log(x) / ln 10 and the hyperbolics from exp
     * (tanh(1e-300) is 0 there). Where it does not, {@link Fdlibm}'s ports stand in.
     */
    private static final class Accurate {
        static final boolean LOG1P = Math.log1p(1e-10) == 9.999999999500001E-11 && Math.log1p(0.3) == 0.26236426446749106;
        static final boolean EXPM1 = Math.expm1(1e-10) == 1.00000000005E-10 && Math.expm1(0.3) == 0.3498588075760031;
        static final boolean LOG10 = Math.log10(1000) == 3.0 && Math.log10(2) == 0.3010299956639812;
        static final boolean SINH = Math.sinh(1e-300) == 1e-300 && Math.sinh(0.3) == 0.3045202934471426;
        static final boolean COSH = Math.cosh(1e-7) == 1.000000000000005 && Math.cosh(1.7) == 2.8283154578899667;
        static final boolean TANH = Math.tanh(1e-300) == 1e-300 && Math.tanh(0.3) == 0.2913126124515909;
    }

    /** log(1 + x), which keeps small x. */
    public static double log1p(double x) { return Accurate.LOG1P ? Math.log1p(x) : Fdlibm.log1p(x); }

    /** exp(x) - 1, which keeps small x. */
    public static double expm1(double x) { return Accurate.EXPM1 ? Math.expm1(x) : Fdlibm.expm1(x); }

    public static double log10(double x) { return Accurate.LOG10 ? Math.log10(x) : Fdlibm.log10(x); }

    public static double sinh(double x) { return Accurate.SINH ? Math.sinh(x) : Fdlibm.sinh(x); }

    public static double cosh(double x) { return Accurate.COSH ? Math.cosh(x) : Fdlibm.cosh(x); }

    public static double tanh(double x) { return Accurate.TANH ? Math.tanh(x) : Fdlibm.tanh(x); }
}
