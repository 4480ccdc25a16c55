package slope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    private static void check(List<String> failures, String want, String got, String spec, String value) {
        if (!want.equals(got)) failures.add(value + " " + spec + ": want " + want + " got " + got);
    }
}
