package slope.plot;

/**
 * matplotlib's Axes3D (projection='3d'): an axes whose artists have a z, seen from a camera at elevation elev and
 * azimuth azim. Its methods are the ax.* calls of mpl_toolkits.mplot3d; Axes3DRenderer draws it.
 */
public final class Axes3D extends Axes {
    public String zlabel = "";
    /** Limits set with set_zlim; a null end is automatic (x and y limits are Axes' own fields). */
    public Double zmin, zmax;
    /** view_init: the camera's angles in degrees. */
    public double elev = 30, azim = -60, roll = 0;
    /** set_box_aspect: the box's x:y:z proportions. */
    public double[] boxAspect = {4, 4, 3};
    // matplotlib autoscales z without a margin until a scatter sets one (a quirk kept for the same limits).
    private double zmargin;

    public Axes3D(int nrows, int ncols, int index, RcParams rc) {
        super(nrows, ncols, index, rc);
        grid = true; // rcParams axes3d.grid
    }

    /** ax.plot(xs, ys, zs, fmt, **kwargs): a 2-D line's style, cycle colour and format string, with heights. */
    public Line3D plot(double[] x, double[] y, double[] z, String fmt, LineOptions o) {
        return add(new Line3D(line(x, y, fmt, o), z.clone(), false));
    }

    /** ax.scatter(xs, ys, zs, **kwargs). */
    public Scatter3D scatter(double[] x, double[] y, double[] z, ScatterOptions o) {
        Scatter3D s = new Scatter3D(scatterOf(x, y, o), z.clone());
        zmargin = 0.05;
        return add(s);
    }

    /** ax.contour(X, Y, Z, levels, zdir=, offset=): curves traced on the grid rotated so that zdir's values are the levels. */
    public Contour3D contour(double[][] x, double[][] y, double[][] z, ContourOptions o, char zdir, Double offset) {
        double[][][] g = zdir == 'x' ? new double[][][] {y, z, x} : zdir == 'y' ? new double[][][] {z, x, y} : new double[][][] {x, y, z};
        if (zdir != 'x' && zdir != 'y' && zdir != 'z')
            throw new IllegalArgumentException("'" + zdir + "' is not a valid value for zdir; supported values are 'x', 'y', 'z'");
        Contour c = Contour.of(g[0], g[1], g[2], false, o);
        Contour3D c3 = new Contour3D(c, zdir, offset == null ? Double.NaN : offset);
        bounds.add(x, y, z);
        return add(c3);
    }

    /** ax.plot_surface(X, Y, Z, **kwargs). */
    public Surface plotSurface(double[][] x, double[][] y, double[][] z, SurfaceOptions o) {
        if (o == null) o = new SurfaceOptions();
        checkGrids(x, y, z);
        int rows = z.length, cols = z[0].length;
        int[] rs = indices(rows, stride(o.rstride, o.rcount, rows, o), true), cs = indices(cols, stride(o.cstride, o.ccount, cols, o), true);
        int n = (rs.length - 1) * (cs.length - 1);
        double[][] polys = new double[n][];
        double[] meanZ = new double[n];
        int k = 0;
        for (int i = 0; i + 1 < rs.length; i++) {
            for (int j = 0; j + 1 < cs.length; j++) {
                polys[k] = perimeter(x, y, z, rs[i], rs[i + 1], cs[j], cs[j + 1]);
                meanZ[k] = meanZ(polys[k]);
                k++;
            }
        }
        String[] colors = new String[n];
        String cmap = null;
        double vmin = 0, vmax = 1;
        if (o.cmap != null) {
            Colormap map = Colormap.named(o.cmap);
            cmap = map.name;
            double[] r = range(meanZ);
            vmin = o.vmin != null ? o.vmin : r[0];
            vmax = o.vmax != null ? o.vmax : r[1];
            for (int i = 0; i < n; i++) colors[i] = map.color(vmax == vmin ? 0 : (meanZ[i] - vmin) / (vmax - vmin));
        } else {
            String base = o.color != null ? Colors.parse(o.color) : nextLineColor();
            boolean shade = o.shade == null || o.shade;
            for (int i = 0; i < n; i++) colors[i] = shade ? Lighting.shade(base, polys[i]) : base;
        }
        String edge = o.edgecolor == null ? "none" : Colors.parse(o.edgecolor);
        double alpha = o.alpha != null ? o.alpha : o.color != null ? Colors.alpha(o.color) : 1;
        bounds.add(x, y, z);
        return add(new Surface(polys, colors, edge, o.linewidth == null ? 1 : o.linewidth, alpha, cmap, vmin, vmax));
    }

    /** ax.plot_wireframe(X, Y, Z, **kwargs): every rstride-th row and cstride-th column as a line, in one colour. */
    public Line3D plotWireframe(double[][] x, double[][] y, double[][] z, SurfaceOptions o) {
        if (o == null) o = new SurfaceOptions();
        checkGrids(x, y, z);
        int rows = z.length, cols = z[0].length;
        int rstride = stride(o.rstride, o.rcount, rows, o), cstride = stride(o.cstride, o.ccount, cols, o);
        int[] rs = rstride == 0 ? new int[0] : indices(rows, rstride, false), cs = cstride == 0 ? new int[0] : indices(cols, cstride, false);
        Isolines.DoubleList px = new Isolines.DoubleList(), py = new Isolines.DoubleList(), pz = new Isolines.DoubleList();
        for (int r : rs) for (int c = 0; c <= cols; c++) point(px, py, pz, x, y, z, r, c, c == cols);
        for (int c : cs) for (int r = 0; r <= rows; r++) point(px, py, pz, x, y, z, r, c, r == rows);
        String color = o.color == null ? Colors.CYCLE[0] : o.color; // a LineCollection's rcParams colour, not the cycle's
        Line l = new Line(px.toArray(), py.toArray(), Colors.parse(color), o.linestyle == null ? "-" : LineFormat.linestyle(o.linestyle),
            "None", o.linewidth == null ? rc.lineWidth : o.linewidth, rc.markerSize, o.alpha != null ? o.alpha : Colors.alpha(color), o.label);
        bounds.add(x, y, z);
        return add(new Line3D(l, pz.toArray(), true));
    }

    /** One grid point of a wireframe line, or the NaN that ends the line. */
    private static void point(Isolines.DoubleList px, Isolines.DoubleList py, Isolines.DoubleList pz, double[][] x, double[][] y, double[][] z,
                              int r, int c, boolean end) {
        px.add(end ? Double.NaN : x[r][c]);
        py.add(end ? Double.NaN : y[r][c]);
        pz.add(end ? Double.NaN : z[r][c]);
    }

    /** ax.view_init(elev, azim, roll); a null angle keeps its value. */
    public void viewInit(Double elev, Double azim, Double roll) {
        if (elev != null) this.elev = elev;
        if (azim != null) this.azim = azim;
        if (roll != null) this.roll = roll;
    }

    public void setZlabel(String s) { zlabel = s == null ? "" : s; }

    public void setZlim(Double bottom, Double top) {
        if (bottom != null) zmin = bottom;
        if (top != null) zmax = top;
    }

    /** ax.set_box_aspect((x, y, z)); null is matplotlib's (4, 4, 3). */
    public void setBoxAspect(double[] a) {
        if (a == null) { boxAspect = new double[] {4, 4, 3}; return; }
        if (a.length != 3) throw new IllegalArgumentException("'aspect' must be 1D with shape (3,), but your input has shape (" + a.length + ",)");
        for (double v : a) if (!(v > 0)) throw new IllegalArgumentException("box aspect ratios must be positive, not " + v);
        boxAspect = a.clone();
    }

    // ---- limits ----

    /** Data bounds of the grid-based artists (lines and scatters are read when limits are asked). */
    private final Bounds bounds = new Bounds();

    /**
     * The view limits {xmin, xmax, ymin, ymax, zmin, zmax}, what get_xlim() and the others answer: the data's
     * range, widened by 5% (z: not unless a scatter is drawn) and then by 1/48 on each side, as mplot3d autoscales.
     */
    public double[] viewLimits() {
        Bounds b = bounds.copy();
        for (Artist a : artists) {
            if (a instanceof Line3D l && !l.collection) b.add(l.line.x, l.line.y, l.z);
            else if (a instanceof Scatter3D s) b.add(s.scatter.x, s.scatter.y, s.z);
        }
        double[] out = new double[6];
        Double[] set = {xmin, xmax, ymin, ymax, zmin, zmax};
        for (int axis = 0; axis < 3; axis++) {
            double lo = b.lo[axis], hi = b.hi[axis];
            if (lo > hi) { lo = 0; hi = 1; }
            double[] ns = Ticks.nonsingular(lo, hi, 0.05, 1e-15);
            double m = axis == 2 ? zmargin : 0.05;
            double d = (ns[1] - ns[0]) * m;
            lo = ns[0] - d;
            hi = ns[1] + d;
            double view = (hi - lo) / 48;
            out[2 * axis] = set[2 * axis] != null ? set[2 * axis] : lo - view;
            out[2 * axis + 1] = set[2 * axis + 1] != null ? set[2 * axis + 1] : hi + view;
        }
        return out;
    }

    /** Running minimum and maximum of finite x, y and z. */
    private static final class Bounds {
        final double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        final double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};

        void add(double[][] x, double[][] y, double[][] z) {
            for (int r = 0; r < z.length; r++) add(x[r], y[r], z[r]);
        }

        void add(double[] x, double[] y, double[] z) {
            double[][] v = {x, y, z};
            for (int axis = 0; axis < 3; axis++) {
                for (double d : v[axis]) {
                    if (!Double.isFinite(d)) continue;
                    lo[axis] = Math.min(lo[axis], d);
                    hi[axis] = Math.max(hi[axis], d);
                }
            }
        }

        Bounds copy() {
            Bounds b = new Bounds();
            System.arraycopy(lo, 0, b.lo, 0, 3);
            System.arraycopy(hi, 0, b.hi, 0, 3);
            return b;
        }
    }

    // ---- grids ----

    private static void checkGrids(double[][] x, double[][] y, double[][] z) {
        if (z.length == 0 || z[0].length == 0) throw new IllegalArgumentException("Argument Z must be 2-dimensional.");
        if (x.length != z.length || y.length != z.length || x[0].length != z[0].length || y[0].length != z[0].length)
            throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ("
                + x.length + ", " + x[0].length + ") and arg 2 with shape (" + z.length + ", " + z[0].length + ").");
    }

    /** rstride as given, else from rcount (50 by default) as ceil(rows / rcount). */
    private static int stride(Integer stride, Integer count, int n, SurfaceOptions o) {
        if ((o.rstride != null || o.cstride != null) && (o.rcount != null || o.ccount != null))
            throw new IllegalArgumentException("Cannot specify both stride and count arguments");
        if (o.rstride != null || o.cstride != null) return stride == null ? 10 : stride;
        int c = count == null ? 50 : count;
        return Math.max((int) Math.ceil(n / (double) c), 1);
    }

    /** Every stride-th index from 0 and the last: a surface's patch borders, or a wireframe's lines. */
    private static int[] indices(int n, int stride, boolean surface) {
        Isolines.IntList l = new Isolines.IntList();
        int end = surface ? n - 1 : n;
        for (int i = 0; i < end; i += Math.max(stride, 1)) l.add(i);
        if (l.n == 0 || l.a[l.n - 1] != n - 1) l.add(n - 1);
        return l.toArray();
    }

    /** The patch's border points from (r0, c0): along the top row, down the right, back along the bottom, up the left. */
    private static double[] perimeter(double[][] x, double[][] y, double[][] z, int r0, int r1, int c0, int c1) {
        Isolines.DoubleList p = new Isolines.DoubleList();
        for (int c = c0; c < c1; c++) corner(p, x, y, z, r0, c);
        for (int r = r0; r < r1; r++) corner(p, x, y, z, r, c1);
        for (int c = c1; c > c0; c--) corner(p, x, y, z, r1, c);
        for (int r = r1; r > r0; r--) corner(p, x, y, z, r, c0);
        return p.toArray();
    }

    /** A point of a patch's border; points with a NaN are left out, as matplotlib drops them. */
    private static void corner(Isolines.DoubleList p, double[][] x, double[][] y, double[][] z, int r, int c) {
        if (!Double.isFinite(x[r][c] + y[r][c] + z[r][c])) return;
        p.add(x[r][c]);
        p.add(y[r][c]);
        p.add(z[r][c]);
    }

    private static double meanZ(double[] poly) {
        double s = 0;
        int n = poly.length / 3;
        for (int i = 0; i < n; i++) s += poly[3 * i + 2];
        return n == 0 ? Double.NaN : s / n;
    }
}
