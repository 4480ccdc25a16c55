package slope.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal text of doubles exactly as CPython writes it: repr, and fixed or scientific at a precision. */
public final class PyNumbers {
    private PyNumbers() {}

    /** Python's repr(float): the shortest digits that read back as the same double. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) { shortest = r; break; }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        String plain = shortest.abs().toPlainString();
        return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }

    /** printf-style %.Nf with round-half-even on the exact binary value, as CPython does. */
    public static String fixed(double d, int decimals) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String s = new BigDecimal(d).setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString();
        return (d < 0 || (d == 0 && 1 / d < 0)) ? "-" + s : s;
    }

    /** printf-style %.Ne: one digit, point, N digits, e, sign, at least two exponent digits. */
    public static String scientific(double d, int decimals) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        String digits;
        int exp;
        if (d == 0) {
            digits = "0".repeat(decimals + 1);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(d).abs().round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < decimals + 1) digits = digits + "0".repeat(decimals + 1 - digits.length());
            digits = digits.substring(0, decimals + 1);
        }
        String mant = decimals == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (neg ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }
}
