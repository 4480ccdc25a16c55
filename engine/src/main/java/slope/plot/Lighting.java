package slope.plot;

/**
 * mplot3d's shade=True: a single-coloured polygon darkened by how far its normal turns from the default light
 * (azimuth 225 degrees, altitude 19.4712), between 30% and 100% of its colour.
 */
final class Lighting {
    private Lighting() {}

    // LightSource(azdeg=225, altdeg=19.4712).direction
    private static final double ALT = Math.toRadians(19.4712), AZ = Math.toRadians(90 - 225);
    private static final double[] LIGHT = {Math.cos(AZ) * Math.cos(ALT), Math.sin(AZ) * Math.cos(ALT), Math.sin(ALT)};

    /** The colour ("#rrggbb"; named colours stay as they are) of a polygon x0, y0, z0, x1, ... under the light. */
    static String shade(String color, double[] poly) {
        if (!color.startsWith("#") || poly.length < 9) return color;
        int n = poly.length / 3, i2 = n / 3, i3 = 2 * n / 3;
        double[] v1 = new double[3], v2 = new double[3];
        for (int k = 0; k < 3; k++) {
            v1[k] = poly[k] - poly[3 * i2 + k];
            v2[k] = poly[3 * i2 + k] - poly[3 * i3 + k];
        }
        double nx = v1[1] * v2[2] - v1[2] * v2[1], ny = v1[2] * v2[0] - v1[0] * v2[2], nz = v1[0] * v2[1] - v1[1] * v2[0];
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double dot = (nx * LIGHT[0] + ny * LIGHT[1] + nz * LIGHT[2]) / len;
        if (Double.isNaN(dot)) dot = 0;
        double f = 0.3 + 0.7 * (dot + 1) / 2;
        int rgb = Integer.parseInt(color.substring(1, 7), 16);
        return Colors.rgbHex(f * (rgb >> 16) / 255.0, f * (rgb >> 8 & 0xff) / 255.0, f * (rgb & 0xff) / 255.0);
    }
}
