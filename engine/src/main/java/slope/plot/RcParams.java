package slope.plot;

/**
 * The rcParams the figure model draws with, one set per run: matplotlib's defaults until plt.rcParams changes them.
 * New figures, axes, lines and images read them when made, as matplotlib does. The binding keeps every other key.
 */
public final class RcParams {
    /** figure.figsize, in inches. */
    public double figWidth, figHeight;
    /** lines.linewidth and lines.markersize, in points. */
    public double lineWidth, markerSize;
    /** axes.grid: new axes start with their grid on. */
    public boolean axesGrid;
    /** image.cmap: imshow's colormap when cmap= is not given. */
    public String imageCmap;
    /** errorbar.capsize, in points: half the length of errorbar()'s caps when capsize= is not given. */
    public double errorbarCapsize;

    public RcParams() { restoreDefaults(); }

    /** matplotlib's defaults (plt.rcdefaults()). */
    public void restoreDefaults() {
        figWidth = 6.4;
        figHeight = 4.8;
        lineWidth = 1.5;
        markerSize = 6;
        axesGrid = false;
        imageCmap = "viridis";
        errorbarCapsize = 0;
    }
}
