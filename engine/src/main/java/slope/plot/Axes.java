package slope.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * One set of axes, matplotlib's Axes: where it sits in its figure's grid, its texts, limits, scales and
 * artists. Its methods are the ax.* calls, recording what was asked; SvgRenderer draws it.
 */
public class Axes {
    /** Position in the figure's subplot grid; index counts from 1 along rows, as plt.subplot(nrows, ncols, index). */
    public final int nrows, ncols, index;
    public String title = "", xlabel = "", ylabel = "";
    /** Limits set with xlim/ylim; a null end is automatic. */
    public Double xmin, xmax, ymin, ymax;
    /** "linear" or "log". */
    public String xscale = "linear", yscale = "linear";
    public boolean grid;
    /** Which grid lines: "both", "x" or "y"; and their style (color, linestyle, linewidth, alpha), or null for rcParams'. */
    public String gridAxis = "both";
    public LineOptions gridStyle;
    /** fontsize= of the title and the axis labels, in points; null for matplotlib's 12 and 10. */
    public Double titleSize, labelSize;
    /** axis('off') hides the frame, ticks and axis labels. */
    public boolean axisOn = true;
    /** "auto" or "equal" (one data unit as long on both axes); equalByLimits grows the limits instead of shrinking the box. */
    public String aspect = "auto";
    public boolean equalByLimits;
    /** axis('tight'): limits hug the data, without margins. */
    public boolean tight;
    /** legend() was called; legendLoc is matplotlib's loc string ("best" when not given). */
    public boolean legend;
    public String legendLoc = "best";
    /** The artist a colorbar() beside this axes shows, or null. */
    public Artist colorbar;
    public String colorbarLabel = "";
    /** color= of the title and the axis labels, as hex; null for black. */
    public String titleColor, xlabelColor, ylabelColor;
    /** tick_params: the colours of each axis' tick marks and tick labels, as hex; null for black. */
    public String xtickColor, ytickColor, xtickLabelColor, ytickLabelColor;
    /** colorbar(shrink=, aspect=): the bar's share of the axes' height, and its height over its width. */
    public double colorbarShrink = 1, colorbarAspect = 20;
    /** set_xticks / set_yticks: fixed tick positions (null: automatic) and their labels (null: formatted). */
    public double[] xticks, yticks;
    public String[] xtickLabels, ytickLabels;
    public final List<Artist> artists = new ArrayList<>();
    /** The frame's sides, in Spine.SIDES order: left, right, bottom, top. */
    public final Spine[] spines = {new Spine(), new Spine(), new Spine(), new Spine()};
    /** twinx(): the axes whose box and x axis this one shares (null for an ordinary axes), and that axes' twins. */
    public Axes twinOf;
    public final List<Axes> twins = new ArrayList<>();
    /** The run's rcParams, read when lines and images are made. */
    final RcParams rc;
    // matplotlib keeps separate property cycles for lines and for patches/collections (scatter).
    private int lineCycle, patchCycle;

    public Axes(int nrows, int ncols, int index, RcParams rc) {
        if (nrows < 1 || ncols < 1) throw new IllegalArgumentException("Number of rows and columns must be a positive integer, not " + nrows + " and " + ncols);
        if (index < 1 || index > nrows * ncols)
            throw new IllegalArgumentException("num must be an integer with 1 <= num <= " + nrows * ncols + ", not " + index);
        this.nrows = nrows;
        this.ncols = ncols;
        this.index = index;
        this.rc = rc;
        grid = rc.axesGrid;
    }

    /** Zero-based grid row and column. */
    public int row() { return (index - 1) / ncols; }
    public int col() { return (index - 1) % ncols; }

    /** ax.plot(y) / ax.plot(y, fmt): x is 0, 1, ..., n-1. */
    public Line plot(double[] y, String fmt, LineOptions o) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) x[i] = i;
        return plot(x, y, fmt, o);
    }

    /** ax.plot(x, y, fmt, **kwargs); fmt and o may be null. Keywords override the format string. */
    public Line plot(double[] x, double[] y, String fmt, LineOptions o) { return add(line(x, y, fmt, o)); }

    /** The line plot() adds, its cycle colour taken but not yet added: Axes3D gives it a z. */
    Line line(double[] x, double[] y, String fmt, LineOptions o) {
        if (o == null) o = new LineOptions();
        LineFormat f = LineFormat.parse(fmt);
        String color = o.color != null ? Colors.parse(o.color) : f.color;
        if (color == null) color = nextLineColor();
        String ls = o.linestyle != null ? LineFormat.linestyle(o.linestyle) : f.linestyle != null ? f.linestyle : "-";
        String marker = o.marker != null ? LineFormat.marker(o.marker) : f.marker != null ? f.marker : "None";
        double alpha = alpha(o.alpha, o.color);
        return new Line(x.clone(), y.clone(), color, ls, marker,
            o.linewidth != null ? o.linewidth : rc.lineWidth, o.markersize != null ? o.markersize : rc.markerSize, alpha, o.label);
    }

    /**
     * ax.errorbar(x, y, yerr, xerr, fmt, ecolor=, elinewidth=, capsize=, capthick=, **kwargs): yerr and xerr are
     * {lower, upper} per point, or null; nulls elsewhere take matplotlib's defaults. The bars take the data line's
     * colour and width; fmt='none' draws no line and takes no cycle colour (the bars are C0 unless color= says).
     */
    public ErrorBars errorbar(double[] x, double[] y, double[][] yerr, double[][] xerr, String fmt, LineOptions o,
                              String ecolor, Double elinewidth, Double capsize, Double capthick) {
        if (x.length != y.length) throw new IllegalArgumentException("'x' and 'y' must have the same size");
        if (o == null) o = new LineOptions();
        String label = o.label;
        o.label = "_nolegend_"; // the container carries the label, as in matplotlib
        Line line = null;
        String color;
        if (fmt != null && fmt.equalsIgnoreCase("none")) color = o.color != null ? Colors.parse(o.color) : Colors.CYCLE[0];
        else {
            line = line(x, y, fmt, o);
            color = line.color;
        }
        double lw = elinewidth != null ? elinewidth : o.linewidth != null ? o.linewidth : rc.lineWidth;
        double cap = capsize != null ? capsize : rc.errorbarCapsize;
        // A cap is a '_' or '|' marker 2 capsize points long, edged at lines.markeredgewidth (1 pt) unless capthick says.
        return add(new ErrorBars(line, x.clone(), y.clone(), yerr, xerr, ecolor != null ? Colors.parse(ecolor) : color, lw,
            Math.max(0, 2 * cap), capthick != null ? capthick : 1, o.alpha != null ? o.alpha : 1, label));
    }

    /** matplotlib's line property cycle: plot's colours, and the 3-D surfaces'. */
    String nextLineColor() { return Colors.CYCLE[lineCycle++ % Colors.CYCLE.length]; }

    /** ax.scatter(x, y, **kwargs). */
    public Scatter scatter(double[] x, double[] y, ScatterOptions o) { return add(scatterOf(x, y, o)); }

    /** The collection scatter() adds, not yet added: Axes3D gives it a z. */
    Scatter scatterOf(double[] x, double[] y, ScatterOptions o) {
        if (o == null) o = new ScatterOptions();
        int n = x.length;
        if (y.length != n) throw new IllegalArgumentException("x and y must be the same size");
        double[] sizes = new double[n];
        for (int i = 0; i < n; i++) sizes[i] = o.s == null || o.s.length == 0 ? 36 : o.s.length == 1 ? o.s[0] : pick(o.s, i, n, "s");
        String[] colors = new String[n];
        double[] values = null;
        String cmap = null;
        double vmin = 0, vmax = 1;
        if (o.c != null && o.c.length > 0) {
            if (o.c.length != n && o.c.length != 1)
                throw new IllegalArgumentException("'c' argument has " + o.c.length + " elements, which is inconsistent with 'x' and 'y' with size " + n + ".");
            Colormap map = Colormap.named(o.cmap != null ? o.cmap : rc.imageCmap);
            cmap = map.name;
            values = o.c.clone();
            double[] r = range(values);
            vmin = o.vmin != null ? o.vmin : r[0];
            vmax = o.vmax != null ? o.vmax : r[1];
            for (int i = 0; i < n; i++) {
                double v = values[values.length == 1 ? 0 : i];
                colors[i] = map.color(vmax == vmin ? 0 : (v - vmin) / (vmax - vmin));
            }
        } else if (o.color != null && o.color.length > 0) {
            if (o.color.length != 1 && o.color.length != n)
                throw new IllegalArgumentException("'c' argument has " + o.color.length + " elements, which is inconsistent with 'x' and 'y' with size " + n + ".");
            for (int i = 0; i < n; i++) colors[i] = Colors.parse(o.color[o.color.length == 1 ? 0 : i]);
        } else {
            String c = Colors.CYCLE[patchCycle++ % Colors.CYCLE.length];
            for (int i = 0; i < n; i++) colors[i] = c;
        }
        String marker = o.marker == null ? "o" : LineFormat.marker(o.marker);
        double alpha = o.alpha == null ? 1 : o.alpha;
        return new Scatter(x.clone(), y.clone(), sizes, colors, marker, alpha, o.label, values, cmap, vmin, vmax);
    }

    /** ax.bar(x, height, width=0.8, color=, label=, alpha=): bars centred on x, standing on zero. */
    public Patches bar(double[] x, double[] height, Double width, String[] color, String label, Double alpha) {
        if (x.length != height.length && height.length != 1)
            throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape");
        double w = width == null ? 0.8 : width;
        double[][] polys = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double h = height[height.length == 1 ? 0 : i];
            polys[i] = new double[] {x[i] - w / 2, 0, x[i] + w / 2, 0, x[i] + w / 2, h, x[i] - w / 2, h};
        }
        return addPatches(polys, color, "none", alpha, true, label);
    }

    /** ax.hist(data, bins=10, range=, color=, alpha=, label=): numpy's equal-width bins, drawn as touching bars. */
    public Patches.Histogram hist(double[] data, Integer bins, Double rangeLo, Double rangeHi, String color, Double alpha, String label) {
        double[][] h = Patches.histogram(data, bins == null ? 10 : bins, rangeLo, rangeHi);
        double[] counts = h[0], edges = h[1];
        double[][] polys = new double[counts.length][];
        for (int i = 0; i < counts.length; i++)
            polys[i] = new double[] {edges[i], 0, edges[i + 1], 0, edges[i + 1], counts[i], edges[i], counts[i]};
        Patches p = addPatches(polys, color == null ? null : new String[] {color}, "none", alpha, true, label);
        return new Patches.Histogram(counts, edges, p);
    }

    /** ax.fill_between(x, y1, y2=0, color=, alpha=, label=): the area between two curves. */
    public Patches fillBetween(double[] x, double[] y1, double[] y2, String color, Double alpha, String label) {
        int n = x.length;
        if (y1.length != n && y1.length != 1) throw new IllegalArgumentException("x and y1 must have the same length");
        if (y2 != null && y2.length != n && y2.length != 1) throw new IllegalArgumentException("x and y2 must have the same length");
        double[] poly = new double[4 * n];
        for (int i = 0; i < n; i++) {
            poly[2 * i] = x[i];
            poly[2 * i + 1] = y1[y1.length == 1 ? 0 : i];
            int k = n - 1 - i;
            poly[2 * n + 2 * i] = x[k];
            poly[2 * n + 2 * i + 1] = y2 == null ? 0 : y2[y2.length == 1 ? 0 : k];
        }
        return addPatches(new double[][] {poly}, color == null ? null : new String[] {color}, "none", alpha, false, label);
    }

    private Patches addPatches(double[][] polys, String[] color, String edge, Double alpha, boolean fromZero, String label) {
        String[] colors;
        if (color == null || color.length == 0) colors = new String[] {Colors.CYCLE[patchCycle++ % Colors.CYCLE.length]};
        else {
            colors = new String[color.length];
            for (int i = 0; i < color.length; i++) colors[i] = Colors.parse(color[i]);
        }
        Patches p = new Patches(polys, colors, edge, alpha == null ? 1 : alpha, fromZero, label);
        artists.add(p);
        return p;
    }

    /** ax.quiver(X, Y, U, V, color=, scale=, alpha=, label=) with 1-D arrays (2-D ones through Quiver.flat). Black by default. */
    public Quiver quiver(double[] x, double[] y, double[] u, double[] v, String[] color, Double scale, Double alpha, String label) {
        String[] colors;
        if (color == null || color.length == 0) colors = new String[] {"#000000"};
        else {
            colors = new String[color.length];
            for (int i = 0; i < color.length; i++) colors[i] = Colors.parse(color[i]);
        }
        Quiver q = new Quiver(x.clone(), y.clone(), u.clone(), v.clone(), colors, scale == null ? Double.NaN : scale,
            alpha == null ? 1 : alpha, label);
        artists.add(q);
        return q;
    }

    /** ax.contour(Z). */
    public Contour contour(double[][] z, ContourOptions o) { return add(Contour.of(z, false, rcCmap(o))); }
    /** ax.contour(x, y, Z) with 1-D x and y. */
    public Contour contour(double[] x, double[] y, double[][] z, ContourOptions o) { return add(Contour.of(x, y, z, false, rcCmap(o))); }
    /** ax.contour(X, Y, Z) with 2-D grids. */
    public Contour contour(double[][] x, double[][] y, double[][] z, ContourOptions o) { return add(Contour.of(x, y, z, false, rcCmap(o))); }
    public Contour contourf(double[][] z, ContourOptions o) { return add(Contour.of(z, true, rcCmap(o))); }
    public Contour contourf(double[] x, double[] y, double[][] z, ContourOptions o) { return add(Contour.of(x, y, z, true, rcCmap(o))); }
    public Contour contourf(double[][] x, double[][] y, double[][] z, ContourOptions o) { return add(Contour.of(x, y, z, true, rcCmap(o))); }

    /** Contour options with rcParams['image.cmap'] where neither cmap= nor colors= was given. */
    private ContourOptions rcCmap(ContourOptions o) {
        if (o == null) o = new ContourOptions();
        if (o.cmap == null && o.colors == null) o.cmap = rc.imageCmap;
        return o;
    }

    /**
     * ax.imshow(Z): Z's cells coloured between vmin and vmax (null: Z's own range, nan ignored). Like matplotlib's
     * default image aspect, one data unit is as long across as down unless aspect is "auto".
     */
    public Image imshow(double[][] z, String cmap, Double vmin, Double vmax, String aspect, boolean originUpper, Double alpha) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : z) for (double v : row) if (!Double.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (lo > hi) { lo = 0; hi = 1; }
        Image im = new Image(z, Colormap.named(cmap != null ? cmap : rc.imageCmap), vmin != null ? vmin : lo, vmax != null ? vmax : hi, originUpper,
            alpha == null ? 1 : alpha);
        setAspect(aspect == null ? "equal" : aspect);
        return add(im);
    }

    /** ax.clabel(cs): write the level values on the curves. */
    public void clabel(Contour cs) { cs.labelled = true; }

    /** ax.axhline(y): a horizontal line across the axes. Defaults as plot, taking the next cycle colour. */
    public RefLine axhline(double y, LineOptions o) { return refLine(true, y, o); }
    /** ax.axvline(x). */
    public RefLine axvline(double x, LineOptions o) { return refLine(false, x, o); }

    private RefLine refLine(boolean horizontal, double v, LineOptions o) {
        if (o == null) o = new LineOptions();
        String color = o.color != null ? Colors.parse(o.color) : nextLineColor();
        RefLine r = new RefLine(horizontal, v, color, o.linestyle == null ? "-" : LineFormat.linestyle(o.linestyle),
            o.linewidth == null ? rc.lineWidth : o.linewidth, alpha(o.alpha, o.color), o.label);
        artists.add(r);
        return r;
    }

    /** ax.text(x, y, s, color=, fontsize=, ha=, va=); nulls take matplotlib's defaults (black, 10 pt, left, baseline). */
    public Text text(double x, double y, String s, String color, Double fontsize, String ha, String va) {
        Text t = new Text(x, y, s == null ? "None" : s, color == null ? "#000000" : Colors.parse(color), fontsize == null ? 10 : fontsize,
            ha == null ? "left" : checkAlign(ha, "left center right"), va == null ? "baseline" : checkAlign(va, "baseline bottom center top center_baseline"),
            Double.NaN, Double.NaN);
        artists.add(t);
        return t;
    }

    /** ax.annotate(s, xy=(x, y), xytext=(tx, ty), arrowprops=...): the text at xytext (xy when null), an arrow to xy when arrow. */
    public Text annotate(String s, double x, double y, Double textX, Double textY, boolean arrow, String color, Double fontsize) {
        double tx = textX == null ? x : textX, ty = textY == null ? y : textY;
        Text t = new Text(tx, ty, s == null ? "None" : s, color == null ? "#000000" : Colors.parse(color), fontsize == null ? 10 : fontsize,
            "left", "baseline", arrow ? x : Double.NaN, arrow ? y : Double.NaN);
        artists.add(t);
        return t;
    }

    /** ax.set_xticks(ticks, labels=None). */
    public void setXticks(double[] ticks, String[] labels) {
        checkTickLabels(ticks, labels);
        xOwner().xticks = ticks.clone();
        xOwner().xtickLabels = labels == null ? null : labels.clone();
    }

    public void setYticks(double[] ticks, String[] labels) {
        checkTickLabels(ticks, labels);
        yticks = ticks.clone();
        ytickLabels = labels == null ? null : labels.clone();
    }

    private static void checkTickLabels(double[] ticks, String[] labels) {
        if (labels != null && labels.length != ticks.length)
            throw new IllegalArgumentException("The number of FixedLocator locations (" + ticks.length + "), usually from a call to set_ticks, does not match the number of labels (" + labels.length + ").");
    }

    /** ax.semilogy(...): plot, then a log y axis. */
    public Line semilogy(double[] x, double[] y, String fmt, LineOptions o) {
        Line l = plot(x, y, fmt, o);
        setYscale("log");
        return l;
    }

    public Line semilogx(double[] x, double[] y, String fmt, LineOptions o) {
        Line l = plot(x, y, fmt, o);
        setXscale("log");
        return l;
    }

    public Line loglog(double[] x, double[] y, String fmt, LineOptions o) {
        Line l = plot(x, y, fmt, o);
        setXscale("log");
        setYscale("log");
        return l;
    }

    /** ax.axis(option): 'on', 'off', 'equal', 'scaled', 'tight', 'auto'. */
    public void axis(String option) {
        switch (option) {
            case "on": axisOn = true; break;
            case "off": axisOn = false; break;
            case "equal": aspect = "equal"; equalByLimits = true; break;
            case "scaled": aspect = "equal"; equalByLimits = false; break;
            case "tight": tight = true; break;
            case "auto": aspect = "auto"; tight = false; break;
            default: throw new IllegalArgumentException("Unrecognized string '" + option + "' to axis; try 'on' or 'off'");
        }
    }

    /** ax.set_aspect('equal' | 'auto'): equal shrinks the box, as adjustable='box'. */
    public void setAspect(String a) {
        if (!"equal".equals(a) && !"auto".equals(a)) throw new IllegalArgumentException("aspect must be 'auto', 'equal' (or a number, which Slope does not take)");
        aspect = a;
        equalByLimits = false;
    }

    private static String checkAlign(String v, String allowed) {
        if ((" " + allowed + " ").contains(" " + v + " ")) return v;
        throw new IllegalArgumentException("'" + v + "' is not a valid value for alignment; supported values are " + allowed.replace(" ", ", "));
    }

    public void setTitle(String s) { title = s == null ? "" : s; }
    public void setXlabel(String s) { xlabel = s == null ? "" : s; }
    public void setYlabel(String s) { ylabel = s == null ? "" : s; }

    /** ax.spines['left'] and the others; null for a name that is not a side. */
    public Spine spine(String side) {
        for (int i = 0; i < Spine.SIDES.length; i++) if (Spine.SIDES[i].equals(side)) return spines[i];
        return null;
    }

    /** The axes that owns the x axis: a twin's parent, whose x limits, scale and ticks the twin shares. */
    public Axes xOwner() { return twinOf != null ? twinOf : this; }

    /** ax.set_xlim(left, right); a null end keeps its current (automatic) value. On a twin it sets the shared x axis. */
    public void setXlim(Double left, Double right) {
        if (twinOf != null) { twinOf.setXlim(left, right); return; }
        if (left != null) xmin = left;
        if (right != null) xmax = right;
    }

    public void setYlim(Double bottom, Double top) {
        if (bottom != null) ymin = bottom;
        if (top != null) ymax = top;
    }

    public void setXscale(String s) { xOwner().xscale = scale(s); }
    public void setYscale(String s) { yscale = scale(s); }

    /** ax.grid(visible); null toggles, as grid() with no arguments does. */
    public void grid(Boolean visible) { grid = visible == null ? !grid : visible; }

    /** ax.grid(visible, axis=, color=, linestyle=, linewidth=, alpha=); style keywords turn the grid on, as in matplotlib. */
    public void grid(Boolean visible, String axis, LineOptions style) {
        if (axis != null && !axis.equals("both") && !axis.equals("x") && !axis.equals("y"))
            throw new IllegalArgumentException("'" + axis + "' is not a valid value for axis; supported values are 'x', 'y', 'both'");
        if (style != null) {
            if (style.color != null) Colors.parse(style.color);
            if (style.linestyle != null) LineFormat.linestyle(style.linestyle);
        }
        boolean styled = style != null && (style.color != null || style.linestyle != null || style.linewidth != null || style.alpha != null);
        grid = visible != null ? visible : styled || !grid;
        if (axis != null) gridAxis = axis;
        if (styled) gridStyle = style;
    }

    /** set_title(s, fontsize=). */
    public void setTitle(String s, Double fontsize) {
        setTitle(s);
        titleSize = fontsize;
    }

    /** set_xlabel(s, fontsize=) and set_ylabel: one size for both axis labels. */
    public void setXlabel(String s, Double fontsize) {
        setXlabel(s);
        if (fontsize != null) labelSize = fontsize;
    }

    public void setYlabel(String s, Double fontsize) {
        setYlabel(s);
        if (fontsize != null) labelSize = fontsize;
    }

    /** ax.legend(loc=...); loc may be null. */
    public void legend(String loc) { legend(null, loc); }

    /** ax.legend(labels, loc=...): labels, when given, name the lines and collections in the order they were added. */
    public void legend(String[] labels, String loc) {
        if (labels != null) {
            int k = 0;
            for (int i = 0; i < artists.size() && k < labels.length; i++) {
                Artist a = artists.get(i);
                String label = labels[k];
                if (a instanceof Line l) l.label = label;
                else if (a instanceof ErrorBars e) e.label = label;
                else if (a instanceof Scatter sc) sc.label = label;
                else if (a instanceof RefLine r) r.label = label;
                else if (a instanceof Patches pa) pa.label = label;
                else if (a instanceof Quiver q) q.label = label;
                else continue;
                k++;
            }
        }
        legend = true;
        legendLoc = loc == null ? "best" : Legend.checkLoc(loc);
    }

    <T extends Artist> T add(T a) {
        artists.add(a);
        return a;
    }

    private static String scale(String s) {
        if ("linear".equals(s) || "log".equals(s)) return s;
        throw new IllegalArgumentException("Unknown scale '" + s + "'; Slope supports 'linear' and 'log'");
    }

    private static double alpha(Double alpha, String color) {
        if (alpha != null) return alpha;
        return color == null ? 1 : Colors.alpha(color);
    }

    private static double pick(double[] a, int i, int n, String name) {
        if (a.length != n) throw new IllegalArgumentException("'" + name + "' must be a scalar, or the same size as x and y");
        return a[i];
    }

    static double[] range(double[] v) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double d : v) if (!Double.isNaN(d)) { lo = Math.min(lo, d); hi = Math.max(hi, d); }
        return lo > hi ? new double[] {0, 1} : new double[] {lo, hi};
    }
}
