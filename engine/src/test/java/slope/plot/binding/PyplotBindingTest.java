package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static slope.plot.binding.FigureSvg.ok;
import static slope.plot.binding.FigureSvg.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import slope.run.Budget;
import slope.run.PyError;
import slope.run.RunResult;
import slope.run.Runner;

/** import matplotlib.pyplot as plt in Slope programs: what matplotlib returns and prints, and what the figures show. */
class PyplotBindingTest {
    private static final String HEAD = "import torch\nimport matplotlib.pyplot as plt\n";

    @Test
    void colormapObjectsServeAsCmapAndGiveTheirColours() {
        RunResult r = ok(HEAD + "print(plt.cm.viridis(0.0), plt.cm.Spectral.name, plt.get_cmap('RdBu_r').name)\n"
                + "plt.scatter([0, 1], [0, 1], c=[0.0, 1.0], cmap=plt.cm.Spectral)\nplt.show()\n");
        assertEquals("(0.267004, 0.004874, 0.329415, 1.0) Spectral RdBu_r\n", r.stdout);
        String svg = only(r).text;
        assertTrue(svg.contains("#9e0142") && svg.contains("#5e4fa2"), "Spectral's two ends: " + svg);
    }

    private static PyError fails(String code) {
        RunResult r = Runner.run(HEAD + code, Budget.defaults());
        if (r.error == null) throw new AssertionError("expected an error, printed " + r.stdout);
        return r.error;
    }

    @Test
    void plotReturnsALine2DListAndEachCallDrawsOnePathInTheNextCycleColour() {
        RunResult r = ok(HEAD + "x = torch.linspace(0, 1, 20)\nprint(plt.plot(x, x ** 2))\nplt.plot(x, torch.sqrt(x))\n");
        assertTrue(r.stdout.matches("\\[<matplotlib\\.lines\\.Line2D object at 0x[0-9a-f]+>\\]\n"), r.stdout);
        FigureSvg svg = only(r);
        assertEquals(1, svg.strokedPaths("#1f77b4").size());
        assertEquals(1, svg.strokedPaths("#ff7f0e").size());
        assertEquals(2, svg.strokedPaths().size());
    }

    @Test
    void formatStringGivesColourDashesAndAMarkerAtEachPoint() {
        FigureSvg svg = only(ok(HEAD + "plt.plot([0, 1, 2, 3], [0, 1, 4, 9], 'r--o')\n"));
        List<Element> red = svg.strokedPaths("#ff0000");
        assertEquals(1, red.size());
        assertTrue(red.get(0).hasAttribute("stroke-dasharray"));
        assertEquals(4, svg.inData("circle").size());
    }

    @Test
    void keywordsOverrideTheFormatString() {
        FigureSvg svg = only(ok(HEAD + "plt.plot([1, 2, 3], 'r-', color='g', linestyle=':', marker='s', ms=4, lw=3, alpha=0.5, label='a')\n"));
        Element line = svg.strokedPaths("#008000").get(0);
        assertEquals("4.2", line.getAttribute("stroke-width"));
        assertEquals("0.5", line.getAttribute("stroke-opacity"));
        assertTrue(line.hasAttribute("stroke-dasharray"));
    }

    @Test
    void severalXYFormatGroupsInOneCallGiveOneLineEach() {
        RunResult r = ok(HEAD + "x = [0, 1, 2]\nls = plt.plot(x, [1, 2, 3], 'r', x, [3, 2, 1], 'b-', [5, 6, 7])\nprint(len(ls))\n");
        assertEquals("3\n", r.stdout);
        FigureSvg svg = only(r);
        assertEquals(1, svg.strokedPaths("#ff0000").size());
        assertEquals(1, svg.strokedPaths("#0000ff").size());
        assertEquals(3, svg.strokedPaths().size());
    }

    @Test
    void twoDimensionalYDrawsOneLinePerColumnAgainstIndices() {
        RunResult r = ok(HEAD + "ls = plt.plot(torch.arange(12).reshape(4, 3))\nprint(len(ls), ls[2].get_xdata())\n");
        assertEquals("3 [0.0, 1.0, 2.0, 3.0]\n", r.stdout);
        assertEquals(3, only(r).strokedPaths().size());
    }

    @Test
    void listsOfZeroDimTensorsRangesAndIntTensorsAreData() {
        RunResult r = ok(HEAD + "losses = [torch.tensor(3.0), torch.tensor(2.0), torch.tensor(1.5)]\n"
                + "plt.plot(range(3), losses)\nplt.plot(torch.tensor([1, 2, 3]), [True, False, None])\nprint(plt.xlim())\n");
        assertEquals("(-0.15000000000000002, 3.15)\n", r.stdout); // x spans 0 to 3; matplotlib adds 5% margins
        assertEquals(2, only(r).strokedPaths().size());
    }

    @Test
    void aTensorThatRequiresGradRaisesPyTorchsNumpyError() {
        PyError e = fails("w = torch.ones(3, requires_grad=True)\nloss = [w.sum()]\nplt.plot(loss)\n");
        assertEquals("RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.", e.pythonLine());
        assertEquals(5, e.line());
        ok(HEAD + "w = torch.ones(3, requires_grad=True)\nplt.plot(w.detach())\nplt.plot((2 * w).detach().numpy() if False else w.detach())\n");
    }

    @Test
    void plotPackageErrorsAreValueErrorsWithTheLine() {
        PyError e = fails("x = [1, 2, 3]\nplt.plot(x, [1, 2])\n");
        assertEquals("ValueError: x and y must have same first dimension, but have shapes (3,) and (2,)", e.pythonLine());
        assertEquals(4, e.line());
        assertEquals("ValueError: 'blurple' is not a valid color value.", fails("plt.plot([1, 2], color='blurple')\n").pythonLine());
        assertEquals("ValueError", fails("plt.xscale('cubic')\n").type);
        assertEquals("ValueError", fails("plt.contour([[1, 2], [3, 4]], levels=[3, 2])\n").type);
    }

    @Test
    void wrongTypesAreTypeErrorsAndUnknownKeywordsMatplotlibsAttributeError() {
        assertEquals("TypeError", fails("plt.plot([1, 2], {'a': 1})\n").type);
        assertEquals("TypeError", fails("plt.scatter([1, 2])\n").type);
        assertEquals("AttributeError: Line2D.set() got an unexpected keyword argument 'colour'",
                fails("plt.plot([1, 2], colour='r')\n").pythonLine());
    }

    @Test
    void figureAndAxesPrintAsMatplotlibPrintsThem() {
        RunResult r = ok(HEAD + "fig = plt.figure(figsize=(8, 3))\nprint(fig)\nax = plt.gca()\nprint(ax)\n"
                + "ax.set_title('Loss')\nax.set_xlabel('step')\nax.set_ylabel(\"it's\")\nprint(ax)\nprint(fig)\n");
        assertEquals("<Figure size 800x300 with 0 Axes>\n<Axes: >\n"
                + "<Axes: title={'center': 'Loss'}, xlabel='step', ylabel=\"it's\">\n<Figure size 800x300 with 1 Axes>\n", r.stdout);
        assertEquals(800, r.figures.get(0).width);
        assertEquals("Loss", r.figures.get(0).title);
    }

    @Test
    void subplotsSqueezesAxesLikeNumpy() {
        RunResult r = ok(HEAD + "fig, ax = plt.subplots()\nprint(ax)\n"
                + "fig, axs = plt.subplots(1, 3)\nprint(len(axs), axs.shape)\na, b, c = axs\nprint(c is axs[-1], axs)\n"
                + "fig, axs = plt.subplots(2, 2, figsize=(6, 6))\nprint(axs.shape, axs[0, 1] is axs[0][1], axs[1, 0] is axs.flat[2])\n"
                + "for row in axs:\n    for a in row:\n        a.plot([1, 2])\n"
                + "print(axs[:, 1].shape, len(axs.flatten()))\n"
                + "fig, axs = plt.subplots(1, 1, squeeze=False)\nprint(axs.shape, axs[0, 0])\n");
        assertEquals("<Axes: >\n3 (3,)\nTrue array([<Axes: >, <Axes: >, <Axes: >], dtype=object)\n"
                + "(2, 2) True True\n(2,) 4\n(1, 1) <Axes: >\n", r.stdout);
        assertEquals(4, new FigureSvg(r.figures.get(2).svg).dataAreas().size());
        assertEquals(4, new FigureSvg(r.figures.get(2).svg).strokedPaths().size());
    }

    @Test
    void contourOfAnIjMeshgridDrawsWhatTheXyMeshgridDraws() {
        String f = "a = torch.linspace(-2, 2, 21)\nb = torch.linspace(-1, 3, 17)\n"
                + "X, Y = torch.meshgrid(a, b, indexing='%s')\nZ = (1 - X) ** 2 + 100 * (Y - X ** 2) ** 2\n"
                + "cs = plt.contour(X, Y, Z, levels=[1, 10, 100])\n";
        String xy = only(ok(HEAD + f.formatted("xy"))).text, ij = only(ok(HEAD + f.formatted("ij"))).text;
        assertEquals(xy, ij);
        FigureSvg svg = new FigureSvg(xy);
        assertEquals(3, svg.strokedPaths().size()); // one path per level
    }

    /** The colorbar's outline (the axes' frame joins its corners as miters, the bar's does not): x, y, width and height. */
    private static double[] colorbarBox(FigureSvg svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\""
            + " height=\"([\\d.]+)\" fill=\"none\" stroke=\"#000\" stroke-width=\"[\\d.]+\"/>").matcher(svg.text);
        assertTrue(m.find(), "colorbar outline");
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
    }

    @Test
    void colorbarShrinkAndAspectSizeTheBarAndItTakesTheMappablesAlpha() {
        String image = HEAD + "im = plt.imshow(torch.rand(4, 4), alpha=0.5)\n";
        FigureSvg plain = only(ok(image + "plt.colorbar(im)\n"));
        FigureSvg sized = only(ok(image + "plt.gcf().colorbar(im, shrink=0.5, aspect=5)\n"));
        double[] p = colorbarBox(plain), s = colorbarBox(sized);
        assertEquals(p[3] / 2, s[3], 0.06, "shrink halves the height");
        assertEquals(p[1] + p[3] / 4, s[1], 0.06, "centred beside the axes");
        assertEquals(s[3] / 5, s[2], 0.06, "aspect 5: five times as tall as wide");
        assertEquals(p[3] / 20, p[2], 0.06, "matplotlib's default aspect, 20");
        assertTrue(plain.text.contains("<g opacity=\"0.5\"><rect"), "the image's alpha on the bar");
    }

    @Test
    void labelTitleAndTickColoursAsMatplotlibsTwinxExampleSetsThem() {
        // matplotlib's twinx gallery example: each y axis in its line's colour, labels and tick labels
        FigureSvg svg = only(ok(HEAD + "fig, ax1 = plt.subplots()\nax1.set_xlabel('time (s)')\nax1.set_ylabel('exp', color='tab:red')\n"
            + "ax1.plot([1, 2], [3, 4], color='tab:red')\nax1.tick_params(axis='y', labelcolor='tab:red')\nax2 = ax1.twinx()\n"
            + "ax2.set_ylabel('sin', color='tab:blue')\nax2.plot([1, 2], [0, 1], color='tab:blue')\nax2.tick_params(axis='y', colors='b')\n"
            + "ax1.set_title('both', color='g')\n"));
        assertTrue(svg.text.contains("fill=\"#d62728\" text-anchor=\"middle\" transform=\"rotate(-90"), "the left label in tab:red");
        assertTrue(svg.text.contains("<g text-anchor=\"end\" fill=\"#d62728\">"), "the left tick labels in tab:red");
        assertTrue(svg.text.contains("<g text-anchor=\"start\" fill=\"#0000ff\">"), "colors= sets the twin's tick labels");
        assertTrue(svg.text.contains("stroke=\"#0000ff\""), "and its tick marks");
        assertTrue(svg.text.contains("fill=\"#008000\""), "the title in green");
        assertTrue(svg.text.contains("<g text-anchor=\"middle\">"), "x tick labels stay black");
        assertEquals("ValueError: axis must be one of 'x', 'y' or 'both', not 'z'",
            fails(HEAD + "plt.gca().tick_params(axis='z')\n").pythonLine());
    }

    @Test
    void contourSetsGoToClabelAndColorbarAndKnowTheirLevels() {
        RunResult r = ok(HEAD + "g = torch.linspace(-2, 2, 41)\nX, Y = torch.meshgrid(g, g, indexing='xy')\nZ = X ** 2 + Y ** 2\n"
                + "cs = plt.contour(X, Y, Z, levels=4, colors='k')\nprint(cs, cs.levels)\nprint(plt.clabel(cs, inline=True, fontsize=8))\n"
                + "cf = plt.contourf(X, Y, Z, levels=[0, 1, 2, 4, 8], cmap='viridis')\ncb = plt.colorbar(cf)\ncb.set_label('z')\nprint(cb)\n");
        String[] lines = r.stdout.split("\n");
        assertTrue(lines[0].matches("<matplotlib\\.contour\\.QuadContourSet object at 0x[0-9a-f]+> \\[0\\.0, 2\\.0, 4\\.0, 6\\.0, 8\\.0\\]"), lines[0]);
        assertEquals("[]", lines[1]);
        assertTrue(lines[2].startsWith("<matplotlib.colorbar.Colorbar object at 0x"), lines[2]);
        FigureSvg svg = only(r);
        // Circles of radius 1 and sqrt(2) lie inside the grid, so their lines close.
        List<Element> black = svg.strokedPaths("#000000");
        assertTrue(black.size() >= 2, "contour lines " + black.size());
        assertTrue(FigureSvg.closed(black.get(0)) || FigureSvg.closed(black.get(1)));
        assertTrue(svg.texts().contains("z"), "colorbar label");
        assertTrue(svg.texts().contains("2"), "clabel text");
        long filled = svg.inData("path").stream().filter(p -> !p.getAttribute("fill").isEmpty() && !p.getAttribute("fill").equals("none")).count();
        assertTrue(filled >= 4, "filled bands " + filled);
    }

    @Test
    void clabelFormatsLevelsWithFmt() {
        String grid = "g = torch.linspace(-2, 2, 21)\nX, Y = torch.meshgrid(g, g, indexing='xy')\ncs = plt.contour(X, Y, X ** 2 + Y ** 2, levels=[0.5, 2])\n";
        List<String> t = only(ok(HEAD + grid + "plt.clabel(cs, fmt='r=%.2f')\n")).texts();
        assertTrue(t.contains("r=0.50") && t.contains("r=2.00"), t.toString());
        t = only(ok(HEAD + grid + "plt.clabel(cs, fmt={0.5: 'inner', 2: 'outer'})\n")).texts();
        assertTrue(t.contains("inner") && t.contains("outer"), t.toString());
        t = only(ok(HEAD + grid + "plt.clabel(cs, fmt=lambda v: f'{v:g}!')\n")).texts();
        assertTrue(t.contains("0.5!") && t.contains("2!"), t.toString());
    }

    @Test
    void scatterTakesColoursNumbersAndSizes() {
        RunResult r = ok(HEAD + "print(plt.scatter([1, 2, 3], [3, 1, 2], c=[0.1, 0.5, 0.9], s=[10, 20, 30], cmap='viridis'))\n"
                + "plt.scatter(torch.arange(3), torch.zeros(3), color='red', marker='x', label='pts')\nplt.legend()\n");
        assertTrue(r.stdout.startsWith("<matplotlib.collections.PathCollection object at 0x"), r.stdout);
        FigureSvg svg = only(r);
        assertEquals(3, svg.inData("circle").size());
        assertTrue(svg.texts().contains("pts"));
    }

    @Test
    void textsLimitsScalesAndLegendsReachTheFigure() {
        RunResult r = ok(HEAD + "plt.figure()\nplt.semilogy([1, 2, 3], [1, 10, 100], label='growth')\nplt.title('T')\n"
                + "plt.xlabel('x')\nplt.ylabel('y')\nplt.legend(loc='upper left')\nplt.grid(True, alpha=0.3)\n"
                + "print(plt.xlim(0, 4), plt.gca().get_yscale())\nplt.suptitle('S')\nplt.tight_layout()\n");
        assertEquals("(0.0, 4.0) log\n", r.stdout);
        List<String> t = only(r).texts();
        for (String s : new String[] {"T", "x", "y", "growth", "S"}) assertTrue(t.contains(s), s + " in " + t);
    }

    @Test
    void figuresComeBackShownThenOpenAndAlsoAfterAnError() {
        RunResult r = Runner.run(HEAD + "plt.plot([1, 2])\nplt.title('one')\nplt.show()\nplt.figure()\nplt.plot([2, 1])\nplt.title('two')\n"
                + "plt.savefig('two.png')\nplt.close()\nplt.figure()\nplt.title('three')\nplt.plot([1, 1])\nraise ValueError('late')\n", Budget.defaults());
        assertEquals("ValueError: late", r.error.pythonLine());
        assertEquals(List.of("one", "two", "three"), r.figures.stream().map(f -> f.title).toList());
        assertEquals(List.of(1, 2, 3), r.figures.stream().map(f -> f.number).toList());
    }

    @Test
    void aClosedFigureThatWasNeverShownIsDropped() {
        RunResult r = ok(HEAD + "plt.plot([1, 2])\nplt.close()\nplt.plot([3, 4])\nplt.close('all')\n");
        assertEquals(0, r.figures.size());
    }

    @Test
    void theOtherDrawingCallsWork() {
        RunResult r = ok(HEAD + "fig, ax = plt.subplots()\nn, bins, patches = ax.hist(torch.randn(200), bins=8)\nprint(len(n), len(bins), patches)\n"
                + "print(plt.bar([1, 2, 3], [3, 1, 2], color='C2'))\nplt.axhline(0.5, color='k', ls='--')\nplt.axvline(x=1)\n"
                + "plt.fill_between([0, 1, 2], [0, 1, 0], alpha=0.2)\nprint(plt.text(0.5, 1.5, 'hi'))\nplt.annotate('min', xy=(1, 0), xytext=(2, 1), arrowprops=dict(arrowstyle='->'))\n"
                + "X, Y = torch.meshgrid(torch.arange(3.0), torch.arange(3.0), indexing='xy')\nprint(plt.quiver(X, Y, -Y, X))\n"
                + "plt.xticks([0, 1, 2], ['a', 'b', 'c'])\nax.set(title='all', ylim=(-1, 5))\nprint(ax.get_ylim())\n");
        String[] lines = r.stdout.split("\n");
        assertEquals("8 9 <BarContainer object of 8 artists>", lines[0]);
        assertEquals("<BarContainer object of 3 artists>", lines[1]);
        assertEquals("Text(0.5, 1.5, 'hi')", lines[2]);
        assertTrue(lines[3].startsWith("<matplotlib.quiver.Quiver object at 0x"));
        assertEquals("(-1.0, 5.0)", lines[4]);
        List<String> t = only(r).texts();
        assertTrue(t.contains("hi") && t.contains("min") && t.contains("b") && t.contains("all"), t.toString());
    }

    @Test
    void matplotlibItselfAndItsNormsImport() {
        RunResult r = ok("import matplotlib\nmatplotlib.use('Agg')\nfrom matplotlib import pyplot as plt\nfrom matplotlib.colors import LogNorm\n"
                + "import torch\ng = torch.linspace(0.1, 2, 20)\nX, Y = torch.meshgrid(g, g, indexing='xy')\n"
                + "plt.contourf(X, Y, X * Y * 100, norm=LogNorm())\nprint(matplotlib.pyplot is plt)\n");
        assertEquals("True\n", r.stdout);
        assertNotEquals(0, r.figures.size());
    }

    @Test
    void imshowColoursOneCellPerValueWithRowZeroAtTheTop() {
        // matplotlib: an AxesImage; limits hug the cells, the y axis runs down; gray maps the range to black..white
        RunResult r = ok(HEAD + "im = plt.imshow(torch.tensor([[0.0, 1.0, 1.0], [0.5, 0.0, 0.0]]), cmap='gray')\n"
                + "print(im, plt.xlim(), plt.ylim())\n");
        assertTrue(r.stdout.matches("<matplotlib\\.image\\.AxesImage object at 0x[0-9a-f]+> \\(-0\\.5, 2\\.5\\) \\(1\\.5, -0\\.5\\)\n"),
                r.stdout);
        List<Element> cells = only(r).inData("rect");
        // runs of one colour merge: black, white white | grey, black black
        assertEquals(List.of("#000000", "#ffffff", "#808080", "#000000"), cells.stream().map(e -> e.getAttribute("fill")).toList());
        double top = Double.parseDouble(cells.get(0).getAttribute("y")), below = Double.parseDouble(cells.get(2).getAttribute("y"));
        assertTrue(top < below, "row 0 is drawn above row 1");
    }

    @Test
    void imshowTakesBoolMasksColormapsAndAColorbar() {
        RunResult r = ok(HEAD + "h = torch.tensor([[0.1, -0.995], [0.999, 0.2]])\n"
                + "plt.imshow(h.abs() > 0.99, cmap='Blues', interpolation='nearest')\nplt.colorbar()\nplt.axis('off')\n");
        List<String> fills = only(r).inData("rect").stream().map(e -> e.getAttribute("fill")).toList();
        assertEquals(List.of("#f7fbff", "#08306b", "#08306b", "#f7fbff"), fills); // ColorBrewer Blues' two ends
        assertEquals("TypeError: Invalid shape (2, 2, 2) for image data", fails("plt.imshow(torch.zeros(2, 2, 2))\n").pythonLine());
        assertEquals("ValueError: 'center' is not a valid value for origin; supported values are 'upper', 'lower'",
                fails("plt.imshow([[1, 2]], origin='center')\n").pythonLine());
    }
}
