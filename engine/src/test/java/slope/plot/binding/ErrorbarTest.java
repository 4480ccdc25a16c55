package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slope.plot.binding.FigureSvg.ok;
import static slope.plot.binding.FigureSvg.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/** plt.errorbar and ax.errorbar, checked against matplotlib 3.11.2 at dpi=100. */
class ErrorbarTest {
    private static final String HEAD = "import numpy as np\nimport matplotlib.pyplot as plt\n";
    private static final String CAPPED = HEAD + "c = plt.errorbar([1, 2, 3], [2, 4, 3], yerr=[0.5, 1, 0.25], capsize=4, label='data')\n";

    @Test
    void errorbarReturnsAContainerOfThreeThatUnpacksAndAutoscalesOverTheBarEnds() {
        RunResult r = ok(CAPPED + "print(c, len(c))\nline, caps, bars = c\nprint(line, c[0] is line, c.lines[0] is line)\n"
            + "print(plt.xlim(), plt.ylim())\n");
        // matplotlib 3.11.2 prints the same, limits (0.9, 3.1) and (1.325, 5.175): the y range is the bars' 1.5 to 5.
        assertEquals("<ErrorbarContainer object of 3 artists> 3\nLine2D(_nolegend_) True True\n(0.9, 3.1) (1.325, 5.175)\n", r.stdout);
    }

    @Test
    void barsAndCapsSitWhereMatplotlibDrawsThemUnderTheLine() {
        List<Element> paths = only(ok(CAPPED)).strokedPaths("#1f77b4");
        assertEquals(3, paths.size(), "bars, caps, then the data line");
        // matplotlib 3.11.2: the point (1, 1.5) is at pixel (102.5455, 410.4), (1, 2.5) at y 314.4, (2, 5) at (328, 74.4);
        // the bars are lines.linewidth (1.5 pt), the caps '_' markers 2 * capsize = 8 pt (11.1 px) long and 1 pt thick.
        assertEquals("2.1", paths.get(0).getAttribute("stroke-width"));
        assertTrue(paths.get(0).getAttribute("d").startsWith("M102.5,410.4l0,-96M328,266.4l0,-192"), paths.get(0).getAttribute("d"));
        assertEquals("1.4", paths.get(1).getAttribute("stroke-width"));
        assertTrue(paths.get(1).getAttribute("d").startsWith("M97,410.4l11.1,0"), paths.get(1).getAttribute("d"));
        assertTrue(paths.get(1).getAttribute("d").contains("M322.4,74.4l11.2,0"), paths.get(1).getAttribute("d"));
        assertEquals(6, FigureSvg.subpaths(paths.get(1)));
        assertEquals("M102.5,362.4l225.5,-192 225.5,96", paths.get(2).getAttribute("d"));
    }

    @Test
    void asymmetricYErrorsHorizontalXErrorsAndTheBarStyleKeywords() {
        RunResult r = ok(HEAD + "fig, ax = plt.subplots()\n"
            + "ax.errorbar([0, 1, 2], [1, 2, 1], yerr=[[0.1, 0.2, 0.3], [0.5, 0.6, 0.7]], xerr=0.2, fmt='o', ecolor='red',"
            + " elinewidth=3, capsize=2, capthick=2)\nprint(ax.get_xlim(), [round(v, 9) for v in ax.get_ylim()])\n");
        // matplotlib 3.11.2: xlim (-0.32000000000000006, 2.3200000000000003) and ylim (0.605, 2.695), from bars -0.2 to 2.2 and 0.7 to 2.6.
        assertEquals("(-0.32000000000000006, 2.3200000000000003) [0.605, 2.695]\n", r.stdout);
        List<Element> red = only(r).strokedPaths("red");
        assertEquals(2, red.size());
        assertEquals("4.2", red.get(0).getAttribute("stroke-width"), "elinewidth 3 pt");
        assertEquals(6, FigureSvg.subpaths(red.get(0)), "three across, three up");
        assertEquals("2.8", red.get(1).getAttribute("stroke-width"), "capthick 2 pt");
        assertEquals(12, FigureSvg.subpaths(red.get(1)), "matplotlib's four cap lines of three");
        assertTrue(only(r).strokedPaths("#1f77b4").isEmpty(), "fmt='o': markers, no line");
    }

    @Test
    void fmtNoneDrawsOnlyTheBarsInC0AndLeavesTheCycleAlone() {
        RunResult r = ok(HEAD + "line, caps, bars = plt.errorbar([0, 1, 2], [1, 2, 1], yerr=0.3, fmt='none')\n"
            + "print(line, plt.ylim())\nprint(plt.plot([0, 1])[0].get_color())\n");
        // matplotlib 3.11.2: no data line, ylim (0.62, 2.38), and the next plot still takes C0.
        assertEquals("None (0.62, 2.38)\n#1f77b4\n", r.stdout);
        assertEquals(2, only(r).strokedPaths("#1f77b4").size(), "the bars and the later plot line");
    }

    @Test
    void theLegendShowsTheLineWithAVerticalBar() {
        FigureSvg svg = only(ok(CAPPED + "plt.legend()\n"));
        assertTrue(svg.texts().contains("data"));
        // matplotlib's HandlerErrorbar: a bar 0.5 em (5 pt) each way of the middle, capped, under the line sample.
        assertTrue(svg.text.contains("<path stroke=\"#1f77b4\" stroke-width=\"2.1\" d=\"M505.2,72.9v13.9\"/>"), svg.text);
    }

    @Test
    void capsizeDefaultsToRcParams() {
        List<Element> paths = only(ok(HEAD + "plt.rcParams['errorbar.capsize'] = 3\nplt.errorbar([1, 2], [1, 2], yerr=0.5)\n"))
            .strokedPaths("#1f77b4");
        assertEquals(3, paths.size(), "bars, caps of 2 * 3 pt, line");
        assertTrue(paths.get(1).getAttribute("d").contains("l8.3,0"), paths.get(1).getAttribute("d"));
    }

    @Test
    void matplotlibsErrors() {
        // matplotlib 3.11.2's messages.
        assertEquals("ValueError: 'yerr' must not contain negative values", fails("plt.errorbar([0, 1, 2], [1, 2, 1], yerr=[-1, 1, 1])\n"));
        assertEquals("ValueError: 'xerr' must not contain negative values", fails("plt.errorbar([0, 1, 2], [1, 2, 1], xerr=-0.1)\n"));
        assertEquals("ValueError: 'yerr' (shape: (2,)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (3,))",
            fails("plt.errorbar([0, 1, 2], [1, 2, 1], yerr=[1, 2])\n"));
        assertEquals("ValueError: 'yerr' (shape: (3, 3)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (3,))",
            fails("plt.errorbar([0, 1, 2], [1, 2, 1], yerr=np.ones((3, 3)))\n"));
        assertEquals("ValueError: 'yerr' (shape: (2, 2)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (3,))",
            fails("plt.errorbar([0, 1, 2], [1, 2, 1], yerr=[[1, 2], [1, 2]])\n"));
        assertEquals("ValueError: 'x' and 'y' must have the same size", fails("plt.errorbar([0, 1, 2], [1, 2])\n"));
    }

    private static String fails(String code) {
        RunResult r = Runner.run(HEAD + code, Budget.defaults());
        if (r.error == null) throw new AssertionError("expected an error, printed " + r.stdout);
        return r.error.pythonLine();
    }
}
