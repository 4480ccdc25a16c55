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
        ax.contourf(xs, ys, z, new ContourOptions().levels(levels).cmap("viridis"));
        Contour cs = ax.contour(xs, ys, z, new ContourOptions().levels(levels).colors("k").linewidths(0.5));
        ax.plot(px, py, "r.-", new LineOptions().label("SGD + momentum").markersize(3));
        ax.plot(new double[] {1}, new double[] {1}, "w*", new LineOptions().markersize(14).label("minimum (1, 1)"));
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
        b2.axes[0][0].clabel(c);
        b2.figure.colorbar(c, null, "z");
        b2.axes[0][0].setTitle("x² + y²");

        Path dir = Path.of("target", "plots");
        Files.createDirectories(dir);
        int k = 0;
        for (Figure f : plt.figures()) Files.writeString(dir.resolve("figure" + (++k) + ".svg"), SvgRenderer.render(f));
        assertTrue(k == 3);
    }
}
