package slope.plot;

/** Keyword arguments of scatter; a null field is a keyword not given. */
public final class ScatterOptions {
    /** Marker areas in points squared: one value for all points, or one per point. */
    public double[] s;
    /** Colours by name: one for all points, or one per point (matplotlib's color=, or c= given as colour names). */
    public String[] color;
    /** Values mapped through cmap (matplotlib's c= given as numbers). */
    public double[] c;
    public String cmap;
    public Double vmin, vmax;
    public String marker;
    public String label;
    public Double alpha;

    public ScatterOptions s(double... v) { s = v; return this; }
    public ScatterOptions color(String... v) { color = v; return this; }
    public ScatterOptions c(double... v) { c = v; return this; }
    public ScatterOptions cmap(String v) { cmap = v; return this; }
    public ScatterOptions marker(String v) { marker = v; return this; }
    public ScatterOptions label(String v) { label = v; return this; }
    public ScatterOptions alpha(double v) { alpha = v; return this; }
}
