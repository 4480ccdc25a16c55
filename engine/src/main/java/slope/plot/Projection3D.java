package slope.plot;

/**
 * mplot3d's camera with its default perspective (focal length 1, distance 10): the 4 x 4 matrix that
 * Axes3D.get_proj() makes from the limits, the box aspect and the view angles, and the projection of data
 * points to the 2-D view, whose x and y run from -0.095 to 0.09 across the axes' square box.
 */
final class Projection3D {
    static final double VIEW_LO = -0.095, VIEW_HI = 0.09;
    private static final double DIST = 10;
    final double[] m = new double[16]; // row-major
    /** The box's proportions as the world transform scales it. */
    final double[] box = new double[3];

    Projection3D(double[] lim, double[] aspect, double elev, double azim, double roll) {
        double norm = Math.sqrt(aspect[0] * aspect[0] + aspect[1] * aspect[1] + aspect[2] * aspect[2]);
        for (int i = 0; i < 3; i++) box[i] = aspect[i] * 1.8294640721620434 * 25 / 24 / norm;
        double[] world = new double[16];
        for (int i = 0; i < 3; i++) {
            double d = (lim[2 * i + 1] - lim[2 * i]) / box[i];
            world[5 * i] = 1 / d;
            world[4 * i + 3] = -lim[2 * i] / d;
        }
        world[15] = 1;
        double e = Math.toRadians(elev), a = Math.toRadians(azim);
        double[] ps = {Math.cos(e) * Math.cos(a), Math.cos(e) * Math.sin(a), Math.sin(e)};
        double[] eye = new double[3], w = new double[3];
        for (int i = 0; i < 3; i++) {
            eye[i] = 0.5 * box[i] + DIST * ps[i];
            w[i] = eye[i] - 0.5 * box[i];
        }
        unit(w);
        double[] vertical = {0, 0, Math.abs(normAngle(elev)) > 90 ? -1 : 1};
        double[] u = unit(cross(vertical, w)), v = cross(w, u);
        if (roll != 0) {
            double r = -Math.toRadians(normAngle(roll));
            double[] ur = rotate(u, w, r), vr = rotate(v, w, r);
            u = ur;
            v = vr;
        }
        double[] view = new double[16];
        double[][] rows = {u, v, w};
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) view[4 * i + k] = rows[i][k];
            view[4 * i + 3] = -(rows[i][0] * eye[0] + rows[i][1] * eye[1] + rows[i][2] * eye[2]);
        }
        view[15] = 1;
        // _persp_transformation(-10, 10, 1)
        double[] persp = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, -DIST, 0, 0, -1, 0};
        double[] mv = multiply(persp, multiply(view, world));
        System.arraycopy(mv, 0, m, 0, 16);
    }

    static Projection3D of(Axes3D ax, double[] lim) {
        return new Projection3D(lim, ax.boxAspect, ax.elev, ax.azim, ax.roll);
    }

    /** proj3d.proj_transform: {x, y, depth}; a larger depth is farther from the camera. */
    double[] project(double x, double y, double z) {
        double[] r = new double[3];
        double wv = m[12] * x + m[13] * y + m[14] * z + m[15];
        for (int i = 0; i < 3; i++) r[i] = (m[4 * i] * x + m[4 * i + 1] * y + m[4 * i + 2] * z + m[4 * i + 3]) / wv;
        return r;
    }

    /** art3d._norm_angle: degrees into [-180, 180). */
    static double normAngle(double a) {
        double r = (a + 180) % 360;
        if (r < 0) r += 360;
        return r - 180;
    }

    private static double[] multiply(double[] p, double[] q) {
        double[] r = new double[16];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) {
            double s = 0;
            for (int k = 0; k < 4; k++) s += p[4 * i + k] * q[4 * k + j];
            r[4 * i + j] = s;
        }
        return r;
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        for (int i = 0; i < 3; i++) a[i] /= n;
        return a;
    }

    /** Rodrigues' rotation of a about the unit vector k by angle t. */
    private static double[] rotate(double[] a, double[] k, double t) {
        double c = Math.cos(t), s = Math.sin(t), dot = k[0] * a[0] + k[1] * a[1] + k[2] * a[2];
        double[] kxa = cross(k, a), r = new double[3];
        for (int i = 0; i < 3; i++) r[i] = a[i] * c + kxa[i] * s + k[i] * dot * (1 - c);
        return r;
    }
}
