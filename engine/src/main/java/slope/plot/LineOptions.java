package slope.plot;

/** Keyword arguments of plot, axhline and axvline; a null field is a keyword not given. */
public final class LineOptions {
    public String label;
    public String color;
    /** '-', '--', ':', '-.', or 'None'/'' for no line. */
    public String linestyle;
    /** 'o', 'x', '+', 's', '^', 'v', '.', '*', 'D', or 'None'. */
    public String marker;
    /** In points, as matplotlib's lw. */
    public Double linewidth;
    /** In points, as matplotlib's ms. */
    public Double markersize;
    public Double alpha;

    public LineOptions label(String v) { label = v; return this; }
    public LineOptions color(String v) { color = v; return this; }
    public LineOptions linestyle(String v) { linestyle = v; return this; }
    public LineOptions marker(String v) { marker = v; return this; }
    public LineOptions linewidth(double v) { linewidth = v; return this; }
    public LineOptions markersize(double v) { markersize = v; return this; }
    public LineOptions alpha(double v) { alpha = v; return this; }
}
