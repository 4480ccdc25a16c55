package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slope.plot.binding.FigureSvg.ok;
import static slope.plot.binding.FigureSvg.only;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/** plt.rcParams: matplotlib 3.11.2's defaults read back, and the keys Slope draws with changing the figures. */
class RcParamsTest {
    private static final String HEAD = "import matplotlib\nimport matplotlib.pyplot as plt\n";

    private static String error(String code) {
        RunResult r = Runner.run(HEAD + code, Budget.defaults());
        if (r.error == null) throw new AssertionError("expected an error, printed " + r.stdout);
        return r.error.pythonLine();
    }

    @Test
    void defaultsReadBackAsMatplotlibGivesThem() {
        // Printed by matplotlib 3.11.2.
        RunResult r = ok(HEAD + "rc = plt.rcParams\nprint(rc is matplotlib.rcParams)\n"
            + "for k in ['figure.figsize', 'figure.dpi', 'lines.linewidth', 'lines.markersize', 'axes.grid', 'image.cmap', 'font.size', 'errorbar.capsize']:\n"
            + "    print(k, repr(rc[k]))\n");
        assertEquals("True\nfigure.figsize [6.4, 4.8]\nfigure.dpi 100.0\nlines.linewidth 1.5\nlines.markersize 6.0\n"
            + "axes.grid False\nimage.cmap 'viridis'\nfont.size 10.0\nerrorbar.capsize 0.0\n", r.stdout);
    }

    @Test
    void setValuesAreConvertedAsMatplotlibStoresThem() {
        // Printed by matplotlib 3.11.2.
        RunResult r = ok(HEAD + "plt.rcParams['figure.figsize'] = (10, 6)\nprint(plt.rcParams['figure.figsize'])\n"
            + "plt.rcParams['lines.linewidth'] = 3\nprint(repr(plt.rcParams['lines.linewidth']))\n"
            + "plt.rc('lines', lw=2, markersize=4)\nprint(plt.rcParams['lines.linewidth'], plt.rcParams['lines.markersize'])\n"
            + "plt.rcParams.update({'axes.grid': 'yes', 'savefig.format': 'pdf'})\nprint(repr(plt.rcParams['axes.grid']), plt.rcParams['savefig.format'])\n"
            + "print('lines.linewidth' in plt.rcParams, plt.rcParams.get('no.such'))\n"
            + "matplotlib.rcdefaults()\nprint(plt.rcParams['figure.figsize'])\n");
        assertEquals("[10.0, 6.0]\n3.0\n2.0 4.0\nTrue pdf\nTrue None\n[6.4, 4.8]\n", r.stdout);
    }

    @Test
    void figureLineGridAndColormapKeysChangeWhatIsDrawn() {
        FigureSvg svg = only(ok(HEAD + "plt.rcParams['figure.figsize'] = (10, 6)\nplt.rcParams.update({'lines.linewidth': 3, 'axes.grid': True, 'image.cmap': 'gray'})\n"
            + "plt.plot([1, 2, 3])\n"));
        assertEquals("1000", svg.doc.getDocumentElement().getAttribute("width"));
        assertEquals("600", svg.doc.getDocumentElement().getAttribute("height"));
        assertEquals("4.2", svg.strokedPaths("#1f77b4").get(0).getAttribute("stroke-width")); // 3 pt at 100 dpi
        assertTrue(svg.text.contains("stroke=\"#b0b0b0\""), "the grid is on");
    }

    @Test
    void imageCmapIsImshowsDefault() {
        RunResult r = ok(HEAD + "plt.rcParams['image.cmap'] = 'gray'\nplt.imshow([[0.0, 1.0]])\n");
        String svg = r.figures.get(0).svg;
        assertTrue(svg.contains("#000000") && svg.contains("#ffffff"), "gray's two ends: " + svg);
    }

    @Test
    void aNewRunStartsFromTheDefaults() {
        ok(HEAD + "plt.rcParams['figure.figsize'] = (10, 6)\n");
        assertEquals("[6.4, 4.8]\n", ok(HEAD + "print(plt.rcParams['figure.figsize'])\n").stdout);
    }

    @Test
    void badKeysAndValuesRaiseMatplotlibsErrors() {
        // Messages from matplotlib 3.11.2.
        assertEquals("KeyError: 'foo is not a valid rc parameter (see rcParams.keys() for a list of valid parameters)'",
            error("plt.rcParams['foo'] = 1\n"));
        assertEquals("KeyError: 'foo'", error("plt.rcParams['foo']\n"));
        assertEquals("ValueError: Key lines.linewidth: Could not convert 'abc' to float", error("plt.rcParams['lines.linewidth'] = 'abc'\n"));
        assertEquals("ValueError: Key axes.grid: Cannot convert 'x' to bool", error("plt.rcParams['axes.grid'] = 'x'\n"));
        assertEquals("ValueError: Key figure.figsize: Expected 2 values, but there are 3 values in (1, 2, 3)",
            error("plt.rcParams['figure.figsize'] = (1, 2, 3)\n"));
    }
}
