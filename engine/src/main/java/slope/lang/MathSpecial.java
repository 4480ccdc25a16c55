package slope.lang;

import slope.tensor.FloatMath;

/**
 * The math functions that Java lacks, ported from where CPython 3.11 gets them so results agree to
 * the last digit: gamma and lgamma from mathmodule.c (Lanczos, g = 6.0246...) and cbrt from glibc (not correctly rounded: cbrt(27) is 3.0000000000000004 there). erf and erfc
 * are mathmodule.c's series and continued fraction of 3.10; 3.11 calls libm instead, which can
 * differ in the last digit or two (erfc(3.0), erf(-1.0)).
 * Each returns NaN for a domain error and infinity for an overflow; MathModule raises.
 */
final class MathSpecial {
    private MathSpecial() {}

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** The denominator x(x+1)...(x+11) as a polynomial. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x) for finite x, exact at integers and half-integers. */
    private static double sinpi(double x) {
        double y = Py.fmod(Math.abs(x), 2.0);
        int n = (int) Math.floor(2.0 * y + 0.5);
        double r;
        switch (n) {
            case 0: r = Math.sin(Math.PI * y); break;
            case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
            case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
            case 3: r = -1.0 * Math.cos(Math.PI * (y - 1.5)); break;
            default: r = Math.sin(Math.PI * (y - 2.0)); break;
        }
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (Double.isInfinite(x)) return Double.NaN;
        if (x == 0.0) return Double.NaN;
        if (x == Math.floor(x)) {
            if (x < 0.0) return Double.NaN;
            if (x <= 23) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) f *= i;
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        double y = absx + LANCZOS_G_MINUS_HALF;
        // the rounding error in y, recovered so the correction below can use it
        double z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF : (y - LANCZOS_G_MINUS_HALF) - absx;
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0.0 ? Double.NaN : 0.0;
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Math.log(absx);
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        return r;
    }

    private static final double ERF_SERIES_CUTOFF = 1.5;
    private static final double ERFC_CONTFRAC_CUTOFF = 30.0;
    private static final double SQRT_PI = 1.772453850905516027298167483341145182798;

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) return erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0.0 ? 1.0 - cf : cf - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        double absx = Math.abs(x);
        if (absx < ERF_SERIES_CUTOFF) return 1.0 - erfSeries(x);
        double cf = erfcContfrac(absx);
        return x > 0.0 ? cf : 2.0 - cf;
    }

    /** erf(x) for |x| < 1.5 by the power series, summed backwards from 25 terms. */
    private static double erfSeries(double x) {
        double x2 = x * x, acc = 0.0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++) {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * Math.exp(-x2) / SQRT_PI;
    }

    /** erfc(x) for x >= 1.5 by the continued fraction, 50 terms; 0 past 30. */
    private static double erfcContfrac(double x) {
        if (x >= ERFC_CONTFRAC_CUTOFF) return 0.0;
        double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
        for (int i = 0; i < 50; i++) {
            a += da;
            da += 2.0;
            double b = da + x2, t = p;
            p = b * p - a * pLast;
            pLast = t;
            t = q;
            q = b * q - a * qLast;
            qLast = t;
        }
        return p / q * x * Math.exp(-x2) / SQRT_PI;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** glibc's cbrt: a polynomial guess on the frexp mantissa, one Halley step, the exponent's third. */
    static double cbrt(double x) {
        if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        int xe = frexpExponent(x);
        double xm = FloatMath.scalb(Math.abs(x), -xe);
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return FloatMath.scalb(x > 0.0 ? ym : -1.0 * ym, xe / 3);
    }

    /** The e of frexp: x = m * 2**e with 0.5 <= |m| < 1, for finite nonzero x (subnormals too). */
    static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
        return e + 1;
    }
}
