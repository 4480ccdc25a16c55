package slope.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * mplot3d's camera. Expected values come from matplotlib 3.11.2 (the newest wheel this machine can install;
 * its get_proj is the same code as 3.10's), for x = y = linspace(-2, 2, 21), Z = X**2 + Y**2 drawn with plot_surface.
 */
class Projection3DTest {
    // ax.get_xlim(), get_ylim(), get_zlim() of that surface
    private static final double[] LIMITS = {-2.291666666666667, 2.291666666666667, -2.291666666666667, 2.291666666666667,
        -0.16666666666666666, 8.166666666666666};

    @Test
    void defaultViewMatrixIsMatplotlibsGetProj() {
        Projection3D p = new Projection3D(LIMITS, new double[] {4, 4, 3}, 30, -60, 0);
        double[] expected = { // ax.get_proj()
            0.22494166385230122, 0.12987013017708846, 0, -6.6613381477509392e-16,
            -0.064935065088544214, 0.11247083192615058, 0.092788436339074312, -0.37115374535629825,
            0, 0, 0, -10,
            -0.11247083192615065, 0.19480519526563264, -0.053571428698048984, 10.214285714792195};
        assertArrayEquals(expected, p.m, 1e-9);
    }

    @Test
    void viewInitWithRollTurnsTheCameraAsMatplotlibDoes() {
        Projection3D p = new Projection3D(LIMITS, new double[] {4, 4, 3}, 45, 30, 10);
        double[] expected = { // ax.view_init(45, 30, 10); ax.get_proj()
            -0.10027702, 0.23747076, -0.01315584, 0.05262334,
            -0.17919304, -0.0513762, 0.07461045, -0.29844182,
            0, 0, 0, -10,
            -0.15905778, -0.09183205, -0.07576144, 10.30304576};
        assertArrayEquals(expected, p.m, 1e-7);
    }

    @Test
    void surfaceLimitsAreTheDataWidenedByMarginsAndOneFortyEighth() {
        Axes3D ax = new Axes3D(1, 1, 1, new RcParams());
        double[][][] g = bowl();
        ax.plotSurface(g[0], g[1], g[2], new SurfaceOptions().cmap("viridis"));
        assertArrayEquals(LIMITS, ax.viewLimits(), 1e-12);
    }

    @Test
    void scatterGivesZTheFivePercentMarginToo() {
        Axes3D ax = new Axes3D(1, 1, 1, new RcParams());
        ax.scatter(new double[] {0, 1}, new double[] {0, 2}, new double[] {0, 4}, null);
        // matplotlib: ax.scatter([0, 1], [0, 2], [0, 4]); get_xlim(), get_ylim(), get_zlim()
        assertArrayEquals(new double[] {-0.07291666666666667, 1.0729166666666667, -0.14583333333333334, 2.1458333333333335,
            -0.2916666666666667, 4.291666666666667}, ax.viewLimits(), 1e-12);
        Axes3D line = new Axes3D(1, 1, 1, new RcParams());
        line.plot(new double[] {0, 1}, new double[] {0, 2}, new double[] {0, 4}, null, null);
        assertEquals(-0.08333333333333333, line.viewLimits()[4], 1e-12);
    }

    @Test
    void surfacePolygonsFollowTheStridedGrid() {
        Axes3D ax = new Axes3D(1, 1, 1, new RcParams());
        double[][][] g = bowl();
        assertEquals(400, ax.plotSurface(g[0], g[1], g[2], null).polygons.length);
        Surface coarse = ax.plotSurface(g[0], g[1], g[2], new SurfaceOptions().strides(5, 5));
        assertEquals(16, coarse.polygons.length);
        assertEquals(20 * 3, coarse.polygons[0].length, "a 5 x 5 patch's perimeter has 20 points");
    }

    static double[][][] bowl() {
        int n = 21;
        double[][] x = new double[n][n], y = new double[n][n], z = new double[n][n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) {
            x[r][c] = -2 + 4.0 * c / (n - 1);
            y[r][c] = -2 + 4.0 * r / (n - 1);
            z[r][c] = x[r][c] * x[r][c] + y[r][c] * y[r][c];
        }
        return new double[][][] {x, y, z};
    }
}
