package slope.plot;

/** A plot() format string such as 'ro--', 'b.', 'C1:' split as matplotlib's _process_plot_format does. */
public final class LineFormat {
    /** null where the format gives none. */
    public final String color, linestyle, marker;

    private LineFormat(String color, String linestyle, String marker) {
        this.color = color;
        this.linestyle = linestyle;
        this.marker = marker;
    }

    static final String MARKERS = ".,ov^<>1234sp*hH+xXDd|_P8";

    public static LineFormat parse(String fmt) {
        if (fmt == null || fmt.isEmpty()) return new LineFormat(null, null, null);
        if (!fmt.equals("0") && !fmt.equals("1") && Colors.isColor(fmt)) return new LineFormat(Colors.parse(fmt), null, null);
        String color = null, ls = null, marker = null;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            String two = i + 2 <= fmt.length() ? fmt.substring(i, i + 2) : "";
            if (two.equals("--") || two.equals("-.")) {
                if (ls != null) throw bad(fmt, "two linestyle symbols");
                ls = two;
                i += 2;
            } else if (c == '-' || c == ':') {
                if (ls != null) throw bad(fmt, "two linestyle symbols");
                ls = String.valueOf(c);
                i++;
            } else if (MARKERS.indexOf(c) >= 0) {
                if (marker != null) throw bad(fmt, "two marker symbols");
                marker = String.valueOf(c);
                i++;
            } else if (Colors.baseColor(c) != null) {
                if (color != null) throw bad(fmt, "two color symbols");
                color = Colors.baseColor(c);
                i++;
            } else if (c == 'C') {
                int j = i + 1;
                while (j < fmt.length() && Character.isDigit(fmt.charAt(j))) j++;
                if (j == i + 1) throw bad(fmt, "'C' must be followed by a number");
                if (color != null) throw bad(fmt, "two color symbols");
                color = Colors.parse(fmt.substring(i, j));
                i = j;
            } else {
                throw bad(fmt, "unrecognized character '" + c + "'");
            }
        }
        if (ls == null && marker == null) ls = "-";
        return new LineFormat(color, ls == null ? "None" : ls, marker == null ? "None" : marker);
    }

    /** Keyword linestyles by name or symbol, to one of '-', '--', ':', '-.', 'None'. */
    public static String linestyle(String s) {
        switch (s) {
            case "-": case "solid": return "-";
            case "--": case "dashed": return "--";
            case ":": case "dotted": return ":";
            case "-.": case "dashdot": return "-.";
            case "None": case "none": case " ": case "": return "None";
            default:
                throw new IllegalArgumentException("'" + s + "' is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
        }
    }

    /** A keyword marker, checked. */
    public static String marker(String s) {
        if (s.equals("None") || s.equals("none") || s.isEmpty() || s.equals(" ")) return "None";
        if (s.length() == 1 && MARKERS.indexOf(s.charAt(0)) >= 0) return s;
        throw new IllegalArgumentException("Unrecognized marker style '" + s + "'");
    }

    private static IllegalArgumentException bad(String fmt, String why) {
        return new IllegalArgumentException("'" + fmt + "' is not a valid format string (" + why + ")");
    }
}
