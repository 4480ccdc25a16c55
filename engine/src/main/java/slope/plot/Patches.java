package slope.plot;

/** Filled polygons from bar(), hist() and fill_between(): one colour per polygon (or one for all). */
public final class Patches implements Artist {
    /** Each polygon in data coordinates: x0, y0, x1, y1, ... */
    public final double[][] polygons;
    public final String[] colors;
    /** "none" or a colour. */
    public final String edgecolor;
    public final double alpha;
    /** Bars stand on y = 0: autoscaling adds no margin below them, as matplotlib's sticky edges do. */
    public final boolean fromZero;
    /** Mutable: legend(labels) names artists after the fact. */
    public String label;

    public Patches(double[][] polygons, String[] colors, String edgecolor, double alpha, boolean fromZero, String label) {
        this.polygons = polygons;
        this.colors = colors;
        this.edgecolor = edgecolor;
        this.alpha = alpha;
        this.fromZero = fromZero;
        this.label = label;
    }

    @Override public String label() { return label; }

    /** What hist() returns: counts per bin, the bin edges, and the bars. */
    public static final class Histogram {
        public final double[] counts, edges;
        public final Patches bars;

        Histogram(double[] counts, double[] edges, Patches bars) {
            this.counts = counts;
            this.edges = edges;
            this.bars = bars;
        }
    }

    /**
     * numpy.histogram: bins equal-width bins over [min, max] (or range), the last one closed; NaN ignored. The edges
     * are np.linspace's ({@code i * step + min}, the last one max itself), as NumPy makes them.
     */
    public static double[][] histogram(double[] data, int bins, Double lo, Double hi) {
        if (bins < 1) throw new IllegalArgumentException("`bins` must be positive, when an integer");
        double a = Double.POSITIVE_INFINITY, b = Double.NEGATIVE_INFINITY;
        for (double v : data) if (!Double.isNaN(v)) { a = Math.min(a, v); b = Math.max(b, v); }
        if (lo != null) a = lo;
        if (hi != null) b = hi;
        if (a > b) { a = 0; b = 1; }
        if (a == b) { a -= 0.5; b += 0.5; }
        double[] edges = new double[bins + 1];
        double step = (b - a) / bins;
        for (int i = 0; i < bins; i++) edges[i] = i * step + a;
        edges[bins] = b;
        double[] counts = new double[bins];
        for (double v : data) {
            if (Double.isNaN(v) || v < a || v > b) continue;
            int k = (int) Math.floor((v - a) / (b - a) * bins);
            if (k == bins) k = bins - 1;
            // numpy corrects the computed bin against the edges themselves
            if (k > 0 && v < edges[k]) k--;
            if (k < bins - 1 && v >= edges[k + 1]) k++;
            counts[k]++;
        }
        return new double[][] {counts, edges};
    }
}
