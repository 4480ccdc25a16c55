package slope.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The plt.* state machine and what each call records. */
class PyplotTest {
    @Test
    void linesTakeTab10ColoursInOrderPerAxes() {
        Pyplot plt = new Pyplot();
        String[] expect = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#1f77b4"};
        for (String c : expect) assertEquals(c, plt.plot(new double[] {1, 2}, null, null).color);
        Pyplot.Subplots s = plt.subplots(1, 2, null, null);
        assertEquals("#1f77b4", s.axes[0][1].plot(new double[] {1}, null, null).color, "a new axes starts the cycle again");
    }

    @Test
    void anExplicitColourDoesNotAdvanceTheCycle() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {1}, "k", null);
        assertEquals("#1f77b4", plt.plot(new double[] {1}, null, null).color);
    }

    @Test
    void scatterHasItsOwnCycle() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {1}, null, null);
        assertEquals("#1f77b4", plt.scatter(new double[] {1}, new double[] {1}, null).colors[0]);
        assertEquals("#ff7f0e", plt.scatter(new double[] {1}, new double[] {1}, null).colors[0]);
    }

    @Test
    void formatStringsSetColourMarkerAndLinestyle() {
        LineFormat f = LineFormat.parse("ro--");
        assertEquals("#ff0000", f.color);
        assertEquals("o", f.marker);
        assertEquals("--", f.linestyle);
        LineFormat dots = LineFormat.parse("k.");
        assertEquals("None", dots.linestyle, "a marker alone means no line");
        assertEquals("#000000", dots.color);
        assertEquals("-.", LineFormat.parse("C2-.").linestyle);
        assertEquals("#2ca02c", LineFormat.parse("C2-.").color);
        assertEquals("green", LineFormat.parse("green").color, "a whole colour name is a colour, drawn by its CSS name");
        assertThrows(IllegalArgumentException.class, () -> LineFormat.parse("rq"));
    }

    @Test
    void colourSpecificationsAsMatplotlibReadsThem() {
        assertEquals("#ff0000", Colors.parse("r"));
        assertEquals("red", Colors.parse("red"));
        assertEquals("#ff7f0e", Colors.parse("tab:orange"));
        assertEquals("#d62728", Colors.parse("C3"));
        assertEquals("#aabbcc", Colors.parse("#ABC"));
        assertEquals("#808080", Colors.parse("0.5"));
        assertThrows(IllegalArgumentException.class, () -> Colors.parse("notacolour"));
    }

    @Test
    void keywordsOverrideTheFormatString() {
        Pyplot plt = new Pyplot();
        Line l = plt.plot(new double[] {0, 1}, new double[] {0, 1}, "r-", new LineOptions().color("blue").linewidth(3).linestyle("dotted"));
        assertEquals("blue", l.color);
        assertEquals(":", l.linestyle);
        assertEquals(3, l.linewidth);
    }

    @Test
    void yAloneIsPlottedAgainstItsIndex() {
        Pyplot plt = new Pyplot();
        Line l = plt.plot(new double[] {5, 6, 7}, null, null);
        assertEquals(2, l.x[2]);
    }

    @Test
    void showFinishesTheFigureAndTheNextCallStartsANewOne() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {1, 2}, null, null);
        Figure first = plt.gcf();
        plt.show();
        plt.plot(new double[] {3, 4}, null, null);
        assertNotSame(first, plt.gcf());
        assertEquals(2, plt.figures().size());
        assertSame(first, plt.figures().get(0));
    }

    @Test
    void closedFiguresAreNotShownUnlessSaved() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {1}, null, null);
        plt.close();
        plt.plot(new double[] {2}, null, null);
        plt.savefig("out.png");
        plt.close();
        assertEquals(1, plt.figures().size());
        assertEquals(2, plt.figures().get(0).number);
    }

    @Test
    void subplotsGiveAGridOfAxesAndSubplotReusesPositions() {
        Pyplot plt = new Pyplot();
        Pyplot.Subplots s = plt.subplots(2, 3, 9.0, 6.0);
        assertEquals(6, s.figure.axes.size());
        assertEquals(1, s.axes[1][2].row());
        assertEquals(2, s.axes[1][2].col());
        assertEquals(900, s.figure.pixelWidth());
        plt.figure(null, null);
        Axes a = plt.subplot(2, 1, 1);
        plt.subplot(2, 1, 2);
        assertSame(a, plt.subplot(2, 1, 1));
        assertEquals(2, plt.gcf().axes.size());
    }

    @Test
    void pyplotCallsActOnTheCurrentAxes() {
        Pyplot plt = new Pyplot();
        plt.subplot(1, 2, 1);
        plt.title("left");
        plt.subplot(1, 2, 2);
        plt.title("right");
        plt.xscale("log");
        plt.xlim(1.0, 100.0);
        assertEquals("left", plt.gcf().axes.get(0).title);
        assertEquals("right", plt.gcf().axes.get(1).title);
        assertEquals("log", plt.gcf().axes.get(1).xscale);
        assertEquals(100.0, plt.gcf().axes.get(1).xmax);
    }

    @Test
    void contourAcceptsOneDimensionalCoordinatesAndChecksShapes() {
        Pyplot plt = new Pyplot();
        double[][] z = {{0, 1, 2}, {1, 2, 3}};
        Contour c = plt.contour(new double[] {0, 1, 2}, new double[] {0, 1}, z, new ContourOptions().levels(3));
        assertEquals(1.0, c.x[1][1]);
        assertEquals(1.0, c.y[1][0]);
        assertThrows(IllegalArgumentException.class, () -> plt.contour(new double[] {0, 1}, new double[] {0, 1}, z, null));
    }

    @Test
    void histCountsLikeNumpyWithTheLastBinClosed() {
        Pyplot plt = new Pyplot();
        // np.histogram([1, 2, 2, 3, 3, 3, 4], bins=3) -> ([1, 2, 4], [1, 2, 3, 4])
        Patches.Histogram h = plt.hist(new double[] {1, 2, 2, 3, 3, 3, 4}, 3, null, null, null, null, null);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 2, 4}, h.counts);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 2, 3, 4}, h.edges, 1e-12);
        assertEquals(3, h.bars.polygons.length);
        assertEquals("#1f77b4", h.bars.colors[0]);
    }

    @Test
    void viewLimitsAreTheDataLimitsWithFivePercentMargins() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {0, 10}, new double[] {-1, 1}, null, null);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {-0.5, 10.5, -1.1, 1.1}, SvgRenderer.viewLimits(plt.gca()), 1e-12);
        plt.ylim(0.0, null);
        assertEquals(0.0, SvgRenderer.viewLimits(plt.gca())[2]);
    }
}
