package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * fig.add_subplot(projection='3d') in Slope programs. Expected numbers come from matplotlib 3.11.2 at dpi=100
 * (the newest wheel this machine installs; mplot3d's projection and defaults are those of 3.10).
 */
class Axes3DBindingTest {
    private static final String BOWL = "import torch\nimport matplotlib.pyplot as plt\n"
        + "x = torch.linspace(-2, 2, 21)\nX, Y = torch.meshgrid(x, x, indexing='xy')\nZ = X**2 + Y**2\n"
        + "fig = plt.figure()\nax = fig.add_subplot(projection='3d')\n";

    private static PyError fails(String code) {
        RunResult r = Runner.run(code, Budget.defaults());
        if (r.error == null) throw new AssertionError("expected an error, printed " + r.stdout);
        return r.error;
    }

    @Test
    void everyWayOfMakingA3dAxesGivesAnAxes3D() {
        RunResult r = ok("import matplotlib.pyplot as plt\nfrom mpl_toolkits.mplot3d import Axes3D\nimport mpl_toolkits.mplot3d\n"
            + "fig = plt.figure()\n"
            + "a = fig.add_subplot(111, projection='3d')\nb = fig.add_subplot(1, 2, 2, projection='3d')\n"
            + "c = plt.axes(projection='3d')\nd = plt.subplot(2, 2, 1, projection='3d')\n"
            + "f, e = plt.subplots(subplot_kw={'projection': '3d'})\nf2, g = plt.subplots(1, 2, subplot_kw={'projection': '3d'})\n"
            + "print(type(a).__name__, a.name, isinstance(b, Axes3D), type(c).__name__, type(d).__name__, type(e).__name__, type(g[1]).__name__)\n"
            + "print(type(fig.add_subplot(2, 2, 4)).__name__)\n");
        assertEquals("Axes3D 3d True Axes3D Axes3D Axes3D Axes3D\nAxes\n", r.stdout);
    }

    @Test
    void unknownProjectionIsMatplotlibsValueError() {
        PyError e = fails("import matplotlib.pyplot as plt\nplt.figure().add_subplot(projection='4d')\n");
        assertEquals("ValueError: Unknown projection '4d'", e.pythonLine());
    }

    @Test
    void twoDimensionalOnlyCallsAreAttributeErrorsOn3dAxes() {
        PyError e = fails(BOWL + "ax.imshow(Z)\n");
        assertTrue(e.pythonLine().startsWith("AttributeError"), e.pythonLine());
        PyError viaPlt = fails(BOWL + "plt.bar([1, 2], [3, 4])\n");
        assertTrue(viaPlt.pythonLine().startsWith("AttributeError"), viaPlt.pythonLine());
    }

    @Test
    void limitsOfASurfaceAreMatplotlibs() {
        RunResult r = ok(BOWL + "ax.plot_surface(X, Y, Z, cmap='viridis')\nprint([round(v, 9) for v in ax.get_xlim() + ax.get_zlim()])\n"
            + "print(ax.set_zlim(0, 10), ax.get_zlim())\n");
        // float32 grids: the same limits as numpy's float64 ones to nine places
        assertEquals("[-2.291666667, 2.291666667, -0.166666667, 8.166666667]\n(0.0, 10.0) (0.0, 10.0)\n", r.stdout);
    }

    @Test
    void surfaceIsOnePolygonPerQuadPaintedFarthestFirstInColormapColours() {
        FigureSvg svg = only(ok(BOWL + "ax.plot_surface(X, Y, Z, cmap='viridis')\n"));
        List<Element> polys = svg.inData("path");
        assertEquals(400, polys.size());
        // matplotlib: surf._facecolors2d after drawing, in painting order (Slope's viridis is within 1/255 of its table)
        assertColor("#35b779", polys.get(0));
        assertColor("#1fa188", polys.get(1));
        assertColor("#fde725", polys.get(399));
    }

    @Test
    void singleColourSurfaceTakesTheNextLineColourShadedByTheLight() {
        FigureSvg svg = only(ok(BOWL + "ax.plot_surface(X, Y, Z)\n"));
        List<Element> polys = svg.inData("path");
        assertColor("#185a89", polys.get(0)); // C0, shaded, as matplotlib paints it first
        assertColor("#155079", polys.get(399));
    }

    @Test
    void projectedPointsLandWhereMatplotlibPutsThem() {
        FigureSvg svg = only(ok(BOWL + "ax.plot_surface(X, Y, Z, cmap='viridis')\nax.plot([-2, 2, 2], [-2, 2, -2], [0, 8, 8])\n"));
        String d = svg.strokedPaths("#1f77b4").get(0).getAttribute("d");
        double[] at = points(d);
        // proj3d.proj_transform then ax.transData, in pixels from the top left
        double[] expected = {191.923, 330.090, 475.473, 143.797, 374.415, 233.845};
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], at[i], 0.15, d);
    }

    /** Absolute points of path data written as PathData writes it: M x,y then l dx,dy dx,dy ... */
    private static double[] points(String d) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[MLlZ]|-?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)").matcher(d);
        java.util.List<Double> out = new java.util.ArrayList<>();
        char cmd = 'M';
        double x = 0, y = 0;
        Double pending = null;
        while (m.find()) {
            String t = m.group();
            if (Character.isLetter(t.charAt(0))) { cmd = t.charAt(0); continue; }
            double v = Double.parseDouble(t);
            if (pending == null) { pending = v; continue; }
            x = cmd == 'l' ? x + pending : pending;
            y = cmd == 'l' ? y + v : v;
            pending = null;
            out.add(x);
            out.add(y);
        }
        double[] r = new double[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }

    private static void assertColor(String expected, Element e) {
        String got = e.getAttribute("fill");
        for (int k = 1; k < 7; k += 2) {
            int a = Integer.parseInt(expected.substring(k, k + 2), 16), b = Integer.parseInt(got.substring(k, k + 2), 16);
            assertTrue(Math.abs(a - b) <= 1, "expected " + expected + " but was " + got);
        }
    }

    @Test
    void panesGridTicksAndLabelsAreDrawn() {
        FigureSvg svg = only(ok(BOWL + "ax.plot_surface(X, Y, Z, cmap='viridis')\n"
            + "ax.set_xlabel('w1')\nax.set_ylabel('w2')\nax.set_zlabel('loss')\nax.set_title('Loss surface')\n"));
        List<String> texts = svg.texts();
        for (String t : new String[] {"w1", "w2", "loss", "Loss surface", "\u22122", "8"}) assertTrue(texts.contains(t), t + " in " + texts);
        // matplotlib's z tick labels for this surface: 0 to 8
        assertTrue(svg.text.contains("fill=\"#f2f2f2\"") && svg.text.contains("fill=\"#e6e6e6\"") && svg.text.contains("fill=\"#ececec\""));
        assertTrue(svg.text.contains("stroke=\"#b0b0b0\""), "grid lines");
        FigureSvg noGrid = only(ok(BOWL + "ax.plot_surface(X, Y, Z)\nax.grid(False)\n"));
        assertTrue(!noGrid.text.contains("stroke=\"#b0b0b0\""));
    }

    @Test
    void tickRoomIsTheSquaredAxesSide() {
        // matplotlib's visible tick labels: x and y by ones in the default 6.4 x 4.8 figure, by halves in an 8 x 6 one
        List<String> small = only(ok(BOWL + "ax.plot_surface(X, Y, Z)\n")).texts();
        List<String> large = only(ok(BOWL.replace("plt.figure()", "plt.figure(figsize=(8, 6))") + "ax.plot_surface(X, Y, Z)\n")).texts();
        for (String t : new String[] {"\u22122", "\u22121", "0", "1", "2", "8"}) assertTrue(small.contains(t), t + " in " + small);
        assertTrue(!small.contains("0.5") && !small.contains("\u22122.0"), small.toString());
        for (String t : new String[] {"\u22122.0", "\u22121.5", "0.0", "0.5", "2.0", "8"}) assertTrue(large.contains(t), t + " in " + large);
    }

    @Test
    void linesScatterWireframeAndContoursDrawWithALegendAndColorbar() {
        RunResult r = ok(BOWL + "surf = ax.plot_surface(X, Y, Z, cmap='viridis', alpha=0.5)\n"
            + "ax.plot3D([1.5, 0.5, 0.1], [1.5, 0.5, 0.1], [4.5, 0.5, 0.02], 'r-o', label='descent')\n"
            + "ax.scatter3D([0, 1], [0, 1], [0, 2], c=[0.0, 1.0], label='pts')\n"
            + "cs = ax.contour(X, Y, Z, 5, offset=0, cmap='viridis')\nprint(cs.levels)\n"
            + "ax.plot_wireframe(X, Y, Z, rstride=5, cstride=5)\n"
            + "fig.colorbar(surf, shrink=0.5, aspect=5)\nax.legend()\nax.view_init(elev=20, azim=45)\n");
        FigureSvg svg = only(r);
        assertEquals(1, svg.strokedPaths("#ff0000").size());
        assertTrue(svg.texts().contains("descent") && svg.texts().contains("pts"));
        assertTrue(svg.strokedPaths().size() >= 5, "contour levels and the wireframe");
    }

    @Test
    void badSurfaceArgumentsAreMatplotlibsErrors() {
        assertEquals("ValueError: Cannot specify both stride and count arguments",
            fails(BOWL + "ax.plot_surface(X, Y, Z, rstride=2, rcount=5)\n").pythonLine());
        assertEquals("ValueError: Argument Z must be 2-dimensional.", fails(BOWL + "ax.plot_surface(X, Y, x)\n").pythonLine());
    }
}
