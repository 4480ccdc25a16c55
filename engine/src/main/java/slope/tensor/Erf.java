package slope.tensor;

/**
 * The error function and its complement, which Java lacks: {@link #erf} and {@link #erfc} accurate to double
 * precision (for float32 results erf rounds as glibc's erff does), and {@link #atenVector}, ATen's float vector path (Abramowitz and Stegun 7.1.26
 * with fused multiply-adds and SLEEF's expf), which GELU's kernel applies to whole vector blocks.
 */
public final class Erf {
    private Erf() {}

    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    public static double erf(double x) {
        if (x != x) return x;
        double a = Math.abs(x);
        double r;
        if (a < 2) {
            // erf(a) = 2/sqrt(pi) exp(-a^2) sum 2^n a^(2n+1) / (1 3 5 ... (2n+1)): positive terms, no cancellation
            double term = a, sum = a, a2 = 2 * a * a;
            for (int n = 1; n < 200 && term > sum * 1e-17; n++) {
                term *= a2 / (2 * n + 1);
                sum += term;
            }
            r = TWO_OVER_SQRT_PI * Math.exp(-a * a) * sum;
        } else if (a < 6) {
            r = 1 - erfcFraction(a);
        } else {
            r = 1;
        }
        return x < 0 ? -r : r;
    }

    /** 1 - erf(x), without the cancellation: from the continued fraction for x of 2 and up (zero past 27). */
    public static double erfc(double x) {
        if (x != x) return x;
        double a = Math.abs(x);
        double r = a < 2 ? 1 - erf(a) : a < 27 ? erfcFraction(a) : 0;
        return x < 0 ? 2 - r : r;
    }

    /**
     * erfc(a) for a of 2 and up (the fraction converges within about a hundred terms there):
     * exp(-a^2) / sqrt(pi) / (a + 1/2 / (a + 1 / (a + 3/2 / (a + ...)))), by Lentz's method.
     */
    private static double erfcFraction(double a) {
        double f = a, c = a, d = 0;
        for (int k = 1; k < 300; k++) {
            double ak = k / 2.0;
            d = a + ak * d;
            d = 1 / d;
            c = a + ak / c;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return Math.exp(-a * a) / (f * Math.sqrt(Math.PI));
    }

    /** ATen's Vectorized&lt;float&gt;::erf, one lane. */
    public static float atenVector(float x) {
        int sign = Float.floatToRawIntBits(x) & 0x80000000;
        float ax = Math.abs(x);
        float t = 1f / FloatMath.fma(0.3275911f, ax, 1f);
        float r = FloatMath.fma(FloatMath.fma(FloatMath.fma(FloatMath.fma(1.061405429f, t, -1.453152027f), t, 1.421413741f),
                t, -0.284496736f), t, 0.254829592f);
        float e = -SleefFloat.expf(-(x * x));
        float y = FloatMath.fma(e * t, r, 1f);
        return Float.intBitsToFloat(Float.floatToRawIntBits(y) ^ sign);
    }
}
