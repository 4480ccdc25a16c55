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

    /** SLEEF 3's xpowf (sleefsimdsp.c), the u10 pow of Sleef_powf16_u10: exp(log|x| * y) in double-float. */
    public static float powf(float x, float y) {
        boolean yIsInt = (float) (long) y == y || Math.abs(y) > (1 << 24);
        boolean yIsOdd = yIsInt && Math.abs(y) < (1 << 24) && ((int) y & 1) == 1;
        // logkf(|x|) as a double-float (hi, lo), times y
        float ax = Math.abs(x);
        float lh, ll;
        {
            float e = getexp(ax * (1.0f / 0.75f));
            if (e == Float.POSITIVE_INFINITY) e = 128.0f;
            float m = getmantP75(ax);
            // x = (m - 1) / (m + 1) as a double-float
            float nh = -1 + m, nl = twoSumLow(-1, m, nh);
            float dh = 1 + m, dl = twoSumLow(1, m, dh);
            float t = 1 / dh;
            float sh = nh * t;
            float u = FloatMath.fma(t, nh, -1.0f * sh);
            float v = FloatMath.fma(-1.0f * dl, t, FloatMath.fma(-1.0f * dh, t, 1));
            float xh = sh, xl = FloatMath.fma(sh, v, FloatMath.fma(nl, t, u));
            // x2 = x * x
            float x2h = xh * xh, x2l = FloatMath.fma(xh + xh, xl, FloatMath.fma(xh, xh, -1.0f * x2h));
            float p = 0.240320354700088500976562f;
            p = FloatMath.fma(p, x2h, 0.285112679004669189453125f);
            p = FloatMath.fma(p, x2h, 0.400007992982864379882812f);
            // s = (0.693..., -1.90e-9) * e
            float s1h = 0.69314718246459960938f * e;
            float s1l = FloatMath.fma(-1.904654323148236017e-09f, e, FloatMath.fma(0.69314718246459960938f, e, -1.0f * s1h));
            // s = s + 2x   (dfadd_vf2_vf2_vf2)
            float ah = s1h + xh * 2, al = (((s1h - ah) + xh * 2) + s1l) + xl * 2;
            // x2 * x
            float x3h = x2h * xh;
            float x3l = FloatMath.fma(x2h, xl, FloatMath.fma(x2l, xh, FloatMath.fma(x2h, xh, -1.0f * x3h)));
            // x2 * p + c   (dfmul_vf2_vf2_vf then dfadd2_vf2_vf2_vf2)
            float qh = x2h * p, ql = FloatMath.fma(x2l, p, FloatMath.fma(x2h, p, -1.0f * qh));
            float ch = 0.66666662693023681640625f, cl = 3.69183861259614332084311e-09f;
            float rh = qh + ch, rv = rh - qh;
            float rl = ((qh - (rh - rv)) + (ch - rv)) + (ql + cl);
            // (x2 * x) * r
            float wh = x3h * rh;
            float wl = FloatMath.fma(x3h, rl, FloatMath.fma(x3l, rh, FloatMath.fma(x3h, rh, -1.0f * wh)));
            // s + w   (dfadd_vf2_vf2_vf2)
            lh = ah + wh;
            ll = (((ah - lh) + wh) + al) + wl;
        }
        // dfmul_vf2_vf2_vf(log, y)
        float dh = lh * y, dl = FloatMath.fma(ll, y, FloatMath.fma(lh, y, -1.0f * dh));
        float result = expk(dh, dl);
        if (result != result) result = Float.POSITIVE_INFINITY;
        result = result * (x > 0 ? 1 : yIsInt ? (yIsOdd ? -1.0f : 1) : Float.NaN);
        float efx = mulsign(ax - 1, y);
        if (Float.isInfinite(y)) result = efx < 0 ? 0 : efx == 0 ? 1 : Float.POSITIVE_INFINITY;
        if (Float.isInfinite(x) || x == 0) {
            float mag = ((Float.floatToRawIntBits(y) < 0) ^ (x == 0)) ? 0 : Float.POSITIVE_INFINITY;
            result = Math.copySign(mag, yIsOdd ? x : 1);
        }
        if (x != x || y != y) result = Float.NaN;
        if (y == 0 || x == 1) result = 1;
        return result;
    }

    /** SLEEF 3's xlog1pf (sleefsimdsp.c, AVX-512 branch), the u10 log1p of Sleef_log1pf16_u10. */
    public static float log1pf(float d) {
        if (d != d) return d;
        if (d == -1) return Float.NEGATIVE_INFINITY;
        if (d < -1) return Float.NaN;
        if (d == 0) return d; // keeps -0.0
        if (d > 1e38f) return Float.POSITIVE_INFINITY;
        float dp1 = d + 1;
        float e = getexp(dp1 * (1.0f / 0.75f));
        if (e == Float.POSITIVE_INFINITY) e = 128.0f;
        float t = pow2i(-rint(e));
        float m = FloatMath.fma(d, t, t - 1);
        float sh = 0.69314718246459960938f * e;
        float sl = FloatMath.fma(-1.904654323148236017e-09f, e, FloatMath.fma(0.69314718246459960938f, e, -1.0f * sh));
        // x = m / (2 + m) as a double-float (dfdiv of (m, 0) by dfadd_vf2_vf_vf(2, m))
        float dh = 2 + m, dl = (2 - dh) + m;
        float r = 1 / dh;
        float qh = m * r;
        float u = FloatMath.fma(r, m, -1.0f * qh);
        float v = FloatMath.fma(-1.0f * dl, r, FloatMath.fma(-1.0f * dh, r, 1));
        float xh = qh, xl = FloatMath.fma(qh, v, FloatMath.fma(0, r, u));
        float x2 = xh * xh;
        float p = 0.3027294874e+0f;
        p = FloatMath.fma(p, x2, 0.3996108174e+0f);
        p = FloatMath.fma(p, x2, 0.6666694880e+0f);
        // s + 2x (dfadd_vf2_vf2_vf2), then + x2 * x * p (dfadd_vf2_vf2_vf)
        float ah = sh + xh * 2, al = (((sh - ah) + xh * 2) + sl) + xl * 2;
        float w = x2 * xh * p;
        float bh = ah + w, bl = ((ah - bh) + w) + al;
        return bh + bl;
    }

    /** SLEEF 3's xexpm1f (sleefsimdsp.c), the u10 expm1 of Sleef_expm1f16_u10: expk2f in double-float, minus 1. */
    public static float expm1f(float a) {
        if (a != a) return a;
        if (a > 88.72283172607421875f) return Float.POSITIVE_INFINITY;
        if (a < -16.635532333438687426013570f) return -1;
        if (a == 0) return a; // keeps -0.0
        int q = rint(a * R_LN2F);
        // s = a + q * -L2U + q * -L2L (dfadd2_vf2_vf2_vf twice)
        float c = q * -L2UF;
        float sh = a + c, v = sh - a;
        float sl = (a - (sh - v)) + (c - v);
        c = q * -L2LF;
        float th = sh + c;
        v = th - sh;
        sl = ((sh - (th - v)) + (c - v)) + sl;
        sh = th;
        float u = +0.1980960224e-3f;
        u = FloatMath.fma(u, sh, +0.1394256484e-2f);
        u = FloatMath.fma(u, sh, +0.8333456703e-2f);
        u = FloatMath.fma(u, sh, +0.4166637361e-1f);
        // t = s * u + 1/6  (dfmul_vf2_vf2_vf, dfadd2_vf2_vf2_vf)
        float mh = sh * u, ml = FloatMath.fma(sl, u, FloatMath.fma(sh, u, -1.0f * mh));
        float th1 = mh + 0.166666659414234244790680580464e+0f;
        v = th1 - mh;
        float tl1 = ((mh - (th1 - v)) + (0.166666659414234244790680580464e+0f - v)) + ml;
        // t = s * t + 0.5  (dfmul_vf2_vf2_vf2, dfadd2_vf2_vf2_vf)
        float nh = sh * th1;
        float nl = FloatMath.fma(sh, tl1, FloatMath.fma(sl, th1, FloatMath.fma(sh, th1, -1.0f * nh)));
        float th2 = nh + 0.5f;
        v = th2 - nh;
        float tl2 = ((nh - (th2 - v)) + (0.5f - v)) + nl;
        // t = s + s^2 * t  (dfsqu, dfmul_vf2_vf2_vf2, dfadd2_vf2_vf2_vf2)
        float s2h = sh * sh, s2l = FloatMath.fma(sh + sh, sl, FloatMath.fma(sh, sh, -1.0f * s2h));
        float ph = s2h * th2;
        float pl = FloatMath.fma(s2h, tl2, FloatMath.fma(s2l, th2, FloatMath.fma(s2h, th2, -1.0f * ph)));
        float rh = sh + ph;
        v = rh - sh;
        float rl = ((sh - (rh - v)) + (ph - v)) + (sl + pl);
        // 1 + t (dfadd_vf2_vf_vf2), scaled by 2^q, then - 1 (dfadd2_vf2_vf2_vf)
        float oh = 1 + rh, ol = ((1 - oh) + rh) + rl;
        oh = ldexp2(oh, q);
        ol = ldexp2(ol, q);
        float zh = oh - 1;
        v = zh - oh;
        float zl = ((oh - (zh - v)) + (-1 - v)) + ol;
        return zh + zl;
    }

    /** expkf: exp of a double-float, rounded to float. */
    private static float expk(float dh, float dl) {
        int q = rint((dh + dl) * R_LN2F);
        // s = d + q * -L2U, then + q * -L2L  (dfadd2_vf2_vf2_vf)
        float a = q * -L2UF;
        float sh = dh + a, v = sh - dh;
        float sl = ((dh - (sh - v)) + (a - v)) + dl;
        float b = q * -L2LF;
        float th = sh + b;
        v = th - sh;
        float tl = ((sh - (th - v)) + (b - v)) + sl;
        // dfnormalize
        sh = th + tl;
        sl = th - sh + tl;
        float u = 0.00136324646882712841033936f;
        u = FloatMath.fma(u, sh, 0.00836596917361021041870117f);
        u = FloatMath.fma(u, sh, 0.0416710823774337768554688f);
        u = FloatMath.fma(u, sh, 0.166665524244308471679688f);
        u = FloatMath.fma(u, sh, 0.499999850988388061523438f);
        // s^2 * u  (dfsqu then dfmul_vf2_vf2_vf)
        float s2h = sh * sh, s2l = FloatMath.fma(sh + sh, sl, FloatMath.fma(sh, sh, -1.0f * s2h));
        float mh = s2h * u, ml = FloatMath.fma(s2l, u, FloatMath.fma(s2h, u, -1.0f * mh));
        // t = s + m  (dfadd_vf2_vf2_vf2), then 1 + t (dfadd_vf2_vf_vf2)
        float th2 = sh + mh, tl2 = (((sh - th2) + mh) + sl) + ml;
        float oh = 1 + th2, ol = ((1 - oh) + th2) + tl2;
        float r = ldexp2(oh + ol, q);
        return dh < -104 ? 0 : r;
    }

    /** AVX-512's getexp: floor(log2 |x|) as a float (subnormals by their true exponent). */
    private static float getexp(float x) {
        if (x == 0) return Float.NEGATIVE_INFINITY;
        if (Float.isInfinite(x)) return Float.POSITIVE_INFINITY;
        return exponent(x);
    }

    /** floor(log2 |x|) of a finite non-zero float, from its bits (subnormals scaled up first). */
    private static int exponent(float x) {
        int biased = (Float.floatToRawIntBits(x) >>> 23) & 0xff;
        if (biased != 0) return biased - 127;
        return ((Float.floatToRawIntBits(x * 0x1p32f) >>> 23) & 0xff) - 127 - 32;
    }

    /** AVX-512's getmant with the [0.75, 1.5) interval: x scaled by a power of two into it. */
    private static float getmantP75(float x) {
        if (x == 0 || Float.isInfinite(x) || x != x) return x;
        int e = exponent(x);
        float m = e < -126 ? x * 0x1p32f * pow2i(-(e + 32)) : e == 127 ? x * 0x1p-64f * 0x1p-63f : x * pow2i(-e);
        return m >= 1.5f ? m * 0.5f : m;
    }

    /** vmulsign: a with its sign flipped where b is negative. */
    private static float mulsign(float a, float b) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) ^ (Float.floatToRawIntBits(b) & 0x80000000));
    }

    private static float twoSumLow(float a, float b, float s) {
        float v = s - a;
        return (a - (s - v)) + (b - v);
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
