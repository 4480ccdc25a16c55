package slope.plot;

/**
 * plot_surface's Poly3DCollection: one polygon per (strided) grid patch, each with its fill colour, painted
 * back to front when drawn.
 */
public final class Surface implements Artist {
    /** Each polygon's corners x0, y0, z0, x1, ... in data space, around the patch's perimeter as matplotlib takes them. */
    public final double[][] polygons;
    /** Fill colours, one per polygon. */
    public final String[] colors;
    public final String edgecolor;
    public final double linewidth, alpha;
    /** The colormap and the range of the patches' mean z it spans, for a colorbar; cmap is null for a single colour. */
    public final String cmap;
    public final double vmin, vmax;

    Surface(double[][] polygons, String[] colors, String edgecolor, double linewidth, double alpha, String cmap, double vmin, double vmax) {
        this.polygons = polygons;
        this.colors = colors;
        this.edgecolor = edgecolor;
        this.linewidth = linewidth;
        this.alpha = alpha;
        this.cmap = cmap;
        this.vmin = vmin;
        this.vmax = vmax;
    }

    /** Surfaces stay out of legends here (matplotlib would show a patch). */
    @Override public String label() { return null; }
}
