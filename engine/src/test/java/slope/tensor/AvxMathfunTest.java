package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** avx_mathfun's Cephes approximations stay within a few float ulps of the true functions, as the header promises. */
class AvxMathfunTest {
    @Test
    void logIsWithinTwoUlpsOnTheUnitInterval() {
        for (int i = 1; i <= 100_000; i++) {
            float x = i / 100_000f;
            double exact = Math.log(x);
            assertTrue(Math.abs(AvxMathfun.log(x) - exact) <= 2 * Math.ulp((float) exact) + 1e-9, "log " + x);
        }
        assertEquals(0f, AvxMathfun.log(1f));
        assertTrue(Float.isNaN(AvxMathfun.log(0f)) && Float.isNaN(AvxMathfun.log(-1f)));
    }

    @Test
    void sincosIsWithinAFewUlpsOverATurn() {
        float[] sc = new float[2];
        for (int i = 0; i <= 100_000; i++) {
            float x = (float) (2 * Math.PI) * i / 100_000f;
            AvxMathfun.sincos(x, sc);
            assertEquals(Math.sin(x), sc[0], 3e-7, "sin " + x);
            assertEquals(Math.cos(x), sc[1], 3e-7, "cos " + x);
        }
        AvxMathfun.sincos(0f, sc);
        assertEquals(0f, sc[0]);
        assertEquals(1f, sc[1]);
    }
}
