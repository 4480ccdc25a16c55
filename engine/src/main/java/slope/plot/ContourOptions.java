package slope.plot;

/** Keyword arguments of contour and contourf; a null field is a keyword not given. */
public final class ContourOptions {
    /** levels=N: about N levels chosen as matplotlib's MaxNLocator(N + 1) does (7 when neither form is given). */
    public Integer levelCount;
    /** levels=[...]: explicit levels, increasing. */
    public double[] levels;
    public String cmap;
    /** One colour for all levels, or one per level (lines) or band (filled), cycled. */
    public String[] colors;
    public Double linewidths;
    /** '-', '--', ':', '-.' for contour lines. */
    public String linestyles;
    public Double alpha;
    public Double vmin, vmax;
    /** "log" for norm=LogNorm(): log-spaced automatic levels, colours mapped in decades, values <= 0 masked. */
    public String norm;
    /** "log" for locator=ticker.LogLocator(): log-spaced automatic levels with a linear colour norm. */
    public String locator;

    public ContourOptions levels(int n) { levelCount = n; return this; }
    public ContourOptions levels(double... v) { levels = v; return this; }
    public ContourOptions cmap(String v) { cmap = v; return this; }
    public ContourOptions colors(String... v) { colors = v; return this; }
    public ContourOptions linewidths(double v) { linewidths = v; return this; }
    public ContourOptions alpha(double v) { alpha = v; return this; }
    public ContourOptions norm(String v) { norm = v; return this; }
}
