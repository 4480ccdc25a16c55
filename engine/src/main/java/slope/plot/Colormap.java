package slope.plot;

/**
 * A colormap: values in [0, 1] to colours, looked up as matplotlib's 256-entry tables are, giving the hex colours
 * matplotlib writes. Known: gray, binary, ColorBrewer's maps (Blues, RdBu, ...) and those of {@link ColormapTables}
 * (viridis, the default, plasma, coolwarm, jet, ...); a "_r" suffix reverses.
 */
public final class Colormap {
    public final String name;
    private double[][] anchors; // rows of {position, r, g, b}, positions ascending from 0 to 1
    /** A {@link ColormapTables} map's anchors, read on first use: matplotlib.cm makes every map at import. */
    private String table;
    private final boolean reversed;

    private Colormap(String name, double[][] anchors, boolean reversed) {
        this.name = name;
        this.anchors = anchors;
        this.reversed = reversed;
    }

    public static Colormap named(String name) {
        if (name == null) name = "viridis";
        boolean rev = name.endsWith("_r");
        String base = rev ? name.substring(0, name.length() - 2) : name;
        if (base.equals("gray") || base.equals("grey")) return new Colormap(name, new double[][] {{0, 0, 0, 0}, {1, 1, 1, 1}}, rev);
        if (base.equals("binary")) return new Colormap(name, new double[][] {{0, 1, 1, 1}, {1, 0, 0, 0}}, rev);
        String brewer = brewerColors(base);
        if (brewer != null) return brewer(name, rev, brewer);
        String table = ColormapTables.anchors(base);
        if (table == null) {
            throw new IllegalArgumentException("'" + name + "' is not a valid value for cmap; supported values are '"
                + String.join("', '", NAMES) + "' and their '_r' reversals");
        }
        Colormap map = new Colormap(name, null, rev);
        map.table = table;
        return map;
    }

    private static final String[] BREWER = {"Greys", "Blues", "Greens", "Reds", "Oranges", "Purples", "YlOrRd", "YlGnBu",
        "OrRd", "PuBu", "BuGn", "GnBu", "YlGn", "RdPu", "Spectral", "RdBu", "RdYlBu", "RdYlGn", "PiYG", "PRGn", "BrBG", "PuOr"};

    /** ColorBrewer's colours of the maps matplotlib takes from it (matplotlib._cm), or null. */
    private static String brewerColors(String name) {
        switch (name) {
            case "Greys": return "ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525 000000";
            case "Blues": return "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b";
            case "Greens": return "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b";
            case "Reds": return "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d a50f15 67000d";
            case "Oranges": return "fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 a63603 7f2704";
            case "Purples": return "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d";
            case "YlOrRd": return "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026";
            case "YlGnBu": return "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58";
            case "OrRd": return "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f b30000 7f0000";
            case "PuBu": return "fff7fb ece7f2 d0d1e6 a6bddb 74a9cf 3690c0 0570b0 045a8d 023858";
            case "BuGn": return "f7fcfd e5f5f9 ccece6 99d8c9 66c2a4 41ae76 238b45 006d2c 00441b";
            case "GnBu": return "f7fcf0 e0f3db ccebc5 a8ddb5 7bccc4 4eb3d3 2b8cbe 0868ac 084081";
            case "YlGn": return "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 006837 004529";
            case "RdPu": return "fff7f3 fde0dd fcc5c0 fa9fb5 f768a1 dd3497 ae017e 7a0177 49006a";
            case "Spectral": return "9e0142 d53e4f f46d43 fdae61 fee08b ffffbf e6f598 abdda4 66c2a5 3288bd 5e4fa2";
            case "RdBu": return "67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061";
            case "RdYlBu": return "a50026 d73027 f46d43 fdae61 fee090 ffffbf e0f3f8 abd9e9 74add1 4575b4 313695";
            case "RdYlGn": return "a50026 d73027 f46d43 fdae61 fee08b ffffbf d9ef8b a6d96a 66bd63 1a9850 006837";
            case "PiYG": return "8e0152 c51b7d de77ae f1b6da fde0ef f7f7f7 e6f5d0 b8e186 7fbc41 4d9221 276419";
            case "PRGn": return "40004b 762a83 9970ab c2a5cf e7d4e8 f7f7f7 d9f0d3 a6dba0 5aae61 1b7837 00441b";
            case "BrBG": return "543005 8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e 003c30";
            case "PuOr": return "7f3b08 b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788 2d004b";
            default: return null;
        }
    }

    /** The names {@link #named} knows, without their reversals, for matplotlib.cm's attributes. */
    public static final String[] NAMES = names();

    private static String[] names() {
        String[] n = new String[2 + BREWER.length + ColormapTables.NAMES.length];
        n[0] = "gray";
        n[1] = "binary";
        System.arraycopy(BREWER, 0, n, 2, BREWER.length);
        System.arraycopy(ColormapTables.NAMES, 0, n, 2 + BREWER.length, ColormapTables.NAMES.length);
        return n;
    }

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

    /** {@link ColormapTables}' "index red green blue ..." as rows of {position, r, g, b}. */
    private static double[][] anchors(String table) {
        String[] v = table.split(" ");
        double[][] a = new double[v.length / 4][];
        for (int i = 0; i < a.length; i++) {
            a[i] = new double[] {Integer.parseInt(v[4 * i]) / 255.0, Double.parseDouble(v[4 * i + 1]),
                Double.parseDouble(v[4 * i + 2]), Double.parseDouble(v[4 * i + 3])};
        }
        return a;
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
        if (anchors == null) anchors = anchors(table);
        while (i < anchors.length - 1 && anchors[i][0] < p) i++;
        double[] lo = anchors[i - 1], hi = anchors[i];
        double t = hi[0] == lo[0] ? 0 : (p - lo[0]) / (hi[0] - lo[0]);
        return new double[] {lo[1] + t * (hi[1] - lo[1]), lo[2] + t * (hi[2] - lo[2]), lo[3] + t * (hi[3] - lo[3])};
    }
}
