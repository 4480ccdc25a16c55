package slope.plot;

/** axhline / axvline: a line across the whole axes at one data value, whatever the limits. */
public final class RefLine implements Artist {
    /** True for axhline (constant y), false for axvline (constant x). */
    public final boolean horizontal;
    public final double value;
    public final String color, linestyle;
    public final double linewidth, alpha;
    /** Mutable: legend(labels) names artists after the fact. */
    public String label;

    public RefLine(boolean horizontal, double value, String color, String linestyle, double linewidth, double alpha, String label) {
        this.horizontal = horizontal;
        this.value = value;
        this.color = color;
        this.linestyle = linestyle;
        this.linewidth = linewidth;
        this.alpha = alpha;
        this.label = label;
    }

    @Override public String label() { return label; }
}
