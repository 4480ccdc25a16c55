package slope.plot.binding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.plot.Axes;
import slope.plot.Axes3D;
import slope.plot.Colors;
import slope.plot.ContourOptions;
import slope.plot.LineOptions;
import slope.plot.Patches;
import slope.plot.Pyplot;
import slope.plot.Quiver;
import slope.plot.ScatterOptions;
import slope.plot.SvgRenderer;
import slope.run.PyError;

/**
 * The calls that draw on one axes, each written once: as {@code ax.name(...)} and, where pyplot has it,
 * as {@code plt.name(...)} on the current axes ({@code set_title} is {@code plt.title}).
 */
final class AxesCalls {
    @FunctionalInterface
    interface Call { Object call(Axes ax, Kw a); }

    private final ForeignType axes, axes3d;
    private final PyModule plt;
    private final Pyplot pyplot;

    private AxesCalls(ForeignType axes, ForeignType axes3d, PyModule plt, Pyplot pyplot) {
        this.axes = axes;
        this.axes3d = axes3d;
        this.plt = plt;
        this.pyplot = pyplot;
    }

    /** Adds every call to the Axes type and to the pyplot module, and those 3-D axes share to the Axes3D type. */
    static void install(ForeignType axes, ForeignType axes3d, PyModule plt, Pyplot pyplot) {
        new AxesCalls(axes, axes3d, plt, pyplot).all();
    }

    /** A 2-D call; plt.name on a current 3-D axes calls that axes' own method of the name (or raises AttributeError). */
    private void both(String axName, String pltName, Call c) {
        method(axes, axName, c);
        if (pltName != null) plt.def(pltName, (args, kw) -> PyplotModule.guard(() -> {
            Axes ax = pyplot.gca();
            if (ax instanceof Axes3D) return Interpreter.current().call(Interpreter.current().getAttr(ax, axName), args, kw);
            return c.call(ax, new Kw(pltName, args, kw));
        }));
    }

    /** A call that 2-D and 3-D axes take alike. */
    private void shared(String axName, String pltName, Call c) {
        both(axName, pltName, c);
        method(axes3d, axName, c);
    }

    static void method(ForeignType type, String name, Call c) {
        type.method(name, (self, args, kw) -> PyplotModule.guard(() -> c.call((Axes) self, new Kw(name, args, kw))));
    }

    private void all() {
        both("plot", "plot", AxesCalls::plot);
        both("semilogy", "semilogy", (ax, a) -> { Object r = plot(ax, a); ax.setYscale("log"); return r; });
        both("semilogx", "semilogx", (ax, a) -> { Object r = plot(ax, a); ax.setXscale("log"); return r; });
        both("loglog", "loglog", (ax, a) -> { Object r = plot(ax, a); ax.setXscale("log"); ax.setYscale("log"); return r; });
        both("scatter", "scatter", AxesCalls::scatter);
        both("errorbar", "errorbar", AxesCalls::errorbar);
        both("contour", "contour", (ax, a) -> contour(ax, a, false));
        both("contourf", "contourf", (ax, a) -> contour(ax, a, true));
        both("clabel", "clabel", (ax, a) -> {
            Object cs = a.get(0, "CS");
            if (!(cs instanceof slope.plot.Contour c)) throw PyError.type("clabel() needs the contour set that contour() returned");
            a.get(1, "levels");
            Object fmt = a.take("fmt");
            a.take("fontsize", "colors", "manual", "use_clabeltext", "zorder");
            a.done("clabel");
            ax.clabel(c);
            if (fmt != null) c.labelTexts = labelTexts(c.levels, fmt);
            return new PyList();
        });
        both("imshow", "imshow", AxesCalls::imshow);
        both("hist", "hist", AxesCalls::hist);
        both("bar", "bar", AxesCalls::bar);
        both("axhline", "axhline", (ax, a) -> refLine(ax, a, true));
        both("axvline", "axvline", (ax, a) -> refLine(ax, a, false));
        both("fill_between", "fill_between", AxesCalls::fillBetween);
        both("text", "text", AxesCalls::text);
        both("annotate", "annotate", AxesCalls::annotate);
        both("quiver", "quiver", AxesCalls::quiver);
        shared("set_title", "title", (ax, a) -> {
            ax.setTitle(Kw.label(a.get(0, "label")), a.number(a.take("fontsize", "size"), "fontsize"));
            a.get(1, "fontdict");
            a.get(2, "loc");
            a.take("y");
            ax.titleColor = color(a.take("color"));
            a.done("Text");
            return Py.NONE;
        });
        shared("set_xlabel", "xlabel", (ax, a) -> label(ax, a, true));
        shared("set_ylabel", "ylabel", (ax, a) -> label(ax, a, false));
        shared("set_xlim", "xlim", (ax, a) -> limits(ax, a, true));
        shared("set_ylim", "ylim", (ax, a) -> limits(ax, a, false));
        shared("get_xlim", null, (ax, a) -> { double[] v = viewLimits(ax); return PlotObjects.pair(v[0], v[1]); });
        shared("get_ylim", null, (ax, a) -> { double[] v = viewLimits(ax); return PlotObjects.pair(v[2], v[3]); });
        both("set_xscale", "xscale", (ax, a) -> { ax.setXscale(a.string(a.get(0, "value"), "value")); a.take("base"); a.done(); return Py.NONE; });
        both("set_yscale", "yscale", (ax, a) -> { ax.setYscale(a.string(a.get(0, "value"), "value")); a.take("base"); a.done(); return Py.NONE; });
        both("set_xticks", "xticks", (ax, a) -> ticks(ax, a, true));
        both("set_yticks", "yticks", (ax, a) -> ticks(ax, a, false));
        shared("legend", "legend", AxesCalls::legend);
        shared("grid", "grid", AxesCalls::grid);
        both("axis", "axis", AxesCalls::axis);
        both("set_aspect", null, (ax, a) -> { Object v = a.get(0, "aspect"); a.take("adjustable"); a.done(); ax.setAspect(v instanceof String s ? s : "equal"); return Py.NONE; });
        shared("get_title", null, (ax, a) -> ax.title);
        shared("get_xlabel", null, (ax, a) -> ax.xlabel);
        shared("get_ylabel", null, (ax, a) -> ax.ylabel);
        both("get_xscale", null, (ax, a) -> ax.xscale);
        both("get_yscale", null, (ax, a) -> ax.yscale);
        both("set", null, AxesCalls::set);
        both("tick_params", "tick_params", AxesCalls::tickParams);
        axes.property("spines", ax -> new PlotObjects.Spines((Axes) ax));
        // plt.twinx(ax=None) twins ax, else the current axes; ax.twinx() twins ax.
        both("twinx", "twinx", (ax, a) -> {
            Object of = a.get(0, "ax");
            a.done();
            if (of != null && !(of instanceof Axes)) throw PyError.type("twinx() needs an Axes, not " + Interpreter.current().typeName(of));
            return pyplot.twinx(of == null ? ax : (Axes) of);
        });
    }

    // ---- drawing -------------------------------------------------------------------------------

    /** plot(*args, **kwargs): groups of x, y[, fmt] (or y[, fmt] alone); a 2-D y is one line per column. */
    static Object plot(Axes ax, Kw a) {
        LineOptions o = lineOptions(a);
        a.take("scalex", "scaley", "data", "drawstyle", "ds");
        a.done("Line2D");
        PyList lines = new PyList();
        int n = a.positional(), i = 0;
        if (n == 0) return lines;
        while (i < n) {
            int end = Math.min(i + 2, n);
            Object[] group = new Object[3];
            int size = 0;
            for (int k = i; k < end; k++) group[size++] = a.arg(k);
            i = end;
            if (i < n && a.arg(i) instanceof String) group[size++] = a.arg(i++);
            String fmt = null;
            if (size > 1 && group[size - 1] instanceof String s) { fmt = s; size--; }
            for (int k = 0; k < size; k++) if (group[k] instanceof String) throw PyError.value("third arg must be a format string");
            lines(ax, size == 2 ? group[0] : null, group[size - 1], fmt, o, lines);
        }
        return lines;
    }

    private static void lines(Axes ax, Object xArg, Object yArg, String fmt, LineOptions o, PyList out) {
        PlotData.Array y = oneD(PlotData.array(yArg, "y"));
        PlotData.Array x;
        if (xArg == null) {
            double[] idx = new double[y.shape()[0]];
            for (int i = 0; i < idx.length; i++) idx[i] = i;
            x = new PlotData.Array(idx, new int[] {idx.length});
        } else {
            x = oneD(PlotData.array(xArg, "x"));
        }
        if (x.dim() > 2 || y.dim() > 2)
            throw PyError.value("x and y can be no greater than 2D, but have shapes " + x.shapeText() + " and " + y.shapeText());
        if (x.shape()[0] != y.shape()[0])
            throw PyError.value("x and y must have same first dimension, but have shapes " + x.shapeText() + " and " + y.shapeText());
        int ncx = x.columns(), ncy = y.columns();
        if (ncx > 1 && ncy > 1 && ncx != ncy) throw PyError.value("x has " + ncx + " columns but y has " + ncy + " columns");
        int n = Math.max(ncx, ncy);
        for (int j = 0; j < n; j++) {
            LineOptions oj = copy(o);
            out.add(ax.plot(x.column(ncx == 1 ? 0 : j), y.column(ncy == 1 ? 0 : j), fmt, oj));
        }
    }

    /** A 0-d value plots as one point. */
    private static PlotData.Array oneD(PlotData.Array a) {
        return a.dim() == 0 ? new PlotData.Array(a.values(), new int[] {1}) : a;
    }

    private static LineOptions copy(LineOptions o) {
        LineOptions c = new LineOptions();
        c.label = o.label;
        c.color = o.color;
        c.linestyle = o.linestyle;
        c.marker = o.marker;
        c.linewidth = o.linewidth;
        c.markersize = o.markersize;
        c.alpha = o.alpha;
        return c;
    }

    /** The Line2D keywords: label, color/c, linestyle/ls, linewidth/lw, marker, markersize/ms, alpha. */
    static LineOptions lineOptions(Kw a) {
        LineOptions o = new LineOptions();
        o.label = Kw.label(a.take("label"));
        Object c = a.take("color", "c");
        if (c != null) o.color = PlotData.color(c);
        o.linestyle = a.string(a.take("linestyle", "ls"), "linestyle");
        Object m = a.take("marker");
        if (m != null) o.marker = m instanceof String s ? s : Kw.label(m);
        o.linewidth = a.number(a.take("linewidth", "lw"), "linewidth");
        o.markersize = a.number(a.take("markersize", "ms"), "markersize");
        o.alpha = a.number(a.take("alpha"), "alpha");
        return o;
    }

    /** errorbar(x, y, yerr=None, xerr=None, fmt='', *, ecolor, elinewidth, capsize, capthick, **Line2D keywords). */
    static Object errorbar(Axes ax, Kw a) {
        double[] x = PlotData.array(need(a.get(0, "x"), "errorbar", "x"), "x").values();
        double[] y = PlotData.array(need(a.get(1, "y"), "errorbar", "y"), "y").values();
        Object yerr = a.get(2, "yerr"), xerr = a.get(3, "xerr");
        String fmt = a.string(a.get(4, "fmt"), "fmt");
        Object ecolor = a.take("ecolor");
        Double elinewidth = a.number(a.take("elinewidth"), "elinewidth");
        Double capsize = a.number(a.take("capsize"), "capsize");
        Double capthick = a.number(a.take("capthick"), "capthick");
        LineOptions o = lineOptions(a);
        a.take("barsabove", "data");
        for (String limit : new String[] {"lolims", "uplims", "xlolims", "xuplims"})
            if (Boolean.TRUE.equals(a.bool(a.take(limit)))) throw PyError.value("Slope's errorbar does not draw " + limit + "= (limit arrows)");
        Double every = a.number(a.take("errorevery"), "errorevery");
        if (every != null && every != 1) throw PyError.value("Slope's errorbar draws a bar at every point, not errorevery=");
        a.done("Line2D");
        return ax.errorbar(x, y, errors(yerr, "y", y.length), errors(xerr, "x", x.length), fmt, o,
            ecolor == null ? null : PlotData.color(ecolor), elinewidth, capsize, capthick);
    }

    /** An error argument as {lower, upper}, each n long: a scalar, n values, or a 2 x n array, as numpy broadcasts it to (2, n). */
    private static double[][] errors(Object err, String axis, int n) {
        if (err == null) return null;
        PlotData.Array e = PlotData.array(err, axis + "err");
        int[] s = e.shape();
        int d = s.length;
        boolean fits = d <= 2 && (d == 0 || s[d - 1] == 1 || s[d - 1] == n) && (d < 2 || s[0] == 1 || s[0] == 2);
        if (!fits) {
            throw PyError.value("'" + axis + "err' (shape: " + e.shapeText() + ") must be a scalar or a 1D or (2, n) array-like whose shape matches '"
                + axis + "' (shape: (" + n + ",))");
        }
        int cols = d == 0 ? 1 : s[d - 1], rows = d == 2 ? s[0] : 1;
        double[][] out = new double[2][n];
        for (int r = 0; r < 2; r++) for (int i = 0; i < n; i++) out[r][i] = e.values()[(rows == 1 ? 0 : r) * cols + (cols == 1 ? 0 : i)];
        return out;
    }

    static Object scatter(Axes ax, Kw a) {
        double[] x = PlotData.array(need(a.get(0, "x"), "scatter", "x"), "x").values();
        double[] y = PlotData.array(need(a.get(1, "y"), "scatter", "y"), "y").values();
        ScatterOptions o = scatterOptions(a, x.length, 2);
        a.done("PathCollection");
        return ax.scatter(x, y, o);
    }

    /** scatter's s, c, marker, cmap, norm, vmin, vmax, alpha, linewidths (positional from index first on; first = a.positional() takes them by keyword only), label, color. */
    static ScatterOptions scatterOptions(Kw a, int n, int first) {
        ScatterOptions o = new ScatterOptions();
        Object s = a.get(first, "s");
        if (s != null) o.s = PlotData.array(s, "s").values();
        Object c = a.get(first + 1, "c");
        o.marker = a.string(a.get(first + 2, "marker"), "marker");
        o.cmap = a.cmap(a.get(first + 3, "cmap"));
        Object norm = a.get(first + 4, "norm");
        if (norm != null) throw PyError.value("Slope's scatter takes vmin and vmax, not norm=");
        o.vmin = a.number(a.get(first + 5, "vmin"), "vmin");
        o.vmax = a.number(a.get(first + 6, "vmax"), "vmax");
        o.alpha = a.number(a.get(first + 7, "alpha"), "alpha");
        a.get(first + 8, "linewidths");
        o.label = Kw.label(a.take("label"));
        Object color = a.take("color");
        if (c != null && color != null) throw PyError.value("Supply a 'c' argument or a 'color' kwarg but not both; they differ but their functionalities overlap.");
        if (c == null) c = color;
        if (c instanceof String || c instanceof PyTuple t && t.items.length >= 3 && t.items.length <= 4 && t.items.length != n
                || c instanceof PyList l && l.size() > 0 && (l.get(0) instanceof String || l.get(0) instanceof PyTuple)) {
            o.color = PlotData.colors(c);
        } else if (c != null) {
            o.c = PlotData.array(c, "c").values();
        }
        a.take("plotnonfinite");
        return o;
    }

    /** contour([X, Y,] Z, [levels], **kwargs); X and Y from meshgrid with either indexing. */
    static Object contour(Axes ax, Kw a, boolean filled) {
        String fn = filled ? "contourf" : "contour";
        int n = a.positional();
        if (n == 0 || n > 4) throw PyError.type(fn + "() takes from 1 to 4 positional arguments but " + n + " were given");
        boolean grid = n >= 3;
        ContourOptions o = contourOptions(a, n == 2 || n == 4 ? a.arg(n - 1) : null, fn);
        a.done("QuadContourSet");
        double[][] z = PlotData.matrix(a.arg(grid ? 2 : 0), "z");
        if (!grid) return filled ? ax.contourf(z, o) : ax.contour(z, o);
        PlotData.Array xa = PlotData.array(a.arg(0), "x"), ya = PlotData.array(a.arg(1), "y");
        if (xa.dim() == 1 && ya.dim() == 1)
            return filled ? ax.contourf(xa.values(), ya.values(), z, o) : ax.contour(xa.values(), ya.values(), z, o);
        if (xa.dim() != 2 || ya.dim() != 2) throw PyError.type("Number of dimensions of x (" + xa.dim() + ") and y (" + ya.dim() + ") do not match");
        double[][] gx = PlotData.matrix(a.arg(0), "x"), gy = PlotData.matrix(a.arg(1), "y");
        if (ijLayout(gx, gy)) {
            // meshgrid(..., indexing='ij') grids: x runs down the rows. The same surface, transposed.
            gx = transpose(gx);
            gy = transpose(gy);
            z = transpose(z);
        }
        return filled ? ax.contourf(gx, gy, z, o) : ax.contour(gx, gy, z, o);
    }

    /** contour's keywords, and its levels (a count or values) given positionally or as levels=. */
    static ContourOptions contourOptions(Kw a, Object levels, String fn) {
        ContourOptions o = new ContourOptions();
        Object kwLevels = a.take("levels");
        if (levels != null && kwLevels != null) throw PyError.type(fn + "() got multiple values for argument 'levels'");
        if (levels == null) levels = kwLevels;
        if (levels instanceof Long || levels instanceof Boolean) o.levelCount = (int) Py.index(levels);
        else if (levels != null) o.levels = PlotData.vector(levels, "levels");
        o.cmap = a.cmap(a.take("cmap"));
        Object colors = a.take("colors");
        if (colors != null) o.colors = PlotData.colors(colors);
        Object lw = a.take("linewidths");
        if (lw != null) o.linewidths = PlotData.array(lw, "linewidths").values()[0];
        Object ls = a.take("linestyles");
        if (ls != null) o.linestyles = ls instanceof String s ? s : Kw.label(PlotData.colors(ls)[0]);
        o.alpha = a.number(a.take("alpha"), "alpha");
        o.vmin = a.number(a.take("vmin"), "vmin");
        o.vmax = a.number(a.take("vmax"), "vmax");
        Object norm = a.take("norm");
        if (norm instanceof PlotObjects.LogNorm || "log".equals(norm)) o.norm = "log";
        else if (norm != null && !"linear".equals(norm)) throw PyError.value("Slope's " + fn + " takes norm=LogNorm() or 'log'");
        Object locator = a.take("locator");
        if (locator != null) o.locator = "log";
        return o;
    }

    /** X constant along each row and Y along each column (and not the other way round): an 'ij' meshgrid. */
    private static boolean ijLayout(double[][] gx, double[][] gy) {
        if (gx.length < 2 || gx[0].length < 2 || gy.length != gx.length || gy[0].length != gx[0].length) return false;
        for (double[] row : gx) for (double v : row) if (v != row[0]) return false;
        for (int j = 0; j < gy[0].length; j++) for (double[] row : gy) if (row[j] != gy[0][j]) return false;
        return gx[0][0] != gx[1][0];
    }

    private static double[][] transpose(double[][] m) {
        if (m.length == 0) return m;
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) for (int j = 0; j < m[i].length; j++) t[j][i] = m[i][j];
        return t;
    }

    /** clabel(fmt=...): a %-format ('%g', '%.1f', '%1.0f'), a dict from level to text, or a function of the level. */
    private static String[] labelTexts(double[] levels, Object fmt) {
        Interpreter py = Interpreter.current();
        String[] out = new String[levels.length];
        for (int i = 0; i < levels.length; i++) {
            if (fmt instanceof String f) {
                Matcher m = LabelFormat.PERCENT.matcher(f);
                if (!m.matches()) throw PyError.value("clabel's fmt takes one %-format such as '%g' or '%.1f', not " + py.repr(f));
                String spec = m.group(2);
                Object v = spec.endsWith("d") ? (Object) (long) levels[i] : (Object) levels[i];
                out[i] = m.group(1) + py.format(v, spec) + m.group(3);
            } else if (fmt instanceof slope.lang.PyDict d) {
                Object t = d.get(levels[i]);
                if (t == null) throw py.keyError(levels[i]);
                out[i] = py.str(t);
            } else {
                out[i] = py.str(py.call(fmt, levels[i]));
            }
        }
        return out;
    }

    /** Compiled on first use, not with the class: every run installs pyplot, few label contours. */
    private static final class LabelFormat {
        static final Pattern PERCENT = Pattern.compile("(?s)(.*?)%([-+ 0#]*\\d*(?:\\.\\d+)?[dfFeEgGs])(.*)");
    }

    static Object hist(Axes ax, Kw a) {
        double[] data = PlotData.array(need(a.get(0, "x"), "hist", "x"), "x").values();
        Object bins = a.get(1, "bins");
        if (bins != null && !(bins instanceof Long)) throw PyError.value("Slope's hist takes bins as a number of equal bins");
        Object range = a.get(2, "range");
        Double lo = null, hi = null;
        if (range != null) {
            double[] r = PlotData.vector(range, "range");
            if (r.length != 2) throw PyError.value("too many values to unpack (expected 2)");
            lo = r[0];
            hi = r[1];
        }
        Object density = a.get(3, "density");
        if (density != null && Interpreter.current().truth(density)) throw PyError.value("Slope's hist draws counts; density=True is not supported");
        Object color = a.take("color");
        Double alpha = a.number(a.take("alpha"), "alpha");
        String label = Kw.label(a.take("label"));
        a.done("Rectangle");
        Patches.Histogram h = ax.hist(data, bins == null ? null : (int) (long) (Long) bins, lo, hi, color == null ? null : PlotData.color(color), alpha, label);
        return new PyTuple(PlotObjects.list(h.counts), PlotObjects.list(h.edges), h.bars);
    }

    static Object bar(Axes ax, Kw a) {
        double[] x = PlotData.array(need(a.get(0, "x"), "bar", "x"), "x").values();
        double[] height = PlotData.array(need(a.get(1, "height"), "bar", "height"), "height").values();
        Double width = a.number(a.get(2, "width"), "width");
        if (a.get(3, "bottom") != null) throw PyError.value("Slope's bar stands bars on zero; bottom= is not supported");
        Object color = a.take("color");
        String label = Kw.label(a.take("label"));
        Double alpha = a.number(a.take("alpha"), "alpha");
        a.done("Rectangle");
        return ax.bar(x, height, width, color == null ? null : PlotData.colors(color), label, alpha);
    }

    static Object refLine(Axes ax, Kw a, boolean horizontal) {
        Object v = a.get(0, horizontal ? "y" : "x");
        a.get(1, horizontal ? "xmin" : "ymin");
        a.get(2, horizontal ? "xmax" : "ymax");
        LineOptions o = lineOptions(a);
        a.done("Line2D");
        double at = v == null ? 0 : PlotData.number(v, horizontal ? "y" : "x");
        return horizontal ? ax.axhline(at, o) : ax.axvline(at, o);
    }

    static Object fillBetween(Axes ax, Kw a) {
        double[] x = PlotData.vector(need(a.get(0, "x"), "fill_between", "x"), "x");
        double[] y1 = PlotData.vector(need(a.get(1, "y1"), "fill_between", "y1"), "y1");
        Object y2 = a.get(2, "y2");
        if (a.get(3, "where") != null) throw PyError.value("Slope's fill_between fills the whole range; where= is not supported");
        Object color = a.take("color", "facecolor", "fc");
        Double alpha = a.number(a.take("alpha"), "alpha");
        String label = Kw.label(a.take("label"));
        a.take("interpolate", "step", "linewidth", "lw");
        a.done("PolyCollection");
        return ax.fillBetween(x, y1, y2 == null ? null : PlotData.array(y2, "y2").values(), color == null ? null : PlotData.color(color), alpha, label);
    }

    static Object text(Axes ax, Kw a) {
        double x = PlotData.number(need(a.get(0, "x"), "text", "x"), "x");
        double y = PlotData.number(need(a.get(1, "y"), "text", "y"), "y");
        String s = Kw.label(need(a.get(2, "s"), "text", "s"));
        a.get(3, "fontdict");
        Object color = a.take("color", "c");
        Double size = a.number(a.take("fontsize", "size"), "fontsize");
        String ha = a.string(a.take("ha", "horizontalalignment"), "ha");
        String va = a.string(a.take("va", "verticalalignment"), "va");
        a.take("transform", "bbox", "alpha", "style");
        a.done("Text");
        return ax.text(x, y, s, color == null ? null : PlotData.color(color), size, ha, va);
    }

    static Object annotate(Axes ax, Kw a) {
        String s = Kw.label(need(a.get(0, "text"), "annotate", "text"));
        double[] xy = PlotData.vector(need(a.get(1, "xy"), "annotate", "xy"), "xy");
        Object xytext = a.get(2, "xytext");
        double[] t = xytext == null ? null : PlotData.vector(xytext, "xytext");
        a.get(3, "xycoords");
        a.get(4, "textcoords");
        Object arrow = a.get(5, "arrowprops");
        Object color = a.take("color", "c");
        Double size = a.number(a.take("fontsize", "size"), "fontsize");
        a.take("ha", "horizontalalignment", "va", "verticalalignment", "bbox");
        a.done("Annotation");
        if (xy.length != 2 || (t != null && t.length != 2)) throw PyError.value("xy and xytext must be (x, y) pairs");
        return ax.annotate(s, xy[0], xy[1], t == null ? null : t[0], t == null ? null : t[1], arrow != null,
            color == null ? null : PlotData.color(color), size);
    }

    /** imshow(X): a 2-D array of values (a bool mask shows as 0 and 1), each cell drawn as nearest interpolation draws it. */
    static Object imshow(Axes ax, Kw a) {
        Object x = a.get(0, "X");
        if (x == null) throw PyError.type("imshow() missing 1 required positional argument: 'X'");
        String cmap = a.cmap(a.take("cmap"));
        Double vmin = a.number(a.take("vmin"), "vmin"), vmax = a.number(a.take("vmax"), "vmax");
        String aspect = a.string(a.take("aspect"), "aspect");
        String origin = a.string(a.take("origin"), "origin");
        if (origin != null && !origin.equals("upper") && !origin.equals("lower")) {
            throw PyError.value("'" + origin + "' is not a valid value for origin; supported values are 'upper', 'lower'");
        }
        Double alpha = a.number(a.take("alpha"), "alpha");
        a.take("interpolation");
        a.take("interpolation_stage");
        a.take("resample");
        a.done("AxesImage");
        PlotData.Array data = PlotData.array(x, "X");
        if (data.dim() != 2) throw PyError.type("Invalid shape " + data.shapeText() + " for image data");
        return ax.imshow(PlotData.rows(data), cmap, vmin, vmax, aspect, !"lower".equals(origin), alpha);
    }

    /** quiver([X, Y,] U, V, **kwargs): 2-D arrays count element by element. */
    static Object quiver(Axes ax, Kw a) {
        int n = a.positional();
        if (n != 2 && n != 4) throw PyError.type("quiver() takes 2 or 4 positional arguments (Slope has no colour array C), but " + n + " were given");
        double[] u = PlotData.array(a.arg(n - 2), "U").values(), v = PlotData.array(a.arg(n - 1), "V").values();
        double[] x, y;
        if (n == 4) {
            x = PlotData.array(a.arg(0), "X").values();
            y = PlotData.array(a.arg(1), "Y").values();
        } else {
            x = new double[u.length];
            y = new double[u.length];
            for (int i = 0; i < u.length; i++) x[i] = i;
        }
        if (x.length != u.length || y.length != u.length || v.length != u.length)
            throw PyError.value("X, Y, U and V must have the same number of elements");
        Object color = a.take("color");
        Double scale = a.number(a.take("scale"), "scale");
        Double alpha = a.number(a.take("alpha"), "alpha");
        String label = Kw.label(a.take("label"));
        a.take("width", "headaxislength", "minlength");
        a.done("Quiver");
        Quiver q = ax.quiver(x, y, u, v, color == null ? null : PlotData.colors(color), scale, alpha, label);
        return q;
    }

    // ---- texts, limits, scales -----------------------------------------------------------------

    private static Object label(Axes ax, Kw a, boolean x) {
        String s = Kw.label(a.get(0, x ? "xlabel" : "ylabel"));
        a.get(1, "fontdict");
        a.get(2, "labelpad");
        a.take("loc");
        String color = color(a.take("color"));
        Double size = a.number(a.take("fontsize", "size"), "fontsize");
        a.done("Text");
        if (x) {
            ax.setXlabel(s, size);
            ax.xlabelColor = color;
        } else {
            ax.setYlabel(s, size);
            ax.ylabelColor = color;
        }
        return Py.NONE;
    }

    /** A color= keyword (a name, hex or RGB(A) tuple, as PlotData takes them) as hex, or null when not given. */
    private static String color(Object c) { return c == null ? null : Colors.parse(PlotData.color(c)); }

    /**
     * ax.tick_params(axis=, colors=, color=, labelcolor=): the colours of tick marks and labels. The keywords of sizes,
     * directions and which sides carry ticks are taken and change nothing here.
     */
    private static Object tickParams(Axes ax, Kw a) {
        String axis = a.string(a.take("axis"), "axis");
        if (axis == null) axis = "both";
        if (!axis.equals("x") && !axis.equals("y") && !axis.equals("both"))
            throw new IllegalArgumentException("axis must be one of 'x', 'y' or 'both', not '" + axis + "'");
        a.take("which", "reset", "direction", "length", "width", "pad", "labelsize", "zorder", "bottom", "top", "left",
            "right", "labelbottom", "labeltop", "labelleft", "labelright", "labelrotation", "rotation");
        String both = color(a.take("colors")), mark = color(a.take("color")), label = color(a.take("labelcolor"));
        if (mark == null) mark = both;
        if (label == null) label = both;
        a.done();
        if (!axis.equals("y")) {
            if (mark != null) ax.xtickColor = mark;
            if (label != null) ax.xtickLabelColor = label;
        }
        if (!axis.equals("x")) {
            if (mark != null) ax.ytickColor = mark;
            if (label != null) ax.ytickLabelColor = label;
        }
        return Py.NONE;
    }

    /** set_xlim(left, right), set_xlim((left, right)), xlim(left=..., right=...), and xlim() to read; all answer the limits. */
    private static Object limits(Axes ax, Kw a, boolean x) {
        Double[] lim = limitArgs(a, x ? "left" : "bottom", x ? "right" : "top", x ? "x" : "y");
        if (x) ax.setXlim(lim[0], lim[1]);
        else ax.setYlim(lim[0], lim[1]);
        double[] v = viewLimits(ax);
        return x ? PlotObjects.pair(v[0], v[1]) : PlotObjects.pair(v[2], v[3]);
    }

    /** The new ends of set_xlim(left, right) in its forms (a pair, keywords, xmin=/xmax=); null keeps an end. */
    static Double[] limitArgs(Kw a, String loName, String hiName, String axis) {
        Object lo = a.get(0, loName), hi = a.get(1, hiName);
        Object lo2 = a.take(axis + "min"), hi2 = a.take(axis + "max");
        a.take("emit", "auto");
        a.done("set_" + axis + "lim");
        if (lo == null) lo = lo2;
        if (hi == null) hi = hi2;
        if (hi == null && (lo instanceof PyTuple || lo instanceof PyList)) {
            Object[] both = lo instanceof PyTuple t ? t.items : ((PyList) lo).toArray();
            if (both.length != 2) throw PyError.value("too many values to unpack (expected 2)");
            lo = both[0] == Py.NONE ? null : both[0];
            hi = both[1] == Py.NONE ? null : both[1];
        }
        Double l = lo == null ? null : PlotData.number(lo, "limit"), h = hi == null ? null : PlotData.number(hi, "limit");
        if ((l != null && !Double.isFinite(l)) || (h != null && !Double.isFinite(h)))
            throw PyError.value("Axis limits cannot be NaN or Inf");
        return new Double[] {l, h};
    }

    /** What get_xlim() and the others answer: {xmin, xmax, ymin, ymax}, and zmin, zmax on 3-D axes. */
    static double[] viewLimits(Axes ax) {
        return ax instanceof Axes3D a3 ? a3.viewLimits() : SvgRenderer.viewLimits(ax);
    }

    private static Object ticks(Axes ax, Kw a, boolean x) {
        Object t = a.get(0, "ticks");
        Object labels = a.get(1, "labels");
        a.take("minor", "fontsize", "color");
        a.done("Text");
        if (t == null) return Py.NONE;
        double[] at = PlotData.vector(t, "ticks");
        String[] names = null;
        if (labels != null) {
            Object[] items = Interpreter.current().toArray(labels);
            names = new String[items.length];
            for (int i = 0; i < items.length; i++) names[i] = Kw.label(items[i]);
        }
        if (x) ax.setXticks(at, names);
        else ax.setYticks(at, names);
        return Py.NONE;
    }

    /** legend(), legend(labels), legend(handles, labels), with loc= as a name or matplotlib's number. */
    private static Object legend(Axes ax, Kw a) {
        Object first = a.positional() > 0 ? a.arg(0) : a.take("handles");
        Object second = a.positional() > 1 ? a.arg(1) : a.take("labels");
        if (a.positional() == 1 && first != null) { second = first; first = null; }
        Object loc = a.take("loc");
        a.take("fontsize", "title");
        a.done("Legend");
        String where = null;
        if (loc instanceof Long l) {
            String[] codes = {"best", "upper right", "upper left", "lower left", "lower right", "right", "center left",
                "center right", "lower center", "upper center", "center"};
            if (l < 0 || l >= codes.length) throw PyError.value(l + " is not a valid value for loc");
            where = codes[(int) (long) l];
        } else if (loc != null) {
            where = a.string(loc, "loc");
        }
        String[] labels = null;
        if (second != null) {
            Object[] items = Interpreter.current().toArray(second);
            labels = new String[items.length];
            for (int i = 0; i < items.length; i++) labels[i] = Kw.label(items[i]);
        }
        if (first != null) {
            Object[] handles = Interpreter.current().toArray(first);
            for (int i = 0; i < handles.length; i++) {
                Object h = handles[i] instanceof PyList l && l.size() == 1 ? l.get(0) : handles[i];
                String name = labels != null && i < labels.length ? labels[i] : null;
                if (name == null) continue;
                if (h instanceof slope.plot.Line l) l.label = name;
                else if (h instanceof slope.plot.ErrorBars e) e.label = name;
                else if (h instanceof slope.plot.Scatter s) s.label = name;
                else if (h instanceof slope.plot.RefLine r) r.label = name;
                else if (h instanceof Patches p) p.label = name;
            }
            labels = null;
        }
        ax.legend(labels, where);
        return Py.NONE;
    }

    private static Object grid(Axes ax, Kw a) {
        Object visible = a.get(0, "visible");
        Object b = a.take("b");
        if (visible == null) visible = b;
        a.get(1, "which");
        String axis = a.string(a.get(2, "axis"), "axis");
        LineOptions style = lineOptions(a);
        a.done("Line2D");
        boolean styled = style.color != null || style.linestyle != null || style.linewidth != null || style.alpha != null;
        ax.grid(a.bool(visible), axis, styled ? style : null);
        return Py.NONE;
    }

    /** axis('off' | 'equal' | ...), axis([xmin, xmax, ymin, ymax]), axis() to read. */
    private static Object axis(Axes ax, Kw a) {
        Object arg = a.get(0, "arg");
        a.take("emit");
        a.done("axis");
        if (arg instanceof String s) ax.axis(s);
        else if (arg instanceof Boolean on) ax.axis(on ? "on" : "off");
        else if (arg != null) {
            double[] v = PlotData.vector(arg, "limits");
            if (v.length != 4) throw PyError.type("The first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]");
            ax.setXlim(v[0], v[1]);
            ax.setYlim(v[2], v[3]);
        }
        double[] v = SvgRenderer.viewLimits(ax);
        return new PyTuple(v[0], v[1], v[2], v[3]);
    }

    /** ax.set(title=..., xlabel=..., xlim=..., yscale=...). */
    private static Object set(Axes ax, Kw a) {
        if (a.positional() > 0) throw PyError.type("set() takes 1 positional argument but " + (a.positional() + 1) + " were given");
        Object v;
        if ((v = a.take("title")) != null) ax.setTitle(Kw.label(v));
        if ((v = a.take("xlabel")) != null) ax.setXlabel(Kw.label(v));
        if ((v = a.take("ylabel")) != null) ax.setYlabel(Kw.label(v));
        if ((v = a.take("xscale")) != null) ax.setXscale(a.string(v, "xscale"));
        if ((v = a.take("yscale")) != null) ax.setYscale(a.string(v, "yscale"));
        if ((v = a.take("xlim")) != null) { double[] l = PlotData.vector(v, "xlim"); ax.setXlim(l[0], l[1]); }
        if ((v = a.take("ylim")) != null) { double[] l = PlotData.vector(v, "ylim"); ax.setYlim(l[0], l[1]); }
        if ((v = a.take("aspect")) != null) ax.setAspect(a.string(v, "aspect"));
        a.done("Axes");
        return Py.NONE;
    }

    static Object need(Object v, String fn, String name) {
        if (v == null) throw PyError.type(fn + "() missing 1 required positional argument: '" + name + "'");
        return v;
    }
}
