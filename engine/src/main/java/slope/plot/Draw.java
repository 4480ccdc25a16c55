package slope.plot;

import java.util.List;

import static slope.plot.SvgRenderer.FONT;
import static slope.plot.SvgRenderer.PT;

/** SVG for each kind of artist, the legend and the colorbar, in an axes' pixel space. */
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
            markers(w, p, px, l.marker, size, new String[] {l.color}, l.alpha, PT);
        }
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

    // ---- markers ----

    static final String UNFILLED = "+x|_1234,";

    /** One element per visible point; size in pixels (a circle's diameter). */
    static void markers(SvgWriter w, SvgRenderer.Plane p, double[] px, String marker, double size, String[] colors,
                        double alpha, double edgePx) {
        boolean filled = UNFILLED.indexOf(marker.charAt(0)) < 0 || marker.equals(",");
        boolean one = colors.length == 1;
        w.raw("<g");
        if (one) w.attr(filled ? "fill" : "stroke", colors[0]);
        if (!filled) w.raw(" fill=\"none\"").attr("stroke-width", edgePx);
        // Per element, so that overlapping translucent markers darken as in matplotlib.
        opacity(w, filled ? "fill-opacity" : "stroke-opacity", alpha);
        w.raw(">");
        int n = px.length / 2;
        double r = size / 2;
        for (int i = 0; i < n; i++) {
            double cx = px[2 * i], cy = px[2 * i + 1];
            if (!Double.isFinite(cx + cy)) continue;
            if (cx < p.x - size || cx > p.x + p.w + size || cy < p.y - size || cy > p.y + p.h + size) continue;
            String color = one ? null : colors[i];
            shape(w, marker.charAt(0), cx, cy, r, color, filled);
        }
        w.raw("</g>\n");
    }

    private static void shape(SvgWriter w, char m, double cx, double cy, double r, String color, boolean filled) {
        String paint = color == null ? "" : (filled ? " fill=\"" : " stroke=\"") + color + "\"";
        switch (m) {
            case 'o': case '.': {
                double rr = m == '.' ? r * 0.5 : r;
                w.raw("<circle").attr("cx", cx).attr("cy", cy).attr("r", rr).raw(paint).raw("/>");
                return;
            }
            case ',':
                w.raw("<rect").attr("x", cx - 0.5).attr("y", cy - 0.5).raw(" width=\"1\" height=\"1\"").raw(paint).raw("/>");
                return;
            case 's':
                w.raw("<rect").attr("x", cx - r).attr("y", cy - r).attr("width", 2 * r).attr("height", 2 * r).raw(paint).raw("/>");
                return;
            default:
        }
        w.raw("<path").raw(paint).raw(" d=\"");
        switch (m) {
            case '+': w.raw("M").num(cx - r).raw(",").num(cy).raw("h").num(2 * r).raw("M").num(cx).raw(",").num(cy - r).raw("v").num(2 * r); break;
            case 'x': w.raw("M").num(cx - r).raw(",").num(cy - r).raw("l").num(2 * r).raw(",").num(2 * r)
                .raw("M").num(cx - r).raw(",").num(cy + r).raw("l").num(2 * r).raw(",").num(-2 * r); break;
            case '|': w.raw("M").num(cx).raw(",").num(cy - r).raw("v").num(2 * r); break;
            case '_': w.raw("M").num(cx - r).raw(",").num(cy).raw("h").num(2 * r); break;
            case '1': case '2': case '3': case '4': {
                double rot = m == '1' ? 180 : m == '2' ? 0 : m == '3' ? 90 : 270;
                for (int k = 0; k < 3; k++) {
                    double ang = Math.toRadians(rot - 90 + 120 * k);
                    w.raw("M").num(cx).raw(",").num(cy).raw("L").num(cx + r * Math.cos(ang)).raw(",").num(cy + r * Math.sin(ang));
                }
                break;
            }
            case '^': poly(w, cx, cy, new double[] {0, -r, -r, r, r, r}); break;
            case 'v': poly(w, cx, cy, new double[] {0, r, -r, -r, r, -r}); break;
            case '<': poly(w, cx, cy, new double[] {-r, 0, r, -r, r, r}); break;
            case '>': poly(w, cx, cy, new double[] {r, 0, -r, -r, -r, r}); break;
            case 'D': { double d = r * Math.sqrt(2) * 0.9; poly(w, cx, cy, new double[] {0, -d, d, 0, 0, d, -d, 0}); break; }
            case 'd': { double d = r * Math.sqrt(2) * 0.9; poly(w, cx, cy, new double[] {0, -d, 0.6 * d, 0, 0, d, -0.6 * d, 0}); break; }
            case '*': star(w, cx, cy, r, 5, 0.381966); break;
            case 'p': star(w, cx, cy, r, 5, Math.cos(Math.PI / 5)); break;
            case 'h': case 'H': star(w, cx, cy, r, 6, Math.cos(Math.PI / 6)); break;
            case '8': star(w, cx, cy, r, 8, Math.cos(Math.PI / 8)); break;
            case 'P': { double a = r / 3; poly(w, cx, cy, new double[] {-a, -r, a, -r, a, -a, r, -a, r, a, a, a, a, r, -a, r, -a, a, -r, a, -r, -a, -a, -a}); break; }
            case 'X': {
                double a = r / 3;
                double[] pts = {-a, -r, a, -r, a, -a, r, -a, r, a, a, a, a, r, -a, r, -a, a, -r, a, -r, -a, -a, -a};
                double c = Math.cos(Math.PI / 4);
                for (int i = 0; i < pts.length; i += 2) { double x = pts[i], y = pts[i + 1]; pts[i] = c * (x - y); pts[i + 1] = c * (x + y); }
                poly(w, cx, cy, pts);
                break;
            }
            default: w.raw("M").num(cx - r).raw(",").num(cy).raw("a").num(r).raw(",").num(r).raw(" 0 1 0 ").num(2 * r).raw(",0")
                .raw("a").num(r).raw(",").num(r).raw(" 0 1 0 ").num(-2 * r).raw(",0Z");
        }
        w.raw("\"/>");
    }

    private static void poly(SvgWriter w, double cx, double cy, double[] rel) {
        for (int i = 0; i < rel.length; i += 2) w.raw(i == 0 ? "M" : "L").num(cx + rel[i]).raw(",").num(cy + rel[i + 1]);
        w.raw("Z");
    }

    /** A star with n points (inner = ratio of inner to outer radius; cos(pi/n) gives a plain polygon). */
    private static void star(SvgWriter w, double cx, double cy, double r, int n, double inner) {
        double[] pts = new double[4 * n];
        for (int k = 0; k < 2 * n; k++) {
            double rr = k % 2 == 0 ? r : r * inner;
            double ang = -Math.PI / 2 + Math.PI * k / n;
            pts[2 * k] = rr * Math.cos(ang);
            pts[2 * k + 1] = rr * Math.sin(ang);
        }
        poly(w, cx, cy, pts);
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
            markers(w, p, px, s.marker, s.sizes.length == 0 ? 6 * PT : Math.sqrt(s.sizes[0]) * PT, colors, s.alpha, 1.5 * PT);
            return;
        }
        for (int i = 0; i < s.x.length; i++) {
            markers(w, p, new double[] {px[2 * i], px[2 * i + 1]}, s.marker, Math.sqrt(Math.max(0, s.sizes[i])) * PT,
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

    // ---- contours ----

    static void contour(SvgWriter w, SvgRenderer.Plane p, Contour c) {
        Isolines iso = new Isolines(c);
        boolean mono = c.cmap == null;
        for (String col : c.colors) if (!col.equals(c.colors[0])) mono = false;
        String[] labels = c.labelled ? Ticks.scalarLabels(c.levels, c.levels[0], c.levels[c.levels.length - 1]).labels : null;
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
                double len = Math.hypot(ax - tx, ay - ty);
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

    // ---- legend ----

    static void legend(SvgWriter out, SvgRenderer.Plane p, List<double[]> points, List<double[]> polylines) {
        List<Artist> entries = Legend.entries(p.ax);
        if (entries.isEmpty()) return;
        double fs = FONT, pad = 0.4 * fs, handle = 2.0 * fs, gap = 0.8 * fs, spacing = 0.5 * fs;
        double row = fs;
        for (Artist a : entries) {
            if (a instanceof Line l && l.hasMarker()) row = Math.max(row, l.markersize * PT + PT);
            if (a instanceof Scatter s && s.sizes.length > 0) row = Math.max(row, Math.sqrt(s.sizes[0]) * PT);
        }
        double textW = 0;
        for (Artist a : entries) textW = Math.max(textW, SvgRenderer.textWidth(a.label(), fs));
        double bw = 2 * pad + handle + gap + textW + 0.4 * fs;
        double bh = 2 * pad + entries.size() * row + (entries.size() - 1) * spacing + 0.4 * fs;
        double[] at = Legend.place(p.ax.legendLoc, p.x, p.y, p.w, p.h, bw, bh, 0.5 * fs, points, polylines);
        double x = at[0], y = at[1];
        out.raw("<g>\n<rect").attr("x", x).attr("y", y).attr("width", bw).attr("height", bh)
            .raw(" rx=\"2.8\" fill=\"#fff\" fill-opacity=\"0.8\" stroke=\"#ccc\"").attr("stroke-width", PT).raw("/>\n");
        double cy = y + pad + 0.2 * fs + row / 2;
        for (Artist a : entries) {
            double hx = x + pad + 0.2 * fs;
            SvgWriter w = new SvgWriter();
            if (a instanceof Line l) {
                if (l.hasLine()) {
                    w.raw("<path").attr("stroke", l.color).attr("stroke-width", l.linewidth * PT);
                    dash(w, l.linestyle, l.linewidth);
                    opacity(w, "stroke-opacity", l.alpha);
                    w.raw(" d=\"M").num(hx).raw(",").num(cy).raw("h").num(handle).raw("\"/>");
                }
                if (l.hasMarker()) markers(w, p, new double[] {hx + handle / 2, cy}, l.marker, l.markersize * PT + PT,
                    new String[] {l.color}, l.alpha, PT);
            } else if (a instanceof RefLine r) {
                w.raw("<path").attr("stroke", r.color).attr("stroke-width", r.linewidth * PT);
                dash(w, r.linestyle, r.linewidth);
                w.raw(" d=\"M").num(hx).raw(",").num(cy).raw("h").num(handle).raw("\"/>");
            } else if (a instanceof Patches pa) {
                w.raw("<rect").attr("x", hx).attr("y", cy - 0.35 * fs).attr("width", handle).attr("height", 0.7 * fs)
                    .attr("fill", pa.colors[0]);
                opacity(w, "fill-opacity", pa.alpha);
                w.raw("/>");
            } else if (a instanceof Scatter s) {
                double size = s.sizes.length == 0 ? 6 * PT : Math.sqrt(s.sizes[0]) * PT;
                markers(w, legendPlane(), new double[] {hx + handle / 2, cy}, s.marker, size,
                    new String[] {s.colors.length == 0 ? Colors.CYCLE[0] : s.colors[0]}, s.alpha, 1.5 * PT);
            }
            out.raw(w.toString());
            out.raw("<text").attr("x", hx + handle + gap).attr("y", cy + 0.35 * fs).raw(">").text(a.label()).raw("</text>\n");
            cy += row + spacing;
        }
        out.raw("</g>\n");
    }

    private static SvgRenderer.Plane legendPlane() {
        SvgRenderer.Plane big = new SvgRenderer.Plane(null);
        big.x = -1e9;
        big.y = -1e9;
        big.w = 2e9;
        big.h = 2e9;
        return big;
    }

    // ---- colorbar ----

    static void colorbar(SvgWriter out, SvgRenderer.Plane p) {
        double[] b = p.cbar;
        double bx = b[0], by = b[1], bw = b[2], bh = b[3];
        Artist m = p.ax.colorbar;
        double vmin, vmax;
        double[] ticks;
        if (m instanceof Contour c) {
            vmin = c.levels[0];
            vmax = c.levels[c.levels.length - 1];
            if (vmin == vmax) { vmin -= 0.5; vmax += 0.5; }
            double lo = vmin, hi = vmax;
            if (c.filled) {
                for (int i = 0; i + 1 < c.levels.length; i++) {
                    double y0 = by + bh - (c.levels[i] - lo) / (hi - lo) * bh, y1 = by + bh - (c.levels[i + 1] - lo) / (hi - lo) * bh;
                    out.raw("<rect").attr("x", bx).attr("y", y1).attr("width", bw).attr("height", y0 - y1 + 0.3)
                        .attr("fill", c.colors[i]).raw("/>");
                }
            } else {
                for (int i = 0; i < c.levels.length; i++) {
                    double yy = by + bh - (c.levels[i] - lo) / (hi - lo) * bh;
                    out.raw("<path").attr("stroke", c.colors[i]).attr("stroke-width", c.linewidth * PT)
                        .raw(" d=\"M").num(bx).raw(",").num(yy).raw("h").num(bw).raw("\"/>");
                }
            }
            out.raw("\n");
            ticks = Ticks.fixed(c.levels, 10);
        } else {
            Scatter s = (Scatter) m;
            vmin = s.vmin;
            vmax = s.vmax;
            if (vmin == vmax) { vmin -= 0.5; vmax += 0.5; }
            Colormap cm = Colormap.named(s.cmap);
            int n = 64;
            for (int i = 0; i < n; i++) {
                out.raw("<rect").attr("x", bx).attr("y", by + bh - (i + 1) * bh / n).attr("width", bw)
                    .attr("height", bh / n + 0.3).attr("fill", cm.color((i + 0.5) / n)).raw("/>");
            }
            out.raw("\n");
            ticks = Ticks.linear(vmin, vmax, Ticks.autoBins(bh, false));
        }
        out.raw("<rect").attr("x", bx).attr("y", by).attr("width", bw).attr("height", bh)
            .raw(" fill=\"none\" stroke=\"#000\"").attr("stroke-width", 0.8 * PT).raw("/>\n");
        String[] labels = Ticks.scalarLabels(ticks, vmin, vmax).labels;
        out.raw("<path stroke=\"#000\"").attr("stroke-width", 0.8 * PT).raw(" d=\"");
        for (double t : ticks) out.raw("M").num(bx + bw).raw(",").num(by + bh - (t - vmin) / (vmax - vmin) * bh).raw("h").num(SvgRenderer.TICK_LEN);
        out.raw("\"/>\n<g>");
        double maxW = 0;
        for (int i = 0; i < ticks.length; i++) {
            double yy = by + bh - (ticks[i] - vmin) / (vmax - vmin) * bh;
            out.raw("<text").attr("x", bx + bw + SvgRenderer.TICK_LEN + SvgRenderer.TICK_PAD).attr("y", yy + 0.35 * FONT).raw(">")
                .text(labels[i]).raw("</text>");
            maxW = Math.max(maxW, SvgRenderer.textWidth(labels[i], FONT));
        }
        out.raw("</g>\n");
        String label = p.ax.colorbarLabel;
        if (!label.isEmpty()) {
            double lx = bx + bw + SvgRenderer.TICK_LEN + SvgRenderer.TICK_PAD + maxW + SvgRenderer.LABEL_PAD + SvgRenderer.ASCENT * FONT;
            double ly = by + bh / 2;
            out.raw("<text").attr("x", lx).attr("y", ly).raw(" text-anchor=\"middle\" transform=\"rotate(-90 ").num(lx).raw(" ")
                .num(ly).raw(")\">").text(label).raw("</text>\n");
        }
    }
}
