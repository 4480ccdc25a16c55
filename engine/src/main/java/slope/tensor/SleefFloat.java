package slope.tensor;

/**
 * SLEEF's float32 functions as ATen's vector kernels call them (Sleef_*f8/16_u10 on AVX2/AVX-512), ported
 * step by step: every intermediate is a float, and each SLEEF {@code vmla} is a fused multiply-add, since
 * SLEEF's AVX2 and AVX-512 helpers map it to {@code _mm*_fmadd_ps}. Only + - * / and {@link FloatMath#fma}
 * are used, so the JVM and wasm give the same bits. (ATen's own vector sin, cos, tan, tanh, exp, log and
 * sqrt do not come here: PyTorch's x86 build sends them to Intel MKL, see vml.h.)
 */
public final class SleefFloat {
    private SleefFloat() {}

    private static final float R_LN2F = 1.442695040888963407359924681001892137426645954152985934135449406931f;
    private static final float L2UF = 0.693145751953125f;
    private static final float L2LF = 1.428606765330187045e-06f;

    /** SLEEF 3's xexpf (sleefsimdsp.c), the u10 exp of Sleef_expf8_u10 / Sleef_expf16_u10. */
    public static float expf(float d) {
        if (d < -104) return 0;
        if (100 < d) return Float.POSITIVE_INFINITY;
        if (d != d) return d;
        int q = rint(d * R_LN2F);
        float s = FloatMath.fma(q, -L2UF, d);
        s = FloatMath.fma(q, -L2LF, s);
        float u = 0.000198527617612853646278381f;
        u = FloatMath.fma(u, s, 0.00139304355252534151077271f);
        u = FloatMath.fma(u, s, 0.00833336077630519866943359f);
        u = FloatMath.fma(u, s, 0.0416664853692054748535156f);
        u = FloatMath.fma(u, s, 0.166666671633720397949219f);
        u = FloatMath.fma(u, s, 0.5f);
        u = 1.0f + FloatMath.fma(s * s, u, s);
        return ldexp2(u, q);
    }

    /** vrint_vi2_vf: to the nearest integer, ties to even (the magic-number trick; no Math.rint, wrong in TeaVM). */
    static int rint(float x) {
        if (Math.abs(x) >= 0x1p23f) return (int) x;
        float magic = x < 0 ? -0x1.8p23f : 0x1.8p23f;
        return (int) ((x + magic) - magic);
    }

    /** vldexp2_vf_vf_vi2: d * 2^(e >> 1) * 2^(e - (e >> 1)), each product rounded. */
    private static float ldexp2(float d, int e) {
        return d * pow2i(e >> 1) * pow2i(e - (e >> 1));
    }

    private static float pow2i(int e) {
        return Float.intBitsToFloat((e + 0x7f) << 23);
    }
}
