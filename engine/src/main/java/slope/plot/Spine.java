package slope.plot;

/** One side of an axes' frame, matplotlib's Spine: whether it is drawn, its colour and its width. */
public final class Spine {
    /** matplotlib's spine names, in the order it draws them. */
    public static final String[] SIDES = {"left", "right", "bottom", "top"};
    static final double DEFAULT_WIDTH = 0.8;

    public boolean visible = true;
    /** "#rrggbb" or a CSS colour name. */
    public String color = "#000";
    /** In points. */
    public double linewidth = DEFAULT_WIDTH;

    public void setColor(String c) { color = Colors.parse(c); }

    /** Drawn as matplotlib's default frame, so the frame can stay one rectangle. */
    boolean isDefault() { return visible && color.equals("#000") && linewidth == DEFAULT_WIDTH; }
}
