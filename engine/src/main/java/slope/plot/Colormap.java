package slope.plot;

/**
 * A colormap: values in [0, 1] to colours, looked up as matplotlib's 256-entry tables are.
 * Known: viridis (the default), jet, gray, binary and ColorBrewer's Greys, Blues, Greens, Reds, Spectral and RdBu;
 * a "_r" suffix reverses.
 */
public final class Colormap {
    public final String name;
    private final double[][] anchors; // rows of {position, r, g, b}, positions ascending from 0 to 1
    private final boolean reversed;

    private Colormap(String name, double[][] anchors, boolean reversed) {
        this.name = name;
        this.anchors = anchors;
        this.reversed = reversed;
    }

    // Every eighth entry of matplotlib's viridis table (and the last); interpolating between them stays within 1/255.
    private static final double[][] VIRIDIS = {
        {0.267004, 0.004874, 0.329415}, {0.277018, 0.050344, 0.375715}, {0.282327, 0.094955, 0.417331},
        {0.282884, 0.135920, 0.453427}, {0.278826, 0.175490, 0.483397}, {0.270595, 0.214069, 0.507052},
        {0.258965, 0.251537, 0.524736}, {0.244972, 0.287675, 0.537260}, {0.229739, 0.322361, 0.545706},
        {0.214298, 0.355619, 0.551184}, {0.199430, 0.387607, 0.554642}, {0.185556, 0.418570, 0.556753},
        {0.172719, 0.448791, 0.557885}, {0.160665, 0.478540, 0.558115}, {0.149039, 0.508051, 0.557250},
        {0.137770, 0.537492, 0.554906}, {0.127568, 0.566949, 0.550556}, {0.120565, 0.596422, 0.543611},
        {0.120638, 0.625828, 0.533488}, {0.132268, 0.655014, 0.519661}, {0.157851, 0.683765, 0.501686},
        {0.196571, 0.711827, 0.479221}, {0.246070, 0.738910, 0.452024}, {0.304148, 0.764704, 0.419943},
        {0.369214, 0.788888, 0.382914}, {0.440137, 0.811138, 0.340967}, {0.515992, 0.831158, 0.294279},
        {0.595839, 0.848717, 0.243329}, {0.678489, 0.863742, 0.189503}, {0.762373, 0.876424, 0.137064},
        {0.845561, 0.887322, 0.099702}, {0.926106, 0.897330, 0.104071}, {0.993248, 0.906157, 0.143936}};

    public static Colormap named(String name) {
        if (name == null) name = "viridis";
        boolean rev = name.endsWith("_r");
        String base = rev ? name.substring(0, name.length() - 2) : name;
        switch (base) {
            case "gray": case "grey":
                return new Colormap(name, new double[][] {{0, 0, 0, 0}, {1, 1, 1, 1}}, rev);
            case "binary":
                return new Colormap(name, new double[][] {{0, 1, 1, 1}, {1, 0, 0, 0}}, rev);
            case "Greys":
                return brewer(name, rev, "ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525 000000");
            case "Blues":
                return brewer(name, rev, "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b");
            case "Greens":
                return brewer(name, rev, "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b");
            case "Reds":
                return brewer(name, rev, "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d a50f15 67000d");
            case "Spectral":
                return brewer(name, rev, "9e0142 d53e4f f46d43 fdae61 fee08b ffffbf e6f598 abdda4 66c2a5 3288bd 5e4fa2");
            case "RdBu":
                return brewer(name, rev, "67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061");
            case "jet":
                return new Colormap(name, jet(), rev);
            case "viridis":
                return new Colormap(name, viridis(), rev);
            default:
                throw new IllegalArgumentException("'" + name + "' is not a valid value for cmap; supported values are 'viridis', 'jet', 'gray', 'binary', 'Greys', 'Blues', 'Greens', 'Reds', 'Spectral', 'RdBu' and their '_r' reversals");
        }
    }

    /** The names {@link #named} knows, without their reversals, for matplotlib.cm's attributes. */
    public static final String[] NAMES = {"viridis", "jet", "gray", "binary", "Greys", "Blues", "Greens", "Reds", "Spectral", "RdBu"};

    /** A ColorBrewer map, as matplotlib builds it: its colours spread evenly from 0 to 1. */
    private static Colormap brewer(String name, boolean rev, String hexes) {
        String[] h = hexes.split(" ");
        double[][] a = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            int rgb = Integer.parseInt(h[i], 16);
            a[i] = new double[] {i / (h.length - 1.0), (rgb >> 16) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0};
        }
        return new Colormap(name, a, rev);
    }

    private static double[][] viridis() {
        double[][] a = new double[VIRIDIS.length][];
        for (int i = 0; i < a.length; i++) {
            double pos = Math.min(i * 8, 255) / 255.0;
            a[i] = new double[] {pos, VIRIDIS[i][0], VIRIDIS[i][1], VIRIDIS[i][2]};
        }
        return a;
    }

    // matplotlib's _jet_data segments, merged onto one set of positions.
    private static double[][] jet() {
        double[] pos = {0, 0.11, 0.125, 0.34, 0.35, 0.375, 0.64, 0.65, 0.66, 0.89, 0.91, 1};
        double[][] r = {{0, 0}, {0.35, 0}, {0.66, 1}, {0.89, 1}, {1, 0.5}};
        double[][] g = {{0, 0}, {0.125, 0}, {0.375, 1}, {0.64, 1}, {0.91, 0}, {1, 0}};
        double[][] b = {{0, 0.5}, {0.11, 1}, {0.34, 1}, {0.65, 0}, {1, 0}};
        double[][] a = new double[pos.length][];
        for (int i = 0; i < pos.length; i++) a[i] = new double[] {pos[i], seg(r, pos[i]), seg(g, pos[i]), seg(b, pos[i])};
        return a;
    }

    private static double seg(double[][] s, double x) {
        for (int i = 1; i < s.length; i++) {
            if (x <= s[i][0]) {
                double t = (x - s[i - 1][0]) / (s[i][0] - s[i - 1][0]);
                return s[i - 1][1] + t * (s[i][1] - s[i - 1][1]);
            }
        }
        return s[s.length - 1][1];
    }

    /** The colour for a value in [0, 1] (clipped), taken from the 256-entry table as matplotlib does. */
    public String color(double x) {
        if (Double.isNaN(x)) return "none";
        double[] c = rgb(x);
        return Colors.rgbHex(c[0], c[1], c[2]);
    }

    /** {@link #color} as red, green and blue in [0, 1], as calling a matplotlib colormap gives them. */
    public double[] rgb(double x) {
        int idx = (int) Math.floor(Math.max(0, Math.min(1, x)) * 256);
        if (idx > 255) idx = 255;
        if (reversed) idx = 255 - idx;
        double p = idx / 255.0;
        int i = 1;
        while (i < anchors.length - 1 && anchors[i][0] < p) i++;
        double[] lo = anchors[i - 1], hi = anchors[i];
        double t = hi[0] == lo[0] ? 0 : (p - lo[0]) / (hi[0] - lo[0]);
        return new double[] {lo[1] + t * (hi[1] - lo[1]), lo[2] + t * (hi[2] - lo[2]), lo[3] + t * (hi[3] - lo[3])};
    }
}
