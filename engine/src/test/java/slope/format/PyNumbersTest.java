package slope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PyNumbersTest {

    @Test
    void reprIsShortestRoundTrip() {
        assertEquals("0.1", PyNumbers.floatRepr(0.1));
        assertEquals("0.10000000149011612", PyNumbers.floatRepr((float) 0.1));
        assertEquals("0.27086448669433594", PyNumbers.floatRepr(0.27086448669433594));
        assertEquals("11.0", PyNumbers.floatRepr(11));
        assertEquals("123456792.0", PyNumbers.floatRepr((float) 123456789));
    }

    @Test
    void reprSwitchesToExponentBelow1eMinus4AndFrom1e16() {
        assertEquals("0.0001", PyNumbers.floatRepr(1e-4));
        assertEquals("1e-05", PyNumbers.floatRepr(1e-5));
        assertEquals("9.999999747378752e-06", PyNumbers.floatRepr((float) 1e-5));
        assertEquals("1000000000000000.0", PyNumbers.floatRepr(1e15));
        assertEquals("1e+16", PyNumbers.floatRepr(1e16));
        assertEquals("5e-324", PyNumbers.floatRepr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", PyNumbers.floatRepr(Double.MAX_VALUE));
    }

    @Test
    void reprOfSpecialValues() {
        assertEquals("-0.0", PyNumbers.floatRepr(-0.0));
        assertEquals("nan", PyNumbers.floatRepr(Double.NaN));
        assertEquals("inf", PyNumbers.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyNumbers.floatRepr(Double.NEGATIVE_INFINITY));
    }

    @Test
    void float32ReprIsTheShortestThatReadsBackAsTheFloat32() {
        assertEquals("0.1", PyNumbers.float32Repr(0.1f));
        assertEquals("-2.5", PyNumbers.float32Repr(-2.5f));
        assertEquals("0.33333334", PyNumbers.float32Repr(1f / 3));
        assertEquals("123456790.0", PyNumbers.float32Repr(123456789f));
        assertEquals("16777216.0", PyNumbers.float32Repr(16777216f));
        assertEquals("1e-05", PyNumbers.float32Repr(1e-5f));
        assertEquals("1e-45", PyNumbers.float32Repr(Float.MIN_VALUE)); // subnormal, past the fast path's powers of ten
        assertEquals("1.1754944e-38", PyNumbers.float32Repr(Float.MIN_NORMAL));
        assertEquals("3.4028235e+38", PyNumbers.float32Repr(Float.MAX_VALUE));
        assertEquals("-0.0", PyNumbers.float32Repr(-0f));
        assertEquals("nan", PyNumbers.float32Repr(Float.NaN));
        assertEquals("-inf", PyNumbers.float32Repr(Float.NEGATIVE_INFINITY));
    }

    /** Random float32s of every size: each repr reads back as the same float32, with no shorter or nearer decimal that would. */
    @Test
    void float32ReprAgreesWithBigDecimalOnRandomFloats() {
        java.util.Random random = new java.util.Random(11);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 40000 && failures.size() < 20; i++) {
            float v = i % 2 == 0 ? Float.intBitsToFloat(random.nextInt())
                    : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
            if (Float.isNaN(v) || Float.isInfinite(v) || v == 0) continue;
            String repr = PyNumbers.float32Repr(v);
            if (Float.parseFloat(repr) != v || !isShortestAndNearest(new BigDecimal(v), repr, d -> d.floatValue() == v)) failures.add(v + " repr " + repr);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void fixedRoundsTheExactBinaryValueHalfToEven() {
        assertEquals("0.0312", PyNumbers.fixed(0.03125, 4)); // an exact tie goes to even
        assertEquals("0.0938", PyNumbers.fixed(0.09375, 4));
        assertEquals("2", PyNumbers.fixed(2.5, 0));
        assertEquals("1.0000", PyNumbers.fixed((float) 1.00005, 4)); // float32 value is just below the tie
        assertEquals("1.0001", PyNumbers.fixed(1.00005, 4)); // double value is just above it
        assertEquals("10.0000", PyNumbers.fixed(9.99996, 4));
    }

    @Test
    void fixedKeepsTheSignOfNegativeZeroAndOfValuesRoundingToZero() {
        assertEquals("-0.0000", PyNumbers.fixed(-0.0, 4));
        assertEquals("-0.0000", PyNumbers.fixed(-1e-5, 4));
        assertEquals("-0", PyNumbers.fixed(-0.0, 0));
        assertEquals("nan", PyNumbers.fixed(Double.NaN, 4));
        assertEquals("-inf", PyNumbers.fixed(Double.NEGATIVE_INFINITY, 0));
    }

    @Test
    void scientificHasTwoExponentDigitsAtLeast() {
        assertEquals("1.0000e-05", PyNumbers.scientific(1e-5, 4));
        assertEquals("1.0000e-05", PyNumbers.scientific((float) 1e-5, 4)); // 9.99999974...e-06 rounds up
        assertEquals("1.0000e+06", PyNumbers.scientific((float) 999999.9, 4)); // rounding carries into the exponent
        assertEquals("1.0000e-300", PyNumbers.scientific(1e-300, 4));
        assertEquals("4.9407e-324", PyNumbers.scientific(Double.MIN_VALUE, 4));
        assertEquals("0.0000e+00", PyNumbers.scientific(0.0, 4));
        assertEquals("-0.0000e+00", PyNumbers.scientific(-0.0, 4));
        assertEquals("1.0312e+00", PyNumbers.scientific(1.03125, 4));
        assertEquals("3e+00", PyNumbers.scientific(2.5 + 0.25, 0));
    }

    /** Every line of cpython-floats.tsv: a double's bits, then CPython's repr and format(v, spec) per column. */
    @Test
    void matchesCPythonOnAThousandValues() throws IOException {
        List<String> failures = new ArrayList<>();
        String[] specs = null;
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PyNumbersTest.class.getResourceAsStream("cpython-floats.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (line.startsWith("#")) { specs = cols; continue; }
                double v = Double.longBitsToDouble(Long.parseUnsignedLong(cols[0], 16));
                check(failures, cols[1], PyNumbers.floatRepr(v), "repr", cols[1]);
                for (int i = 2; i < cols.length; i++) {
                    if (cols[i].equals("-")) continue;
                    String spec = specs[i].trim().split(" ")[0];
                    int digits = Integer.parseInt(spec.substring(1, spec.length() - 1));
                    String got = spec.endsWith("f") ? PyNumbers.fixed(v, digits) : PyNumbers.scientific(v, digits);
                    check(failures, cols[i], got, spec, cols[1]);
                    checked++;
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " mismatches");
        assertEquals(true, checked > 5000);
    }

    /** Random doubles of every size against BigDecimal on the JVM (where its rounding is trusted). */
    @Test
    void agreesWithBigDecimalOnRandomDoubles() {
        java.util.Random random = new java.util.Random(7);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 20000 && failures.size() < 20; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : (float) (random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) continue;
            BigDecimal exact = new BigDecimal(v);
            int digits = random.nextInt(10);
            if (Math.abs(v) < 1e30) {
                String want = exact.setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
                if (want.startsWith("0") && v < 0 || want.equals("0") && v < 0) want = "-" + want;
                check(failures, want, PyNumbers.fixed(v, digits), "." + digits + "f", Double.toString(v));
            }
            BigDecimal r = exact.round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
            String unscaled = r.unscaledValue().abs().toString();
            String mant = unscaled.charAt(0) + (digits > 0 ? "." + (unscaled + "0".repeat(digits)).substring(1, digits + 1) : "");
            int exp = unscaled.length() - 1 - r.scale();
            String want = (v < 0 ? "-" : "") + mant + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
            check(failures, want, PyNumbers.scientific(v, digits), "." + digits + "e", Double.toString(v));
            String repr = PyNumbers.floatRepr(v);
            if (Double.parseDouble(repr) != v || !isShortestAndNearest(new BigDecimal(v), repr, d -> d.doubleValue() == v)) failures.add(v + " repr " + repr);
        }
        assertEquals(List.of(), failures);
    }

    /** No decimal with fewer significant digits reads back as the value, and none as short is nearer. */
    private static boolean isShortestAndNearest(BigDecimal exact, String repr, Predicate<BigDecimal> readsBack) {
        String mantissa = repr.replaceAll("e.*", "").replace("-", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
        int p = Math.max(mantissa.length(), 1);
        if (p > 1) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                if (readsBack.test(exact.round(new MathContext(p - 1, mode)))) return false;
            }
        }
        BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        return !readsBack.test(nearest) || nearest.compareTo(new BigDecimal(repr)) == 0;
    }

    private static void check(List<String> failures, String want, String got, String spec, String value) {
        if (!want.equals(got)) failures.add(value + " " + spec + ": want " + want + " got " + got);
    }
}
