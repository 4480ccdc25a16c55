package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The fdlibm ports that stand in for TeaVM's Math give StrictMath's bits (StrictMath is fdlibm), over random arguments
 * at every scale and the edges of each branch, so the page prints the JVM's digits.
 */
class FdlibmTest {
    private static void sameAsStrictMath(String name, DoubleUnaryOperator port, DoubleUnaryOperator strict) {
        Random r = new Random(42);
        double[] edges = {0.0, -0.0, 1e-300, -1e-300, 0x1p-1074, 0x1p-55, 0x1p-54, 0x1p-29, 0x1p-28, 1e-10, 0.25, 0.3465735902799726,
            0.34657359027997264, 0.5, 1.0, 1.0397207708399179, 2.0, 21.999999999999996, 22.0, 38.816242111356935, 709.78,
            709.782712893384, 710.4758600739439, 710.4758600739440, 711.0, -0.2928932188134524, 0.41421356237309503,
            -0.9999999999999999, -1.0, -1.5, 1e300, Double.MAX_VALUE, Double.MIN_NORMAL, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : edges) check(name, port, strict, x);
        for (int i = 0; i < 200_000; i++) {
            double x = Math.scalb(r.nextDouble() * 2 - 1, r.nextInt(80) - 60); // magnitudes from 2**-60 to 2**20
            check(name, port, strict, x);
        }
    }

    private static void check(String name, DoubleUnaryOperator port, DoubleUnaryOperator strict, double x) {
        double want = strict.applyAsDouble(x), got = port.applyAsDouble(x);
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), () -> name + "(" + x + "): " + got + " against " + want);
    }

    @Test
    void expm1AndLog1p() {
        sameAsStrictMath("expm1", Fdlibm::expm1, StrictMath::expm1);
        sameAsStrictMath("log1p", Fdlibm::log1p, StrictMath::log1p);
    }

    @Test
    void hyperbolicFunctions() {
        sameAsStrictMath("sinh", Fdlibm::sinh, StrictMath::sinh);
        sameAsStrictMath("cosh", Fdlibm::cosh, StrictMath::cosh);
        sameAsStrictMath("tanh", Fdlibm::tanh, StrictMath::tanh);
    }

    @Test
    void log10OverTheRuntimesLog() {
        sameAsStrictMath("log10", x -> Fdlibm.log10(Math.abs(x)), x -> StrictMath.log10(Math.abs(x)));
    }
}
