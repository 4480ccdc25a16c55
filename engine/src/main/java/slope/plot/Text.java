package slope.plot;

/** text() and annotate(): words at a data point, optionally with an arrow from the text to another point. */
public final class Text implements Artist {
    public final double x, y;
    public final String text, color;
    /** In points. */
    public final double fontsize;
    /** 'left', 'center', 'right'; 'baseline', 'bottom', 'center', 'top'. */
    public final String ha, va;
    /** annotate(): the point the arrow points at, or NaN for none. */
    public final double arrowX, arrowY;

    public Text(double x, double y, String text, String color, double fontsize, String ha, String va, double arrowX, double arrowY) {
        this.x = x;
        this.y = y;
        this.text = text;
        this.color = color;
        this.fontsize = fontsize;
        this.ha = ha;
        this.va = va;
        this.arrowX = arrowX;
        this.arrowY = arrowY;
    }

    @Override public String label() { return null; }
}
