package slope.plot;

/**
 * ax.contour(X, Y, Z) on 3-D axes: the 2-D contour set's curves, each standing at its level's height, or all
 * flat on the plane at offset. zdir names the axis the levels run along ('x' contours X over (Y, Z)).
 */
public final class Contour3D implements Artist {
    public final Contour contour;
    /** 'x', 'y' or 'z'. */
    public final char zdir;
    /** Where the curves lie along zdir; NaN puts each at its level. */
    public final double offset;

    public Contour3D(Contour contour, char zdir, double offset) {
        this.contour = contour;
        this.zdir = zdir;
        this.offset = offset;
    }

    /** A point (u, v) traced at a level as data (x, y, z), undoing the grid's rotation as matplotlib's rotate_axes does. */
    double[] point(double u, double v, double level) {
        double w = Double.isNaN(offset) ? level : offset;
        if (zdir == 'x') return new double[] {w, u, v};
        if (zdir == 'y') return new double[] {v, w, u};
        return new double[] {u, v, w};
    }

    @Override public String label() { return null; }
}
