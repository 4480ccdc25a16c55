package slope.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * matplotlib.pyplot's state machine for one run: the current figure and axes, and the figures to show.
 * Each method is the plt.* call of the same name (set_* spelled setX); keyword arguments come as an
 * options object or nullable parameters. As in a notebook, show() finishes the open figures, and the
 * next plotting call starts a new one; figures still open at the end are shown too.
 */
public final class Pyplot {
    private final List<Figure> open = new ArrayList<>();
    private final List<Figure> displayed = new ArrayList<>();
    private Figure current;
    private int nextNumber = 1;
    /** plt.rcParams as the model reads it; a new run starts from matplotlib's defaults. */
    public final RcParams rc = new RcParams();

    /** plt.figure(figsize=(w, h)); null sizes take rcParams['figure.figsize'], matplotlib's 6.4 x 4.8 unless changed. */
    public Figure figure(Double width, Double height) {
        Figure f = new Figure(nextNumber++, width == null ? rc.figWidth : width, height == null ? rc.figHeight : height, rc);
        open.add(f);
        current = f;
        return f;
    }

    /** plt.gcf(). */
    public Figure gcf() {
        return current != null ? current : figure(null, null);
    }

    /** plt.gca(). */
    public Axes gca() {
        return gcf().gca();
    }

    /** plt.sca(ax): makes ax and its figure current. */
    public void sca(Axes ax) {
        for (Figure f : open) {
            if (f.axes.contains(ax)) {
                current = f;
                f.sca(ax);
                return;
            }
        }
        throw new IllegalArgumentException("Axes should be in an open figure");
    }

    /** ax.twinx() and plt.twinx(ax) (null: the current axes): the twin becomes current, with its figure. */
    public Axes twinx(Axes ax) {
        if (ax == null) ax = gca();
        for (Figure f : open) {
            if (f.axes.contains(ax)) {
                current = f;
                return f.twinx(ax);
            }
        }
        throw new IllegalArgumentException("Axes should be in an open figure");
    }

    /** What plt.subplots returns: the figure and its axes as [row][col]. */
    public static final class Subplots {
        public final Figure figure;
        public final Axes[][] axes;

        Subplots(Figure figure, Axes[][] axes) {
            this.figure = figure;
            this.axes = axes;
        }
    }

    /** plt.subplots(nrows, ncols, figsize=(w, h)): a new figure with a grid of axes. */
    public Subplots subplots(int nrows, int ncols, Double width, Double height) { return subplots(nrows, ncols, width, height, null); }

    /** plt.subplots(..., subplot_kw={'projection': projection}). */
    public Subplots subplots(int nrows, int ncols, Double width, Double height, String projection) {
        Figure f = figure(width, height);
        return new Subplots(f, f.subplots(nrows, ncols, projection));
    }

    /** plt.subplot(nrows, ncols, index): that axes of the current figure, made if it is not there. */
    public Axes subplot(int nrows, int ncols, int index) { return subplot(nrows, ncols, index, null); }

    /** plt.subplot(..., projection=) and plt.axes(projection=). */
    public Axes subplot(int nrows, int ncols, int index, String projection) {
        return gcf().addSubplot(nrows, ncols, index, projection);
    }

    public Line plot(double[] y, String fmt, LineOptions o) { return gca().plot(y, fmt, o); }
    public Line plot(double[] x, double[] y, String fmt, LineOptions o) { return gca().plot(x, y, fmt, o); }
    public Scatter scatter(double[] x, double[] y, ScatterOptions o) { return gca().scatter(x, y, o); }
    public Contour contour(double[][] z, ContourOptions o) { return gca().contour(z, o); }
    public Contour contour(double[] x, double[] y, double[][] z, ContourOptions o) { return gca().contour(x, y, z, o); }
    public Contour contour(double[][] x, double[][] y, double[][] z, ContourOptions o) { return gca().contour(x, y, z, o); }
    public Contour contourf(double[][] z, ContourOptions o) { return gca().contourf(z, o); }
    public Contour contourf(double[] x, double[] y, double[][] z, ContourOptions o) { return gca().contourf(x, y, z, o); }
    public Contour contourf(double[][] x, double[][] y, double[][] z, ContourOptions o) { return gca().contourf(x, y, z, o); }
    public void clabel(Contour cs) { cs.labelled = true; }
    public RefLine axhline(double y, LineOptions o) { return gca().axhline(y, o); }
    public RefLine axvline(double x, LineOptions o) { return gca().axvline(x, o); }

    /** plt.colorbar(mappable, label=...): mappable null means the last contour set or colour-mapped scatter. */
    public void colorbar(Artist mappable, String label) {
        Figure f = gcf();
        if (mappable == null) {
            for (Axes a : f.axes) for (Artist x : a.artists) if (x instanceof Contour || x instanceof Image || (x instanceof Scatter s && s.values != null) || (x instanceof Surface su && su.cmap != null)) mappable = x;
            if (mappable == null) throw new IllegalArgumentException("No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).");
        }
        f.colorbar(mappable, null, label);
    }

    public Text text(double x, double y, String s, String color, Double fontsize, String ha, String va) { return gca().text(x, y, s, color, fontsize, ha, va); }
    public Text annotate(String s, double x, double y, Double textX, Double textY, boolean arrow, String color, Double fontsize) {
        return gca().annotate(s, x, y, textX, textY, arrow, color, fontsize);
    }
    public void axis(String option) { gca().axis(option); }
    public Quiver quiver(double[] x, double[] y, double[] u, double[] v, String[] color, Double scale, Double alpha, String label) {
        return gca().quiver(x, y, u, v, color, scale, alpha, label);
    }
    public Patches bar(double[] x, double[] height, Double width, String[] color, String label, Double alpha) {
        return gca().bar(x, height, width, color, label, alpha);
    }
    public Patches.Histogram hist(double[] data, Integer bins, Double rangeLo, Double rangeHi, String color, Double alpha, String label) {
        return gca().hist(data, bins, rangeLo, rangeHi, color, alpha, label);
    }
    public Patches fillBetween(double[] x, double[] y1, double[] y2, String color, Double alpha, String label) {
        return gca().fillBetween(x, y1, y2, color, alpha, label);
    }
    public Line semilogy(double[] x, double[] y, String fmt, LineOptions o) { return gca().semilogy(x, y, fmt, o); }
    public Line semilogx(double[] x, double[] y, String fmt, LineOptions o) { return gca().semilogx(x, y, fmt, o); }
    public Line loglog(double[] x, double[] y, String fmt, LineOptions o) { return gca().loglog(x, y, fmt, o); }
    /** plt.xticks(ticks, labels). */
    public void xticks(double[] ticks, String[] labels) { gca().setXticks(ticks, labels); }
    public void yticks(double[] ticks, String[] labels) { gca().setYticks(ticks, labels); }
    public void title(String s) { gca().setTitle(s); }
    public void xlabel(String s) { gca().setXlabel(s); }
    public void ylabel(String s) { gca().setYlabel(s); }
    public void xlim(Double left, Double right) { gca().setXlim(left, right); }
    public void ylim(Double bottom, Double top) { gca().setYlim(bottom, top); }
    public void xscale(String s) { gca().setXscale(s); }
    public void yscale(String s) { gca().setYscale(s); }
    public void grid(Boolean visible) { gca().grid(visible); }
    public void grid(Boolean visible, String axis, LineOptions style) { gca().grid(visible, axis, style); }
    public void title(String s, Double fontsize) { gca().setTitle(s, fontsize); }
    public void xlabel(String s, Double fontsize) { gca().setXlabel(s, fontsize); }
    public void ylabel(String s, Double fontsize) { gca().setYlabel(s, fontsize); }
    public void legend(String loc) { gca().legend(loc); }
    public void legend(String[] labels, String loc) { gca().legend(labels, loc); }
    public void suptitle(String s) { gcf().suptitle(s); }
    public void tightLayout() { gcf().tightLayout = true; }

    /** plt.show(): the open figures are shown, in the order they were made, and closed. */
    public void show() {
        for (Figure f : open) display(f);
        open.clear();
        current = null;
    }

    /** plt.savefig(name): Slope keeps no files; a saved figure is shown even if closed without show(). */
    public void savefig(String name) {
        display(gcf());
    }

    /** fig.savefig(name). */
    public void savefig(Figure f, String name) {
        display(f);
    }

    /** plt.close(): closes the current figure; one neither shown nor saved is never shown. */
    public void close() {
        if (current != null) close(current);
    }

    public void close(Figure f) {
        open.remove(f);
        if (current == f) current = open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** plt.close('all'). */
    public void closeAll() {
        open.clear();
        current = null;
    }

    /** For the host after a run: every figure to show, in order; those still open come last. Empty ones are left out. */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (Figure f : displayed) if (!f.axes.isEmpty()) out.add(f);
        for (Figure f : open) if (!f.axes.isEmpty() && !displayed.contains(f)) out.add(f);
        return out;
    }

    /** Every figure to show, as SVG, in order. */
    public List<String> renderAll() {
        List<String> out = new ArrayList<>();
        for (Figure f : figures()) out.add(SvgRenderer.render(f));
        return out;
    }

    private void display(Figure f) {
        if (!displayed.contains(f)) displayed.add(f);
    }
}
