package slope.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/** Data a learner's run can produce, drawn without failing: empty, constant, NaN, infinite, huge, non-positive on log. */
class EdgeCasesTest {
    static void draws(Pyplot plt) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (Figure f : plt.figures()) new Svg(f);
        });
    }

    @Test
    void anEmptyAxesDrawsAFrameWithUnitTicks() {
        Pyplot plt = new Pyplot();
        plt.title("nothing yet");
        Svg svg = new Svg(plt.gcf());
        assertTrue(svg.texts().contains("0.0") && svg.texts().contains("1.0"));
    }

    @Test
    void aFigureWithoutAxesIsNotShown() {
        Pyplot plt = new Pyplot();
        plt.figure(null, null);
        plt.show();
        assertEquals(0, plt.figures().size());
    }

    @Test
    void singlePointsConstantsAndNaN() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {3}, new double[] {5}, "o", null);
        plt.show();
        plt.plot(new double[] {2, 2, 2}, null, null);
        plt.show();
        plt.plot(new double[] {Double.NaN, Double.NaN}, null, null);
        plt.show();
        plt.plot(new double[] {0, 1, 2}, new double[] {1, Double.POSITIVE_INFINITY, 3}, null, null);
        plt.show();
        plt.plot(new double[] {0}, new double[] {0}, null, null);
        draws(plt);
        assertEquals(5, plt.figures().size());
    }

    @Test
    void hugeAndTinyValues() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {-1e308, 1e308}, null, null);
        plt.show();
        plt.plot(new double[] {1e-300, 2e-300}, null, null);
        plt.show();
        plt.plot(new double[] {1e30, 1e30 + 1e15}, null, null);
        plt.show();
        plt.plot(new double[] {1, 1e300}, null, null);
        plt.yscale("log");
        draws(plt);
    }

    @Test
    void nonPositiveValuesOnALogAxisAreLeftOut() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {-1, 0, 1, 10, 100}, null, null);
        plt.yscale("log");
        plt.xscale("log");
        plt.ylim(-5.0, null);
        draws(plt);
    }

    @Test
    void degenerateContours() {
        Pyplot plt = new Pyplot();
        plt.contour(new double[][] {{1, 1}, {1, 1}}, null);
        plt.show();
        plt.contourf(new double[][] {{Double.NaN, Double.NaN}, {Double.NaN, Double.NaN}}, null);
        plt.show();
        plt.contourf(new double[][] {{0, 1, 0}, {1, 0, 1}, {0, 1, 0}}, new ContourOptions().levels(0.5, 2));
        plt.show();
        plt.contour(new double[][] {{0, 1, 0}, {1, 0, 1}, {0, 1, 0}}, new ContourOptions().levels(0.5));
        draws(plt);
    }

    @Test
    void invertedLimitsFlipTheAxis() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {0, 1, 2}, null, null);
        plt.xlim(2.0, 0.0);
        SvgRenderer.Plane p = SvgRenderer.layout(plt.gcf()).get(0);
        assertTrue(p.px(0) > p.px(2));
        draws(plt);
    }
}
