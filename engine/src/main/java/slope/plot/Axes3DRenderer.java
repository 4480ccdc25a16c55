package slope.plot;

import java.util.ArrayList;
import java.util.List;

import static slope.plot.SvgRenderer.ASCENT;
import static slope.plot.SvgRenderer.FONT;
import static slope.plot.SvgRenderer.PT;

/**
 * Draws an Axes3D as mplot3d's axis3d does by default: in a square box, the three panes farthest from the
 * camera in grey with grid lines at the ticks, each axis along the edge nearest the viewer with ticks,
 * tick labels and its label; then the artists (Draw3D), the legend and the title.
 */
final class Axes3DRenderer {
    private Axes3DRenderer() {}

    // The cube's corners (bit 0: x max, 1: y max, 2: z max, in matplotlib's order) and each axis's two planes.
    private static final int[][] PLANES = {{0, 3, 7, 4}, {1, 2, 6, 5}, {0, 1, 5, 4}, {3, 2, 6, 7}, {0, 1, 2, 3}, {4, 5, 6, 7}};
    private static final int[] JUGGLED0 = {1, 0, 0}, TICKDIR = {1, 0, 0};
    private static final String[] PANE = {"#f2f2f2", "#e6e6e6", "#ececec"}; // axes3d.{x,y,z}axis.panecolor, at alpha 0.5

    /** What the drawing code needs: the camera, the limits, and the square box in pixels. */
    static final class View {
        final Projection3D proj;
        final double[] lim;
        final double bx, by, side;

        View(Axes3D a, double bx, double by, double side) {
            this.lim = a.viewLimits();
            this.proj = Projection3D.of(a, lim);
            this.bx = bx;
            this.by = by;
            this.side = side;
        }

        /** {pixel x, pixel y, depth} of a data point. */
        double[] pixel(double x, double y, double z) {
            double[] t = proj.project(x, y, z);
            double span = Projection3D.VIEW_HI - Projection3D.VIEW_LO;
            return new double[] {bx + (t[0] - Projection3D.VIEW_LO) / span * side, by + side - (t[1] - Projection3D.VIEW_LO) / span * side, t[2]};
        }

        double[] pixel(double[] p) { return pixel(p[0], p[1], p[2]); }
    }

    static void draw(SvgWriter out, SvgRenderer.Plane p, String clipId) {
        Axes3D a = (Axes3D) p.ax;
        // apply_aspect: the axes becomes the largest centred square in its cell, and its side is the tick room.
        double side = Math.min(p.w, p.h);
        int nbins = Ticks.autoBins(side, true);
        p.x += (p.w - side) / 2;
        p.y += (p.h - side) / 2;
        p.w = side;
        p.h = side;
        View v = new View(a, p.x, p.y, side);
        if (a.axisOn) decorations(out, a, v, nbins);
        out.raw("<defs><clipPath id=\"").raw(clipId).raw("\"><rect").attr("x", p.x).attr("y", p.y).attr("width", p.w)
            .attr("height", p.h).raw("/></clipPath></defs>\n");
        List<double[]> points = new ArrayList<>(), polylines = new ArrayList<>();
        out.raw("<g clip-path=\"url(#" + clipId + ")\">\n");
        Draw3D.artists(out, p, v, points, polylines);
        out.raw("</g>\n");
        if (a.legend) Legend.draw(out, p, points, polylines);
        if (!a.title.isEmpty()) {
            double size = SvgRenderer.titleSize(a);
            SvgRenderer.multiline(out, p.x + p.w / 2, p.y - SvgRenderer.TITLE_PAD - SvgRenderer.DESCENT * size, a.title, size, "middle", true, false);
        }
        if (p.cbar != null) Colorbar.draw(out, p);
    }

    private static void decorations(SvgWriter out, Axes3D a, View v, int nbins) {
        double[] lim = v.lim;
        double[] mins = {lim[0], lim[2], lim[4]}, maxs = {lim[1], lim[3], lim[5]};
        double[][] cube = new double[8][];
        for (int c = 0; c < 8; c++) {
            int bits = c == 2 ? 3 : c == 3 ? 2 : c == 6 ? 7 : c == 7 ? 6 : c; // matplotlib walks each face around
            cube[c] = v.pixel((bits & 1) != 0 ? maxs[0] : mins[0], (bits & 2) != 0 ? maxs[1] : mins[1], (bits & 4) != 0 ? maxs[2] : mins[2]);
        }
        // highs[i]: the pane at the axis's maximum is the far one.
        boolean[] highs = new boolean[3];
        for (int i = 0; i < 3; i++) highs[i] = meanDepth(cube, PLANES[2 * i]) < meanDepth(cube, PLANES[2 * i + 1]);
        for (int i = 0; i < 3; i++) {
            int[] plane = PLANES[2 * i + (highs[i] ? 1 : 0)];
            out.raw("<path").attr("fill", PANE[i]).attr("stroke", PANE[i]).raw(" fill-opacity=\"0.5\" stroke-opacity=\"0.5\"")
                .attr("stroke-width", PT).raw(" stroke-linejoin=\"miter\" d=\"");
            PathData d = new PathData(out.sb);
            for (int k = 0; k < 4; k++) {
                if (k == 0) d.moveTo(cube[plane[k]][0], cube[plane[k]][1]);
                else d.lineTo(cube[plane[k]][0], cube[plane[k]][1]);
            }
            out.raw("\"/>\n");
        }
        double[] minmax = new double[3], maxmin = new double[3];
        for (int i = 0; i < 3; i++) {
            minmax[i] = highs[i] ? maxs[i] : mins[i];
            maxmin[i] = highs[i] ? mins[i] : maxs[i];
        }
        double[][] ticks = new double[3][];
        String[][] labels = new String[3][];
        for (int i = 0; i < 3; i++) {
            double lo = Math.min(mins[i], maxs[i]), hi = Math.max(mins[i], maxs[i]);
            ticks[i] = Ticks.linear3d(lo, hi, nbins);
            labels[i] = Ticks.scalarLabels(ticks[i], lo, hi).labels;
        }
        if (a.grid) {
            out.raw("<path fill=\"none\"").attr("stroke", SvgRenderer.GRID).attr("stroke-width", 0.8 * PT).raw(" d=\"");
            PathData d = new PathData(out.sb);
            for (int i = 0; i < 3; i++) {
                for (double t : ticks[i]) {
                    double[] p1 = minmax.clone();
                    p1[i] = t;
                    double[] p0 = p1.clone(), p2 = p1.clone();
                    p0[(i + 1) % 3] = maxmin[(i + 1) % 3];
                    p2[(i + 2) % 3] = maxmin[(i + 2) % 3];
                    double[] q0 = v.pixel(p0), q1 = v.pixel(p1), q2 = v.pixel(p2);
                    d.moveTo(q0[0], q0[1]);
                    d.lineTo(q1[0], q1[1]);
                    d.lineTo(q2[0], q2[1]);
                }
            }
            out.raw("\"/>\n");
        }
        // axis3d.draw: tick label offsets in data units, from the axes' size in points.
        double dpp = 48 / ((v.side + v.side) / PT);
        String[] names = {a.xlabel, a.ylabel, a.zlabel};
        for (int i = 0; i < 3; i++) axis(out, v, i, mins, maxs, minmax, maxmin, highs, ticks[i], labels[i], names[i], dpp, a);
    }

    /** One axis: its line, ticks pointing out of the box, tick labels and label, as Axis.draw places them. */
    private static void axis(SvgWriter out, View v, int i, double[] mins, double[] maxs, double[] minmax, double[] maxmin,
                             boolean[] highs, double[] ticks, String[] labels, String name, double dpp, Axes3D a) {
        double[] centers = new double[3], deltas = new double[3];
        for (int k = 0; k < 3; k++) {
            centers[k] = (maxs[k] + mins[k]) / 2;
            deltas[k] = (maxs[k] - mins[k]) * 0.08;
        }
        double[] e0 = minmax.clone();
        e0[JUGGLED0[i]] = maxmin[JUGGLED0[i]];
        double[] e1 = e0.clone();
        e1[i] = maxmin[i];
        double[] q0 = v.pixel(e0), q1 = v.pixel(e1);
        out.raw("<path fill=\"none\" stroke=\"#000\"").attr("stroke-width", 0.8 * PT).raw(" d=\"M").num(q0[0]).raw(",").num(q0[1])
            .raw("L").num(q1[0]).raw(",").num(q1[1]).raw("\"/>\n");
        int dir = TICKDIR[i];
        double tickDelta = highs[dir] ? deltas[dir] : -deltas[dir];
        double outer = e0[dir] + 0.1 * tickDelta, inner = e0[dir] - 0.2 * tickDelta;
        StringBuilder texts = new StringBuilder();
        out.raw("<path stroke=\"#000\"").attr("stroke-width", 0.8 * PT).raw(" d=\"");
        PathData d = new PathData(out.sb);
        for (int k = 0; k < ticks.length; k++) {
            double[] pos = e0.clone();
            pos[i] = ticks[k];
            pos[dir] = outer;
            double[] t0 = v.pixel(pos);
            pos[dir] = inner;
            double[] t1 = v.pixel(pos);
            d.moveTo(t0[0], t0[1]);
            d.lineTo(t1[0], t1[1]);
            pos[dir] = e0[dir];
            double[] l = v.pixel(awayFromCenter(pos, centers, deltas, (3.5 + 8) * dpp, i));
            // XAxis tick labels: centred, hanging from the point.
            texts.append("<text x=\"").append(SvgWriter.fmt(l[0])).append("\" y=\"").append(SvgWriter.fmt(l[1] + ASCENT * FONT))
                .append("\">").append(SvgWriter.escape(labels[k])).append("</text>");
        }
        out.raw("\"/>\n<g text-anchor=\"middle\">").raw(texts.toString()).raw("</g>\n");
        if (name.isEmpty()) return;
        double[] mid = new double[3];
        for (int k = 0; k < 3; k++) mid[k] = (e0[k] + e1[k]) / 2;
        double[] l = v.pixel(awayFromCenter(mid, centers, deltas, (4 + 21) * dpp, i));
        double size = SvgRenderer.labelSize(a);
        out.raw("<text").attr("x", l[0]).attr("y", l[1] + 0.35 * size);
        if (Math.abs(size - FONT) > 0.01) out.attr("font-size", size);
        out.raw(" text-anchor=\"middle\"");
        if (name.length() > 4) { // matplotlib turns labels longer than four characters along their axis
            double angle = Math.toDegrees(Math.atan2(q0[1] - q1[1], q1[0] - q0[0]));
            angle = (angle + 180) % 180;
            if (angle > 90) angle -= 180;
            out.raw(" transform=\"rotate(").num(-angle).raw(" ").num(l[0]).raw(" ").num(l[1]).raw(")\"");
        }
        out.raw(">").text(name).raw("</text>\n");
    }

    /** axis3d._move_from_center: each coordinate but the axis's own moved outward by its share of the deltas. */
    private static double[] awayFromCenter(double[] pos, double[] centers, double[] deltas, double scale, int axis) {
        double[] r = pos.clone();
        for (int k = 0; k < 3; k++) if (k != axis) r[k] += Math.copySign(1, pos[k] - centers[k]) * deltas[k] * scale;
        return r;
    }

    private static double meanDepth(double[][] cube, int[] plane) {
        double s = 0;
        for (int c : plane) s += cube[c][2];
        return s / plane.length;
    }
}
