package slope.plot;

import java.util.ArrayList;
import java.util.List;

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
        for (Artist a : ax.artists) {
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
}
