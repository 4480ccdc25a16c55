package slope.plot;

/**
 * A contour() or contourf() set, matplotlib's ContourSet: the grid, the levels and a colour per level
 * (lines) or per band between consecutive levels (filled). Z[j][i] sits at (X[j][i], Y[j][i]), as
 * torch.meshgrid(x, y, indexing='xy') lays grids out. The curves themselves are traced when drawn.
 */
public final class Contour implements Artist {
    public final double[][] x, y, z;
    public final double[] levels;
    public final boolean filled;
    /** Lines: one colour per level. Filled: one per band, levels.length - 1 of them. */
    public final String[] colors;
    public final double linewidth, alpha;
    public final String linestyle;
    /** Colormap name and the range it was normalised over, for a colorbar; cmap is null when colors= was given. */
    public final String cmap;
    public final double vmin, vmax;
    /** norm=LogNorm(): colours (and the colorbar) on a log scale; values <= 0 are masked, as matplotlib does. */
    public final boolean logNorm;
    /** Set by clabel(): write each level's value on its curves. */
    public boolean labelled;
    /** clabel(fmt=...): the text for each level; null formats the levels as matplotlib's ScalarFormatter does. */
    public String[] labelTexts;

    private Contour(double[][] x, double[][] y, double[][] z, boolean filled, ContourOptions o) {
        if (o == null) o = new ContourOptions();
        this.logNorm = "log".equals(o.norm);
        boolean logLevels = logNorm || "log".equals(o.locator);
        this.x = x;
        this.y = y;
        this.z = logLevels ? maskNonPositive(z) : z;
        this.filled = filled;
        this.levels = o.levels != null ? checkLevels(o.levels, filled)
            : logLevels ? autoLogLevels(this.z) : autoLevels(z, o.levelCount == null ? 7 : o.levelCount);
        this.linewidth = o.linewidths == null ? 1.5 : o.linewidths;
        this.linestyle = o.linestyles == null ? "-" : LineFormat.linestyle(o.linestyles);
        this.alpha = o.alpha == null ? 1 : o.alpha;
        int n = filled ? Math.max(0, levels.length - 1) : levels.length;
        colors = new String[n];
        if (o.colors != null && o.colors.length > 0) {
            for (int i = 0; i < n; i++) colors[i] = Colors.parse(o.colors[i % o.colors.length]);
            cmap = null;
            vmin = levels[0];
            vmax = levels[levels.length - 1];
        } else {
            Colormap map = Colormap.named(o.cmap);
            cmap = map.name;
            vmin = o.vmin != null ? o.vmin : levels[0];
            vmax = o.vmax != null ? o.vmax : levels[levels.length - 1];
            for (int i = 0; i < n; i++) {
                // Filled bands take the colour of their middle: the geometric one under a log norm.
                double layer = !filled ? levels[i] : logNorm ? Math.sqrt(levels[i]) * Math.sqrt(levels[i + 1]) : 0.5 * (levels[i] + levels[i + 1]);
                colors[i] = map.color(normalize(layer));
            }
        }
    }

    /** Where a value falls between vmin and vmax, linearly or (log norm) in decades. */
    public double normalize(double v) {
        if (logNorm) {
            if (!(vmin > 0) || !(v > 0)) return Double.NaN;
            return vmax == vmin ? 0 : (Ticks.log10(v) - Ticks.log10(vmin)) / (Ticks.log10(vmax) - Ticks.log10(vmin));
        }
        return vmax == vmin ? 0 : (v - vmin) / (vmax - vmin);
    }

    private static double[][] maskNonPositive(double[][] z) {
        double[][] m = new double[z.length][];
        for (int j = 0; j < z.length; j++) {
            m[j] = z[j].clone();
            for (int i = 0; i < m[j].length; i++) if (!(m[j][i] > 0)) m[j][i] = Double.NaN;
        }
        return m;
    }

    /** _autolev with a LogLocator: decades over z's positive range, trimmed to one beyond each end. */
    static double[] autoLogLevels(double[][] z) {
        double[] r = range(z);
        if (r[0] > r[1]) return new double[] {1};
        if (r[0] == r[1]) { r[0] /= 10; r[1] *= 10; }
        double lmin = Math.log(r[0]) / Math.log(10), lmax = Math.log(r[1]) / Math.log(10);
        int numdec = (int) (Math.floor(lmax) - Math.ceil(lmin));
        int stride = Math.floorDiv(numdec, 9) + 1;
        if (stride >= numdec) stride = Math.max(1, numdec - 1);
        java.util.List<Double> lev = new java.util.ArrayList<>();
        for (double d = Math.floor(lmin) - stride; d < Math.ceil(lmax) + 2 * stride; d += stride) lev.add(Math.pow(10, d));
        int i0 = 0, i1 = lev.size();
        for (int i = 0; i < lev.size(); i++) if (lev.get(i) < r[0]) i0 = i;
        for (int i = lev.size() - 1; i >= 0; i--) if (lev.get(i) > r[1]) i1 = i + 1;
        double[] out = new double[i1 - i0];
        for (int i = 0; i < out.length; i++) out[i] = lev.get(i0 + i);
        return out;
    }

    /** contour(Z): x and y are the column and row indices. */
    public static Contour of(double[][] z, boolean filled, ContourOptions o) {
        checkZ(z);
        double[] xs = new double[z[0].length], ys = new double[z.length];
        for (int i = 0; i < xs.length; i++) xs[i] = i;
        for (int j = 0; j < ys.length; j++) ys[j] = j;
        return of(xs, ys, z, filled, o);
    }

    /** contour(x, y, Z) with 1-D x (one per column of Z) and y (one per row). */
    public static Contour of(double[] xs, double[] ys, double[][] z, boolean filled, ContourOptions o) {
        checkZ(z);
        int ny = z.length, nx = z[0].length;
        if (xs.length != nx) throw new IllegalArgumentException("Length of x (" + xs.length + ") must match number of columns in z (" + nx + ")");
        if (ys.length != ny) throw new IllegalArgumentException("Length of y (" + ys.length + ") must match number of rows in z (" + ny + ")");
        double[][] gx = new double[ny][nx], gy = new double[ny][nx];
        for (int j = 0; j < ny; j++) for (int i = 0; i < nx; i++) { gx[j][i] = xs[i]; gy[j][i] = ys[j]; }
        return new Contour(gx, gy, z, filled, o);
    }

    /** contour(X, Y, Z) with X, Y and Z all of one 2-D shape. */
    public static Contour of(double[][] gx, double[][] gy, double[][] z, boolean filled, ContourOptions o) {
        checkZ(z);
        if (!sameShape(gx, z) || !sameShape(gy, z))
            throw new IllegalArgumentException("Shapes of x (" + shape(gx) + ") and z (" + shape(z) + ") do not match");
        return new Contour(gx, gy, z, filled, o);
    }

    @Override public String label() { return null; }

    /** The z range, ignoring NaN; {+inf, -inf} when there is no number at all. */
    public static double[] range(double[][] z) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : z) for (double v : row) if (!Double.isNaN(v) && !Double.isInfinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        return new double[] {lo, hi};
    }

    /** matplotlib's _autolev: MaxNLocator(n + 1) over z's range, trimmed to one level beyond each end. */
    static double[] autoLevels(double[][] z, int n) {
        double[] r = range(z);
        if (r[0] > r[1]) return new double[] {0};
        double[] lev = Ticks.maxN(r[0], r[1], n + 1, Ticks.FINE_STEPS, 1);
        int i0 = 0, i1 = lev.length;
        for (int i = 0; i < lev.length; i++) if (lev[i] < r[0]) i0 = i;
        for (int i = lev.length - 1; i >= 0; i--) if (lev[i] > r[1]) i1 = i + 1;
        if (i1 - i0 < 3) { i0 = 0; i1 = lev.length; }
        double[] out = new double[i1 - i0];
        System.arraycopy(lev, i0, out, 0, out.length);
        return out;
    }

    private static double[] checkLevels(double[] lv, boolean filled) {
        if (lv.length == 0 || (filled && lv.length < 2)) throw new IllegalArgumentException("Filled contours require at least 2 levels.");
        for (int i = 1; i < lv.length; i++) if (!(lv[i] > lv[i - 1])) throw new IllegalArgumentException("Contour levels must be increasing");
        return lv.clone();
    }

    private static void checkZ(double[][] z) {
        if (z.length < 2 || z[0].length < 2) throw new IllegalArgumentException("Input z must be at least a (2, 2) shaped array, but has shape " + shape(z));
        for (double[] row : z) if (row.length != z[0].length) throw new IllegalArgumentException("Input z must be a 2D array");
    }

    private static boolean sameShape(double[][] a, double[][] b) {
        if (a.length != b.length) return false;
        for (int j = 0; j < a.length; j++) if (a[j].length != b[j].length) return false;
        return true;
    }

    private static String shape(double[][] a) {
        return "(" + a.length + ", " + (a.length == 0 ? 0 : a[0].length) + ")";
    }
}
