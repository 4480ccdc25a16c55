package slope.tensor;

/**
 * Ports of fdlibm (netlib's freely distributable libm, which java.lang.StrictMath and V8's Math implement) for the
 * functions TeaVM's wasm computes another way: exp(x) - 1, log(1 + x), log(x) / ln 10, and the hyperbolics from
 * exp. {@link FloatMath} uses them where the runtime's Math is not fdlibm's, so the page prints the JVM's digits.
 * Each follows its C original line for line; the word access of __HI and __LO is on the raw bits.
 */
final class Fdlibm {
    private Fdlibm() {}

    private static final double LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;

    private static int hi(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 32); }

    private static int lo(double x) { return (int) Double.doubleToRawLongBits(x); }

    /** x with its high word replaced. */
    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xFFFFFFFFL));
    }

    /** s_expm1.c */
    static double expm1(double x) {
        final double huge = 1.0e+300, tiny = 1.0e-300, oThreshold = 7.09782712893383973096e+02, invln2 = 1.44269504088896338700e+00;
        final double q1 = -3.33333333333331316428e-02, q2 = 1.58730158725481460165e-03, q3 = -7.93650757867487942473e-05,
            q4 = 4.00821782732936239552e-06, q5 = -2.01099218183624371326e-07;
        double y, hi, lo, c = 0, t, e, hxs, hfx, r1;
        int k;
        int hx = hi(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687A) { // |x| >= 56 ln2
            if (hx >= 0x40862E42) { // |x| >= 709.78
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) return x + x; // NaN
                    return negative ? -1.0 : x;
                }
                if (x > oThreshold) return huge * huge; // overflow
            }
            if (negative && x + tiny < 0.0) return tiny - 1.0; // x < -56 ln2: -1 with inexact
        }
        if (hx > 0x3fd62e42) { // |x| > 0.5 ln2: argument reduction
            if (hx < 0x3FF0A2B2) { // and |x| < 1.5 ln2
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (invln2 * x + (negative ? -0.5 : 0.5));
                t = k;
                hi = x - t * LN2_HI; // t * ln2_hi is exact here
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) { // |x| < 2**-54: x itself
            t = huge + x;
            return x - (t - (huge + x));
        } else {
            k = 0;
        }
        hfx = 0.5 * x;
        hxs = x * hfx;
        r1 = 1.0 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
        t = 3.0 - r1 * hfx;
        e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        if (k <= -2 || k > 56) { // exp(x) - 1 suffices
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20)); // add k to y's exponent
            return y - 1.0;
        }
        if (k < 20) {
            t = withHi(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
            y = t - (e - x);
        } else {
            t = withHi(1.0, (0x3ff - k) << 20); // 2**-k
            y = x - (e + t);
            y += 1.0;
        }
        return withHi(y, hi(y) + (k << 20));
    }

    /** s_log1p.c */
    static double log1p(double x) {
        final double two54 = 1.80143985094819840000e+16;
        final double lp1 = 6.666666666666735130e-01, lp2 = 3.999999999940941908e-01, lp3 = 2.857142874366239149e-01,
            lp4 = 2.222219843214978396e-01, lp5 = 1.818357216161805012e-01, lp6 = 1.531383769920937332e-01,
            lp7 = 1.479819860511658591e-01;
        double hfsq, f = 0, c = 0, s, z, r, u;
        int k, hu = 0;
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        k = 1;
        if (hx < 0x3FDA827A) { // x < 0.41422
            if (ax >= 0x3ff00000) { // x <= -1.0
                if (x == -1.0) return Double.NEGATIVE_INFINITY;
                return Double.NaN;
            }
            if (ax < 0x3e200000) { // |x| < 2**-29
                if (two54 + x > 0 && ax < 0x3c900000) return x; // |x| < 2**-54
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) { // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) return x + x;
        if (k != 0) {
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // correction term
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000); // normalize u
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000); // normalize u / 2
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        hfsq = 0.5 * f * f;
        if (hu == 0) { // |f| < 2**-20
            if (f == 0) {
                if (k == 0) return 0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            r = hfsq * (1.0 - 0.66666666666666666 * f);
            return k == 0 ? f - r : k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        s = f / (2.0 + f);
        z = s * s;
        r = z * (lp1 + z * (lp2 + z * (lp3 + z * (lp4 + z * (lp5 + z * (lp6 + z * lp7))))));
        return k == 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    /** e_log10.c, over the runtime's log (fdlibm's in V8 and in StrictMath). */
    static double log10(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        long bits = Double.doubleToRawLongBits(x);
        int k = 0;
        if (bits >>> 52 == 0) { // subnormal: scale into the normal range
            k = -54;
            bits = Double.doubleToRawLongBits(x * 0x1p54);
        }
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        double m = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xFFFFFFFFL));
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * StrictMath.log(m);
        return z + y * 3.01029995663611771306e-01;
    }

    /** e_sinh.c */
    static double sinh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x; // inf or NaN
        double h = x < 0 ? -0.5 : 0.5, ax = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) return x; // |x| < 2**-28
            double t = expm1(ax);
            return ix < 0x3ff00000 ? h * (2.0 * t - t * t / (t + 1.0)) : h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) return h * StrictMath.exp(ax); // |x| in [22, log(maxdouble)]
        if (belowOverflow(ix, ax)) return halfExpSquared(h, ax);
        return x * 1.0e307; // overflow, with x's sign
    }

    /** e_cosh.c */
    static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x * x;
        double ax = Math.abs(x);
        if (ix < 0x3fd62e43) { // |x| < 0.5 ln2
            double t = expm1(ax), w = 1.0 + t;
            if (ix < 0x3c800000) return w; // cosh(tiny) = 1
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) { // |x| < 22
            double t = StrictMath.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) return 0.5 * StrictMath.exp(ax);
        if (belowOverflow(ix, ax)) return halfExpSquared(0.5, ax);
        return Double.POSITIVE_INFINITY;
    }

    /** |x| in [log(maxdouble), the overflow threshold], where h exp(|x|) is still finite. */
    private static boolean belowOverflow(int ix, double ax) {
        return ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lo(ax), 0x8fb9f87d) <= 0);
    }

    /** h exp(|x|) as (h exp(|x| / 2)) exp(|x| / 2), which does not overflow on the way. */
    private static double halfExpSquared(double h, double ax) {
        double w = StrictMath.exp(0.5 * ax), t = h * w;
        return t * w;
    }

    /** s_tanh.c */
    static double tanh(double x) {
        if (x != x) return x;
        double ax = Math.abs(x), z;
        if (ax >= 22) z = 1.0;
        else if (ax < 0x1p-55) return x * (1.0 + x);
        else if (ax >= 1) z = 1.0 - 2.0 / (expm1(2.0 * ax) + 2.0);
        else {
            double t = expm1(-2.0 * ax);
            z = -t / (t + 2.0);
        }
        return x < 0 ? -1.0 * z : z; // -1.0 *: TeaVM's wasm drops the sign of -(0.0)
    }
}
