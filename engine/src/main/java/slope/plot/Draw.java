package slope.plot;

import java.util.List;

import static slope.plot.SvgRenderer.FONT;
import static slope.plot.SvgRenderer.PT;

/** SVG for each kind of artist, in an axes' pixel space. */
final class Draw {
    private Draw() {}

    // ---- lines ----

    /** One <path> per plot() call, then one element per marker. */
    static void line(SvgWriter w, SvgRenderer.Plane p, Line l, List<double[]> points, List<double[]> polylines) {
        double[] px = new double[2 * l.x.length];
        for (int i = 0; i < l.x.length; i++) {
            px[2 * i] = p.px(l.x[i]);
            px[2 * i + 1] = p.py(l.y[i]);
        }
        line(w, p, l, px, points, polylines);
    }

    /** A line's path and markers through points already in pixels (px: x0, y0, x1, ...), as 3-D axes project them. */
    static void line(SvgWriter w, SvgRenderer.Plane p, Line l, double[] px, List<double[]> points, List<double[]> polylines) {
        polylines.add(px);
        if (l.hasLine()) {
            double lw = l.linewidth * PT;
            w.raw("<path fill=\"none\"").attr("stroke", l.color).attr("stroke-width", lw);
            dash(w, l.linestyle, l.linewidth);
            if (l.linestyle.equals("-")) w.raw(" stroke-linecap=\"square\"");
            w.raw(" stroke-linejoin=\"round\"");
            opacity(w, "stroke-opacity", l.alpha);
            w.raw(" d=\"");
            polyline(w, thin(px), p, 5 + lw);
            w.raw("\"/>\n");
        } else {
            points.add(px);
        }
        if (l.hasMarker()) {
            points.add(px);
            double size = l.markersize * PT + PT; // the 1 pt edge matplotlib strokes around each marker
            Markers.draw(w, p, px, l.marker, size, new String[] {l.color}, l.alpha, PT);
        }
    }

    /**
     * errorbar(): matplotlib's order, the x bars, the y bars, the x caps, the y caps, then the data line over them.
     * The bars count as lines for the legend's 'best' spot.
     */
    static void errorBars(SvgWriter w, SvgRenderer.Plane p, ErrorBars e, List<double[]> points, List<double[]> polylines) {
        Isolines.DoubleList bars = new Isolines.DoubleList();
        if (e.xlo != null) for (int i = 0; i < e.x.length; i++) bar(bars, p.px(e.xlo[i]), p.py(e.y[i]), p.px(e.xhi[i]), p.py(e.y[i]));
        if (e.ylo != null) for (int i = 0; i < e.x.length; i++) bar(bars, p.px(e.x[i]), p.py(e.ylo[i]), p.px(e.x[i]), p.py(e.yhi[i]));
        double[] px = bars.toArray();
        polylines.add(px);
        segments(w, px, e.ecolor, e.elinewidth, e.alpha);
        if (e.capLength > 0) {
            double half = e.capLength * PT / 2;
            Isolines.DoubleList caps = new Isolines.DoubleList();
            for (int k = 0; e.xlo != null && k < 2; k++) for (int i = 0; i < e.x.length; i++) {
                double x = p.px(k == 0 ? e.xlo[i] : e.xhi[i]), y = p.py(e.y[i]);
                bar(caps, x, y - half, x, y + half);
            }
            for (int k = 0; e.ylo != null && k < 2; k++) for (int i = 0; i < e.x.length; i++) {
                double x = p.px(e.x[i]), y = p.py(k == 0 ? e.ylo[i] : e.yhi[i]);
                bar(caps, x - half, y, x + half, y);
            }
            segments(w, caps.toArray(), e.ecolor, e.capthick, e.alpha);
        }
        if (e.line != null) line(w, p, e.line, points, polylines);
    }

    /** One segment, then a NaN break; segments with a non-finite end are left out. */
    private static void bar(Isolines.DoubleList out, double x0, double y0, double x1, double y1) {
        if (!Double.isFinite(x0 + y0 + x1 + y1)) return;
        out.add(x0); out.add(y0); out.add(x1); out.add(y1);
        out.add(Double.NaN); out.add(Double.NaN);
    }

    /** Segments as one path: "M x0,y0 L x1,y1" each, unclipped (the axes' clip path trims them). */
    private static void segments(SvgWriter w, double[] px, String color, double lwPt, double alpha) {
        if (px.length == 0) return;
        w.raw("<path fill=\"none\"").attr("stroke", color).attr("stroke-width", lwPt * PT);
        opacity(w, "stroke-opacity", alpha);
        w.raw(" d=\"");
        PathData d = new PathData(w.sb);
        for (int i = 0; i + 3 < px.length; i += 6) {
            d.moveTo(px[i], px[i + 1]);
            d.lineTo(px[i + 2], px[i + 3]);
        }
        w.raw("\"/>\n");
    }

    static void refLine(SvgWriter w, SvgRenderer.Plane p, RefLine r, List<double[]> polylines) {
        double[] px = r.horizontal ? new double[] {p.x, p.py(r.value), p.x + p.w, p.py(r.value)}
                                   : new double[] {p.px(r.value), p.y, p.px(r.value), p.y + p.h};
        polylines.add(px);
        if (Double.isNaN(px[1] + px[0])) return;
        w.raw("<path fill=\"none\"").attr("stroke", r.color).attr("stroke-width", r.linewidth * PT);
        dash(w, r.linestyle, r.linewidth);
        opacity(w, "stroke-opacity", r.alpha);
        w.raw(" d=\"M").num(px[0]).raw(",").num(px[1]).raw(" ").num(px[2]).raw(",").num(px[3]).raw("\"/>\n");
    }

    /** matplotlib's dash patterns, in points scaled by the line width. */
    static void dash(SvgWriter w, String ls, double lwPt) {
        double[] d;
        switch (ls) {
            case "--": d = new double[] {3.7, 1.6}; break;
            case ":": d = new double[] {1, 1.65}; break;
            case "-.": d = new double[] {6.4, 1.6, 1, 1.6}; break;
            default: return;
        }
        w.raw(" stroke-dasharray=\"");
        for (int i = 0; i < d.length; i++) {
            if (i > 0) w.raw(",");
            w.num(d[i] * lwPt * PT);
        }
        w.raw("\"");
    }

    static void opacity(SvgWriter w, String attr, double alpha) {
        if (alpha < 1) w.raw(" " + attr + "=\"").raw(trimZeros(slope.format.PyNumbers.fixed(Math.max(0, alpha), 3))).raw("\"");
    }

    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int e = s.length();
        while (s.charAt(e - 1) == '0') e--;
        if (s.charAt(e - 1) == '.') e--;
        return s.substring(0, e);
    }

    /**
     * Long curves sorted along x (loss curves) keep, per pixel column, only the first, lowest, highest and last
     * point: the same picture from at most four points a column.
     */
    static double[] thin(double[] px) {
        int n = px.length / 2;
        if (n < 1000) return px;
        double prev = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = px[2 * i];
            if (Double.isNaN(x)) continue;
            if (x < prev) return px;
            prev = x;
        }
        Isolines.DoubleList out = new Isolines.DoubleList();
        int i = 0;
        while (i < n) {
            double x = px[2 * i], y = px[2 * i + 1];
            if (!Double.isFinite(x + y)) {
                if (out.n > 0 && !Double.isNaN(out.a[out.n - 1])) { out.add(Double.NaN); out.add(Double.NaN); }
                i++;
                continue;
            }
            long col = (long) Math.floor(x);
            int start = i, lo = i, hi = i, end = i;
            while (end + 1 < n && Double.isFinite(px[2 * end + 2] + px[2 * end + 3]) && (long) Math.floor(px[2 * end + 2]) == col) {
                end++;
                if (px[2 * end + 1] < px[2 * lo + 1]) lo = end;
                if (px[2 * end + 1] > px[2 * hi + 1]) hi = end;
            }
            int[] keep = {start, Math.min(lo, hi), Math.max(lo, hi), end};
            int last = -1;
            for (int k : keep) {
                if (k == last) continue;
                out.add(px[2 * k]);
                out.add(px[2 * k + 1]);
                last = k;
            }
            i = end + 1;
        }
        return out.toArray();
    }

    /**
     * Path data for a pixel polyline: NaN points break it, segments are clipped to the axes box grown by
     * margin, and points closer than a third of a pixel to the last one written are dropped.
     */
    static void polyline(SvgWriter w, double[] px, SvgRenderer.Plane p, double margin) {
        double xmin = p.x - margin, ymin = p.y - margin, xmax = p.x + p.w + margin, ymax = p.y + p.h + margin;
        PathData d = new PathData(w.sb);
        boolean penDown = false;
        double lastX = Double.NaN, lastY = Double.NaN;
        int n = px.length / 2;
        if (n == 1 && Double.isFinite(px[0] + px[1])) {
            d.moveTo(px[0], px[1]);
            return;
        }
        for (int i = 0; i + 1 < n; i++) {
            double x0 = px[2 * i], y0 = px[2 * i + 1], x1 = px[2 * i + 2], y1 = px[2 * i + 3];
            if (!Double.isFinite(x0 + y0 + x1 + y1)) { penDown = false; continue; }
            double[] t = SvgRenderer.clip(x0, y0, x1, y1, xmin, ymin, xmax, ymax);
            if (t == null) { penDown = false; continue; }
            double ax = x0 + t[0] * (x1 - x0), ay = y0 + t[0] * (y1 - y0);
            double bx = x0 + t[1] * (x1 - x0), by = y0 + t[1] * (y1 - y0);
            if (!penDown || t[0] > 0) {
                d.moveTo(ax, ay);
                lastX = ax;
                lastY = ay;
                penDown = true;
            }
            boolean lastOfRun = t[1] < 1 || i + 2 >= n || !Double.isFinite(px[2 * i + 4] + px[2 * i + 5]);
            if (lastOfRun || Math.abs(bx - lastX) + Math.abs(by - lastY) > 0.35) {
                d.lineTo(bx, by);
                lastX = bx;
                lastY = by;
            }
            if (t[1] < 1) penDown = false;
        }
    }

    // ---- scatter ----

    static void scatter(SvgWriter w, SvgRenderer.Plane p, Scatter s, List<double[]> points) {
        double[] px = new double[2 * s.x.length];
        for (int i = 0; i < s.x.length; i++) {
            px[2 * i] = p.px(s.x[i]);
            px[2 * i + 1] = p.py(s.y[i]);
        }
        points.add(px);
        boolean sameSize = true;
        for (double v : s.sizes) if (v != s.sizes[0]) sameSize = false;
        boolean sameColor = true;
        for (String c : s.colors) if (!c.equals(s.colors[0])) sameColor = false;
        String[] colors = sameColor && s.colors.length > 0 ? new String[] {s.colors[0]} : s.colors;
        if (sameSize || s.sizes.length == 0) {
            Markers.draw(w, p, px, s.marker, s.sizes.length == 0 ? 6 * PT : Math.sqrt(s.sizes[0]) * PT, colors, s.alpha, 1.5 * PT);
            return;
        }
        for (int i = 0; i < s.x.length; i++) {
            Markers.draw(w, p, new double[] {px[2 * i], px[2 * i + 1]}, s.marker, Math.sqrt(Math.max(0, s.sizes[i])) * PT,
                new String[] {s.colors[i]}, s.alpha, 1.5 * PT);
        }
    }

    // ---- bars and filled areas ----

    static void patches(SvgWriter w, SvgRenderer.Plane p, Patches pa) {
        boolean one = pa.colors.length == 1;
        w.raw("<g");
        if (one) w.attr("fill", pa.colors[0]);
        opacity(w, "fill-opacity", pa.alpha);
        w.raw(">");
        for (int i = 0; i < pa.polygons.length; i++) {
            w.raw("<path");
            if (!one) w.attr("fill", pa.colors[i % pa.colors.length]);
            w.raw(" d=\"");
            ring(w, p, pa.polygons[i], true);
            w.raw("\"/>");
        }
        w.raw("</g>\n");
    }

    /** sqrt(x² + y²) from sqrt alone (bit for bit the same under TeaVM, unlike Math.hypot), rescaled if it overflows. */
    static double length(double x, double y) {
        double r = Math.sqrt(x * x + y * y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            double m = Math.max(Math.abs(x), Math.abs(y));
            r = m * Math.sqrt((x / m) * (x / m) + (y / m) * (y / m));
        }
        return r;
    }

    // ---- arrows ----

    // A unit hexagon, (cos, sin) of multiples of 60 degrees written out so every platform agrees.
    private static final double[] HEX = {1, 0, 0.5, 0.8660254037844386, -0.5, 0.8660254037844386, -1, 0, -0.5, -0.8660254037844386, 0.5, -0.8660254037844386};

    /**
     * matplotlib's Quiver with units='width': shafts 0.06 / clip(sqrt(N), 8, 25) of the axes width, heads 3 shafts wide
     * and 5 long, and by default a scale putting the mean arrow at 1 / (1.8 max(10, sqrt(N))) of the axes width.
     */
    static void quiver(SvgWriter w, SvgRenderer.Plane p, Quiver q) {
        int n = q.x.length;
        if (n == 0) return;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double a = length(q.u[i], q.v[i]);
            if (Double.isFinite(a)) { sum += a; count++; }
        }
        double sn = Math.sqrt(n);
        double scale = Double.isNaN(q.scale) ? 1.8 * (count == 0 ? 1 : sum / count) * Math.max(10, sn) : q.scale;
        if (!(scale > 0)) scale = 1;
        double shaft = 0.06 / Math.max(8, Math.min(25, sn)) * p.w;
        boolean one = q.colors.length == 1;
        w.raw("<g");
        if (one) w.attr("fill", q.colors[0]);
        opacity(w, "fill-opacity", q.alpha);
        w.raw(">");
        for (int i = 0; i < n; i++) {
            double x0 = p.px(q.x[i]), y0 = p.py(q.y[i]);
            double mag = length(q.u[i], q.v[i]), len = mag / scale * p.w;
            if (!Double.isFinite(x0 + y0 + len)) continue;
            w.raw("<path");
            if (!one) w.attr("fill", q.colors[i % q.colors.length]);
            w.raw(" d=\"");
            PathData d = new PathData(w.sb);
            if (len < shaft) { // matplotlib's minlength: arrows shorter than a shaft width are drawn as a dot
                double r = shaft / 2;
                d.moveTo(x0 + r, y0);
                for (int k = 1; k < 6; k++) d.lineTo(x0 + r * HEX[2 * k], y0 + r * HEX[2 * k + 1]);
                d.close();
                w.raw("\"/>");
                continue;
            }
            double hw = 1.5 * shaft, hl = 5 * shaft, hal = 4.5 * shaft, sw = shaft / 2;
            if (len < hl) { // short arrows keep their shape, scaled down
                double k = len / hl;
                hw *= k; hl *= k; hal *= k; sw *= k;
            }
            double[] pts = {0, -sw, len - hal, -sw, len - hl, -hw, len, 0, len - hl, hw, len - hal, sw, 0, sw};
            double c = q.u[i] / mag, s = -q.v[i] / mag; // the arrow's direction on screen, y down
            for (int k = 0; k < pts.length; k += 2) {
                double px = x0 + c * pts[k] - s * pts[k + 1], py = y0 + s * pts[k] + c * pts[k + 1];
                if (k == 0) d.moveTo(px, py);
                else d.lineTo(px, py);
            }
            d.close();
            w.raw("\"/>");
        }
        w.raw("</g>\n");
    }

    // ---- contours ----

    static void contour(SvgWriter w, SvgRenderer.Plane p, Contour c) {
        Isolines iso = new Isolines(c);
        boolean mono = c.cmap == null;
        for (String col : c.colors) if (!col.equals(c.colors[0])) mono = false;
        String[] labels = !c.labelled ? null : c.labelTexts != null && c.labelTexts.length == c.levels.length ? c.labelTexts : Ticks.scalarLabels(c.levels, c.levels[0], c.levels[c.levels.length - 1]).labels;
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < c.levels.length; i++) {
            List<Isolines.Path> paths = iso.lines(c.levels[i]);
            if (paths.isEmpty()) continue;
            // matplotlib dashes negative levels of single-colour contours.
            String ls = mono && c.levels[i] < 0 && c.linestyle.equals("-") ? "--" : c.linestyle;
            w.raw("<path fill=\"none\"").attr("stroke", c.colors[i]).attr("stroke-width", c.linewidth * PT)
                .raw(" stroke-linejoin=\"round\"");
            dash(w, ls, c.linewidth);
            opacity(w, "stroke-opacity", c.alpha);
            w.raw(" d=\"");
            for (Isolines.Path path : paths) {
                ring(w, p, path.xy, path.closed);
                if (labels != null && path.xy.length >= 8) {
                    int mid = (path.xy.length / 4) * 2;
                    double lx = p.px(path.xy[mid]), ly = p.py(path.xy[mid + 1]);
                    texts.append("<text").append(" x=\"").append(SvgWriter.fmt(lx)).append("\" y=\"")
                        .append(SvgWriter.fmt(ly + 0.35 * FONT * 0.8)).append("\" fill=\"").append(c.colors[i]).append("\">")
                        .append(SvgWriter.escape(labels[i])).append("</text>");
                }
            }
            w.raw("\"/>\n");
        }
        if (texts.length() > 0) {
            w.raw("<g text-anchor=\"middle\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"").attr("font-size", FONT * 0.8)
                .raw(">").raw(texts.toString()).raw("</g>\n");
        }
    }

    /**
     * imshow's cells as rectangles, a row's neighbours of one colour merged into one. Each overlaps the next by half
     * a pixel, so that antialiasing leaves no seams (the axes' clip trims the last).
     */
    static void image(SvgWriter w, SvgRenderer.Plane p, Image im) {
        w.raw("<g");
        opacity(w, "opacity", im.alpha);
        w.raw(">\n");
        for (int r = 0; r < im.rows(); r++) {
            double y0 = p.py(r - 0.5), y1 = p.py(r + 0.5);
            for (int c = 0; c < im.cols(); ) {
                String color = im.color(im.z[r][c]);
                int end = c + 1;
                while (end < im.cols() && im.color(im.z[r][end]).equals(color)) end++;
                if (!color.equals("none")) {
                    double x0 = p.px(c - 0.5), x1 = p.px(end - 0.5);
                    w.raw("<rect").attr("x", Math.min(x0, x1)).attr("y", Math.min(y0, y1)).attr("width", Math.abs(x1 - x0) + 0.5)
                        .attr("height", Math.abs(y1 - y0) + 0.5).attr("fill", color).raw("/>");
                }
                c = end;
            }
            w.raw("\n");
        }
        w.raw("</g>\n");
    }

    /**
     * Each band is {z >= lower} minus {z >= upper}. Opaque bands are painted lowest first, each over the whole
     * region above its lower level (so shared borders are written once and no seams show), less the region
     * above the top level; translucent bands subtract their upper region too. Rings combine even-odd.
     */
    static void contourf(SvgWriter w, SvgRenderer.Plane p, Contour c) {
        Isolines iso = new Isolines(c);
        int n = c.levels.length;
        List<double[]> top = iso.region(c.levels[n - 1]);
        boolean paint = c.alpha >= 1;
        List<double[]> lower = iso.region(c.levels[0]);
        for (int i = 0; i + 1 < n; i++) {
            List<double[]> upper = i + 2 < n ? iso.region(c.levels[i + 1]) : top;
            if (!lower.isEmpty()) {
                w.raw("<path fill-rule=\"evenodd\"").attr("fill", c.colors[i]);
                opacity(w, "opacity", c.alpha);
                w.raw(" d=\"");
                for (double[] r : lower) ring(w, p, r, true);
                for (double[] r : paint ? top : upper) ring(w, p, r, true);
                w.raw("\"/>\n");
            }
            lower = upper;
        }
    }

    /** A data-space ring as path data, dropping points within a third of a pixel of the last one written. */
    private static void ring(SvgWriter w, SvgRenderer.Plane p, double[] xy, boolean closed) {
        PathData d = new PathData(w.sb);
        double lastX = Double.NaN, lastY = Double.NaN;
        int n = xy.length / 2;
        int written = 0;
        for (int i = 0; i < n; i++) {
            double x = p.px(xy[2 * i]), y = p.py(xy[2 * i + 1]);
            if (!Double.isFinite(x + y)) continue;
            boolean last = i == n - 1;
            if (written > 0 && !last && Math.abs(x - lastX) + Math.abs(y - lastY) < 0.5) continue;
            if (written == 0) d.moveTo(x, y);
            else d.lineTo(x, y);
            lastX = x;
            lastY = y;
            written++;
        }
        if (closed && written > 0) d.close();
    }

    // ---- text ----

    static void text(SvgWriter w, SvgRenderer.Plane p, Text t) {
        double x = p.px(t.x), y = p.py(t.y), fs = t.fontsize * PT;
        if (!Double.isFinite(x + y)) return;
        if (!Double.isNaN(t.arrowX)) {
            double ax = p.px(t.arrowX), ay = p.py(t.arrowY);
            if (Double.isFinite(ax + ay)) {
                // From the text's middle, stopping short of it, to the point, with a small head.
                double tx = x + SvgRenderer.textWidth(t.text, fs) / 2, ty = y - 0.35 * fs;
                double len = length(ax - tx, ay - ty);
                if (len > fs) {
                    double ux = (ax - tx) / len, uy = (ay - ty) / len;
                    double sx = tx + ux * fs * 0.8, sy = ty + uy * fs * 0.8, head = 8;
                    w.raw("<path fill=\"none\" stroke=\"#000\"").attr("stroke-width", PT).raw(" d=\"M").num(sx).raw(",").num(sy)
                        .raw("L").num(ax).raw(",").num(ay)
                        .raw("M").num(ax - head * (ux - 0.4 * uy)).raw(",").num(ay - head * (uy + 0.4 * ux))
                        .raw("L").num(ax).raw(",").num(ay)
                        .raw("L").num(ax - head * (ux + 0.4 * uy)).raw(",").num(ay - head * (uy - 0.4 * ux)).raw("\"/>\n");
                }
            }
        }
        double dy = t.va.equals("top") ? SvgRenderer.ASCENT * fs : t.va.equals("center") ? 0.35 * fs : t.va.equals("bottom") ? -SvgRenderer.DESCENT * fs : 0;
        w.raw("<text").attr("x", x).attr("y", y + dy);
        if (Math.abs(fs - FONT) > 0.01) w.attr("font-size", fs);
        if (!t.color.equals("#000000")) w.attr("fill", t.color);
        if (!t.ha.equals("left")) w.raw(t.ha.equals("center") ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
        w.raw(">").text(t.text).raw("</text>\n");
    }

}
