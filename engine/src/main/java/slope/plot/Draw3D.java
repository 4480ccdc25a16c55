package slope.plot;

import java.util.ArrayList;
import java.util.List;

import static slope.plot.SvgRenderer.PT;

/**
 * SVG for a 3-D axes' artists, projected by its camera. As in matplotlib, plot()'s lines go first; then the
 * collections (surfaces, wireframes, scatters, contours), farthest first by their nearest point, and inside a
 * surface its polygons farthest first by their mean depth (Poly3DCollection's zsort 'average').
 */
final class Draw3D {
    private Draw3D() {}

    static void artists(SvgWriter out, SvgRenderer.Plane p, Axes3DRenderer.View v, List<double[]> points, List<double[]> polylines) {
        List<Artist> collections = new ArrayList<>();
        List<Double> depths = new ArrayList<>();
        for (Artist a : p.ax.artists) {
            if (a instanceof Line3D l && !l.collection) line(out, p, v, l, points, polylines);
            else if (a instanceof Surface || a instanceof Line3D || a instanceof Scatter3D || a instanceof Contour3D) {
                collections.add(a);
                depths.add(nearest(a, v));
            }
        }
        List<Integer> order = farthestFirst(depths);
        for (int k : order) {
            Artist a = collections.get(k);
            if (a instanceof Surface s) surface(out, v, s);
            else if (a instanceof Line3D l) line(out, p, v, l, points, polylines);
            else if (a instanceof Scatter3D s) scatter(out, p, v, s, points);
            else contour(out, p, v, (Contour3D) a);
        }
    }

    /** Indices sorted by depth, largest (farthest) first; ties keep their order, as Python's sorted does. */
    private static List<Integer> farthestFirst(List<Double> depths) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < depths.size(); i++) order.add(i);
        order.sort((i, j) -> Double.compare(depths.get(j), depths.get(i)));
        return order;
    }

    /** do_3d_projection's answer for sorting collections: the smallest depth of any point. */
    private static double nearest(Artist a, Axes3DRenderer.View v) {
        double min = Double.POSITIVE_INFINITY;
        if (a instanceof Surface s) {
            for (double[] poly : s.polygons) for (int i = 0; i + 2 < poly.length; i += 3) min = Math.min(min, v.pixel(poly[i], poly[i + 1], poly[i + 2])[2]);
        } else if (a instanceof Line3D l) {
            for (int i = 0; i < l.z.length; i++) min = Math.min(min, v.pixel(l.line.x[i], l.line.y[i], l.z[i])[2]);
        } else if (a instanceof Scatter3D s) {
            for (int i = 0; i < s.scatter.x.length; i++) min = Math.min(min, v.pixel(s.scatter.x[i], s.scatter.y[i], s.z(i))[2]);
        }
        return Double.isNaN(min) ? Double.POSITIVE_INFINITY : min; // contours are traced only when drawn: they count as farthest
    }

    static void surface(SvgWriter w, Axes3DRenderer.View v, Surface s) {
        int n = s.polygons.length;
        double[][] px = new double[n][];
        List<Double> depth = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] poly = s.polygons[i];
            int m = poly.length / 3;
            px[i] = new double[2 * m];
            double sum = 0;
            for (int k = 0; k < m; k++) {
                double[] q = v.pixel(poly[3 * k], poly[3 * k + 1], poly[3 * k + 2]);
                px[i][2 * k] = q[0];
                px[i][2 * k + 1] = q[1];
                sum += q[2];
            }
            depth.add(m == 0 ? Double.NEGATIVE_INFINITY : sum / m);
        }
        w.raw("<g");
        Draw.opacity(w, "fill-opacity", s.alpha);
        if (!s.edgecolor.equals("none")) {
            w.attr("stroke", s.edgecolor).attr("stroke-width", s.linewidth * PT);
            Draw.opacity(w, "stroke-opacity", s.alpha);
        }
        w.raw(">\n");
        for (int i : farthestFirst(depth)) {
            if (px[i].length < 6 || s.colors[i].equals("none")) continue;
            w.raw("<path").attr("fill", s.colors[i]).raw(" d=\"");
            PathData d = new PathData(w.sb);
            for (int k = 0; k < px[i].length; k += 2) {
                if (k == 0) d.moveTo(px[i][k], px[i][k + 1]);
                else d.lineTo(px[i][k], px[i][k + 1]);
            }
            d.close();
            w.raw("\"/>\n");
        }
        w.raw("</g>\n");
    }

    static void line(SvgWriter w, SvgRenderer.Plane p, Axes3DRenderer.View v, Line3D l, List<double[]> points, List<double[]> polylines) {
        int n = l.z.length;
        double[] px = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] q = v.pixel(l.line.x[i], l.line.y[i], l.z[i]);
            px[2 * i] = q[0];
            px[2 * i + 1] = q[1];
        }
        Draw.line(w, p, l.line, px, points, polylines);
    }

    /** Points farthest first; matplotlib's depthshade fades them with depth, the farthest to 30% of their alpha. */
    static void scatter(SvgWriter w, SvgRenderer.Plane p, Axes3DRenderer.View v, Scatter3D s3, List<double[]> points) {
        Scatter s = s3.scatter;
        int n = s.x.length;
        double[] px = new double[2 * n];
        List<Double> depth = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] q = v.pixel(s.x[i], s.y[i], s3.z(i));
            px[2 * i] = q[0];
            px[2 * i + 1] = q[1];
            depth.add(q[2]);
            if (Double.isFinite(q[2])) { lo = Math.min(lo, q[2]); hi = Math.max(hi, q[2]); }
        }
        points.add(px);
        for (int i : farthestFirst(depth)) {
            double fade = hi > lo ? (depth.get(i) - lo) / (hi - lo) : 0;
            double size = Math.sqrt(Math.max(0, s.sizes[i])) * PT;
            Markers.draw(w, p, new double[] {px[2 * i], px[2 * i + 1]}, s.marker, size, new String[] {s.colors[i]},
                s.alpha * (1 - 0.7 * fade), 1.5 * PT);
        }
    }

    /** Each level's curves, traced on the grid and then lifted to their level (or to the offset plane). */
    static void contour(SvgWriter w, SvgRenderer.Plane p, Axes3DRenderer.View v, Contour3D c3) {
        Contour c = c3.contour;
        Isolines iso = new Isolines(c);
        for (int i = 0; i < c.levels.length; i++) {
            Isolines.DoubleList px = new Isolines.DoubleList();
            for (Isolines.Path path : iso.lines(c.levels[i])) {
                int m = path.xy.length / 2;
                for (int k = 0; k <= m; k++) {
                    int at = k == m ? (path.closed ? 0 : -1) : k;
                    if (at < 0) break;
                    double[] q = v.pixel(c3.point(path.xy[2 * at], path.xy[2 * at + 1], c.levels[i]));
                    px.add(q[0]);
                    px.add(q[1]);
                }
                px.add(Double.NaN);
                px.add(Double.NaN);
            }
            if (px.n == 0) continue;
            w.raw("<path fill=\"none\"").attr("stroke", c.colors[i]).attr("stroke-width", c.linewidth * PT).raw(" stroke-linejoin=\"round\"");
            Draw.dash(w, c.linestyle, c.linewidth);
            Draw.opacity(w, "stroke-opacity", c.alpha);
            w.raw(" d=\"");
            Draw.polyline(w, px.toArray(), p, 5);
            w.raw("\"/>\n");
        }
    }
}
