package slope.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal text of doubles exactly as CPython writes it: repr, and fixed or scientific at a precision.
 *
 * <p>Fixed and scientific round the exact binary value half-to-even, as CPython's '%.Nf' and '%.Ne' do.
 * They run on long arithmetic (the double is m * 2^e, the digits are m * 5^j * 2^(e+j) rounded), and fall
 * back to BigDecimal only when a product would not fit in 63 bits: huge or tiny values, or many digits.
 */
public final class PyNumbers {
    private PyNumbers() {}

    private static final long[] POW10 = new long[19];
    private static final long[] POW5 = new long[28];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) POW5[i] = POW5[i - 1] * 5;
    }

    /** Python's repr(float): the shortest digits that read back as the same double. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal shortest = shortestDigits(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exp = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) sb.append('-');
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            appendExponent(sb, exp);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) sb.append('0');
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) sb.append('0');
            sb.append(".0");
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    /** printf-style %.Nf: round half-even on the exact binary value; '-' kept for negative zero. */
    public static String fixed(double d, int decimals) {
        StringBuilder sb = new StringBuilder(24);
        appendFixed(sb, d, decimals);
        return sb.toString();
    }

    /** printf-style %.Ne: one digit, point, N digits, e, sign, at least two exponent digits. */
    public static String scientific(double d, int decimals) {
        StringBuilder sb = new StringBuilder(24);
        appendScientific(sb, d, decimals);
        return sb.toString();
    }

    /** {@link #fixed} appended to sb. */
    static void appendFixed(StringBuilder sb, double d, int decimals) {
        if (decimals < 0) throw new IllegalArgumentException("decimals < 0");
        if (appendNonFinite(sb, d)) return;
        if (isNegative(d)) sb.append('-');
        long bits = Double.doubleToRawLongBits(d);
        long m = mantissa(bits);
        int e = exponent(bits);
        if (m != 0) {
            int tz = Long.numberOfTrailingZeros(m);
            m >>>= tz;
            e += tz;
        }
        if (m == 0) {
            appendPointed(sb, 0, decimals);
        } else if (e >= 0) {
            if (bitLength(m) + e > 63) { appendFixedSlow(sb, d, decimals); return; }
            sb.append(m << e);
            if (decimals > 0) sb.append('.');
            for (int i = 0; i < decimals; i++) sb.append('0');
        } else {
            // |d| * 10^decimals = m * 5^decimals / 2^(-e - decimals)
            if (decimals >= POW5.length || m > Long.MAX_VALUE / POW5[decimals]) { appendFixedSlow(sb, d, decimals); return; }
            long q = roundShift(m * POW5[decimals], e + decimals);
            if (q < 0) { appendFixedSlow(sb, d, decimals); return; }
            appendPointed(sb, q, decimals);
        }
    }

    /** {@link #scientific} appended to sb. */
    static void appendScientific(StringBuilder sb, double d, int decimals) {
        if (decimals < 0) throw new IllegalArgumentException("decimals < 0");
        if (appendNonFinite(sb, d)) return;
        if (isNegative(d)) sb.append('-');
        if (d == 0) {
            appendMantissa(sb, 0, decimals);
            sb.append("e+00");
            return;
        }
        long bits = Double.doubleToRawLongBits(d);
        long m = mantissa(bits);
        int e = exponent(bits);
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        if (decimals + 1 < POW10.length) {
            int k = (int) Math.floor(Math.log10(Math.abs(d))); // may be one off; the loop corrects it
            for (int tries = 0; tries < 4; tries++) {
                long q = scaledRound(m, e, decimals - k);
                if (q < 0) break;
                if (q >= POW10[decimals + 1]) { k++; continue; }
                if (q < POW10[decimals]) { k--; continue; }
                appendMantissa(sb, q, decimals);
                appendExponent(sb, k);
                return;
            }
        }
        appendScientificSlow(sb, Math.abs(d), decimals);
    }

    // ---- exact integer helpers -------------------------------------------------------

    /** m * 2^e * 10^j rounded half-even to a long, or -1 when that needs more than 63 bits. */
    private static long scaledRound(long m, int e, int j) {
        if (j >= 0) {
            if (j >= POW5.length || m > Long.MAX_VALUE / POW5[j]) return -1;
            return roundShift(m * POW5[j], e + j);
        }
        int jj = -j;
        if (jj >= POW5.length) return -1;
        long five = POW5[jj];
        int sh = e - jj; // value = m * 2^sh / 5^jj
        if (sh >= 0) {
            if (bitLength(m) + sh > 62) return -1;
            long n = m << sh;
            long q = n / five, r = n % five; // 5^jj is odd: no ties
            return 2 * r > five ? q + 1 : q;
        }
        int t = -sh;
        if (bitLength(five) + t > 62) return -1;
        long den = five << t;
        long q = m / den, r = m % den;
        return roundUp(q, 2 * r, den) ? q + 1 : q;
    }

    /** p * 2^sh rounded half-even, or -1 when it does not fit; p is below 2^63. */
    private static long roundShift(long p, int sh) {
        if (sh >= 0) return bitLength(p) + sh > 62 ? -1 : p << sh;
        int t = -sh;
        if (t >= 64) return 0; // p < 2^63 <= half
        long q = p >>> t;
        long r = p & ((1L << t) - 1);
        long half = 1L << (t - 1);
        return (r > half || (r == half && (q & 1) == 1)) ? q + 1 : q;
    }

    /** Whether q + remainder/den rounds up, given twoR = 2 * remainder. */
    private static boolean roundUp(long q, long twoR, long den) {
        return twoR > den || (twoR == den && (q & 1) == 1);
    }

    private static int bitLength(long v) {
        return 64 - Long.numberOfLeadingZeros(v);
    }

    private static long mantissa(long bits) {
        long frac = bits & 0xFFFFFFFFFFFFFL;
        return ((bits >>> 52) & 0x7FF) == 0 ? frac : frac | (1L << 52);
    }

    private static int exponent(long bits) {
        int biased = (int) ((bits >>> 52) & 0x7FF);
        return biased == 0 ? -1074 : biased - 1075;
    }

    private static boolean isNegative(double d) {
        return Double.doubleToRawLongBits(d) < 0;
    }

    // ---- text ------------------------------------------------------------------------------

    private static boolean appendNonFinite(StringBuilder sb, double d) {
        if (Double.isNaN(d)) sb.append("nan");
        else if (d == Double.POSITIVE_INFINITY) sb.append("inf");
        else if (d == Double.NEGATIVE_INFINITY) sb.append("-inf");
        else return false;
        return true;
    }

    /** q / 10^decimals with exactly that many digits after the point. */
    private static void appendPointed(StringBuilder sb, long q, int decimals) {
        if (decimals == 0) { sb.append(q); return; }
        int start = sb.length();
        sb.append(q);
        int len = sb.length() - start;
        for (int i = len; i <= decimals; i++) sb.insert(start, '0');
        sb.insert(sb.length() - decimals, '.');
    }

    /** q has decimals + 1 digits; write d.ddd. */
    private static void appendMantissa(StringBuilder sb, long q, int decimals) {
        int start = sb.length();
        sb.append(q);
        for (int i = sb.length() - start; i <= decimals; i++) sb.append('0'); // only for q == 0
        if (decimals > 0) sb.insert(start + 1, '.');
    }

    private static void appendExponent(StringBuilder sb, int exp) {
        sb.append(exp < 0 ? "e-" : "e+");
        int a = Math.abs(exp);
        if (a < 10) sb.append('0');
        sb.append(a);
    }

    // ---- BigDecimal fallbacks (rare: huge, tiny, or many digits) -------------------------------

    private static void appendFixedSlow(StringBuilder sb, double d, int decimals) {
        sb.append(new BigDecimal(d).abs().setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    private static void appendScientificSlow(StringBuilder sb, double abs, int decimals) {
        BigDecimal r = new BigDecimal(abs).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        sb.append(digits.charAt(0));
        if (decimals > 0) {
            sb.append('.');
            for (int i = 1; i <= decimals; i++) sb.append(i < digits.length() ? digits.charAt(i) : '0');
        }
        appendExponent(sb, exp);
    }

    /**
     * The shortest decimal that reads back as d (positive, finite), and of those the nearest, as
     * CPython's repr picks it. Reading back rounds half-even, so an interval end counts when d's
     * significand is even. Having some p-digit decimal in the interval is monotone in p: binary search.
     */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        BigDecimal half = BigDecimal.valueOf(5, 1);
        BigDecimal below = new BigDecimal(Math.nextDown(d));
        BigDecimal lo = exact.add(below).multiply(half);
        BigDecimal hi = Math.nextUp(d) == Double.POSITIVE_INFINITY
                ? exact.add(exact.subtract(below).multiply(half)) // the top double's upper gap
                : exact.add(new BigDecimal(Math.nextUp(d))).multiply(half);
        boolean inclusive = (Double.doubleToRawLongBits(d) & 1) == 0;
        BigDecimal best = null;
        int low = 1, high = 17;
        while (low <= high) {
            int p = (low + high) >>> 1;
            BigDecimal c = candidate(exact, p, lo, hi, inclusive);
            if (c != null) { best = c; high = p - 1; } else low = p + 1;
        }
        return best != null ? best : exact;
    }

    /** The nearest p-digit decimal to exact inside [lo, hi], or null. */
    private static BigDecimal candidate(BigDecimal exact, int p, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        BigDecimal near = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        if (inside(near, lo, hi, inclusive)) return near;
        int cmp = near.compareTo(exact);
        BigDecimal other = exact.round(new MathContext(p, cmp < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR));
        return inside(other, lo, hi, inclusive) ? other : null;
    }

    private static boolean inside(BigDecimal c, BigDecimal lo, BigDecimal hi, boolean inclusive) {
        int a = c.compareTo(lo), b = c.compareTo(hi);
        return inclusive ? a >= 0 && b <= 0 : a > 0 && b < 0;
    }
}
