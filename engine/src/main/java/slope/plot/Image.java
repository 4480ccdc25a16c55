package slope.plot;

/**
 * imshow's matrix (matplotlib's AxesImage): one cell per value, coloured through a colormap between vmin and
 * vmax, cell (0, 0) at the top left unless origin='lower'. Cells sit on integer coordinates, so the image spans
 * -0.5 to cols - 0.5 across and rows - 0.5 to -0.5 down.
 */
public final class Image implements Artist {
    public final double[][] z;
    public final Colormap cmap;
    public final double vmin, vmax;
    public final boolean originUpper;
    public final double alpha;
    public String label;

    public Image(double[][] z, Colormap cmap, double vmin, double vmax, boolean originUpper, double alpha) {
        this.z = z;
        this.cmap = cmap;
        this.vmin = vmin;
        this.vmax = vmax;
        this.originUpper = originUpper;
        this.alpha = alpha;
    }

    public int rows() { return z.length; }

    public int cols() { return z.length == 0 ? 0 : z[0].length; }

    /** The colour of a value: normalized between vmin and vmax ("none" for nan, which stays transparent). */
    String color(double v) {
        if (Double.isNaN(v)) return "none";
        double t = vmax == vmin ? 0.5 : (v - vmin) / (vmax - vmin);
        return cmap.color(t);
    }

    @Override public String label() { return label; }
}
