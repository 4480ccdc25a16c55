package slope.plot;

import static slope.plot.SvgRenderer.FONT;
import static slope.plot.SvgRenderer.PT;

/** The bar beside an axes showing a contour set's levels or an image's or a scatter's colour scale. */
final class Colorbar {
    private Colorbar() {}

    /** Contour sets show their levels (bands or lines), images and colour-mapped scatters a 64-step gradient; ticks on the right. */
    static void draw(SvgWriter out, SvgRenderer.Plane p) {
        double[] b = p.cbar;
        double bx = b[0], by = b[1], bw = b[2], bh = b[3];
        Artist m = p.ax.colorbar;
        double vmin, vmax;
        double[] ticks;
        boolean log = false;
        if (m instanceof Contour c) {
            vmin = c.levels[0];
            vmax = c.levels[c.levels.length - 1];
            log = c.logNorm && vmin > 0;
            if (vmin == vmax) { vmin = log ? vmin / 10 : vmin - 0.5; vmax = log ? vmax * 10 : vmax + 0.5; }
            openGroup(out, c.alpha);
            for (int i = 0; i < c.levels.length; i++) {
                double y0 = at(c.levels[i], vmin, vmax, log, by, bh);
                if (c.filled && i + 1 < c.levels.length) {
                    double y1 = at(c.levels[i + 1], vmin, vmax, log, by, bh);
                    out.raw("<rect").attr("x", bx).attr("y", y1).attr("width", bw).attr("height", y0 - y1 + 0.3)
                        .attr("fill", c.colors[i]).raw("/>");
                } else if (!c.filled) {
                    out.raw("<path").attr("stroke", c.colors[i]).attr("stroke-width", c.linewidth * PT)
                        .raw(" d=\"M").num(bx).raw(",").num(y0).raw("h").num(bw).raw("\"/>");
                }
            }
            out.raw("</g>");
            out.raw("\n");
            ticks = Ticks.fixed(c.levels, 10);
        } else {
            Colormap cm;
            double alpha;
            if (m instanceof Image im) {
                vmin = im.vmin;
                vmax = im.vmax;
                cm = im.cmap;
                alpha = im.alpha;
            } else if (m instanceof Surface su) {
                vmin = su.vmin;
                vmax = su.vmax;
                cm = Colormap.named(su.cmap);
                alpha = su.alpha;
            } else {
                Scatter s = (Scatter) m;
                vmin = s.vmin;
                vmax = s.vmax;
                cm = Colormap.named(s.cmap);
                alpha = s.alpha;
            }
            if (vmin == vmax) { vmin -= 0.5; vmax += 0.5; }
            int n = 64;
            openGroup(out, alpha);
            for (int i = 0; i < n; i++) {
                out.raw("<rect").attr("x", bx).attr("y", by + bh - (i + 1) * bh / n).attr("width", bw)
                    .attr("height", bh / n + 0.3).attr("fill", cm.color((i + 0.5) / n)).raw("/>");
            }
            out.raw("</g>");
            out.raw("\n");
            ticks = Ticks.linear(vmin, vmax, Ticks.autoBins(bh, false));
        }
        out.raw("<rect").attr("x", bx).attr("y", by).attr("width", bw).attr("height", bh)
            .raw(" fill=\"none\" stroke=\"#000\"").attr("stroke-width", 0.8 * PT).raw("/>\n");
        String[] labels = log ? null : Ticks.scalarLabels(ticks, vmin, vmax).labels;
        out.raw("<path stroke=\"#000\"").attr("stroke-width", 0.8 * PT).raw(" d=\"");
        for (double t : ticks) out.raw("M").num(bx + bw).raw(",").num(at(t, vmin, vmax, log, by, bh)).raw("h").num(SvgRenderer.TICK_LEN);
        out.raw("\"/>\n<g>");
        double maxW = 0;
        for (int i = 0; i < ticks.length; i++) {
            double yy = at(ticks[i], vmin, vmax, log, by, bh);
            out.raw("<text").attr("x", bx + bw + SvgRenderer.TICK_LEN + SvgRenderer.TICK_PAD).attr("y", yy + 0.35 * FONT).raw(">");
            if (log) {
                // LogFormatterSciNotation: 10 with a raised exponent, after a whole coefficient ("3×") off the decades
                int k = (int) Math.floor(Ticks.log10(ticks[i]) + 1e-9);
                long coeff = Math.round(Math.pow(10, Ticks.log10(ticks[i]) - k));
                String lead = coeff == 1 ? "" : coeff + "\u00d7";
                out.text(lead).raw("10<tspan dy=\"-0.45em\" font-size=\"").num(FONT * 0.7).raw("\">")
                    .text(Ticks.minus(Integer.toString(k))).raw("</tspan>");
                maxW = Math.max(maxW, SvgRenderer.textWidth(lead + "10" + k, FONT));
            } else {
                out.text(labels[i]);
                maxW = Math.max(maxW, SvgRenderer.textWidth(labels[i], FONT));
            }
            out.raw("</text>");
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

    /** The bar's steps share the mappable's alpha, as matplotlib draws them: on their group, so overlaps do not darken. */
    private static void openGroup(SvgWriter out, double alpha) {
        out.raw("<g");
        if (alpha < 1) out.attr("opacity", alpha);
        out.raw(">");
    }

    /** The pixel height of a value along a bar from vmin (bottom) to vmax (top), linear or in decades. */
    private static double at(double v, double vmin, double vmax, boolean log, double by, double bh) {
        double f = log ? (Ticks.log10(v) - Ticks.log10(vmin)) / (Ticks.log10(vmax) - Ticks.log10(vmin)) : (v - vmin) / (vmax - vmin);
        return by + bh - f * bh;
    }
}
