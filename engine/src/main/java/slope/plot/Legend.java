package slope.plot;

import java.util.ArrayList;
import java.util.List;

import static slope.plot.Draw.dash;
import static slope.plot.Draw.opacity;
import static slope.plot.SvgRenderer.FONT;
import static slope.plot.SvgRenderer.PT;

/** Legend entries and placement: matplotlib's loc names, and 'best' as the spot covering the least data. */
final class Legend {
    private Legend() {}

    static final String[] LOCS = {"best", "upper right", "upper left", "lower left", "lower right", "right",
        "center left", "center right", "lower center", "upper center", "center"};

    static String checkLoc(String loc) {
        for (String l : LOCS) if (l.equals(loc)) return loc;
        throw new IllegalArgumentException("'" + loc + "' is not a valid value for loc; supported values are "
            + "'best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', "
            + "'center right', 'lower center', 'upper center', 'center'");
    }

    /** The artists a legend lists: those with a label not starting with '_', in the order they were added. */
    static List<Artist> entries(Axes ax) {
        List<Artist> out = new ArrayList<>();
        for (Artist art : ax.artists) {
            // A 3-D line or scatter shows in the legend as its 2-D self.
            Artist a = art instanceof Line3D l3 ? l3.line : art instanceof Scatter3D s3 ? s3.scatter : art;
            String l = a.label();
            if (l != null && !l.isEmpty() && !l.startsWith("_")) out.add(a);
        }
        return out;
    }

    /**
     * Top-left corner of a w x h legend inside the box (bx, by, bw, bh), pad from its edges.
     * For 'best', the first location (in matplotlib's order) with the fewest data points inside and lines crossing.
     */
    static double[] place(String loc, double bx, double by, double bw, double bh, double w, double h, double pad,
                          List<double[]> points, List<double[]> polylines) {
        if (!loc.equals("best")) return corner(indexOf(loc), bx, by, bw, bh, w, h, pad);
        double[] best = null;
        long bestBad = Long.MAX_VALUE;
        for (int code = 1; code < LOCS.length; code++) {
            double[] c = corner(code, bx, by, bw, bh, w, h, pad);
            long bad = 0;
            for (double[] p : points) {
                for (int i = 0; i + 1 < p.length; i += 2) {
                    if (p[i] >= c[0] && p[i] <= c[0] + w && p[i + 1] >= c[1] && p[i + 1] <= c[1] + h) bad++;
                }
            }
            for (double[] pl : polylines) if (crosses(pl, c[0], c[1], w, h)) bad++;
            if (bad < bestBad) {
                bestBad = bad;
                best = c;
                if (bad == 0) break;
            }
        }
        return best;
    }

    private static int indexOf(String loc) {
        for (int i = 0; i < LOCS.length; i++) if (LOCS[i].equals(loc)) return i;
        return 1;
    }

    private static double[] corner(int code, double bx, double by, double bw, double bh, double w, double h, double pad) {
        double left = bx + pad, right = bx + bw - pad - w, cx = bx + (bw - w) / 2;
        double top = by + pad, bottom = by + bh - pad - h, cy = by + (bh - h) / 2;
        switch (code) {
            case 2: return new double[] {left, top};
            case 3: return new double[] {left, bottom};
            case 4: return new double[] {right, bottom};
            case 5: case 7: return new double[] {right, cy};
            case 6: return new double[] {left, cy};
            case 8: return new double[] {cx, bottom};
            case 9: return new double[] {cx, top};
            case 10: return new double[] {cx, cy};
            default: return new double[] {right, top};
        }
    }

    /** Whether a polyline (x0, y0, x1, y1, ...; NaN breaks it) passes through the rectangle. */
    private static boolean crosses(double[] pl, double x, double y, double w, double h) {
        for (int i = 0; i + 3 < pl.length; i += 2) {
            double x0 = pl[i], y0 = pl[i + 1], x1 = pl[i + 2], y1 = pl[i + 3];
            if (Double.isNaN(x0 + y0 + x1 + y1)) continue;
            if (SvgRenderer.clip(x0, y0, x1, y1, x, y, x + w, y + h) != null) return true;
        }
        return false;
    }

    // ---- drawing ----

    /** The legend box: a sample of each entry's line, marker or patch beside its label. */
    static void draw(SvgWriter out, SvgRenderer.Plane p, List<double[]> points, List<double[]> polylines) {
        List<Artist> entries = entries(p.ax);
        if (entries.isEmpty()) return;
        double fs = FONT, pad = 0.4 * fs, handle = 2.0 * fs, gap = 0.8 * fs, spacing = 0.5 * fs;
        double row = fs;
        for (Artist a : entries) {
            if (a instanceof ErrorBars e && e.line != null) a = e.line;
            if (a instanceof Line l && l.hasMarker()) row = Math.max(row, l.markersize * PT + PT);
            if (a instanceof Scatter s && s.sizes.length > 0) row = Math.max(row, Math.sqrt(s.sizes[0]) * PT);
        }
        double textW = 0;
        for (Artist a : entries) textW = Math.max(textW, SvgRenderer.textWidth(a.label(), fs));
        double bw = 2 * pad + handle + gap + textW + 0.4 * fs;
        double bh = 2 * pad + entries.size() * row + (entries.size() - 1) * spacing + 0.4 * fs;
        double[] at = place(p.ax.legendLoc, p.x, p.y, p.w, p.h, bw, bh, 0.5 * fs, points, polylines);
        double x = at[0], y = at[1];
        out.raw("<g>\n<rect").attr("x", x).attr("y", y).attr("width", bw).attr("height", bh)
            .raw(" rx=\"2.8\" fill=\"#fff\" fill-opacity=\"0.8\" stroke=\"#ccc\"").attr("stroke-width", PT).raw("/>\n");
        double cy = y + pad + 0.2 * fs + row / 2;
        for (Artist a : entries) {
            double hx = x + pad + 0.2 * fs;
            SvgWriter w = new SvgWriter();
            if (a instanceof Line l) {
                lineHandle(w, p, l, hx, cy, handle);
            } else if (a instanceof ErrorBars e) {
                errorHandle(w, e, hx + handle / 2, cy, 0.5 * fs);
                if (e.line != null) lineHandle(w, p, e.line, hx, cy, handle);
            } else if (a instanceof RefLine r) {
                w.raw("<path").attr("stroke", r.color).attr("stroke-width", r.linewidth * PT);
                dash(w, r.linestyle, r.linewidth);
                w.raw(" d=\"M").num(hx).raw(",").num(cy).raw("h").num(handle).raw("\"/>");
            } else if (a instanceof Quiver q) {
                w.raw("<path").attr("stroke", q.colors[0]).attr("stroke-width", 1.5 * PT)
                    .raw(" d=\"M").num(hx).raw(",").num(cy).raw("h").num(handle).raw("\"/>");
            } else if (a instanceof Patches pa) {
                w.raw("<rect").attr("x", hx).attr("y", cy - 0.35 * fs).attr("width", handle).attr("height", 0.7 * fs)
                    .attr("fill", pa.colors[0]);
                opacity(w, "fill-opacity", pa.alpha);
                w.raw("/>");
            } else if (a instanceof Scatter s) {
                double size = s.sizes.length == 0 ? 6 * PT : Math.sqrt(s.sizes[0]) * PT;
                Markers.draw(w, legendPlane(), new double[] {hx + handle / 2, cy}, s.marker, size,
                    new String[] {s.colors.length == 0 ? Colors.CYCLE[0] : s.colors[0]}, s.alpha, 1.5 * PT);
            }
            out.raw(w.toString());
            out.raw("<text").attr("x", hx + handle + gap).attr("y", cy + 0.35 * fs).raw(">").text(a.label()).raw("</text>\n");
            cy += row + spacing;
        }
        out.raw("</g>\n");
    }

    /** A line's sample: its stroke across the handle, its marker in the middle. */
    private static void lineHandle(SvgWriter w, SvgRenderer.Plane p, Line l, double hx, double cy, double handle) {
        if (l.hasLine()) {
            w.raw("<path").attr("stroke", l.color).attr("stroke-width", l.linewidth * PT);
            dash(w, l.linestyle, l.linewidth);
            opacity(w, "stroke-opacity", l.alpha);
            w.raw(" d=\"M").num(hx).raw(",").num(cy).raw("h").num(handle).raw("\"/>");
        }
        if (l.hasMarker()) Markers.draw(w, p, new double[] {hx + handle / 2, cy}, l.marker, l.markersize * PT + PT,
            new String[] {l.color}, l.alpha, PT);
    }

    /** matplotlib's HandlerErrorbar: a bar of half-length half (0.5 em) through the middle, each way an error was given, capped. */
    private static void errorHandle(SvgWriter w, ErrorBars e, double cx, double cy, double half) {
        double cap = e.capLength * PT / 2;
        w.raw("<path").attr("stroke", e.ecolor).attr("stroke-width", e.elinewidth * PT);
        opacity(w, "stroke-opacity", e.alpha);
        w.raw(" d=\"");
        if (e.xlo != null) w.raw("M").num(cx - half).raw(",").num(cy).raw("h").num(2 * half);
        if (e.ylo != null) w.raw("M").num(cx).raw(",").num(cy - half).raw("v").num(2 * half);
        w.raw("\"/>");
        if (cap == 0) return;
        w.raw("<path").attr("stroke", e.ecolor).attr("stroke-width", e.capthick * PT);
        opacity(w, "stroke-opacity", e.alpha);
        w.raw(" d=\"");
        if (e.xlo != null) for (int s = -1; s <= 1; s += 2) w.raw("M").num(cx + s * half).raw(",").num(cy - cap).raw("v").num(2 * cap);
        if (e.ylo != null) for (int s = -1; s <= 1; s += 2) w.raw("M").num(cx - cap).raw(",").num(cy + s * half).raw("h").num(2 * cap);
        w.raw("\"/>");
    }

    private static SvgRenderer.Plane legendPlane() {
        SvgRenderer.Plane big = new SvgRenderer.Plane(null);
        big.x = -1e9;
        big.y = -1e9;
        big.w = 2e9;
        big.h = 2e9;
        return big;
    }

}
