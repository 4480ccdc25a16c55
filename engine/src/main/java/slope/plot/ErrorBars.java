package slope.plot;

/**
 * An errorbar() call, matplotlib's ErrorbarContainer: a bar through each point from its lower to its upper error,
 * capped when capsize is given, drawn under the data line.
 */
public final class ErrorBars implements Artist {
    /** The data line as plot() draws it; null for fmt='none'. */
    public final Line line;
    public final double[] x, y;
    /** Each point's bar ends in data units (y - lower, y + upper), or null where that error was not given. */
    public final double[] ylo, yhi, xlo, xhi;
    /** "#rrggbb" or a CSS colour name. */
    public final String ecolor;
    /** In points: the bars' width, the caps' length (0: no caps) and the caps' thickness. */
    public final double elinewidth, capLength, capthick, alpha;
    /** Mutable: legend(labels) names artists after the fact. */
    public String label;

    /** yerr and xerr are {lower, upper}, each as long as x, or null. */
    public ErrorBars(Line line, double[] x, double[] y, double[][] yerr, double[][] xerr, String ecolor,
                     double elinewidth, double capLength, double capthick, double alpha, String label) {
        this.line = line;
        this.x = x;
        this.y = y;
        double[][] xe = ends(x, xerr, "xerr"), ye = ends(y, yerr, "yerr");
        xlo = xe[0];
        xhi = xe[1];
        ylo = ye[0];
        yhi = ye[1];
        this.ecolor = ecolor;
        this.elinewidth = elinewidth;
        this.capLength = capLength;
        this.capthick = capthick;
        this.alpha = alpha;
        this.label = label;
    }

    /** v - lower and v + upper; NaN errors leave a gap, as in matplotlib. */
    private static double[][] ends(double[] v, double[][] err, String name) {
        if (err == null) return new double[2][];
        double[] lo = new double[v.length], hi = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double down = err[0][i], up = err[1][i];
            if (down < 0 || up < 0) throw new IllegalArgumentException("'" + name + "' must not contain negative values");
            lo[i] = v[i] - down;
            hi[i] = v[i] + up;
        }
        return new double[][] {lo, hi};
    }

    @Override public String label() { return label; }

    /** The values autoscaling covers along one axis: the points and both ends of each bar. */
    double[] extent(boolean xAxis) {
        double[] v = xAxis ? x : y, lo = xAxis ? xlo : ylo, hi = xAxis ? xhi : yhi;
        if (lo == null) return v;
        double[] all = new double[3 * v.length];
        System.arraycopy(v, 0, all, 0, v.length);
        System.arraycopy(lo, 0, all, v.length, v.length);
        System.arraycopy(hi, 0, all, 2 * v.length, v.length);
        return all;
    }
}
