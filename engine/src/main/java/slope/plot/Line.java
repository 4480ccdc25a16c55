package slope.plot;

/** A plot() line: points joined in order (NaN breaks the line), with optional markers at each point. */
public final class Line implements Artist {
    public final double[] x, y;
    /** "#rrggbb" or a CSS colour name. */
    public final String color;
    /** '-', '--', ':', '-.' or 'None'. */
    public final String linestyle;
    /** A matplotlib marker character, or 'None'. */
    public final String marker;
    /** In points. */
    public final double linewidth, markersize, alpha;
    /** Mutable: legend(labels) names artists after the fact. */
    public String label;

    public Line(double[] x, double[] y, String color, String linestyle, String marker,
                double linewidth, double markersize, double alpha, String label) {
        if (x.length != y.length)
            throw new IllegalArgumentException("x and y must have same first dimension, but have shapes (" + x.length + ",) and (" + y.length + ",)");
        this.x = x;
        this.y = y;
        this.color = color;
        this.linestyle = linestyle;
        this.marker = marker;
        this.linewidth = linewidth;
        this.markersize = markersize;
        this.alpha = alpha;
        this.label = label;
    }

    @Override public String label() { return label; }

    public boolean hasLine() { return !linestyle.equals("None"); }
    public boolean hasMarker() { return !marker.equals("None"); }
}
