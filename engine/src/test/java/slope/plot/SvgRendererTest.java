package slope.plot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the SVG for a figure contains, element by element. */
class SvgRendererTest {
    static double[] range(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    static double[] squares(int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = i * i;
        return a;
    }

    @Test
    void figsizeInInchesIsPixelsAtOneHundredDpi() {
        Pyplot plt = new Pyplot();
        plt.figure(6.4, 4.8);
        plt.plot(range(3), null, null);
        Svg svg = new Svg(plt.gcf());
        assertEquals("640", svg.root().getAttribute("width"));
        assertEquals("480", svg.root().getAttribute("height"));
        plt.figure(8.0, 3.0);
        plt.plot(range(3), null, null);
        assertEquals("800", new Svg(plt.gcf()).root().getAttribute("width"));
    }

    @Test
    void eachPlotCallIsOnePathInTheDataArea() {
        Pyplot plt = new Pyplot();
        plt.plot(range(50), squares(50), null, null);
        plt.plot(range(50), range(50), "--", null);
        double[] withGap = {1, 2, Double.NaN, 4, 5};
        plt.plot(withGap, null, null);
        plt.grid(true);
        Svg svg = new Svg(plt.gcf());
        List<Element> paths = svg.inData("path");
        assertEquals(3, paths.size());
        assertEquals("#1f77b4", paths.get(0).getAttribute("stroke"));
        assertEquals("#ff7f0e", paths.get(1).getAttribute("stroke"));
        assertTrue(paths.get(1).hasAttribute("stroke-dasharray"));
        // NaN breaks the line: a second moveto
        assertEquals(2, paths.get(2).getAttribute("d").chars().filter(c -> c == 'M').count());
    }

    @Test
    void scatterDrawsOneMarkerPerPoint() {
        Pyplot plt = new Pyplot();
        plt.scatter(range(17), squares(17), null);
        plt.scatter(range(5), range(5), new ScatterOptions().marker("x").color("r"));
        Svg svg = new Svg(plt.gcf());
        assertEquals(17, svg.inData("circle").size());
        assertEquals(5, svg.inData("path").size());
    }

    @Test
    void plotMarkersFromAFormatStringAreOnePerPoint() {
        Pyplot plt = new Pyplot();
        plt.plot(range(4), squares(4), "ro--", null);
        Svg svg = new Svg(plt.gcf());
        assertEquals(1, svg.inData("path").size());
        assertEquals(4, svg.inData("circle").size());
        assertEquals("#ff0000", svg.inData("path").get(0).getAttribute("stroke"));
    }

    @Test
    void titleAndAxisLabelsAreWrittenAndEscaped() {
        Pyplot plt = new Pyplot();
        plt.plot(range(3), null, null);
        plt.title("loss < 1 & falling");
        plt.xlabel("step \"t\"");
        plt.ylabel("L(θ)");
        Svg svg = new Svg(plt.gcf());
        assertTrue(svg.texts().contains("loss < 1 & falling"));
        assertTrue(svg.text.contains("loss &lt; 1 &amp; falling"));
        assertTrue(svg.texts().contains("step \"t\""));
        plt.title("CLIP \u0001 and control characters");
        assertTrue(new Svg(plt.gcf()).texts().contains("CLIP  and control characters"));
        Element y = null;
        for (Element t : svg.all("text")) if (t.getTextContent().equals("L(θ)")) y = t;
        assertTrue(y != null && y.getAttribute("transform").startsWith("rotate(-90"), "the y label is rotated");
    }

    @Test
    void tickLabelsFollowScalarFormatter() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {0, 1}, new double[] {0, 1000}, null, null);
        List<String> t = new Svg(plt.gcf()).texts();
        for (String s : new String[] {"0.0", "0.2", "0.4", "0.6", "0.8", "1.0", "0", "200", "400", "600", "800", "1000"})
            assertTrue(t.contains(s), s + " in " + t);
    }

    @Test
    void logScaleLabelsDecadesAsTenToThePower() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {1e-3, 1e-2, 1e-1, 1, 10}, null, null);
        plt.yscale("log");
        Svg svg = new Svg(plt.gcf());
        List<String> t = svg.texts();
        for (String s : new String[] {"10\u22123", "10\u22122", "10\u22121", "100", "101"}) assertTrue(t.contains(s), s + " in " + t);
        assertTrue(svg.text.contains("<tspan"), "the exponent is raised");
    }

    @Test
    void legendListsLabelledArtistsInOrder() {
        Pyplot plt = new Pyplot();
        plt.plot(range(10), squares(10), null, new LineOptions().label("train"));
        plt.plot(range(10), range(10), null, new LineOptions().label("_hidden"));
        plt.scatter(range(3), range(3), new ScatterOptions().label("val"));
        plt.legend("upper left");
        List<String> t = new Svg(plt.gcf()).texts();
        assertTrue(t.indexOf("train") >= 0 && t.indexOf("val") > t.indexOf("train"));
        assertFalse(t.contains("_hidden"));
    }

    @Test
    void legendWithLabelsNamesTheLinesInOrder() {
        Pyplot plt = new Pyplot();
        Line a = plt.plot(range(3), null, null);
        Line b = plt.plot(squares(3), null, null);
        plt.legend(new String[] {"a", "b"}, null);
        assertEquals("a", a.label);
        assertEquals("b", b.label);
        assertTrue(new Svg(plt.gcf()).texts().contains("b"));
    }

    @Test
    void dataIsClippedToTheAxesArea() {
        Pyplot plt = new Pyplot();
        plt.plot(range(100), squares(100), null, null);
        plt.xlim(0.0, 10.0);
        plt.ylim(0.0, 50.0);
        Svg svg = new Svg(plt.gcf());
        assertEquals(1, svg.all("clipPath").size());
        Element g = null;
        for (Element e : svg.all("g")) if (e.hasAttribute("clip-path")) g = e;
        String id = svg.all("clipPath").get(0).getAttribute("id");
        assertEquals("url(#" + id + ")", g.getAttribute("clip-path"));
    }

    @Test
    void contourLevelsOfABowlAreClosedRings() {
        int n = 41;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = -2 + 0.1 * i;
        double[][] x = new double[n][n], y = new double[n][n], z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) { x[j][i] = g[i]; y[j][i] = g[j]; z[j][i] = g[i] * g[i] + g[j] * g[j]; }
        Pyplot plt = new Pyplot();
        Contour cs = plt.contour(x, y, z, null);
        Svg svg = new Svg(plt.gcf());
        List<Element> paths = svg.inData("path");
        // levels 0..8: 0 is a single point, 1..3 close inside the grid, 4..8 meet the border
        assertEquals(9, cs.levels.length);
        int closed = 0;
        for (Element p : paths) {
            String d = p.getAttribute("d");
            if (d.endsWith("Z") && d.chars().filter(c -> c == 'M').count() == 1) closed++;
        }
        assertTrue(closed >= 3, "rings at z = 1, 2, 3 close: " + closed);
        assertEquals("#440154", cs.colors[0], "viridis at the lowest level");
        assertEquals("#fde725", cs.colors[8], "viridis at the highest level");
    }

    @Test
    void filledContoursDrawOneFilledPathPerBand() {
        int n = 21;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = -1 + 0.1 * i;
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) z[j][i] = g[i] * g[i] + g[j] * g[j];
        Pyplot plt = new Pyplot();
        Contour cs = plt.contourf(g, g, z, new ContourOptions().levels(0, 0.5, 1, 1.5, 2));
        plt.colorbar(cs, "height");
        Svg svg = new Svg(plt.gcf());
        List<Element> paths = svg.inData("path");
        assertEquals(4, paths.size());
        for (int i = 0; i < 4; i++) assertEquals(cs.colors[i], paths.get(i).getAttribute("fill"));
        assertTrue(svg.texts().contains("height"));
    }

    @Test
    void subplotsSitInTheirGridCells() {
        Pyplot plt = new Pyplot();
        Pyplot.Subplots s = plt.subplots(2, 2, 8.0, 6.0);
        for (Axes[] row : s.axes) for (Axes a : row) a.plot(range(3), null, null);
        List<SvgRenderer.Plane> planes = SvgRenderer.layout(s.figure);
        SvgRenderer.Plane tl = planes.get(0), tr = planes.get(1), bl = planes.get(2);
        assertTrue(tr.x > tl.x + tl.w, "top right is right of top left");
        assertEquals(tl.y, tr.y, 1e-9);
        assertTrue(bl.y > tl.y + tl.h, "bottom left is below top left");
        assertEquals(tl.x, bl.x, 1e-9);
        assertEquals(4, new Svg(s.figure).all("clipPath").size());
    }

    @Test
    void clipIdsDifferBetweenFiguresSoPagesCanInlineSeveral() {
        Pyplot plt = new Pyplot();
        plt.plot(range(3), null, null);
        plt.show();
        plt.plot(squares(3), null, null);
        List<Figure> figs = plt.figures();
        String a = new Svg(figs.get(0)).all("clipPath").get(0).getAttribute("id");
        String b = new Svg(figs.get(1)).all("clipPath").get(0).getAttribute("id");
        assertFalse(a.equals(b));
    }

    @Test
    void renderingIsDeterministic() {
        Pyplot plt = new Pyplot();
        plt.plot(range(30), squares(30), "g^:", new LineOptions().label("q"));
        plt.legend((String) null);
        assertEquals(SvgRenderer.render(plt.gcf()), SvgRenderer.render(plt.gcf()));
    }

    @Test
    void textAndAnnotationsAreWrittenAtTheirPoints() {
        Pyplot plt = new Pyplot();
        plt.plot(range(5), squares(5), null, null);
        plt.text(1, 1, "a < b", "red", 12.0, "center", null);
        plt.annotate("minimum", 0, 0, 2.0, 10.0, true, null, null);
        Svg svg = new Svg(plt.gcf());
        assertTrue(svg.texts().contains("a < b"));
        assertTrue(svg.texts().contains("minimum"));
    }

    @Test
    void axisOffHidesTicksAndFrame() {
        Pyplot plt = new Pyplot();
        plt.plot(range(5), squares(5), null, null);
        plt.axis("off");
        plt.title("bare");
        Svg svg = new Svg(plt.gcf());
        assertEquals(List.of("bare"), svg.texts());
    }

    @Test
    void axisEqualMakesUnitsEquallyLong() {
        Pyplot plt = new Pyplot();
        plt.plot(new double[] {0, 4}, new double[] {0, 1}, null, null);
        plt.axis("equal");
        SvgRenderer.Plane p = SvgRenderer.layout(plt.gcf()).get(0);
        assertEquals(p.px(1) - p.px(0), p.py(0) - p.py(1), 1e-9);
        Pyplot plt2 = new Pyplot();
        plt2.plot(new double[] {0, 4}, new double[] {0, 1}, null, null);
        plt2.gca().setAspect("equal");
        SvgRenderer.Plane q = SvgRenderer.layout(plt2.gcf()).get(0);
        assertEquals(q.px(1) - q.px(0), q.py(0) - q.py(1), 1e-9);
        assertTrue(q.h < 480 * 0.77 - 1, "the box shrank");
    }

    @Test
    void givenTicksAndLabelsReplaceTheAutomaticOnes() {
        Pyplot plt = new Pyplot();
        plt.plot(range(5), squares(5), null, null);
        plt.xticks(new double[] {0, 2, 4, 6}, new String[] {"zero", "two", "four", "six"});
        List<String> t = new Svg(plt.gcf()).texts();
        assertTrue(t.contains("six"), "the view widens to show the tick at 6");
        assertFalse(t.contains("1"));
    }

    @Test
    void longSortedCurvesKeepAtMostFourPointsPerPixelColumn() {
        int n = 100000;
        double[] x = range(n), y = new double[n];
        for (int i = 0; i < n; i++) y[i] = Math.exp(-i / 20000.0) * (1.2 + Math.sin(i * 0.37));
        Pyplot plt = new Pyplot();
        plt.semilogy(x, y, null, null);
        Svg svg = new Svg(plt.gcf());
        String d = svg.inData("path").get(0).getAttribute("d");
        long points = d.chars().filter(c -> c == ',').count();
        assertTrue(points <= 4 * 500 + 10, points + " points");
        assertEquals("log", plt.gca().yscale);
    }

    @Test
    void quiverDrawsOneArrowPerPoint() {
        int n = 9;
        double[][] x = new double[n][n], y = new double[n][n], u = new double[n][n], v = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) {
            x[j][i] = i - 4; y[j][i] = j - 4; u[j][i] = -2 * x[j][i]; v[j][i] = -2 * y[j][i];
        }
        Pyplot plt = new Pyplot();
        plt.quiver(Quiver.flat(x), Quiver.flat(y), Quiver.flat(u), Quiver.flat(v), null, null, null, null);
        Svg svg = new Svg(plt.gcf());
        assertEquals(n * n, svg.inData("path").size());
        assertEquals("#000000", svg.inData("g").get(0).getAttribute("fill"));
    }

    @Test
    void newlinesInTitlesAndLabelsBecomeLines() {
        Pyplot plt = new Pyplot();
        plt.plot(range(3), null, null);
        plt.title("lr = 0.1\nloss = 0.25", 14.0);
        plt.ylabel("loss\n(log)", null);
        Svg svg = new Svg(plt.gcf());
        List<Element> spans = svg.all("tspan");
        List<String> lines = new java.util.ArrayList<>();
        for (Element e : spans) lines.add(e.getTextContent());
        assertTrue(lines.containsAll(List.of("lr = 0.1", "loss = 0.25", "loss", "(log)")), lines.toString());
    }

    @Test
    void styledGridOnOneAxis() {
        Pyplot plt = new Pyplot();
        plt.plot(range(3), null, null);
        plt.grid(null, "y", new LineOptions().linestyle("--").alpha(0.5));
        Svg svg = new Svg(plt.gcf());
        Element grid = null;
        for (Element e : svg.all("path")) if ("#b0b0b0".equals(e.getAttribute("stroke"))) grid = e;
        assertTrue(grid != null && grid.hasAttribute("stroke-dasharray") && grid.getAttribute("stroke-opacity").equals("0.5"));
        assertFalse(grid.getAttribute("d").contains("V"), "no vertical lines");
    }
}
