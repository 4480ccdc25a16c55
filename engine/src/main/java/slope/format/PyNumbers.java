package slope.format;

import java.math.BigInteger;

/**
 * Decimal text of doubles exactly as CPython writes it: repr, and fixed or scientific at a precision.
 *
 * <p>Fixed and scientific round the exact binary value half-to-even, as CPython's '%.Nf' and '%.Ne' do.
 * They run on long arithmetic (the double is m * 2^e, the digits are m * 5^j * 2^(e+j) rounded), and fall
 * back to BigInteger only when a product would not fit in 63 bits: huge or tiny values, or many digits.
 * (Not BigDecimal: TeaVM's rounds some ties wrongly.)
 */
public final class PyNumbers {
    private PyNumbers() {}

    private static final long[] POW10 = new long[19];
    /** The powers of ten that doubles hold exactly. */
    private static final double[] EXACT_POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long[] POW5 = new long[28];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
        POW5[0] = 1;
        for (int i = 1; i < POW5.length; i++) POW5[i] = POW5[i - 1] * 5;
    }

    /** Python's repr(float): the shortest digits that read back as the same double. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return nonFiniteOrZero(d);
        double a = Math.abs(d);
        long[] fast = shortestFast(a, a, a, 17);
        if (fast[0] > 0) return layout(d < 0, fast[0], (int) fast[1]);
        long bits = Double.doubleToRawLongBits(a);
        boolean narrowBelow = (bits & 0xFFFFFFFFFFFFFL) == 0 && ((bits >>> 52) & 0x7FF) > 1;
        return layout(d < 0, shortestSlow(mantissa(bits), exponent(bits), narrowBelow, a, (int) -fast[0]));
    }

    /**
     * The shortest digits that read back as the same float32, as numpy's repr of a float32 picks them
     * ({@code 0.1} for the float32 nearest 0.1, where {@link #floatRepr} of the same value writes
     * {@code 0.10000000149011612}), laid out as floatRepr lays them out.
     */
    public static String float32Repr(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) return nonFiniteOrZero(f);
        float a = Math.abs(f);
        double lo = (a + (double) Math.nextDown(a)) / 2; // halfway to the neighbours: exact in double
        double hi = Float.isInfinite(Math.nextUp(a)) ? a + (a - lo) : (a + (double) Math.nextUp(a)) / 2;
        long[] fast = shortestFast(a, lo, hi, 9);
        if (fast[0] > 0) return layout(f < 0, fast[0], (int) fast[1]);
        int bits = Float.floatToRawIntBits(a);
        int biased = bits >>> 23, frac = bits & 0x7FFFFF;
        long m = biased == 0 ? frac : frac | (1 << 23);
        int e = biased == 0 ? -149 : biased - 150;
        return layout(f < 0, shortestSlow(m, e, frac == 0 && biased > 1, a, (int) -fast[0]));
    }

    private static String nonFiniteOrZero(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return 1 / d < 0 ? "-0.0" : "0.0";
    }

    /** The value q * 10^s (q without trailing zeros) as repr writes it: positional, or scientific when tiny or huge. */
    private static String layout(boolean negative, long q, int s) {
        return layout(negative, Long.toString(q), s);
    }

    /** {@link #layout(boolean, long, int)} of the slow path's {digits, exponent of the last digit}. */
    private static String layout(boolean negative, Object[] slow) {
        return layout(negative, (String) slow[0], (Integer) slow[1]);
    }

    private static String layout(boolean negative, String digits, int s) {
        int exp = digits.length() - 1 + s; // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder(24);
        if (negative) sb.append('-');
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
            long q = roundShift(m * POW5[decimals], e + decimals, true);
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
        int k = decimalExponent(m, e, (int) Math.floor(Math.log10(Math.abs(d))));
        if (decimals + 1 < POW10.length && k != Integer.MIN_VALUE) {
            long q = scaledRound(m, e, decimals - k);
            if (q >= 0) {
                if (q == POW10[decimals + 1]) { q = POW10[decimals]; k++; } // 9.99996 -> 1.0000e+01
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
        return scaled(m, e, j, true);
    }

    /** floor(log10(m * 2^e)), exactly, starting from an estimate; MIN_VALUE when it cannot tell. */
    private static int decimalExponent(long m, int e, int estimate) {
        int k = estimate;
        for (int tries = 0; tries < 4; tries++) {
            long f = scaled(m, e, -k, false);
            if (f < 0) return Integer.MIN_VALUE;
            if (f >= 10) k++;
            else if (f < 1) k--;
            else return k;
        }
        return Integer.MIN_VALUE;
    }

    /** m * 2^e * 10^j rounded half-even (or down), or -1 when that needs more than 63 bits. */
    private static long scaled(long m, int e, int j, boolean round) {
        if (j >= 0) {
            if (j >= POW5.length || m > Long.MAX_VALUE / POW5[j]) return -1;
            return roundShift(m * POW5[j], e + j, round);
        }
        int jj = -j;
        if (jj >= POW5.length) return -1;
        long five = POW5[jj];
        int sh = e - jj; // value = m * 2^sh / 5^jj
        if (sh >= 0) {
            if (bitLength(m) + sh > 62) return -1;
            long n = m << sh;
            long q = n / five, r = n % five; // 5^jj is odd: no ties
            return round && 2 * r > five ? q + 1 : q;
        }
        int t = -sh;
        if (bitLength(five) + t > 62) return -1;
        long den = five << t;
        long q = m / den, r = m % den;
        return round && roundUp(q, 2 * r, den) ? q + 1 : q;
    }

    /** p * 2^sh rounded half-even (or down), or -1 when it does not fit; p is below 2^63. */
    private static long roundShift(long p, int sh, boolean round) {
        if (sh >= 0) return bitLength(p) + sh > 62 ? -1 : p << sh;
        int t = -sh;
        if (t >= 64) return 0; // p < 2^63 <= half
        long q = p >>> t;
        if (!round) return q;
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

    /**
     * The shortest repr's digits on long arithmetic: {q, s} with the value q * 10^s, q without trailing
     * zeros; or {-p, 0} when it cannot tell, having ruled out fewer than p digits. For each digit count
     * up to maxDigits it tries the nearest decimal and its other neighbour, and reads each back with Clinger's
     * fast path (q below 2^53 and 10^|s| exact, so one correctly rounded multiply or divide gives the decimal's
     * nearest double v), then asks {@link #readsBack} whether the decimal is in a's interval [lo, hi].
     */
    private static long[] shortestFast(double a, double lo, double hi, int maxDigits) {
        long bits = Double.doubleToRawLongBits(a);
        long m = mantissa(bits);
        int e = exponent(bits);
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        int k = decimalExponent(m, e, (int) Math.floor(Math.log10(a)));
        if (k == Integer.MIN_VALUE) return new long[] {-1, 0};
        for (int p = 1; p <= maxDigits; p++) {
            long q = scaledRound(m, e, p - 1 - k);
            int s = k - p + 1;
            if (q < 0 || q >= (1L << 53) || s > 22 || s < -22) return new long[] {-p, 0};
            double v = s >= 0 ? q * EXACT_POW10[s] : q / EXACT_POW10[-s];
            int verdict = readsBack(v, a, lo, hi);
            if (verdict == 0) {
                q = v < a ? q + 1 : q - 1; // the neighbour on a's other side
                v = s >= 0 ? q * EXACT_POW10[s] : q / EXACT_POW10[-s];
                verdict = readsBack(v, a, lo, hi);
            }
            if (verdict < 0) return new long[] {-p, 0};
            if (verdict > 0) {
                while (q % 10 == 0) { q /= 10; s++; }
                return new long[] {q, s};
            }
        }
        return new long[] {-maxDigits, 0};
    }

    /**
     * Whether a decimal whose nearest double is v reads back as a: 1, 0, or -1 when v cannot tell. For a double
     * the interval is a alone (lo == hi == a): v is what the decimal reads back as. For a float32 its ends are
     * halfway to the neighbouring float32s, which doubles hold: v strictly inside means the decimal is too, and v on
     * an end leaves it to the exact path.
     */
    private static int readsBack(double v, double a, double lo, double hi) {
        if (lo == hi) return v == a ? 1 : 0;
        if (v == lo || v == hi) return -1;
        return v > lo && v < hi ? 1 : 0;
    }

    // ---- BigInteger fallbacks (rare: huge, tiny, or many digits) -------------------------------

    private static void appendFixedSlow(StringBuilder sb, double d, int decimals) {
        long bits = Double.doubleToRawLongBits(d);
        String q = scaledBig(mantissa(bits), exponent(bits), decimals, true).toString();
        if (decimals == 0) { sb.append(q); return; }
        int point = q.length() - decimals;
        if (point <= 0) {
            sb.append("0.");
            for (int i = point; i < 0; i++) sb.append('0');
            sb.append(q);
        } else {
            sb.append(q, 0, point).append('.').append(q, point, q.length());
        }
    }

    private static void appendScientificSlow(StringBuilder sb, double abs, int decimals) {
        long bits = Double.doubleToRawLongBits(abs);
        long m = mantissa(bits);
        int e = exponent(bits);
        int k = decimalExponentBig(m, e, (int) Math.floor(Math.log10(abs)));
        String q = scaledBig(m, e, decimals - k, true).toString();
        if (q.length() > decimals + 1) k++; // rounded up to the next power of ten: 10...0
        sb.append(q.charAt(0));
        if (decimals > 0) sb.append('.').append(q, 1, decimals + 1);
        appendExponent(sb, k);
    }

    /** m * 2^e * 10^j as a fraction {numerator, denominator}. */
    private static BigInteger[] fraction(long m, int e, int j) {
        BigInteger num = BigInteger.valueOf(m), den = BigInteger.ONE;
        if (e >= 0) num = num.shiftLeft(e); else den = den.shiftLeft(-e);
        if (j >= 0) num = num.multiply(BigInteger.TEN.pow(j)); else den = den.multiply(BigInteger.TEN.pow(-j));
        return new BigInteger[] {num, den};
    }

    /** m * 2^e * 10^j rounded half-even (or down) to an integer. */
    private static BigInteger scaledBig(long m, int e, int j, boolean round) {
        BigInteger[] f = fraction(m, e, j);
        BigInteger[] qr = f[0].divideAndRemainder(f[1]);
        if (!round) return qr[0];
        int c = qr[1].shiftLeft(1).compareTo(f[1]);
        return c > 0 || (c == 0 && qr[0].testBit(0)) ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** floor(log10(m * 2^e)), exactly, starting from an estimate. */
    private static int decimalExponentBig(long m, int e, int estimate) {
        int k = estimate;
        while (true) {
            BigInteger f = scaledBig(m, e, -k, false);
            if (f.compareTo(BigInteger.TEN) >= 0) k++;
            else if (f.signum() == 0) k--;
            else return k;
        }
    }

    /**
     * The shortest decimal that reads back as a = m * 2^e (positive, finite, m its significand in its own format), and
     * of those the nearest, as CPython's repr picks it: {digits without trailing zeros, exponent of the last digit}. For
     * each digit count from fromDigits, the nearest decimal and its neighbour on a's other side are tested against the
     * interval of reals that round to a; its ends count when m is even, since reading rounds half-even. Below a power
     * of two ({@code narrowBelow}) the interval is narrower.
     */
    private static Object[] shortestSlow(long m, int e, boolean narrowBelow, double a, int fromDigits) {
        boolean inclusive = (m & 1) == 0;
        long below = narrowBelow ? 4 * m - 1 : 4 * m - 2;
        int k = decimalExponentBig(m, e, (int) Math.floor(Math.log10(a)));
        for (int p = Math.max(fromDigits, 1); ; p++) {
            int j = p - 1 - k;
            BigInteger q = scaledBig(m, e, j, true);
            BigInteger[] exact = fraction(m, e, j);
            BigInteger[] lo = fraction(below, e - 2, j);
            BigInteger[] hi = fraction(4 * m + 2, e - 2, j);
            BigInteger found = null;
            if (inside(q, lo, hi, inclusive)) {
                found = q;
            } else {
                int side = q.multiply(exact[1]).compareTo(exact[0]);
                BigInteger other = side < 0 ? q.add(BigInteger.ONE) : q.subtract(BigInteger.ONE);
                if (inside(other, lo, hi, inclusive)) found = other;
            }
            if (found != null) {
                String digits = found.toString();
                int end = digits.length();
                while (end > 1 && digits.charAt(end - 1) == '0') end--;
                return new Object[] {digits.substring(0, end), -j + digits.length() - end};
            }
        }
    }

    private static boolean inside(BigInteger q, BigInteger[] lo, BigInteger[] hi, boolean inclusive) {
        int a = q.multiply(lo[1]).compareTo(lo[0]);
        int b = q.multiply(hi[1]).compareTo(hi[0]);
        return inclusive ? a >= 0 && b <= 0 : a > 0 && b < 0;
    }
}
