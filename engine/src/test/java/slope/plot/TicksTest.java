package slope.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tick values and labels as matplotlib draws them on a default 6.4 x 4.8 figure (nbins 9). */
class TicksTest {
    static String[] labels(double lo, double hi) {
        double[] t = Ticks.linear(lo, hi, 9);
        return Ticks.scalarLabels(t, lo, hi).labels;
    }

    @Test
    void unitRangeWithMarginsTicksEveryFifth() {
        // plt.plot([0, 1], [0, 1]) autoscales x to (-0.05, 1.05)
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0}, Ticks.linear(-0.05, 1.05, 9), 1e-12);
        assertArrayEquals(new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0"}, labels(-0.05, 1.05));
    }

    @Test
    void thousandsAreIntegers() {
        assertArrayEquals(new String[] {"0", "200", "400", "600", "800", "1000"}, labels(-50, 1050));
    }

    @Test
    void sineRangeUsesQuartersWithTwoDecimalsAndUnicodeMinus() {
        assertArrayEquals(new String[] {"\u22121.00", "\u22120.75", "\u22120.50", "\u22120.25", "0.00", "0.25", "0.50", "0.75", "1.00"},
            labels(-1.1, 1.1));
    }

    @Test
    void lossesOfAFewUnitsTickEveryHalf() {
        assertArrayEquals(new String[] {"0.5", "1.0", "1.5", "2.0", "2.5", "3.0"}, labels(0.4, 3.1));
    }

    @Test
    void tinyValuesGetAPowerOfTenOffset() {
        Ticks.Labels l = Ticks.scalarLabels(Ticks.linear(0, 4e-6, 9), 0, 4e-6);
        assertEquals("1e\u22126", l.offsetText);
        assertEquals("0.0", l.labels[0]);
        assertEquals("4.0", l.labels[l.labels.length - 1]);
    }

    @Test
    void logAxisTicksAtEachDecade() {
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1, 10}, Ticks.logMajor(1e-3, 1e1, 9), 1e-15);
        assertEquals(-3, Ticks.decade(1e-3));
    }

    @Test
    void manyDecadesAreThinnedWithAStride() {
        // 1e-12 .. 1e6 over 9 ticks: every other decade
        double[] t = Ticks.logMajor(1e-12, 1e6, 9);
        assertEquals(1e-12, t[0], 1e-27);
        assertEquals(1e-10, t[1], 1e-25);
    }

    @Test
    void bowlContourLevelsAreTheIntegersZeroToEight() {
        double[][] z = new double[41][41];
        for (int j = 0; j < 41; j++) for (int i = 0; i < 41; i++) { double x = -2 + 0.1 * i, y = -2 + 0.1 * j; z[j][i] = x * x + y * y; }
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, Contour.autoLevels(z, 7), 1e-12);
    }

    @Test
    void contourLevelsOverAnOddRangeStayWithinOneStepOfIt() {
        double[][] z = {{0.3, 1.1}, {2.0, 3.7}};
        // MaxNLocator(8, steps [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) over (0.3, 3.7)
        assertArrayEquals(new double[] {0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0}, Contour.autoLevels(z, 7), 1e-12);
    }

    @Test
    void aPlateauFarFromZeroGetsAnAdditiveOffset() {
        // a loss hovering at 0.69314..0.69318: matplotlib writes "+6.931e-1" above the axis and small tick labels
        double lo = 0.693140, hi = 0.693180;
        Ticks.Labels l = Ticks.scalarLabels(Ticks.linear(lo, hi, 9), lo, hi);
        assertEquals("1e\u22125+6.931e\u22121", l.offsetText);
        assertEquals("4.0", l.labels[0]);
    }

    @Test
    void yearsNeedNoOffset() {
        Ticks.Labels l = Ticks.scalarLabels(Ticks.linear(1999.5, 2004.5, 9), 1999.5, 2004.5);
        assertEquals("", l.offsetText);
        assertEquals("2000", l.labels[0]);
    }

    @Test
    void contourColorbarTicksAreTheLevelsThinnedToTen() {
        assertArrayEquals(new double[] {0, 400, 800}, Ticks.fixed(new double[] {0, 400, 800}, 10), 0);
        double[] many = new double[15];
        for (int i = 0; i < 15; i++) many[i] = i - 7;
        // step 2, from whichever start keeps the level nearest zero
        assertArrayEquals(new double[] {-6, -4, -2, 0, 2, 4, 6}, Ticks.fixed(many, 10), 0);
        double[] even = new double[15];
        for (int i = 0; i < 15; i++) even[i] = i - 6;
        assertArrayEquals(new double[] {-6, -4, -2, 0, 2, 4, 6, 8}, Ticks.fixed(even, 10), 0);
    }

    @Test
    void logNormContourLevelsAreDecadesOverThePositiveValues() {
        // Rosenbrock on a grid through its minimum (z = 0 there, masked under LogNorm)
        int n = 101;
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) {
            double x = -2 + 4.0 * i / (n - 1), y = -1 + 4.0 * j / (n - 1);
            z[j][i] = (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
        }
        Contour c = Contour.of(z, true, new ContourOptions().norm("log"));
        // smallest positive z is 0.0019, largest 2509: one decade beyond each end
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1, 10, 100, 1000, 1e4}, c.levels, 1e-18);
        assertEquals(3.0 / 7, c.normalize(1), 1e-12);
        assertEquals(Double.NaN, c.z[50][75], "z = 0 at (1, 1) is masked");
    }
}
