package slope.plot;

import static slope.plot.Draw.opacity;

/** matplotlib's marker shapes as SVG elements, one element per point. */
final class Markers {
    private Markers() {}

    static final String UNFILLED = "+x|_1234,";

    /** One element per visible point; size in pixels (a circle's diameter). */
    static void draw(SvgWriter w, SvgRenderer.Plane p, double[] px, String marker, double size, String[] colors,
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

}
