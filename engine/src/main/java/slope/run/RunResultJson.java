package slope.run;

/**
 * Writes a {@link RunResult} as the JSON that the command line ({@code --json}), the page and the
 * server all return: {@code {"stdout": "...", "error": null}} or
 * {@code {"stdout": "...", "error": {"type": "NameError", "message": "...", "line": 3, "column": 1}}}, each with
 * {@code "figures": [{"svg": "<svg ...", "number": 1, "width": 640, "height": 480, "title": "Loss"}]} after the error.
 * Hand-written so it runs under TeaVM with no library.
 */
public final class RunResultJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RunResultJson() {}

    public static String write(RunResult result) {
        int size = result.stdout.length() + 64;
        for (RenderedFigure f : result.figures) size += f.svg.length() + 96;
        StringBuilder out = new StringBuilder(size);
        out.append("{\"stdout\":");
        string(out, result.stdout);
        out.append(",\"error\":");
        PyError e = result.error;
        if (e == null) {
            out.append("null");
        } else {
            out.append("{\"type\":");
            string(out, e.type);
            out.append(",\"message\":");
            string(out, e.getMessage() == null ? "" : e.getMessage());
            out.append(",\"line\":").append(e.line());
            out.append(",\"column\":").append(e.column());
            out.append('}');
        }
        out.append(",\"figures\":[");
        for (int i = 0; i < result.figures.size(); i++) {
            RenderedFigure f = result.figures.get(i);
            out.append(i == 0 ? "{\"svg\":" : ",{\"svg\":");
            string(out, f.svg);
            out.append(",\"number\":").append(f.number);
            out.append(",\"width\":").append(f.width);
            out.append(",\"height\":").append(f.height);
            out.append(",\"title\":");
            string(out, f.title);
            out.append('}');
        }
        return out.append("]}").toString();
    }

    /**
     * Appends {@code s} as a JSON string. Non-ASCII text passes through as is; control characters,
     * lone surrogates (which have no UTF-8 form) and U+2028/U+2029 (line breaks to a JavaScript
     * parser) are written as {@code \}{@code uXXXX}.
     */
    public static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        unicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
    }
}
