package slope.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Marching squares over a contour grid. Each cell's crossing segments are oriented with higher values
 * on their left, so that segments from neighbouring cells join end to start through the shared edge:
 * curves close where they close in the grid and end where they meet the border (or a NaN).
 * Filled bands are the regions {z >= level} with their borders, drawn even-odd.
 */
final class Isolines {
    /** A traced curve in data coordinates: x0, y0, x1, y1, ... */
    static final class Path {
        final double[] xy;
        final boolean closed;

        Path(double[] xy, boolean closed) {
            this.xy = xy;
            this.closed = closed;
        }
    }

    private final double[][] gx, gy, z;
    private final int nx, ny;

    Isolines(Contour c) {
        this.gx = c.x;
        this.gy = c.y;
        this.z = c.z;
        this.ny = z.length;
        this.nx = z[0].length;
    }

    /** The curves z = level; cells touching a NaN are left out. */
    List<Path> lines(double level) {
        Trace t = trace(level, false);
        List<Path> out = new ArrayList<>();
        for (int[] chain : t.chains) out.add(new Path(points(t, chain, false), false));
        for (int[] loop : t.loops) out.add(new Path(points(t, loop, true), true));
        return out;
    }

    /** Closed rings bounding {z >= level} (NaN counted as below every level), to be filled even-odd. */
    List<double[]> region(double level) {
        Trace t = trace(level, true);
        List<double[]> rings = new ArrayList<>();
        for (int[] loop : t.loops) rings.add(points(t, loop, true));
        int n = t.chains.size();
        if (n == 0) {
            if (high(z[0][0], level)) rings.add(border(0, perimeter()));
            return rings;
        }
        // Chains run border to border; walking the border forward from a chain's end stays where z >= level
        // until the next chain's start.
        double[] startT = new double[n];
        int[] startEdge = new int[n];
        for (int c = 0; c < n; c++) {
            int[] ch = t.chains.get(c);
            startEdge[c] = borderIndex(t.seg[2 * ch[0]]);
            startT[c] = perimeterT(t, t.seg[2 * ch[0]]);
        }
        boolean[] used = new boolean[n];
        for (int first = 0; first < n; first++) {
            if (used[first]) continue;
            DoubleList ring = new DoubleList();
            int c = first;
            for (int guard = 0; guard <= n && !used[c]; guard++) {
                used[c] = true;
                int[] ch = t.chains.get(c);
                ring.addAll(points(t, ch, false));
                int endEdge = t.seg[2 * ch[ch.length - 1] + 1];
                double te = perimeterT(t, endEdge);
                int ee = borderIndex(endEdge);
                int next = -1;
                double bestGap = Double.POSITIVE_INFINITY;
                for (int d = 0; d < n; d++) {
                    double gap = startT[d] - te;
                    if (gap < 0 || (gap == 0 && startEdge[d] < ee)) gap += perimeter();
                    if (gap < bestGap) { bestGap = gap; next = d; }
                }
                ring.addAll(border(te, te + bestGap));
                c = next;
            }
            rings.add(ring.toArray());
        }
        return rings;
    }

    // ---- tracing ----

    private static final class Trace {
        int[] seg = new int[64]; // per segment: from edge, to edge
        int count;
        final double[] crossing; // per edge: fraction from its lower-index node, NaN where none
        final List<int[]> chains = new ArrayList<>(), loops = new ArrayList<>();

        Trace(int edges) {
            crossing = new double[edges];
            Arrays.fill(crossing, Double.NaN);
        }

        void add(int from, int to) {
            if (2 * count + 2 > seg.length) seg = Arrays.copyOf(seg, seg.length * 2);
            seg[2 * count] = from;
            seg[2 * count + 1] = to;
            count++;
        }
    }

    private static boolean high(double v, double level) {
        return !Double.isNaN(v) && v >= level;
    }

    private int hEdge(int i, int j) { return 2 * (j * nx + i); }     // (i, j) to (i + 1, j)
    private int vEdge(int i, int j) { return 2 * (j * nx + i) + 1; } // (i, j) to (i, j + 1)

    /** Segments for one level; nanLow counts NaN corners as below the level instead of skipping their cells. */
    private Trace trace(double level, boolean nanLow) {
        Trace t = new Trace(2 * nx * ny);
        int[] edges = new int[4];
        boolean[] hi = new boolean[4];
        double[] v = new double[4];
        int[] hs = new int[2];
        for (int j = 0; j < ny - 1; j++) {
            for (int i = 0; i < nx - 1; i++) {
                v[0] = z[j][i]; v[1] = z[j][i + 1]; v[2] = z[j + 1][i + 1]; v[3] = z[j + 1][i];
                if (!nanLow && (Double.isNaN(v[0]) || Double.isNaN(v[1]) || Double.isNaN(v[2]) || Double.isNaN(v[3]))) continue;
                int mask = 0;
                for (int k = 0; k < 4; k++) { hi[k] = high(v[k], level); if (hi[k]) mask |= 1 << k; }
                if (mask == 0 || mask == 15) continue;
                // Edges counter-clockwise: bottom, right, top, left; edge k runs from corner k to corner k + 1.
                edges[0] = hEdge(i, j); edges[1] = vEdge(i + 1, j); edges[2] = hEdge(i, j + 1); edges[3] = vEdge(i, j);
                int nh = 0;
                int[] order = new int[4];
                boolean[] isH = new boolean[4];
                int n = 0;
                for (int k = 0; k < 4; k++) {
                    boolean a = hi[k], b = hi[(k + 1) % 4];
                    if (a == b) continue;
                    crossingOf(t, edges[k], level);
                    order[n] = edges[k];
                    isH[n] = a; // high to low along the counter-clockwise walk
                    n++;
                    if (a) hs[nh++] = n - 1;
                }
                if (n == 2) {
                    int h = isH[0] ? 0 : 1;
                    t.add(order[h], order[1 - h]);
                } else {
                    double centre = (v[0] + v[1] + v[2] + v[3]) / 4;
                    boolean joinHigh = !Double.isNaN(centre) && centre >= level;
                    for (int q = 0; q < 2; q++) {
                        int h = hs[q];
                        int l = joinHigh ? (h + 1) % 4 : (h + 3) % 4;
                        t.add(order[h], order[l]);
                    }
                }
            }
        }
        link(t);
        return t;
    }

    private void crossingOf(Trace t, int edge, double level) {
        if (!Double.isNaN(t.crossing[edge])) return;
        int node = edge >> 1, i = node % nx, j = node / nx;
        double a = z[j][i], b = (edge & 1) == 0 ? z[j][i + 1] : z[j + 1][i];
        double f;
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) f = 0.5;
        else f = (level - a) / (b - a);
        t.crossing[edge] = Math.max(0, Math.min(1, f));
    }

    private static void link(Trace t) {
        int m = t.count;
        int maxEdge = t.crossing.length;
        int[] startAt = new int[maxEdge], endAt = new int[maxEdge];
        Arrays.fill(startAt, -1);
        Arrays.fill(endAt, -1);
        for (int s = 0; s < m; s++) {
            startAt[t.seg[2 * s]] = s;
            endAt[t.seg[2 * s + 1]] = s;
        }
        boolean[] seen = new boolean[m];
        for (int s = 0; s < m; s++) {
            if (endAt[t.seg[2 * s]] != -1) continue;
            t.chains.add(follow(t, s, startAt, seen));
        }
        for (int s = 0; s < m; s++) if (!seen[s]) t.loops.add(follow(t, s, startAt, seen));
    }

    private static int[] follow(Trace t, int s, int[] startAt, boolean[] seen) {
        IntList chain = new IntList();
        while (s != -1 && !seen[s]) {
            seen[s] = true;
            chain.add(s);
            s = startAt[t.seg[2 * s + 1]];
        }
        return chain.toArray();
    }

    /** Points of a chain of segments: each segment's start, then (for open chains) the last end. */
    private double[] points(Trace t, int[] chain, boolean closed) {
        DoubleList out = new DoubleList();
        for (int s : chain) point(t, t.seg[2 * s], out);
        if (!closed) point(t, t.seg[2 * chain[chain.length - 1] + 1], out);
        return out.toArray();
    }

    private void point(Trace t, int edge, DoubleList out) {
        int node = edge >> 1, i = node % nx, j = node / nx;
        int i2 = (edge & 1) == 0 ? i + 1 : i, j2 = (edge & 1) == 0 ? j : j + 1;
        double f = t.crossing[edge];
        out.add(gx[j][i] + f * (gx[j2][i2] - gx[j][i]));
        out.add(gy[j][i] + f * (gy[j2][i2] - gy[j][i]));
    }

    // ---- the border, walked counter-clockwise from node (0, 0) ----

    private int perimeter() { return 2 * (nx - 1) + 2 * (ny - 1); }

    /** Position along the border of the crossing on a border edge. */
    private double perimeterT(Trace t, int edge) {
        return borderIndex(edge) + along(t, edge);
    }

    /** Which border edge, counted counter-clockwise from the bottom-left corner. */
    private int borderIndex(int edge) {
        int node = edge >> 1, i = node % nx, j = node / nx;
        if ((edge & 1) == 0) return j == 0 ? i : (nx - 1) + (ny - 1) + (nx - 2 - i);
        return i == nx - 1 ? (nx - 1) + j : 2 * (nx - 1) + (ny - 1) + (ny - 2 - j);
    }

    private double along(Trace t, int edge) {
        int node = edge >> 1, i = node % nx, j = node / nx;
        double f = t.crossing[edge];
        boolean forward = (edge & 1) == 0 ? j == 0 : i == nx - 1;
        return forward ? f : 1 - f;
    }

    /** Border nodes strictly between positions a and b (b may exceed the perimeter, wrapping). */
    private double[] border(double a, double b) {
        DoubleList out = new DoubleList();
        int p = perimeter();
        for (long k = (long) Math.floor(a) + 1; k < b; k++) {
            int q = (int) (k % p);
            int i, j;
            if (q <= nx - 1) { i = q; j = 0; }
            else if (q <= (nx - 1) + (ny - 1)) { i = nx - 1; j = q - (nx - 1); }
            else if (q <= 2 * (nx - 1) + (ny - 1)) { i = nx - 1 - (q - (nx - 1) - (ny - 1)); j = ny - 1; }
            else { i = 0; j = ny - 1 - (q - 2 * (nx - 1) - (ny - 1)); }
            out.add(gx[j][i]);
            out.add(gy[j][i]);
        }
        if (a == 0 && b == p) { out.add(gx[0][0]); out.add(gy[0][0]); } // the whole border: include the start corner
        return out.toArray();
    }

    static final class DoubleList {
        double[] a = new double[32];
        int n;

        void add(double v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        void addAll(double[] v) { for (double d : v) add(d); }

        double[] toArray() { return Arrays.copyOf(a, n); }
    }

    static final class IntList {
        int[] a = new int[32];
        int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int[] toArray() { return Arrays.copyOf(a, n); }
    }
}
