package slope.plot;

/** A scatter() collection: one marker per point, each with its own area and colour. */
public final class Scatter implements Artist {
    public final double[] x, y;
    /** Marker areas in points squared, one per point. */
    public final double[] sizes;
    /** Fill colours, one per point. */
    public final String[] colors;
    public final String marker;
    public final double alpha;
    /** Mutable: legend(labels) names artists after the fact. */
    public String label;
    /** Where colours came from values through a colormap (for a colorbar), else null. */
    public final double[] values;
    public final String cmap;
    public final double vmin, vmax;

    public Scatter(double[] x, double[] y, double[] sizes, String[] colors, String marker, double alpha, String label,
                   double[] values, String cmap, double vmin, double vmax) {
        this.x = x;
        this.y = y;
        this.sizes = sizes;
        this.colors = colors;
        this.marker = marker;
        this.alpha = alpha;
        this.label = label;
        this.values = values;
        this.cmap = cmap;
        this.vmin = vmin;
        this.vmax = vmax;
    }

    @Override public String label() { return label; }
}
