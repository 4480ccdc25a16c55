package slope.plot;

import java.util.ArrayList;
import java.util.List;

/** One figure: its size in inches (drawn at 100 dpi), its axes in a subplot grid, and a suptitle. */
public final class Figure {
    /** matplotlib's figure number, counting from 1 per run. */
    public final int number;
    public final double width, height;
    public final List<Axes> axes = new ArrayList<>();
    public String suptitle = "";
    /** tight_layout() was called: the renderer makes room for labels between subplots. */
    public boolean tightLayout;
    Axes current;
    /** The run's rcParams, handed to each new axes. */
    private final RcParams rc;

    public Figure(int number, double width, double height, RcParams rc) {
        if (!(width > 0) || !(height > 0) || width > 100 || height > 100)
            throw new IllegalArgumentException("figure size must be positive finite inches up to 100, not (" + width + ", " + height + ")");
        this.number = number;
        this.width = width;
        this.height = height;
        this.rc = rc;
    }

    /** fig.add_subplot(nrows, ncols, index), or the axes already there, which becomes current. */
    public Axes addSubplot(int nrows, int ncols, int index) { return addSubplot(nrows, ncols, index, null); }

    /** fig.add_subplot(..., projection=): null or 'rectilinear' for 2-D axes, '3d' for Axes3D. */
    public Axes addSubplot(int nrows, int ncols, int index, String projection) {
        boolean threeD = is3d(projection);
        for (Axes a : axes) {
            if (a.nrows == nrows && a.ncols == ncols && a.index == index && (a instanceof Axes3D) == threeD && a.twinOf == null) {
                current = a;
                return a;
            }
        }
        Axes a = make(nrows, ncols, index, threeD);
        axes.add(a);
        current = a;
        return a;
    }

    /** fig.subplots(nrows, ncols): a grid of new axes, [row][col]; the squeezing of 1-row or 1-column grids is the caller's. */
    public Axes[][] subplots(int nrows, int ncols) { return subplots(nrows, ncols, null); }

    /** fig.subplots(nrows, ncols, subplot_kw={'projection': projection}). */
    public Axes[][] subplots(int nrows, int ncols, String projection) {
        boolean threeD = is3d(projection);
        Axes[][] grid = new Axes[nrows][ncols];
        for (int r = 0; r < nrows; r++) {
            for (int c = 0; c < ncols; c++) {
                grid[r][c] = make(nrows, ncols, r * ncols + c + 1, threeD);
                axes.add(grid[r][c]);
            }
        }
        current = grid[0][0];
        return grid;
    }

    /** ax.twinx(): a new current axes in ax's box, sharing its x axis, with its y axis on the right. */
    public Axes twinx(Axes parent) {
        if (parent instanceof Axes3D) throw new IllegalArgumentException("twinx is for 2-D axes");
        if (!axes.contains(parent)) throw new IllegalArgumentException("Axes should be in the figure");
        Axes root = parent.xOwner();
        Axes twin = make(root.nrows, root.ncols, root.index, false);
        twin.twinOf = root;
        root.twins.add(twin);
        axes.add(twin);
        current = twin;
        return twin;
    }

    private Axes make(int nrows, int ncols, int index, boolean threeD) {
        return threeD ? new Axes3D(nrows, ncols, index, rc) : new Axes(nrows, ncols, index, rc);
    }

    /** The projections Slope draws: matplotlib's default 'rectilinear' and mplot3d's '3d'. */
    private static boolean is3d(String projection) {
        if (projection == null || projection.equals("rectilinear")) return false;
        if (projection.equals("3d")) return true;
        throw new IllegalArgumentException("Unknown projection '" + projection + "'");
    }

    /** fig.gca(): the current axes, made (1, 1, 1) if there are none. */
    public Axes gca() {
        if (current == null) current = axes.isEmpty() ? addSubplot(1, 1, 1) : axes.get(axes.size() - 1);
        return current;
    }

    /** Makes a of this figure the current axes (plt.sca). */
    public void sca(Axes a) {
        if (!axes.contains(a)) throw new IllegalArgumentException("Axes should be in the figure");
        current = a;
    }

    public void suptitle(String s) { suptitle = s == null ? "" : s; }

    /** fig.tight_layout(). */
    public void tightLayout() { tightLayout = true; }

    /** fig.colorbar(mappable, ax=ax): a colorbar beside ax (the mappable's own axes when ax is null). */
    public void colorbar(Artist mappable, Axes ax, String label) {
        if (!(mappable instanceof Contour) && !(mappable instanceof Image) && !(mappable instanceof Scatter s && s.values != null)
                && !(mappable instanceof Surface su && su.cmap != null))
            throw new IllegalArgumentException("Unable to determine Axes to steal space for Colorbar: it needs an image, a contour set, a surface with cmap= or a scatter with c= values");
        Axes target = ax;
        if (target == null) for (Axes a : axes) if (a.artists.contains(mappable)) target = a;
        if (target == null) target = gca();
        target.colorbar = mappable;
        target.colorbarLabel = label == null ? "" : label;
    }

    public int pixelWidth() { return (int) Math.round(width * 100); }
    public int pixelHeight() { return (int) Math.round(height * 100); }
}
