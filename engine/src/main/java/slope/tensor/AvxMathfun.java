package slope.tensor;

/**
 * The float32 log and sincos of avx_mathfun.h (Cephes polynomials), which ATen's AVX2 kernel of randn
 * applies to its uniform draws: torch.randn of 16 or more float32 values is these functions' output, bit
 * for bit, only when computed their way. ATen's AVX2 build lets GCC contract each multiply feeding an add
 * into one fused multiply-add, so the steps below fuse exactly where GCC does ({@link FloatMath#fma}).
 */
public final class AvxMathfun {
    private AvxMathfun() {}

    // The header's constants are double literals stored as floats.
    private static final float SQRTHF = (float) 0.707106781186547524;
    private static final float[] LOG_P = {(float) 7.0376836292E-2, (float) -1.1514610310E-1, (float) 1.1676998740E-1,
        (float) -1.2420140846E-1, (float) 1.4249322787E-1, (float) -1.6668057665E-1, (float) 2.0000714765E-1,
        (float) -2.4999993993E-1, (float) 3.3333331174E-1};
    private static final float LOG_Q1 = (float) -2.12194440e-4, LOG_Q2 = (float) 0.693359375;
    private static final float MINUS_DP1 = (float) -0.78515625, MINUS_DP2 = (float) -2.4187564849853515625e-4,
        MINUS_DP3 = (float) -3.77489497744594108e-8;
    private static final float SINCOF_P0 = (float) -1.9515295891E-4, SINCOF_P1 = (float) 8.3321608736E-3,
        SINCOF_P2 = (float) -1.6666654611E-1;
    private static final float COSCOF_P0 = (float) 2.443315711809948E-005, COSCOF_P1 = (float) -1.388731625493765E-003,
        COSCOF_P2 = (float) 4.166664568298827E-002;
    private static final float FOPI = (float) 1.27323954473516; // 4 / pi

    /** log256_ps: the natural logarithm; NaN for x &lt;= 0. */
    public static float log(float x) {
        boolean invalid = x <= 0;
        x = Math.max(x, Float.MIN_NORMAL); // cut off denormals
        int bits = Float.floatToRawIntBits(x);
        float e = (float) ((bits >>> 23) - 0x7f) + 1f;
        x = Float.intBitsToFloat(bits & ~0x7f800000 | 0x3f000000); // the mantissa, in [0.5, 1)
        boolean small = x < SQRTHF; // then e -= 1 and x = x + x - 1, else x = x - 1
        float tmp = small ? x : 0f;
        x = x - 1f;
        e = e - (small ? 1f : 0f);
        x = x + tmp;
        float z = x * x;
        float y = LOG_P[0];
        for (int i = 1; i < LOG_P.length; i++) y = FloatMath.fma(y, x, LOG_P[i]);
        y = y * x;
        y = FloatMath.fma(y, z, e * LOG_Q1);
        y = FloatMath.fma(-z, 0.5f, y);
        x = x + y;
        x = FloatMath.fma(e, LOG_Q2, x);
        return invalid ? Float.NaN : x;
    }

    /** sincos256_ps: {@code out[0] = sin(x)}, {@code out[1] = cos(x)}. */
    public static void sincos(float x, float[] out) {
        int signSin = Float.floatToRawIntBits(x) & 0x80000000;
        x = Math.abs(x);
        int j = ((int) (x * FOPI) + 1) & ~1; // the octant, rounded up to even (Cephes' j)
        float y = j;
        int swapSignSin = (j & 4) << 29;
        boolean sinPoly = (j & 2) == 0; // which polynomial is the sine's
        // extended precision modular arithmetic: x - y * pi/4 in three parts
        x = FloatMath.fma(y, MINUS_DP1, x);
        x = FloatMath.fma(y, MINUS_DP2, x);
        x = FloatMath.fma(y, MINUS_DP3, x);
        int signCos = (~(j - 2) & 4) << 29;
        signSin ^= swapSignSin;
        float z = x * x;
        float c = FloatMath.fma(COSCOF_P0, z, COSCOF_P1);
        c = FloatMath.fma(c, z, COSCOF_P2);
        c = c * z;
        c = FloatMath.fma(c, z, -(z * 0.5f));
        c = c + 1f;
        float s = FloatMath.fma(SINCOF_P0, z, SINCOF_P1);
        s = FloatMath.fma(s, z, SINCOF_P2);
        s = s * z;
        s = FloatMath.fma(s, x, x);
        out[0] = Float.intBitsToFloat(Float.floatToRawIntBits(sinPoly ? s : c) ^ signSin);
        out[1] = Float.intBitsToFloat(Float.floatToRawIntBits(sinPoly ? c : s) ^ signCos);
    }
}
