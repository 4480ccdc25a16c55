package slope.plot;

import java.util.Locale;

/** matplotlib colour specifications turned into SVG's "#rrggbb" (alpha, when given, kept apart). */
public final class Colors {
    private Colors() {}

    /** The default property cycle, tab10, in matplotlib's order. */
    public static final String[] CYCLE = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    private static final String[] TAB = {"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};

    /** matplotlib's one-letter base colours, which differ from the CSS colours of the same name. */
    static String baseColor(char c) {
        switch (c) {
            case 'b': return "#0000ff";
            case 'g': return "#008000";
            case 'r': return "#ff0000";
            case 'c': return "#00bfbf";
            case 'm': return "#bf00bf";
            case 'y': return "#bfbf00";
            case 'k': return "#000000";
            case 'w': return "#ffffff";
            default: return null;
        }
    }

    // CSS4 names, which matplotlib and SVG define alike; SVG draws them by name.
    private static final String CSS_NAMES = " aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue"
        + " blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue"
        + " darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid"
        + " darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink"
        + " deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold"
        + " goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush"
        + " lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey"
        + " lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime"
        + " limegreen linen magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen"
        + " mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin"
        + " navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise"
        + " palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue"
        + " saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow"
        + " springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen ";

    /** True if {@code s} names a colour matplotlib accepts (the subset Slope knows). */
    public static boolean isColor(String s) {
        try {
            parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * SVG paint for a matplotlib colour: 'r', 'red', 'tab:blue', 'C3', '#1f77b4', '#abc', '0.5' (grey level), 'none'.
     * Eight-digit hex loses its alpha here; {@link #alpha} reads it.
     */
    public static String parse(String spec) {
        if (spec == null) throw new IllegalArgumentException("None is not a valid color value");
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("none")) return "none";
        if (s.length() == 1 && baseColor(s.charAt(0)) != null) return baseColor(s.charAt(0));
        if (s.length() >= 2 && s.charAt(0) == 'c' && allDigits(s, 1)) return CYCLE[Integer.parseInt(s.substring(1)) % 10];
        if (s.startsWith("tab:")) {
            String name = s.substring(4).equals("grey") ? "gray" : s.substring(4);
            for (int i = 0; i < TAB.length; i++) if (TAB[i].equals(name)) return CYCLE[i];
        }
        if (s.startsWith("#") && (s.length() == 4 || s.length() == 7 || s.length() == 9) && isHex(s, 1)) {
            if (s.length() == 4) return "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
            return s.substring(0, 7);
        }
        if (!s.isEmpty() && CSS_NAMES.contains(" " + s + " ")) return s;
        if (isGreyLevel(s)) {
            double v = Double.parseDouble(s);
            return rgbHex(v, v, v);
        }
        throw new IllegalArgumentException("'" + spec + "' is not a valid color value.");
    }

    /** The alpha carried by an eight-digit hex colour, or 1. */
    public static double alpha(String spec) {
        String s = spec == null ? "" : spec.trim();
        if (s.startsWith("#") && s.length() == 9 && isHex(s, 1)) return Integer.parseInt(s.substring(7), 16) / 255.0;
        return 1.0;
    }

    /** "#rrggbb" from components in [0, 1], rounded as matplotlib's to_hex does. */
    public static String rgbHex(double r, double g, double b) {
        return "#" + hex2(r) + hex2(g) + hex2(b);
    }

    private static String hex2(double v) {
        int i = (int) Math.rint(Math.max(0, Math.min(1, v)) * 255); // matplotlib's to_hex: Python's round, half to even
        String h = Integer.toHexString(i);
        return h.length() == 1 ? "0" + h : h;
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return s.length() > from;
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < s.length(); i++) if (Character.digit(s.charAt(i), 16) < 0) return false;
        return true;
    }

    private static boolean isGreyLevel(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '.' || (c >= '0' && c <= '9'))) return false;
        }
        try {
            double v = Double.parseDouble(s);
            return v >= 0 && v <= 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
