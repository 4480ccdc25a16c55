package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SLEEF's special cases and its 1-ulp bound; bit-exactness against PyTorch is in PyTorchFloatFunctionsTest. */
class SleefFloatTest {
    @Test
    void powSpecialValuesFollowIeee() {
        assertEquals(-8f, SleefFloat.powf(-2, 3));
        assertTrue(Float.isNaN(SleefFloat.powf(-2, 0.5f)));
        assertEquals(Float.POSITIVE_INFINITY, SleefFloat.powf(0, -1));
        assertEquals(Float.NEGATIVE_INFINITY, SleefFloat.powf(-0.0f, -1));
        assertEquals(0f, SleefFloat.powf(0, 2));
        assertEquals(0f, SleefFloat.powf(Float.POSITIVE_INFINITY, -1));
        assertEquals(1f, SleefFloat.powf(1, Float.NaN));
        assertEquals(1f, SleefFloat.powf(Float.NaN, 0));
        assertEquals(1024f, SleefFloat.powf(2, 10));
        assertEquals(0f, SleefFloat.powf(0.5f, Float.POSITIVE_INFINITY));
        assertEquals((float) Math.sqrt(3e38), SleefFloat.powf(3e38f, 0.5f), 2e13f); // largest binade
        assertEquals((float) Math.pow(1e-40f, 0.5), SleefFloat.powf(1e-40f, 0.5f), 1e-26f); // subnormal base
    }

    @Test
    void expSpecialValues() {
        assertEquals(1f, SleefFloat.expf(0));
        assertEquals(0f, SleefFloat.expf(-200));
        assertEquals(Float.POSITIVE_INFINITY, SleefFloat.expf(200));
        assertTrue(Float.isNaN(SleefFloat.expf(Float.NaN)));
    }

    @Test
    void log1pAndExpm1SpecialValues() {
        assertEquals(Float.NEGATIVE_INFINITY, SleefFloat.log1pf(-1));
        assertTrue(Float.isNaN(SleefFloat.log1pf(-2)));
        assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(SleefFloat.log1pf(-0.0f)));
        assertEquals(Float.POSITIVE_INFINITY, SleefFloat.log1pf(Float.POSITIVE_INFINITY));
        assertEquals(-1f, SleefFloat.expm1f(-50));
        assertEquals(Float.POSITIVE_INFINITY, SleefFloat.expm1f(100));
        assertEquals(Float.floatToIntBits(-0.0f), Float.floatToIntBits(SleefFloat.expm1f(-0.0f)));
    }

    @Test
    void withinOneUlpOfTheTrueValue() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            float x = (float) r.nextDouble(1e-3, 1e3), y = (float) r.nextDouble(-8, 8), d = (float) r.nextDouble(-87, 88);
            double p = Math.pow(x, y), e = Math.exp(d);
            if (p > 1e-37 && p < 3e38) assertTrue(Math.abs(SleefFloat.powf(x, y) - p) <= Math.ulp((float) p), x + "^" + y);
            if (e > 1e-37) assertTrue(Math.abs(SleefFloat.expf(d) - e) <= Math.ulp((float) e), "exp " + d);
            float small = (float) r.nextDouble(-0.99, 50);
            double l = Math.log1p(small), m = Math.expm1(small);
            assertTrue(Math.abs(SleefFloat.log1pf(small) - l) <= Math.ulp((float) l), "log1p " + small);
            if (m < 3e38) assertTrue(Math.abs(SleefFloat.expm1f(small) - m) <= Math.ulp((float) m), "expm1 " + small);
        }
    }

    @Test
    void rintRoundsHalfToEven() {
        assertEquals(6, SleefFloat.rint(6.5f));
        assertEquals(8, SleefFloat.rint(7.5f));
        assertEquals(-6, SleefFloat.rint(-6.5f));
        assertEquals(3, SleefFloat.rint(2.6f));
    }
}
