package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FloatMathTest {
    private static void check(float a, float b, float c) {
        float want = Math.fma(a, b, c);
        float got = FloatMath.fma(a, b, c);
        assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got), a + " * " + b + " + " + c);
    }

    @Test
    void fmaRoundsOnceLikeMathFmaOnRandomAndMidpointCases() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 2_000_000; i++) {
            float a = Float.intBitsToFloat(r.nextInt()), b = Float.intBitsToFloat(r.nextInt());
            float c = Float.intBitsToFloat(r.nextInt());
            if (i % 2 == 0) { // nearby exponents: cancellation and ties are likely
                a = (float) r.nextDouble(-4, 4);
                b = (float) r.nextDouble(-4, 4);
                c = (i % 4 == 0) ? -(float) ((double) a * b) : (float) r.nextDouble(-16, 16);
            }
            if (i % 8 == 1) { // c tiny against a*b: the double sum's rounding decides a float tie
                a = 1 + (r.nextInt(1 << 12)) * 0x1p-23f;
                b = 1 + (r.nextInt(1 << 12)) * 0x1p-23f;
                c = (float) (r.nextBoolean() ? 1 : -1) * Float.intBitsToFloat(r.nextInt(0x30000000));
            }
            check(a, b, c);
        }
        for (int i = 0; i < 200_000; i++) { // products exactly halfway between two floats, plus a tiny c
            int e1 = 1 + r.nextInt(22);
            float a = Math.scalb(1 + (float) Math.scalb(1.0, -e1) * (r.nextBoolean() ? 1 : -1), r.nextInt(-20, 20));
            float b = 1 + (float) Math.scalb(1.0, e1 - 24);
            check(a, b, (r.nextBoolean() ? 1 : -1) * Float.intBitsToFloat(r.nextInt(0x2f000000)));
        }
        check(1 + 0x1p-23f, 1 + 0x1p-23f, 0x1p-80f);
        check(1 + 0x1p-23f, 1 - 0x1p-24f, -0x1p-80f);
        check(0.04f * -1, 50, 2.5f);
    }
}
