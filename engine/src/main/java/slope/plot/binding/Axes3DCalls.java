package slope.plot.binding;

import slope.lang.ForeignType;
import slope.lang.Py;
import slope.lang.PyList;
import slope.plot.Axes;
import slope.plot.Axes3D;
import slope.plot.LineOptions;
import slope.plot.ScatterOptions;
import slope.plot.SurfaceOptions;
import slope.run.PyError;

/** The calls only 3-D axes take (ax.plot_surface, ax.view_init, ...), and their 3-D forms of plot, scatter and contour. */
final class Axes3DCalls {
    private Axes3DCalls() {}

    static void install(ForeignType t) {
        AxesCalls.Call plot = (ax, a) -> plot((Axes3D) ax, a);
        AxesCalls.Call scatter = (ax, a) -> scatter((Axes3D) ax, a);
        AxesCalls.Call contour = (ax, a) -> contour((Axes3D) ax, a);
        AxesCalls.method(t, "plot", plot);
        AxesCalls.method(t, "plot3D", plot);
        AxesCalls.method(t, "scatter", scatter);
        AxesCalls.method(t, "scatter3D", scatter);
        AxesCalls.method(t, "contour", contour);
        AxesCalls.method(t, "contour3D", contour);
        AxesCalls.method(t, "plot_surface", (ax, a) -> surface((Axes3D) ax, a, false));
        AxesCalls.method(t, "plot_wireframe", (ax, a) -> surface((Axes3D) ax, a, true));
        AxesCalls.method(t, "set_zlabel", (ax, a) -> {
            ((Axes3D) ax).setZlabel(Kw.label(a.get(0, "zlabel")));
            a.get(1, "fontdict");
            a.get(2, "labelpad");
            a.take("fontsize", "size", "color", "loc");
            a.done("Text");
            return Py.NONE;
        });
        AxesCalls.method(t, "get_zlabel", (ax, a) -> ((Axes3D) ax).zlabel);
        AxesCalls.method(t, "set_zlim", (ax, a) -> {
            Double[] lim = AxesCalls.limitArgs(a, "bottom", "top", "z");
            ((Axes3D) ax).setZlim(lim[0], lim[1]);
            return zlim(ax);
        });
        AxesCalls.method(t, "get_zlim", (ax, a) -> zlim(ax));
        AxesCalls.method(t, "view_init", (ax, a) -> {
            Double elev = a.number(a.get(0, "elev"), "elev"), azim = a.number(a.get(1, "azim"), "azim"), roll = a.number(a.get(2, "roll"), "roll");
            Object vertical = a.get(3, "vertical_axis");
            if (vertical != null && !"z".equals(vertical)) throw PyError.value("Slope's 3-D axes keep z vertical (vertical_axis='z')");
            a.take("share");
            a.done("view_init");
            ((Axes3D) ax).viewInit(elev, azim, roll);
            return Py.NONE;
        });
        AxesCalls.method(t, "set_box_aspect", (ax, a) -> {
            Object aspect = a.get(0, "aspect");
            Double zoom = a.number(a.take("zoom"), "zoom");
            a.done("set_box_aspect");
            if (zoom != null && zoom != 1) throw PyError.value("Slope's set_box_aspect takes the default zoom=1");
            ((Axes3D) ax).setBoxAspect(aspect == null ? null : PlotData.vector(aspect, "aspect"));
            return Py.NONE;
        });
        t.property("name", self -> "3d");
        t.property("elev", self -> ((Axes3D) self).elev);
        t.property("azim", self -> ((Axes3D) self).azim);
        t.property("roll", self -> ((Axes3D) self).roll);
    }

    private static Object zlim(Axes ax) {
        double[] v = ((Axes3D) ax).viewLimits();
        return PlotObjects.pair(v[4], v[5]);
    }

    /** plot(xs, ys, [zs], [fmt], zs=0, zdir='z', **kwargs): one 3-D line; zs may be one number for all points. */
    private static Object plot(Axes3D ax, Kw a) {
        int n = a.positional();
        if (n < 2) throw PyError.type("plot() missing 1 required positional argument: 'ys'");
        Object zArg = n > 2 && !(a.arg(2) instanceof String) ? a.arg(2) : null;
        int next = zArg == null ? 2 : 3;
        String fmt = next < n && a.arg(next) instanceof String s ? s : null;
        if (next + (fmt == null ? 0 : 1) < n) throw PyError.type("Slope's 3-D plot takes one line: xs, ys, zs and a format string");
        Object zKw = a.take("zs");
        if (zArg != null && zKw != null) throw PyError.type("plot() got multiple values for argument 'zs'");
        zDir(a);
        LineOptions o = AxesCalls.lineOptions(a);
        a.done("Line3D");
        double[] x = PlotData.vector(a.arg(0), "x"), y = PlotData.vector(a.arg(1), "y");
        double[] z = heights(zArg != null ? zArg : zKw, x.length);
        PyList out = new PyList();
        out.add(ax.plot(x, y, z, fmt, o));
        return out;
    }

    /** scatter(xs, ys, zs=0, zdir='z', s=20, c=None, depthshade=True, **kwargs). */
    private static Object scatter(Axes3D ax, Kw a) {
        double[] x = PlotData.array(AxesCalls.need(a.get(0, "xs"), "scatter", "xs"), "xs").values();
        double[] y = PlotData.array(AxesCalls.need(a.get(1, "ys"), "scatter", "ys"), "ys").values();
        Object zs = a.get(2, "zs");
        if (a.positional() > 3) throw PyError.type("Slope's 3-D scatter takes xs, ys and zs positionally; give s= and c= by name");
        zDir(a);
        a.take("depthshade");
        ScatterOptions o = AxesCalls.scatterOptions(a, x.length, a.positional()); // by keyword only
        a.done("Path3DCollection");
        if (o.s == null) o.s = new double[] {20}; // mplot3d's default marker area
        return ax.scatter(x, y, heights(zs, x.length), o);
    }

    /** contour(X, Y, Z, [levels], zdir='z', offset=None, **kwargs). */
    private static Object contour(Axes3D ax, Kw a) {
        int n = a.positional();
        if (n != 3 && n != 4) throw PyError.type("Slope's 3-D contour takes X, Y, Z and optionally levels, not " + n + " positional arguments");
        String zdir = a.string(a.take("zdir"), "zdir");
        Double offset = a.number(a.take("offset"), "offset");
        if (a.take("extend3d") instanceof Boolean b && b) throw PyError.value("Slope's 3-D contour draws lines; extend3d=True is not supported");
        a.take("stride");
        slope.plot.ContourOptions o = AxesCalls.contourOptions(a, n == 4 ? a.arg(3) : null, "contour");
        a.done("QuadContourSet");
        double[][][] g = grids(a);
        return ax.contour(g[0], g[1], g[2], o, zdir == null ? 'z' : zdir.length() == 1 ? zdir.charAt(0) : '?', offset);
    }

    /** plot_surface(X, Y, Z, **kwargs) and plot_wireframe(X, Y, Z, **kwargs). */
    private static Object surface(Axes3D ax, Kw a, boolean wireframe) {
        SurfaceOptions o = new SurfaceOptions();
        o.rstride = a.integer(a.take("rstride"), "rstride");
        o.cstride = a.integer(a.take("cstride"), "cstride");
        o.rcount = a.integer(a.take("rcount"), "rcount");
        o.ccount = a.integer(a.take("ccount"), "ccount");
        Object color = a.take("color", "c");
        if (color != null) o.color = PlotData.color(color);
        o.alpha = a.number(a.take("alpha"), "alpha");
        o.linewidth = a.number(a.take("linewidth", "lw", "linewidths"), "linewidth");
        if (wireframe) {
            o.linestyle = a.string(a.take("linestyle", "ls", "linestyles"), "linestyle");
            o.label = Kw.label(a.take("label"));
        } else {
            o.cmap = a.cmap(a.take("cmap"));
            o.vmin = a.number(a.take("vmin"), "vmin");
            o.vmax = a.number(a.take("vmax"), "vmax");
            Object edge = a.take("edgecolor", "edgecolors", "ec");
            if (edge != null) o.edgecolor = PlotData.color(edge);
            Object shade = a.take("shade");
            if (shade == Py.NONE) throw PyError.value("shade cannot be None.");
            o.shade = a.bool(shade);
            if (a.take("facecolors") != null) throw PyError.value("Slope's plot_surface colours by cmap= or color=; facecolors= is not supported");
            if (a.take("norm") != null) throw PyError.value("Slope's plot_surface takes vmin and vmax, not norm=");
        }
        a.take("lightsource", "axlim_clip");
        a.done(wireframe ? "Line3DCollection" : "Poly3DCollection");
        double[][][] g = grids(a);
        return wireframe ? ax.plotWireframe(g[0], g[1], g[2], o) : ax.plotSurface(g[0], g[1], g[2], o);
    }

    /** X, Y, Z as the grids plot_surface takes: Z 2-D; X and Y 2-D, or 1-D rows repeated as numpy broadcasts them. */
    private static double[][][] grids(Kw a) {
        if (a.positional() < 3) throw PyError.type(a.fn + "() missing required positional arguments: 'X', 'Y' and 'Z'");
        PlotData.Array za = PlotData.array(a.arg(2), "Z");
        if (za.dim() != 2) throw PyError.value("Argument Z must be 2-dimensional.");
        double[][] z = PlotData.rows(za);
        return new double[][][] {grid(a.arg(0), "X", z), grid(a.arg(1), "Y", z), z};
    }

    private static double[][] grid(Object o, String what, double[][] z) {
        PlotData.Array arr = PlotData.array(o, what);
        int rows = z.length, cols = z[0].length;
        if (arr.dim() == 2) return PlotData.rows(arr);
        if (arr.dim() == 1 && arr.size() == cols) {
            double[][] g = new double[rows][];
            for (int r = 0; r < rows; r++) g[r] = arr.values().clone();
            return g;
        }
        throw PyError.value("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between " + what + " with shape "
            + arr.shapeText() + " and Z with shape (" + rows + ", " + cols + ").");
    }

    /** zs as one value per point, or one number for all (0 when not given). */
    private static double[] heights(Object zs, int n) {
        if (zs == null) return new double[n];
        double[] z = PlotData.array(zs, "zs").values();
        if (z.length == 1 && n != 1) {
            double[] all = new double[n];
            java.util.Arrays.fill(all, z[0]);
            return all;
        }
        return z;
    }

    private static void zDir(Kw a) {
        Object zdir = a.take("zdir");
        if (zdir != null && !"z".equals(zdir)) throw PyError.value("Slope's 3-D plot and scatter take zdir='z'");
    }
}
