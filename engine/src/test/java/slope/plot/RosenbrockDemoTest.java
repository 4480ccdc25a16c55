package slope.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the pictures a learner sees in the Rosenbrock tutorial to target/plots, to be looked at. */
class RosenbrockDemoTest {
    static double rosen(double x, double y) { return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x); }

    @Test
    void rendersContourWithDescentPathAndLogLossCurve() throws IOException {
        Pyplot plt = new Pyplot();
        int n = 101;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) { xs[i] = -2 + 4.0 * i / (n - 1); ys[i] = -1 + 4.0 * i / (n - 1); }
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) z[j][i] = rosen(xs[i], ys[j]);

        // Gradient descent with momentum from (-1.5, 2), as the tutorial does with torch.optim.SGD.
        int steps = 2000;
        double[] px = new double[steps + 1], py = new double[steps + 1], loss = new double[steps + 1];
        double x = -1.5, y = 2, vx = 0, vy = 0, lr = 2e-4, mom = 0.9;
        for (int k = 0; k <= steps; k++) {
            px[k] = x; py[k] = y; loss[k] = rosen(x, y);
            double gx = -2 * (1 - x) - 400 * x * (y - x * x), gy = 200 * (y - x * x);
            vx = mom * vx + gx; vy = mom * vy + gy;
            x -= lr * vx; y -= lr * vy;
        }
        double[] levels = new double[15];
        for (int i = 0; i < levels.length; i++) levels[i] = Math.pow(10, -1 + 4.5 * i / (levels.length - 1));

        Pyplot.Subplots s = plt.subplots(1, 2, 12.0, 5.0);
        Axes ax = s.axes[0][0];
        Contour filled = ax.contourf(xs, ys, z, new ContourOptions().levels(levels).cmap("viridis").norm("log"));
        s.figure.colorbar(filled, ax, "f(x, y)");
        Contour cs = ax.contour(xs, ys, z, new ContourOptions().levels(levels).colors("k").linewidths(0.5));
        ax.plot(px, py, "r.-", new LineOptions().label("SGD + momentum").markersize(3));
        ax.plot(new double[] {1}, new double[] {1}, "w*", new LineOptions().markersize(14).label("minimum (1, 1)"));
        ax.annotate("start", -1.5, 2, -1.0, 2.6, true, "w", null);
        ax.setTitle("Rosenbrock: (1 - x)² + 100 (y - x²)²");
        ax.setXlabel("x");
        ax.setYlabel("y");
        ax.legend(null);
        Axes ax2 = s.axes[0][1];
        ax2.plot(loss, null, new LineOptions().label("loss"));
        ax2.setYscale("log");
        ax2.setTitle("Loss");
        ax2.setXlabel("step");
        ax2.grid(true);
        ax2.legend(null);
        s.figure.suptitle("Gradient descent <& friends>");
        plt.show();

        plt.figure(null, null);
        double[] t = new double[200], a = new double[200], b = new double[200];
        for (int i = 0; i < 200; i++) { t[i] = i / 199.0; a[i] = Math.sin(2 * Math.PI * t[i]); b[i] = Math.cos(2 * Math.PI * t[i]); }
        plt.plot(t, a, null, new LineOptions().label("sin"));
        plt.plot(t, b, "--", new LineOptions().label("cos"));
        plt.scatter(new double[] {0.25, 0.5, 0.75}, new double[] {1, 0, -1}, new ScatterOptions().label("points").color("k"));
        plt.title("Trig");
        plt.xlabel("t");
        plt.ylabel("value");
        plt.legend((String) null);
        plt.grid(true);

        Pyplot.Subplots b2 = plt.subplots(1, 1, null, null);
        double[][] bowl = new double[41][41];
        double[] g = new double[41];
        for (int i = 0; i < 41; i++) g[i] = -2 + i * 0.1;
        for (int j = 0; j < 41; j++) for (int i = 0; i < 41; i++) bowl[j][i] = g[i] * g[i] + g[j] * g[j];
        Contour c = b2.axes[0][0].contour(g, g, bowl, null);
        double[] qx = new double[81], qy = new double[81], qu = new double[81], qv = new double[81];
        for (int k = 0; k < 81; k++) { qx[k] = -2 + 0.5 * (k % 9); qy[k] = -2 + 0.5 * (k / 9); qu[k] = -2 * qx[k]; qv[k] = -2 * qy[k]; }
        b2.axes[0][0].quiver(qx, qy, qu, qv, new String[] {"C3"}, null, null, "-grad");
        b2.axes[0][0].clabel(c);
        b2.figure.colorbar(c, null, "z");
        b2.axes[0][0].setTitle("x² + y²");
        b2.axes[0][0].legend("lower right");

        Path dir = Path.of("target", "plots");
        Files.createDirectories(dir);
        int k = 0;
        for (Figure f : plt.figures()) Files.writeString(dir.resolve("figure" + (++k) + ".svg"), SvgRenderer.render(f));
        assertTrue(k == 3);
    }

    @Test
    void rendersAGalleryOfOtherCommonPlots() throws IOException {
        Pyplot plt = new Pyplot();
        Pyplot.Subplots s = plt.subplots(2, 2, 10.0, 8.0);
        int n = 60;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = -3 + 6.0 * i / (n - 1);
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) z[j][i] = Math.sin(g[i]) * Math.cos(g[j]) + (g[i] > 2 && g[j] > 2 ? Double.NaN : 0);
        Axes a = s.axes[0][0];
        Contour cf = a.contourf(g, g, z, new ContourOptions().levels(12).cmap("viridis"));
        a.contour(g, g, z, new ContourOptions().colors("k").linewidths(0.8));
        s.figure.colorbar(cf, a, null);
        a.setTitle("sin(x) cos(y), NaN corner");

        Axes b = s.axes[0][1];
        double[] xs = new double[40], ys = new double[40], cs = new double[40], ss = new double[40];
        for (int i = 0; i < 40; i++) { xs[i] = Math.cos(i * 0.7) * i / 10; ys[i] = Math.sin(i * 0.7) * i / 10; cs[i] = i; ss[i] = 10 + 3 * i; }
        Scatter sc = b.scatter(xs, ys, new ScatterOptions().c(cs).s(ss).alpha(0.8));
        s.figure.colorbar(sc, b, "step");
        b.axhline(0, new LineOptions().color("k").linewidth(0.8).linestyle("--"));
        b.setTitle("scatter with c= and s=");

        Axes c = s.axes[1][0];
        double[] t = new double[50], l1 = new double[50], l2 = new double[50];
        for (int i = 0; i < 50; i++) { t[i] = i; l1[i] = 0.5 + 2 * Math.exp(-i / 10.0); l2[i] = 0.8 + 2 * Math.exp(-i / 15.0); }
        c.plot(t, l1, "o-", new LineOptions().label("train").markersize(3));
        c.plot(t, l2, "s--", new LineOptions().label("validation").markersize(3));
        c.setYscale("log");
        c.setXlabel("epoch");
        c.setYlabel("loss");
        c.legend(null);
        c.grid(true);
        c.setTitle("under a decade on log y");

        Axes d = s.axes[1][1];
        String[] m = {"o", "x", "+", "s", "^", ".", "*", "D", "v", "P"};
        for (int k = 0; k < m.length; k++) d.plot(new double[] {k}, new double[] {k % 3}, null, new LineOptions().marker(m[k]).markersize(10).label(m[k]));
        d.setXlim(-1.0, 10.0);
        d.setYlim(-1.0, 3.0);
        d.legend(null, "upper center");
        d.setTitle("markers");
        s.figure.suptitle("Gallery");

        Path dir = Path.of("target", "plots");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("gallery.svg"), SvgRenderer.render(s.figure));
    }

    @Test
    void rendersBarsHistogramsAndBands() throws IOException {
        Pyplot plt = new Pyplot();
        Pyplot.Subplots s = plt.subplots(1, 2, 10.0, 4.0);
        double[] data = new double[500];
        long seed = 42;
        for (int i = 0; i < data.length; i++) {
            double u = 0;
            for (int k = 0; k < 12; k++) { seed = seed * 6364136223846793005L + 1442695040888963407L; u += ((seed >>> 11) * 0x1.0p-53); }
            data[i] = u - 6;
        }
        s.axes[0][0].hist(data, 20, null, null, null, 0.7, "gradients");
        s.axes[0][0].legend(null);
        s.axes[0][0].setTitle("hist");
        double[] x = new double[50], y = new double[50], lo = new double[50], hi = new double[50];
        for (int i = 0; i < 50; i++) { x[i] = i; y[i] = Math.exp(-i / 15.0); lo[i] = y[i] * 0.8; hi[i] = y[i] * 1.2; }
        s.axes[0][1].fillBetween(x, lo, hi, null, 0.3, "band");
        s.axes[0][1].plot(x, y, null, new LineOptions().label("mean"));
        s.axes[0][1].bar(new double[] {10, 20, 30}, new double[] {0.5, 0.3, 0.2}, 3.0, new String[] {"C2"}, "bars", null);
        s.axes[0][1].legend(null);
        s.axes[0][1].setTitle("fill_between and bar");
        Path dir = Path.of("target", "plots");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bars.svg"), SvgRenderer.render(s.figure));
    }
}
