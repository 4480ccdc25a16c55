package slope.plot;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marching squares: curves close where they close, regions {z >= level} have the right area. */
class IsolinesTest {
    static Contour grid(int n, double lo, double hi, DoubleBinaryOperator f) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) g[i] = lo + (hi - lo) * i / (n - 1);
        double[][] z = new double[n][n];
        for (int j = 0; j < n; j++) for (int i = 0; i < n; i++) z[j][i] = f.applyAsDouble(g[i], g[j]);
        return Contour.of(g, g, z, false, null);
    }

    /** Signed area (counter-clockwise positive) of rings, which even-odd filling adds up to the region's area. */
    static double area(List<double[]> rings) {
        double a = 0;
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int i = 0; i < n; i++) {
                int k = (i + 1) % n;
                a += r[2 * i] * r[2 * k + 1] - r[2 * k] * r[2 * i + 1];
            }
        }
        return a / 2;
    }

    @Test
    void aCircleInsideTheGridIsOneClosedCurve() {
        Isolines iso = new Isolines(grid(81, -2, 2, (x, y) -> x * x + y * y));
        List<Isolines.Path> paths = iso.lines(1);
        assertEquals(1, paths.size());
        assertTrue(paths.get(0).closed);
        double[] xy = paths.get(0).xy;
        for (int i = 0; i < xy.length; i += 2) assertEquals(1, Math.hypot(xy[i], xy[i + 1]), 0.01);
    }

    @Test
    void aCircleCutByTheBorderIsFourOpenCurves() {
        Isolines iso = new Isolines(grid(81, -2, 2, (x, y) -> x * x + y * y));
        List<Isolines.Path> paths = iso.lines(5);
        assertEquals(4, paths.size());
        for (Isolines.Path p : paths) assertFalse(p.closed);
    }

    @Test
    void regionAboveALevelHasTheAreaOfTheSquareLessTheDisc() {
        Isolines iso = new Isolines(grid(161, -2, 2, (x, y) -> x * x + y * y));
        assertEquals(16 - Math.PI, area(iso.region(1)), 0.01);
        assertEquals(16, area(iso.region(-1)), 1e-9);
        assertEquals(0, area(iso.region(9)), 1e-9);
        // z >= 5: the four corners outside the circle of radius sqrt(5)
        double r = Math.sqrt(5), a = Math.acos(2 / r);
        double inside = 4 * (2 * Math.sqrt(r * r - 4) + r * r * (Math.PI / 4 - a)); // disc within the square
        assertEquals(16 - inside, area(iso.region(5)), 0.02);
    }

    @Test
    void saddlesJoinConsistentlyAndAreasStayRight() {
        Isolines iso = new Isolines(grid(121, -3, 3, (x, y) -> Math.sin(x) * Math.cos(y)));
        // sin(x)cos(y) >= 0 covers half the square by symmetry
        assertEquals(18, area(iso.region(0)), 0.05);
        double fine = 0;
        int m = 1200;
        for (int j = 0; j < m; j++) for (int i = 0; i < m; i++) {
            double x = -3 + 6 * (i + 0.5) / m, y = -3 + 6 * (j + 0.5) / m;
            if (Math.sin(x) * Math.cos(y) >= 0.5) fine++;
        }
        assertEquals(36 * fine / (m * m), area(iso.region(0.5)), 0.05);
    }

    @Test
    void gridsFromMeshgridIndexingIjGiveTheSameRegions() {
        // torch.meshgrid(x, y) defaults to indexing='ij': X[i][j] = x[i], the transpose of the 'xy' layout
        int n = 81;
        double[][] gx = new double[n][n], gy = new double[n][n], z = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
            gx[i][j] = -2 + 4.0 * i / (n - 1);
            gy[i][j] = -2 + 4.0 * j / (n - 1);
            z[i][j] = gx[i][j] * gx[i][j] + 0.5 * gy[i][j] * gy[i][j];
        }
        Isolines iso = new Isolines(Contour.of(gx, gy, z, true, null));
        // even-odd filling ignores orientation, which the transpose reverses
        assertEquals(16 - Math.PI * Math.sqrt(2), Math.abs(area(iso.region(1))), 0.02);
        assertEquals(1, iso.lines(1).size());
        assertTrue(iso.lines(1).get(0).closed);
        // z >= 3 meets the top and bottom borders: chains joined along the border
        double fine = 0;
        int m = 1000;
        for (int j = 0; j < m; j++) for (int i = 0; i < m; i++) {
            double x = -2 + 4 * (i + 0.5) / m, y = -2 + 4 * (j + 0.5) / m;
            if (x * x + 0.5 * y * y >= 3) fine++;
        }
        assertEquals(16 * fine / (m * m), Math.abs(area(iso.region(3))), 0.03);
    }
}
