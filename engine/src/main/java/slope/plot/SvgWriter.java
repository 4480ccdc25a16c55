package slope.plot;

/** Compact SVG text: coordinates to 0.1 px, text escaped for XML. */
final class SvgWriter {
    final StringBuilder sb = new StringBuilder(4096);

    SvgWriter raw(String s) {
        sb.append(s);
        return this;
    }

    /** A number rounded to one decimal, without a trailing ".0". */
    SvgWriter num(double v) {
        appendNum(sb, v);
        return this;
    }

    static void appendNum(StringBuilder sb, double v) {
        long r = Math.round(v * 10);
        if (r < 0) { sb.append('-'); r = -r; }
        sb.append(r / 10);
        if (r % 10 != 0) sb.append('.').append(r % 10);
    }

    static String fmt(double v) {
        StringBuilder b = new StringBuilder();
        appendNum(b, v);
        return b.toString();
    }

    /** attr="number" with a leading space. */
    SvgWriter attr(String name, double v) {
        sb.append(' ').append(name).append("=\"");
        appendNum(sb, v);
        sb.append('"');
        return this;
    }

    SvgWriter attr(String name, String v) {
        sb.append(' ').append(name).append("=\"").append(escape(v)).append('"');
        return this;
    }

    SvgWriter text(String s) {
        sb.append(escape(s));
        return this;
    }

    /** XML-escaped text; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = null;
            if (c == '<') rep = "&lt;";
            else if (c == '>') rep = "&gt;";
            else if (c == '&') rep = "&amp;";
            else if (c == '"') rep = "&quot;";
            else if (c == '\'') rep = "&#39;";
            else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') rep = "";
            else if (c == 0xFFFE || c == 0xFFFF) rep = "";
            if (rep != null && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append(rep != null ? rep : String.valueOf(c));
        }
        return b == null ? s : b.toString();
    }

    @Override public String toString() { return sb.toString(); }
}
