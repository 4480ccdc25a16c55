package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slope.plot.binding.FigureSvg.ok;
import static slope.plot.binding.FigureSvg.only;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import slope.run.RunResult;

/** ax.twinx(): loss and accuracy on one plot, the second y axis on the right, as matplotlib 3.11.2 draws it. */
class TwinAxesTest {
    private static final String CURVES = "import numpy as np\nimport matplotlib.pyplot as plt\n"
        + "fig, ax = plt.subplots()\nep = np.arange(1, 11)\nl1, = ax.plot(ep, 1 / ep, label='loss')\n"
        + "ax2 = ax.twinx()\nl2, = ax2.plot(ep, 0.5 + 0.04 * ep, label='acc')\nax.set_ylabel('loss')\nax2.set_ylabel('accuracy')\n";

    @Test
    void theTwinSharesXAndHasItsOwnYLimitsAndCycle() {
        RunResult r = ok(CURVES + "print(plt.gca() is ax2, len(fig.axes))\n"
            + "print(ax.get_xlim(), ax2.get_xlim())\nprint([round(v, 9) for v in ax.get_ylim()])\nprint([round(v, 9) for v in ax2.get_ylim()])\n"
            + "print(l1.get_color(), l2.get_color())\nax.set_xlim(0, 20)\nprint(ax2.get_xlim())\n");
        // matplotlib 3.11.2: the twin is current, xlim (0.55, 10.45) on both, ylim (0.055, 1.045) and (0.522, 0.918),
        // both lines C0 (each axes has its own cycle), and the parent's set_xlim moves the twin's x axis too.
        String[] lines = r.stdout.split("\n");
        assertEquals("True 2", lines[0]);
        assertEquals("(0.55, 10.45) (0.55, 10.45)", lines[1]);
        assertEquals("[0.055, 1.045]", lines[2]);
        assertEquals("[0.522, 0.918]", lines[3]);
        assertEquals("#1f77b4 #1f77b4", lines[4]);
        assertEquals("(0.0, 20.0)", lines[5]);
    }

    @Test
    void theTwinsTicksAndLabelSitOnTheRight() {
        FigureSvg svg = only(ok(CURVES));
        // matplotlib 3.11.2's tick labels: the parent's on the left, the twin's on the right.
        List<String> left = new ArrayList<>(), right = new ArrayList<>();
        for (Element g : svg.all("g")) {
            List<String> into = "end".equals(g.getAttribute("text-anchor")) ? left : "start".equals(g.getAttribute("text-anchor")) ? right : null;
            if (into != null) for (Element t : FigureSvg.list(g.getElementsByTagNameNS("*", "text"))) into.add(t.getTextContent());
        }
        assertEquals(List.of("0.2", "0.4", "0.6", "0.8", "1.0"), left);
        assertEquals(List.of("0.55", "0.60", "0.65", "0.70", "0.75", "0.80", "0.85", "0.90"), right);
        // One set of x tick labels (the twin's x axis is hidden), both y labels, and the twin in its parent's box.
        assertEquals(2, svg.texts().stream().filter(t -> t.equals("2")).count() + svg.texts().stream().filter(t -> t.equals("4")).count());
        assertTrue(svg.texts().contains("loss") && svg.texts().contains("accuracy"));
        assertEquals(2, svg.dataAreas().size());
        assertEquals(2, svg.text.split("<rect x=\"80\" y=\"57.6\" width=\"496\" height=\"369.6\"/></clipPath>", -1).length - 1,
            "matplotlib's box (0.125, 0.11, 0.775, 0.77) for both");
    }
}
