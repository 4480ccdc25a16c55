package slope.plot;

/** quiver(): an arrow (u, v) at each point (x, y), such as a gradient field beside its contours. */
public final class Quiver implements Artist {
    public final double[] x, y, u, v;
    /** One colour for all arrows, or one per arrow. */
    public final String[] colors;
    /** matplotlib's scale: data units per arrow length in axes widths; NaN for automatic. */
    public final double scale;
    public final double alpha;
    /** Mutable: legend(labels) names artists after the fact. */
    public String label;

    public Quiver(double[] x, double[] y, double[] u, double[] v, String[] colors, double scale, double alpha, String label) {
        int n = x.length;
        if (y.length != n || u.length != n || v.length != n)
            throw new IllegalArgumentException("X, Y, U and V must have the same number of elements, not " + n + ", " + y.length + ", " + u.length + ", " + v.length);
        this.x = x;
        this.y = y;
        this.u = u;
        this.v = v;
        this.colors = colors;
        this.scale = scale;
        this.alpha = alpha;
        this.label = label;
    }

    @Override public String label() { return label; }

    /** Row-major flattening of a 2-D grid, as quiver(X, Y, U, V) with meshgrid arrays reads it. */
    public static double[] flat(double[][] a) {
        int n = 0;
        for (double[] r : a) n += r.length;
        double[] out = new double[n];
        int k = 0;
        for (double[] r : a) for (double d : r) out[k++] = d;
        return out;
    }
}
