package slope.plot;

/** Keyword arguments of plot_surface and plot_wireframe; a null field is a keyword not given. */
public final class SurfaceOptions {
    /** Grid rows and columns between polygons (or lines); counts give them instead, 50 by default. */
    public Integer rstride, cstride, rcount, ccount;
    public String cmap;
    public Double vmin, vmax;
    /** One colour for the whole surface (the next line colour when neither this nor cmap is given). */
    public String color;
    public String edgecolor;
    public Double linewidth, alpha;
    /** Light the single colour by each polygon's normal; true unless cmap is given. */
    public Boolean shade;
    /** Wireframe only. */
    public String linestyle, label;

    public SurfaceOptions cmap(String v) { cmap = v; return this; }
    public SurfaceOptions color(String v) { color = v; return this; }
    public SurfaceOptions strides(int r, int c) { rstride = r; cstride = c; return this; }
}
