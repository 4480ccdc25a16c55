package slope.plot;

/** ax.scatter(xs, ys, zs): a 2-D scatter's markers, sizes and colours with a z for each point. */
public final class Scatter3D implements Artist {
    public final Scatter scatter;
    public final double[] z;

    public Scatter3D(Scatter scatter, double[] z) {
        if (z.length != scatter.x.length && z.length != 1)
            throw new IllegalArgumentException("x, y and z must be the same size");
        this.scatter = scatter;
        this.z = z;
    }

    public double z(int i) { return z[z.length == 1 ? 0 : i]; }

    @Override public String label() { return scatter.label; }
}
