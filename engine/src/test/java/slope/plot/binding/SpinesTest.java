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

/** ax.spines: the frame's sides, hidden, coloured or widened one at a time, as matplotlib 3.11.2 draws them at dpi=100. */
class SpinesTest {
    private static final String HEAD = "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.plot([0, 1], [0, 1])\n";

    /** The frame's sides drawn one by one, as "stroke width d". */
    private static List<String> sides(FigureSvg svg) {
        List<String> out = new ArrayList<>();
        for (Element p : svg.all("path")) {
            if (p.getAttribute("stroke-linecap").equals("square") && !p.hasAttribute("stroke-linejoin"))
                out.add(p.getAttribute("stroke") + " " + p.getAttribute("stroke-width") + " " + p.getAttribute("d"));
        }
        return out;
    }

    @Test
    void theDefaultFrameStaysOneRectangle() {
        FigureSvg svg = only(ok(HEAD));
        assertEquals(List.of(), sides(svg));
        assertTrue(svg.text.contains("<rect x=\"80\" y=\"57.6\" width=\"496\" height=\"369.6\" fill=\"none\" stroke=\"#000\""), svg.text);
    }

    @Test
    void hiddenSidesAreLeftOutAndTheOthersKeepTheirPlace() {
        RunResult r = ok(HEAD + "ax.spines[['top', 'right']].set_visible(False)\nprint(ax.spines['top'].get_visible(), ax.spines['left'].get_visible())\n");
        assertEquals("False True\n", r.stdout);
        // matplotlib 3.11.2: the left spine runs from (80, 427.2) to (80, 57.6), the bottom one to (576, 427.2), 0.8 pt wide.
        assertEquals(List.of("#000 1.1 M80,427.2L80,57.6", "#000 1.1 M80,427.2L576,427.2"), sides(only(r)));
    }

    @Test
    void oneSideTakesItsOwnColourAndWidth() {
        RunResult r = ok(HEAD + "ax.spines['left'].set_color('red')\nax.spines.left.set_linewidth(2)\nprint(ax.spines['left'], ax.spines[['top']])\n");
        assertTrue(r.stdout.matches("Spine <matplotlib\\.spines\\.SpinesProxy object at 0x[0-9a-f]+>\n"), r.stdout);
        // matplotlib 3.11.2: 2 pt is 2.78 px at dpi=100; the other sides as before, left, right, bottom, top.
        assertEquals(List.of("red 2.8 M80,427.2L80,57.6", "#000 1.1 M576,427.2L576,57.6", "#000 1.1 M80,427.2L576,427.2",
            "#000 1.1 M80,57.6L576,57.6"), sides(only(r)));
    }

    @Test
    void aTwinDrawsItsOwnSpinesInTheSameBox() {
        // As in matplotlib, the twin's frame is its own: hiding the top on both leaves no top line.
        RunResult r = ok(HEAD + "ax2 = ax.twinx()\nfor a in (ax, ax2):\n    a.spines['top'].set_visible(False)\n");
        assertEquals(List.of("#000 1.1 M80,427.2L80,57.6", "#000 1.1 M576,427.2L576,57.6", "#000 1.1 M80,427.2L576,427.2",
            "#000 1.1 M80,427.2L80,57.6", "#000 1.1 M576,427.2L576,57.6", "#000 1.1 M80,427.2L576,427.2"), sides(only(r)));
    }

    @Test
    void anUnknownSideIsAKeyError() {
        RunResult r = slope.run.Runner.run(HEAD + "ax.spines['middle']\n", slope.run.Budget.defaults());
        assertEquals("KeyError: 'middle'", r.error.pythonLine());
    }
}
