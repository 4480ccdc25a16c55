package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import slope.run.RunResult;

/** The plotting programs in examples/ run, learn what they should, and draw the figure they describe. */
class PlotExamplesTest {
    static RunResult run(String name) throws IOException {
        return FigureSvg.ok(Files.readString(Path.of("..", "examples", name)));
    }

    private static double[] numbers(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertTrue(m.find(), text);
        double[] v = new double[m.groupCount()];
        for (int i = 0; i < v.length; i++) v[i] = Double.parseDouble(m.group(i + 1));
        return v;
    }

    @Test
    void linearFitFindsTheLineAndPlotsLossOnALogScaleBesideTheFit() throws IOException {
        RunResult r = run("linear_fit_plot.py");
        double[] kb = numbers(r.stdout, "k = ([-\\d.]+), b = ([-\\d.]+)");
        assertEquals(2, kb[0], 0.1);
        assertEquals(3, kb[1], 0.2);

        assertEquals(1, r.figures.size());
        assertEquals(1000, r.figures.get(0).width);
        assertEquals(400, r.figures.get(0).height);
        FigureSvg svg = FigureSvg.only(r);
        List<String> texts = svg.texts();
        for (String t : new String[] {"Loss", "step", "mean squared error", "Fitted line", "data"}) assertTrue(texts.contains(t), t + " in " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("y = ") && t.endsWith("x + " + String.format("%.2f", kb[1]))), texts.toString());
        // The loss curve: one line of 500 points; its axis is logarithmic, so its tick labels are powers of ten.
        List<Element> loss = svg.strokedPaths("#1f77b4");
        assertEquals(1, loss.size());
        assertEquals(1, FigureSvg.subpaths(loss.get(0)));
        assertTrue(svg.all("tspan").size() >= 2, "10 with superscript exponents on the log axis");
        // The points as 40 markers, and the fitted line over them.
        assertEquals(40, svg.inData("circle").size());
        assertEquals(1, svg.strokedPaths("#ff0000").size());
    }

    @Test
    void rosenbrockPathsOfBothOptimizersAreDrawnOverTheContours() throws IOException {
        RunResult r = run("rosenbrock_paths.py");
        double sgd = numbers(r.stdout, "SGD \\+ momentum: ends at \\([-\\d.]+, [-\\d.]+\\), f = ([\\d.]+)")[0];
        double adam = numbers(r.stdout, "Adam: ends at \\([-\\d.]+, [-\\d.]+\\), f = ([\\d.]+)")[0];
        assertTrue(sgd < 0.1, "SGD + momentum f = " + sgd);
        assertTrue(adam < 0.001, "Adam f = " + adam);

        FigureSvg svg = FigureSvg.only(r);
        // One path per contour level; the innermost levels close around the valley.
        List<Element> contours = svg.strokedPaths("gray");
        assertEquals(8, contours.size());
        assertTrue(contours.stream().anyMatch(FigureSvg::closed), "a closed contour line");
        // SGD: a translucent red line with a dot at each of its 2001 points; Adam: a dashed blue line; the star at (1, 1).
        List<Element> red = svg.strokedPaths("#ff0000");
        assertEquals(1, red.size());
        assertEquals("0.6", red.get(0).getAttribute("stroke-opacity"));
        assertEquals(2001, svg.inData("circle").size());
        List<Element> blue = svg.strokedPaths("#0000ff");
        assertEquals(1, blue.size());
        assertTrue(blue.get(0).hasAttribute("stroke-dasharray"));
        List<String> texts = svg.texts();
        for (String t : new String[] {"SGD + momentum", "Adam", "minimum (1, 1)", "x", "y", "0.5", "300", "1000"})
            assertTrue(texts.contains(t), t + " in " + texts);
    }

    @Test
    void lossSurfaceIsDrawnIn3dWithTheDescentPath() throws IOException {
        RunResult r = run("loss_surface_3d.py");
        double[] wb = numbers(r.stdout, "w = ([-\\d.]+), b = ([-\\d.]+), loss = ([\\d.]+)");
        assertEquals(2.0, wb[0], 0.05, "slope");
        assertEquals(1.0, wb[1], 0.05, "intercept");

        FigureSvg svg = FigureSvg.only(r);
        // a 40 x 40 grid gives 39 x 39 quads, each one filled path
        long filled = svg.inData("path").stream().filter(p -> p.getAttribute("fill").startsWith("#")).count();
        assertEquals(39 * 39, filled);
        assertEquals(1, svg.strokedPaths("#ff0000").stream().filter(p -> p.getAttribute("d").length() > 100).count(), "the path");
        assertEquals(60, svg.inData("circle").size(), "a dot per step");
        List<String> texts = svg.texts();
        for (String t : new String[] {"w", "b", "loss", "SGD, lr 0.1", "The loss surface of a line fit"})
            assertTrue(texts.contains(t), t + " in " + texts);
    }
}
