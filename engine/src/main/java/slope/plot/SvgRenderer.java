package slope.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a Figure as SVG text at 100 dpi, with matplotlib's default style: automatic limits with 5% margins,
 * ticks at nice values, tab10 colours, DejaVu Sans text. The same picture on the page, the command line and the server.
 */
public final class SvgRenderer {
    private SvgRenderer() {}

    static final double PT = 100.0 / 72;           // pixels per point at 100 dpi
    static final double FONT = 10 * PT;            // font.size 10
    static final double TITLE_FONT = 12 * PT;      // axes.titlesize 'large'
    static final double TICK_LEN = 3.5 * PT, TICK_PAD = 3.5 * PT, LABEL_PAD = 4 * PT, TITLE_PAD = 6 * PT;
    static final double ASCENT = 0.76, DESCENT = 0.24; // of the em, DejaVu Sans
    static final String GRID = "#b0b0b0";
    private static final char CLIP_MARK = '\u0001';

    /** The figure as a standalone SVG document. */
    public static String render(Figure f) {
        int w = f.pixelWidth(), h = f.pixelHeight();
        SvgWriter out = new SvgWriter();
        out.raw("<svg xmlns=\"http://www.w3.org/2000/svg\"").attr("width", w).attr("height", h)
            .raw(" viewBox=\"0 0 " + w + " " + h + "\"")
            .raw(" font-family=\"DejaVu Sans,Bitstream Vera Sans,Arial,Helvetica,sans-serif\"").attr("font-size", FONT)
            .raw(" stroke-linecap=\"butt\">\n");
        out.raw("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n");
        List<Plane> planes = layout(f);
        // \u0001 never survives escaping, so it marks the clip ids alone, whatever the texts say. (Built with a
        // StringBuilder: TeaVM 0.16 miscompiles a \u0001 constant inside javac's string concatenation recipe.)
        for (int i = 0; i < planes.size(); i++) drawAxes(out, planes.get(i), new StringBuilder().append(CLIP_MARK).append(i).toString());
        if (!f.suptitle.isEmpty()) multiline(out, w / 2.0, 0.02 * h + ASCENT * TITLE_FONT, f.suptitle, TITLE_FONT, "middle", false, false);
        out.raw("</svg>\n");
        // Clip ids must differ between figures inlined in one page: name them after a hash of the drawing.
        String svg = out.toString();
        return svg.replace(String.valueOf(CLIP_MARK), "c" + Integer.toHexString(fnv(svg)) + "-");
    }

    private static int fnv(String s) {
        int hsh = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            hsh ^= s.charAt(i);
            hsh *= 16777619;
        }
        return hsh;
    }

    // ---- layout ----

    /** An axes with its box in pixels (y down) and its view limits. */
    static final class Plane {
        final Axes ax;
        double x, y, w, h;
        double xlo, xhi, ylo, yhi;
        boolean logX, logY;
        double[] cbar; // colorbar box, or null

        Plane(Axes ax) { this.ax = ax; }

        double px(double v) {
            if (logX) v = v > 0 ? Ticks.log10(v) : Double.NaN;
            double lo = logX ? Ticks.log10(xlo) : xlo, hi = logX ? Ticks.log10(xhi) : xhi;
            return x + (v - lo) / (hi - lo) * w;
        }

        double py(double v) {
            if (logY) v = v > 0 ? Ticks.log10(v) : Double.NaN;
            double lo = logY ? Ticks.log10(ylo) : ylo, hi = logY ? Ticks.log10(yhi) : yhi;
            return y + h - (v - lo) / (hi - lo) * h;
        }
    }

    static List<Plane> layout(Figure f) {
        double W = f.pixelWidth(), H = f.pixelHeight();
        List<Plane> planes = new ArrayList<>();
        for (Axes a : f.axes) {
            Plane p = new Plane(a);
            place(p, W, H, 0.125, 0.1, 0.11, 0.12, 0.2, 0.2);
            planes.add(p);
        }
        int grids = 0;
        for (Axes a : f.axes) if (a.twinOf == null) grids++;
        boolean tight = f.tightLayout || grids > 1;
        if (tight) {
            // Room for tick labels, axis labels, titles and colorbars; the same along a grid column (left, right)
            // and a grid row (top, bottom), so that neighbouring axes line up.
            double[][] need = new double[planes.size()][];
            for (int k = 0; k < planes.size(); k++) {
                limits(planes.get(k));
                need[k] = decorations(planes.get(k));
            }
            double sup = f.suptitle.isEmpty() ? 0 : 0.02 * H + TITLE_FONT * (1.2 * lines(f.suptitle) + 0.1);
            for (int k = 0; k < planes.size(); k++) {
                Plane p = planes.get(k);
                Axes a = p.ax;
                double left = 0, right = 0, top = 0, bottom = 0;
                for (int q = 0; q < planes.size(); q++) {
                    Axes b = planes.get(q).ax;
                    if (b.ncols == a.ncols && b.col() == a.col()) { left = Math.max(left, need[q][0]); right = Math.max(right, need[q][1]); }
                    if (b.nrows == a.nrows && b.row() == a.row()) { top = Math.max(top, need[q][2]); bottom = Math.max(bottom, need[q][3]); }
                }
                double cw = W / a.ncols, ch = (H - sup) / a.nrows;
                p.x = a.col() * cw + left;
                p.w = Math.max(10, cw - left - right);
                p.y = sup + a.row() * ch + top;
                p.h = Math.max(10, ch - top - bottom);
            }
        }
        for (Plane p : planes) {
            if (p.ax.twinOf != null) sameBox(p, planes);
            if (p.ax.colorbar != null) {
                double full = p.w;
                p.w = full * 0.8;
                double h = p.h * p.ax.colorbarShrink; // centred beside the axes, as matplotlib anchors it
                p.cbar = new double[] {p.x + full * 0.85, p.y + (p.h - h) / 2, Math.min(full * 0.15, h / p.ax.colorbarAspect), h};
            }
            limits(p);
            if (p.ax.aspect.equals("equal") && !p.logX && !p.logY) equalAspect(p);
        }
        return planes;
    }

    /** A twin is drawn in its parent's box (laid out before it, as the twin is added later). */
    private static void sameBox(Plane twin, List<Plane> planes) {
        for (Plane q : planes) {
            if (q.ax == twin.ax.twinOf) {
                twin.x = q.x;
                twin.y = q.y;
                twin.w = q.w;
                twin.h = q.h;
            }
        }
    }

    /** One data unit as many pixels along x as along y: grow the limits (axis('equal')) or shrink and centre the box. */
    private static void equalAspect(Plane p) {
        double dx = Math.abs(p.xhi - p.xlo), dy = Math.abs(p.yhi - p.ylo);
        if (!(dx > 0) || !(dy > 0) || !Double.isFinite(dx + dy)) return;
        double want = dy / dx, have = p.h / p.w;
        if (p.ax.equalByLimits) {
            if (have > want) {
                double grow = (dx * have - dy) / 2 * Math.signum(p.yhi - p.ylo);
                p.ylo -= grow;
                p.yhi += grow;
            } else {
                double grow = (dy / have - dx) / 2 * Math.signum(p.xhi - p.xlo);
                p.xlo -= grow;
                p.xhi += grow;
            }
        } else if (have > want) {
            double nh = p.w * want;
            p.y += (p.h - nh) / 2;
            p.h = nh;
        } else {
            double nw = p.h / want;
            p.x += (p.w - nw) / 2;
            p.w = nw;
        }
    }

    // matplotlib's subplot parameters, as fractions of the figure: left, right margin, bottom, top margin, wspace, hspace.
    private static void place(Plane p, double W, double H, double left, double right, double bottom, double top, double wspace, double hspace) {
        Axes a = p.ax;
        double totW = (1 - left - right) * W, totH = (1 - bottom - top) * H;
        double cellW = totW / (a.ncols + wspace * (a.ncols - 1)), cellH = totH / (a.nrows + hspace * (a.nrows - 1));
        p.x = left * W + a.col() * cellW * (1 + wspace);
        p.y = top * H + a.row() * cellH * (1 + hspace);
        p.w = cellW;
        p.h = cellH;
    }

    /** Space around an axes for its texts: left, right, top, bottom, in pixels. */
    private static double[] decorations(Plane p) {
        Axes a = p.ax;
        double maxY = 0;
        TickSet yt = tickLabels(p, false);
        for (int i = 0; i < yt.labels.length; i++) maxY = Math.max(maxY, labelWidth(yt, i));
        double ls = labelSize(a);
        double yAxis = TICK_LEN + TICK_PAD + maxY + (a.ylabel.isEmpty() ? 0 : LABEL_PAD + ls * 1.2 * lines(a.ylabel)) + 8;
        double bottom = TICK_LEN + TICK_PAD + FONT * 1.2 + (a.xlabel.isEmpty() ? 0 : LABEL_PAD + ls * 1.2 * lines(a.xlabel)) + 8;
        double top = (a.title.isEmpty() ? FONT * 0.8 : TITLE_PAD + titleSize(a) * 1.2 * lines(a.title)) + 8;
        double right = 15 + (a.colorbar != null ? 50 + (a.colorbarLabel.isEmpty() ? 0 : FONT * 1.5) : 0);
        // A twin's y axis is on the right, and it has no x axis of its own.
        return a.twinOf != null ? new double[] {0, right + yAxis, top, 0} : new double[] {yAxis, right, top, bottom};
    }

    /** The view limits an axes is drawn with, {xmin, xmax, ymin, ymax}: what ax.get_xlim() / get_ylim() answer. */
    public static double[] viewLimits(Axes a) {
        Plane p = new Plane(a);
        p.w = 496;
        p.h = 369.6;
        limits(p);
        return new double[] {p.xlo, p.xhi, p.ylo, p.yhi};
    }

    // ---- limits: data limits, 5% margins (in log space on log axes), stopped at contour grids' edges ----

    static void limits(Plane p) {
        Axes a = p.ax, xa = a.xOwner();
        p.logX = xa.xscale.equals("log");
        p.logY = a.yscale.equals("log");
        double margin = a.tight ? 0 : 0.05;
        List<Axes> sharingX = new ArrayList<>(xa.twins);
        sharingX.add(xa);
        double[] xl = autoscale(sharingX, true, p.logX, margin), yl = autoscale(List.of(a), false, p.logY, margin);
        xl = includeTicks(xl, xa.xticks, p.logX);
        yl = includeTicks(yl, a.yticks, p.logY);
        p.xlo = pick(xa.xmin, xl[0], p.logX);
        p.xhi = pick(xa.xmax, xl[1], p.logX);
        p.ylo = pick(a.ymin, yl[0], p.logY);
        p.yhi = pick(a.ymax, yl[1], p.logY);
        if (p.xlo == p.xhi) { p.xlo -= 0.5; p.xhi += 0.5; }
        if (p.ylo == p.yhi) { p.ylo -= 0.5; p.yhi += 0.5; }
        if (a.ymin == null && a.ymax == null && upperImage(a)) { // row 0 at the top, as imshow's origin='upper' shows it
            double t = p.ylo;
            p.ylo = p.yhi;
            p.yhi = t;
        }
    }

    private static boolean upperImage(Axes a) {
        for (Artist art : a.artists) if (art instanceof Image im) return im.originUpper;
        return false;
    }

    /** set_xticks widens automatic limits to show every given tick. */
    private static double[] includeTicks(double[] lim, double[] ticks, boolean log) {
        if (ticks == null) return lim;
        double lo = lim[0], hi = lim[1];
        for (double t : ticks) {
            if (!Double.isFinite(t) || (log && t <= 0)) continue;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
        }
        return new double[] {lo, hi};
    }

    private static double pick(Double set, double auto, boolean log) {
        return set != null && Double.isFinite(set) && (!log || set > 0) ? set : auto;
    }

    /** Data limits with margins over the artists of these axes (an axes and its twins share x). */
    private static double[] autoscale(List<Axes> axes, boolean xAxis, boolean log, double margin) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        List<Double> sticky = new ArrayList<>();
        for (Axes a : axes) for (Artist art : a.artists) {
            double[] v = null;
            if (art instanceof Line l) v = xAxis ? l.x : l.y;
            else if (art instanceof ErrorBars e) v = e.extent(xAxis);
            else if (art instanceof Scatter s) v = xAxis ? s.x : s.y;
            else if (art instanceof RefLine r) { if (r.horizontal != xAxis) v = new double[] {r.value}; }
            else if (art instanceof Quiver q) v = xAxis ? q.x : q.y;
            else if (art instanceof Patches pa) {
                int count = 0;
                for (double[] poly : pa.polygons) count += poly.length / 2;
                v = new double[count];
                int k = 0;
                for (double[] poly : pa.polygons) for (int i = xAxis ? 0 : 1; i < poly.length; i += 2) v[k++] = poly[i];
                if (pa.fromZero && !xAxis) sticky.add(0.0);
            }
            else if (art instanceof Image im) {
                v = new double[] {-0.5, (xAxis ? im.cols() : im.rows()) - 0.5};
                sticky.add(v[0]);
                sticky.add(v[1]);
            }
            else if (art instanceof Contour c) {
                double[] r = Contour.range(xAxis ? c.x : c.y);
                v = r;
                sticky.add(r[0]);
                sticky.add(r[1]);
            }
            if (v == null) continue;
            for (double d : v) {
                if (!Double.isFinite(d) || (log && d <= 0)) continue;
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        if (lo > hi) return log ? new double[] {1, 10} : new double[] {0, 1};
        if (log) {
            if (lo == hi) { lo /= 10; hi *= 10; }
            double l0 = Ticks.log10(lo), l1 = Ticks.log10(hi), d = (l1 - l0) * margin;
            return clampSticky(Math.max(Math.pow(10, l0 - d), Double.MIN_NORMAL), Math.min(Math.pow(10, l1 + d), Double.MAX_VALUE),
                lo, hi, sticky);
        }
        double[] ns = Ticks.nonsingular(lo, hi, 0.05, 1e-15);
        double d = ns[1] * margin - ns[0] * margin; // written so that it cannot overflow
        return clampSticky(ns[0] - d, ns[1] + d, ns[0], ns[1], sticky);
    }

    private static double[] clampSticky(double lo, double hi, double dlo, double dhi, List<Double> sticky) {
        double tol = 1e-5 * Math.max(Math.abs(dhi - dlo), Double.MIN_NORMAL);
        Double lb = null, ub = null;
        for (double s : sticky) {
            if (s <= dlo + tol && (lb == null || s > lb)) lb = s;
            if (s >= dhi - tol && (ub == null || s < ub)) ub = s;
        }
        if (lb != null) lo = Math.max(lo, lb);
        if (ub != null) hi = Math.min(hi, ub);
        return new double[] {lo, hi};
    }

    // ---- ticks ----

    static final class TickSet {
        double[] major = new double[0], minor = new double[0];
        String[] labels = new String[0];
        /** Log ticks: the decade exponent to raise after "10" (labels hold the mantissa text before it, or ""). */
        int[] exponents;
        String offset = "";
    }

    static TickSet tickLabels(Plane p, boolean xAxis) {
        TickSet t = new TickSet();
        double lo = xAxis ? p.xlo : p.ylo, hi = xAxis ? p.xhi : p.yhi;
        double len = xAxis ? p.w : p.h;
        boolean log = xAxis ? p.logX : p.logY;
        double a = Math.min(lo, hi), b = Math.max(lo, hi);
        Axes owner = xAxis ? p.ax.xOwner() : p.ax;
        double[] fixed = xAxis ? owner.xticks : owner.yticks;
        if (fixed != null) {
            String[] given = xAxis ? owner.xtickLabels : owner.ytickLabels;
            List<Integer> keep = new ArrayList<>();
            double eps = (b - a) * 1e-10;
            for (int i = 0; i < fixed.length; i++) if (fixed[i] >= a - eps && fixed[i] <= b + eps) keep.add(i);
            t.major = new double[keep.size()];
            for (int i = 0; i < keep.size(); i++) t.major[i] = fixed[keep.get(i)];
            String[] auto = Ticks.scalarLabels(t.major, a, b).labels;
            t.labels = new String[keep.size()];
            for (int i = 0; i < keep.size(); i++) t.labels[i] = given != null ? given[keep.get(i)] : log ? Ticks.minus(slope.format.PyNumbers.floatRepr(t.major[i])) : auto[i];
            return t;
        }
        if (log) {
            int space = Math.max(2, Math.min(9, (int) Math.floor(len * 72 / 100 / (10 * (xAxis ? 3 : 2)))));
            t.major = Ticks.logMajor(a, b, space);
            t.minor = Ticks.logMinor(a, b);
            if (t.major.length >= 2) {
                t.labels = new String[t.major.length];
                t.exponents = new int[t.major.length];
                for (int i = 0; i < t.major.length; i++) { t.labels[i] = ""; t.exponents[i] = Ticks.decade(t.major[i]); }
            } else {
                // Under about a decade: label the minor ticks too, as mantissa x 10^k.
                double span = Ticks.log10(b / a);
                double[] all = merge(t.major, t.minor);
                List<Double> keep = new ArrayList<>();
                for (double v : all) {
                    int k = (int) Math.floor(Ticks.log10(v) + 1e-9);
                    long m = Math.round(v / Math.pow(10, k));
                    if (span < 0.4 || m == 1 || m == 2 || m == 3 || m == 5) keep.add(v);
                }
                t.major = new double[keep.size()];
                t.labels = new String[keep.size()];
                t.exponents = new int[keep.size()];
                for (int i = 0; i < keep.size(); i++) {
                    double v = keep.get(i);
                    int k = (int) Math.floor(Ticks.log10(v) + 1e-9);
                    long m = Math.round(v / Math.pow(10, k));
                    t.major[i] = v;
                    t.labels[i] = m == 1 ? "" : m + "\u00d7";
                    t.exponents[i] = k;
                }
                List<Double> rest = new ArrayList<>();
                for (double v : t.minor) if (!keep.contains(v)) rest.add(v);
                t.minor = new double[rest.size()];
                for (int i = 0; i < rest.size(); i++) t.minor[i] = rest.get(i);
            }
            return t;
        }
        t.major = Ticks.linear(a, b, Ticks.autoBins(len, xAxis));
        Ticks.Labels l = Ticks.scalarLabels(t.major, a, b);
        t.labels = l.labels;
        t.offset = l.offsetText;
        return t;
    }

    private static double[] merge(double[] a, double[] b) {
        double[] m = new double[a.length + b.length];
        System.arraycopy(a, 0, m, 0, a.length);
        System.arraycopy(b, 0, m, a.length, b.length);
        java.util.Arrays.sort(m);
        return m;
    }

    // ---- drawing one axes ----

    private static void drawAxes(SvgWriter out, Plane p, String clipId) {
        Axes a = p.ax;
        if (a instanceof Axes3D) {
            Axes3DRenderer.draw(out, p, clipId);
            return;
        }
        out.raw("<defs><clipPath id=\"").raw(clipId).raw("\"><rect").attr("x", p.x).attr("y", p.y).attr("width", p.w)
            .attr("height", p.h).raw("/></clipPath></defs>\n");
        // A twin's x axis is hidden (its parent draws it): no x ticks, labels or grid lines.
        TickSet xt = a.twinOf != null ? new TickSet() : tickLabels(p, true), yt = tickLabels(p, false);
        // matplotlib's z-order: filled contours and scatter (1), then the grid (1.5), then lines (2).
        List<double[]> points = new ArrayList<>(), polylines = new ArrayList<>();
        StringBuilder low = new StringBuilder(), high = new StringBuilder();
        for (Artist art : a.artists) {
            SvgWriter w = new SvgWriter();
            if (art instanceof Image im) {
                Draw.image(w, p, im);
                low.append(w.sb);
            } else if (art instanceof Contour c) {
                if (c.filled) Draw.contourf(w, p, c);
                else Draw.contour(w, p, c);
                (c.filled ? low : high).append(w.sb);
            } else if (art instanceof Scatter s) {
                Draw.scatter(w, p, s, points);
                low.append(w.sb);
            } else if (art instanceof Patches pa) {
                Draw.patches(w, p, pa);
                low.append(w.sb);
            } else if (art instanceof Quiver q) {
                Draw.quiver(w, p, q);
                low.append(w.sb);
            } else if (art instanceof Line l) {
                Draw.line(w, p, l, points, polylines);
                high.append(w.sb);
            } else if (art instanceof ErrorBars e) {
                Draw.errorBars(w, p, e, points, polylines);
                high.append(w.sb);
            } else if (art instanceof RefLine r) {
                Draw.refLine(w, p, r, polylines);
                high.append(w.sb);
            }
        }
        if (low.length() > 0) out.raw("<g clip-path=\"url(#" + clipId + ")\">\n").raw(low.toString()).raw("</g>\n");
        if (a.grid && a.axisOn) drawGrid(out, p, xt, yt);
        if (high.length() > 0) out.raw("<g clip-path=\"url(#" + clipId + ")\">\n").raw(high.toString()).raw("</g>\n");
        for (Artist art : a.artists) if (art instanceof Text t) Draw.text(out, p, t);
        if (a.axisOn) drawFrame(out, p, xt, yt);
        else if (!a.title.isEmpty()) drawTitle(out, p);
        if (a.legend) Legend.draw(out, p, points, polylines);
        if (p.cbar != null) Colorbar.draw(out, p);
    }

    private static void drawTitle(SvgWriter out, Plane p) {
        double size = titleSize(p.ax);
        multiline(out, p.x + p.w / 2, p.y - TITLE_PAD - DESCENT * size, p.ax.title, size, "middle", true, false, p.ax.titleColor);
    }

    static double titleSize(Axes a) { return a.titleSize == null ? TITLE_FONT : a.titleSize * PT; }
    static double labelSize(Axes a) { return a.labelSize == null ? FONT : a.labelSize * PT; }

    static int lines(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /**
     * Text that may hold newlines, one tspan a line. (x, y) is the baseline of the line nearest the axes: the
     * block grows up from it (titles, y labels) or down (x labels). Rotated text turns about (x, y).
     */
    static void multiline(SvgWriter out, double x, double y, String s, double size, String anchor, boolean up, boolean rotated) {
        multiline(out, x, y, s, size, anchor, up, rotated, null);
    }

    /** With a fill colour (hex), or black when null. */
    static void multiline(SvgWriter out, double x, double y, String s, double size, String anchor, boolean up, boolean rotated,
                          String fill) {
        String[] parts = s.split("\n", -1);
        double step = 1.2 * size;
        double first = up ? y - (parts.length - 1) * step : y;
        out.raw("<text").attr("x", x).attr("y", first);
        if (fill != null) out.attr("fill", fill);
        if (Math.abs(size - FONT) > 0.01) out.attr("font-size", size);
        if (!anchor.equals("start")) out.raw(" text-anchor=\"" + anchor + "\"");
        if (rotated) out.raw(" transform=\"rotate(-90 ").num(x).raw(" ").num(y).raw(")\"");
        out.raw(">");
        if (parts.length == 1) out.text(s);
        else {
            for (int i = 0; i < parts.length; i++) {
                out.raw("<tspan").attr("x", x);
                if (i > 0) out.attr("dy", step);
                out.raw(">").text(parts[i]).raw("</tspan>");
            }
        }
        out.raw("</text>\n");
    }

    private static void drawFrame(SvgWriter out, Plane p, TickSet xt, TickSet yt) {
        Axes a = p.ax;
        drawSpines(out, p);
        drawTicks(out, p, xt, yt);
        if (!a.title.isEmpty()) drawTitle(out, p);
        double xTickBottom = p.y + p.h + TICK_LEN + TICK_PAD + FONT * (ASCENT + DESCENT) * (xt.exponents != null ? 1.3 : 1);
        double ls = labelSize(a);
        if (!a.xlabel.isEmpty()) multiline(out, p.x + p.w / 2, xTickBottom + LABEL_PAD + ASCENT * ls, a.xlabel, ls, "middle", false, false, a.xlabelColor);
        if (!a.ylabel.isEmpty()) {
            double maxW = 0;
            for (int i = 0; i < yt.labels.length; i++) maxW = Math.max(maxW, labelWidth(yt, i));
            // Rotated a quarter turn, "up" in the text's frame points left: away from the axes on the left side,
            // towards it on a twin's right side, where the lines grow the other way.
            boolean right = a.twinOf != null;
            double lx = right ? p.x + p.w + TICK_LEN + TICK_PAD + maxW + LABEL_PAD + ASCENT * ls
                : p.x - TICK_LEN - TICK_PAD - maxW - LABEL_PAD - DESCENT * ls;
            multiline(out, lx, p.y + p.h / 2, a.ylabel, ls, "middle", !right, true, a.ylabelColor);
        }
        if (!xt.offset.isEmpty()) {
            out.raw("<text").attr("x", p.x + p.w).attr("y", xTickBottom + LABEL_PAD + ASCENT * FONT)
                .raw(" text-anchor=\"end\">").text(xt.offset).raw("</text>\n");
        }
        if (!yt.offset.isEmpty()) {
            out.raw("<text").attr("x", a.twinOf != null ? p.x + p.w : p.x).attr("y", p.y - 4)
                .raw(a.twinOf != null ? " text-anchor=\"end\">" : ">").text(yt.offset).raw("</text>\n");
        }
    }

    /** The frame: one rectangle while every spine is matplotlib's default, else each visible side as its own line. */
    private static void drawSpines(SvgWriter out, Plane p) {
        boolean plain = true;
        for (Spine s : p.ax.spines) plain &= s.isDefault();
        if (plain) {
            out.raw("<rect").attr("x", p.x).attr("y", p.y).attr("width", p.w).attr("height", p.h)
                .raw(" fill=\"none\" stroke=\"#000\"").attr("stroke-width", Spine.DEFAULT_WIDTH * PT).raw(" stroke-linejoin=\"miter\"/>\n");
            return;
        }
        double[][] ends = {{p.x, p.y + p.h, p.x, p.y}, {p.x + p.w, p.y + p.h, p.x + p.w, p.y},
            {p.x, p.y + p.h, p.x + p.w, p.y + p.h}, {p.x, p.y, p.x + p.w, p.y}};
        for (int i = 0; i < ends.length; i++) {
            Spine s = p.ax.spines[i];
            if (!s.visible) continue;
            // matplotlib's spines end in projecting (square) caps, so that two sides meet in a full corner.
            out.raw("<path fill=\"none\"").attr("stroke", s.color).attr("stroke-width", s.linewidth * PT)
                .raw(" stroke-linecap=\"square\" d=\"M").num(ends[i][0]).raw(",").num(ends[i][1])
                .raw("L").num(ends[i][2]).raw(",").num(ends[i][3]).raw("\"/>\n");
        }
    }

    private static void drawGrid(SvgWriter out, Plane p, TickSet xt, TickSet yt) {
        LineOptions st = p.ax.gridStyle;
        double lw = st != null && st.linewidth != null ? st.linewidth : 0.8;
        out.raw("<path fill=\"none\"").attr("stroke", st != null && st.color != null ? Colors.parse(st.color) : GRID)
            .attr("stroke-width", lw * PT);
        if (st != null && st.linestyle != null) Draw.dash(out, LineFormat.linestyle(st.linestyle), lw);
        if (st != null && st.alpha != null) Draw.opacity(out, "stroke-opacity", st.alpha);
        out.raw(" d=\"");
        String which = p.ax.gridAxis;
        if (!which.equals("y")) for (double v : xt.major) out.raw("M").num(p.px(v)).raw(",").num(p.y).raw("V").num(p.y + p.h);
        if (!which.equals("x")) for (double v : yt.major) out.raw("M").num(p.x).raw(",").num(p.py(v)).raw("H").num(p.x + p.w);
        out.raw("\"/>\n");
    }

    private static void drawTicks(SvgWriter out, Plane p, TickSet xt, TickSet yt) {
        double bottom = p.y + p.h;
        // y ticks point out of the box: left, or right on a twin
        boolean right = p.ax.twinOf != null;
        double yAt = right ? p.x + p.w : p.x, out1 = right ? 1 : -1;
        Axes a = p.ax;
        // one path of marks per axis colour (tick_params), one for both while they share it
        String xMark = a.xtickColor == null ? "#000" : a.xtickColor, yMark = a.ytickColor == null ? "#000" : a.ytickColor;
        boolean shared = xMark.equals(yMark);
        out.raw("<path").attr("stroke", xMark).attr("stroke-width", 0.8 * PT).raw(" d=\"");
        for (double v : xt.major) out.raw("M").num(p.px(v)).raw(",").num(bottom).raw("v").num(TICK_LEN);
        if (!shared) out.raw("\"/>\n<path").attr("stroke", yMark).attr("stroke-width", 0.8 * PT).raw(" d=\"");
        for (double v : yt.major) out.raw("M").num(yAt).raw(",").num(p.py(v)).raw("h").num(out1 * TICK_LEN);
        out.raw("\"/>\n");
        if (xt.minor.length + yt.minor.length > 0) {
            out.raw("<path").attr("stroke", xMark).attr("stroke-width", 0.6 * PT).raw(" d=\"");
            for (double v : xt.minor) out.raw("M").num(p.px(v)).raw(",").num(bottom).raw("v").num(2 * PT);
            if (!shared) out.raw("\"/>\n<path").attr("stroke", yMark).attr("stroke-width", 0.6 * PT).raw(" d=\"");
            for (double v : yt.minor) out.raw("M").num(yAt).raw(",").num(p.py(v)).raw("h").num(out1 * 2 * PT);
            out.raw("\"/>\n");
        }
        out.raw("<g text-anchor=\"middle\"");
        if (a.xtickLabelColor != null) out.attr("fill", a.xtickLabelColor);
        out.raw(">");
        double base = bottom + TICK_LEN + TICK_PAD + ASCENT * FONT * (xt.exponents != null ? 1.3 : 1);
        for (int i = 0; i < xt.major.length; i++) {
            out.raw("<text").attr("x", p.px(xt.major[i])).attr("y", base).raw(">");
            tickText(out, xt, i);
            out.raw("</text>");
        }
        out.raw("</g>\n<g text-anchor=\"" + (right ? "start" : "end") + "\"");
        if (a.ytickLabelColor != null) out.attr("fill", a.ytickLabelColor);
        out.raw(">");
        for (int i = 0; i < yt.major.length; i++) {
            out.raw("<text").attr("x", yAt + out1 * (TICK_LEN + TICK_PAD)).attr("y", p.py(yt.major[i]) + 0.35 * FONT).raw(">");
            tickText(out, yt, i);
            out.raw("</text>");
        }
        out.raw("</g>\n");
    }

    static void tickText(SvgWriter out, TickSet t, int i) {
        out.text(t.labels[i]);
        if (t.exponents != null) {
            out.raw("10<tspan dy=\"-0.45em\" font-size=\"").num(FONT * 0.7).raw("\">")
                .text(Ticks.minus(Integer.toString(t.exponents[i]))).raw("</tspan>");
        }
    }

    static double labelWidth(TickSet t, int i) {
        double w = textWidth(t.labels[i], FONT);
        if (t.exponents != null) w += textWidth("10", FONT) + textWidth(Integer.toString(t.exponents[i]), FONT * 0.7);
        return w;
    }

    /** Approximate advance width of text in DejaVu Sans. */
    static double textWidth(String s, double size) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') em += 0.636;
            else if (c == '.' || c == ',' || c == ' ' || c == ':' || c == ';' || c == 'i' || c == 'l' || c == 'j' || c == '|' || c == '\'') em += 0.3;
            else if (c == '\u2212' || c == '+' || c == '=' || c == '\u00d7') em += 0.838;
            else if (c == '-') em += 0.36;
            else if (c >= 'A' && c <= 'Z') em += c == 'M' || c == 'W' ? 0.9 : 0.7;
            else if (c == 'm' || c == 'w') em += 0.95;
            else if (c == 'f' || c == 't' || c == 'r') em += 0.4;
            else em += 0.6;
        }
        return em * size;
    }

    // ---- geometry shared by the drawing code ----

    /** Liang-Barsky: the part of a segment inside a rectangle as {t0, t1}, or null. */
    static double[] clip(double x0, double y0, double x1, double y1, double xmin, double ymin, double xmax, double ymax) {
        double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
        double[] pv = {-dx, dx, -dy, dy}, qv = {x0 - xmin, xmax - x0, y0 - ymin, ymax - y0};
        for (int k = 0; k < 4; k++) {
            if (pv[k] == 0) {
                if (qv[k] < 0) return null;
            } else {
                double r = qv[k] / pv[k];
                if (pv[k] < 0) { if (r > t1) return null; if (r > t0) t0 = r; }
                else { if (r < t0) return null; if (r < t1) t1 = r; }
            }
        }
        return new double[] {t0, t1};
    }
}
