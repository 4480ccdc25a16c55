package slope.plot;

/** ax.plot(xs, ys, zs) in 3-D, or a wireframe's grid lines: a 2-D line's style with a z for each point (NaN breaks it). */
public final class Line3D implements Artist {
    public final Line line;
    public final double[] z;
    /** plot_wireframe's lines are one collection in matplotlib, painted in depth order with surfaces; plot's lines go first. */
    public final boolean collection;

    public Line3D(Line line, double[] z, boolean collection) {
        if (z.length != line.x.length)
            throw new IllegalArgumentException("x, y and z must have the same length, not " + line.x.length + " and " + z.length);
        this.line = line;
        this.z = z;
        this.collection = collection;
    }

    @Override public String label() { return line.label; }
}
