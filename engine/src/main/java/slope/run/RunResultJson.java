package slope.run;

import slope.format.PrintOptions;
import slope.tensor.DType;
import slope.tensor.Tensor;

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
        PrintOptions previous = PrintOptions.current();
        PrintOptions.set(result.printOptions); // tensors print as they did in the run
        try {
            return json(result);
        } finally {
            PrintOptions.set(previous);
        }
    }

    private static String json(RunResult result) {
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
        out.append(']');
        variables(out, result.variables);
        graph(out, AutogradGraph.of(result.variables));
        return out.append('}').toString();
    }

    /** Values sent per tensor for "show more"; the text is PyTorch's own summarised print. */
    static final int MAX_DATA = 10_000;

    private static void variables(StringBuilder out, java.util.List<TensorVariable> vars) {
        out.append(",\"variables\":[");
        for (int i = 0; i < vars.size(); i++) {
            if (i > 0) out.append(',');
            Tensor t = vars.get(i).tensor();
            out.append("{\"name\":");
            string(out, vars.get(i).name());
            out.append(",\"shape\":[");
            for (int d = 0; d < t.shape.length; d++) out.append(d > 0 ? "," : "").append(t.shape[d]);
            out.append("],\"dtype\":");
            string(out, t instanceof slope.numpy.NdArray ? ((slope.numpy.NdArray) t).dtypeName() : t.dtype.torchName);
            out.append(",\"requires_grad\":").append(t.requiresGrad());
            out.append(",\"is_leaf\":").append(t.isLeaf());
            out.append(",\"grad_fn\":");
            if (t.gradFn() == null) out.append("null");
            else string(out, t.gradFn().name);
            out.append(",\"numel\":").append(t.numel()).append(',');
            values(out, t);
            out.append(",\"grad\":");
            if (t.grad() == null) {
                out.append("null");
            } else {
                out.append('{');
                values(out, t.grad());
                out.append('}');
            }
            out.append('}');
        }
        out.append(']');
    }

    /**
     * {@code "text": PyTorch's print, "data": [the first values, row-major]}. A float32 value is written with the
     * fewest digits that read back as that float32 ({@code 0.1}, not the double's {@code 0.10000000149011612}): what
     * "show more" shows, and half the text.
     */
    private static void values(StringBuilder out, Tensor t) {
        out.append("\"text\":");
        string(out, t.toString());
        out.append(",\"data\":[");
        double[] v = t.values();
        int n = Math.min(t.numel(), MAX_DATA);
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(',');
            number(out, v[i], t.dtype);
        }
        out.append(']');
    }

    /** JSON has no NaN or infinity: those travel as strings. */
    private static void number(StringBuilder out, double d, DType dtype) {
        if (Double.isNaN(d) || Double.isInfinite(d)) string(out, slope.format.PyNumbers.floatRepr(d));
        else if (d == Math.rint(d) && Math.abs(d) < 1e15) out.append((long) d);
        else if (dtype == DType.FLOAT32) out.append(slope.format.PyNumbers.float32Repr((float) d));
        else out.append(slope.format.PyNumbers.floatRepr(d));
    }

    private static void graph(StringBuilder out, AutogradGraph g) {
        out.append(",\"graph\":{\"nodes\":[");
        for (int i = 0; i < g.vertices.size(); i++) {
            AutogradGraph.Vertex v = g.vertices.get(i);
            if (i > 0) out.append(',');
            out.append("{\"id\":").append(v.id()).append(",\"kind\":");
            string(out, v.kind());
            out.append(",\"label\":");
            string(out, v.label());
            out.append(",\"grad\":");
            if (v.leaf() == null || v.leaf().grad() == null) out.append("null");
            else string(out, v.leaf().grad().toString());
            out.append('}');
        }
        out.append("],\"edges\":[");
        for (int i = 0; i < g.edges.size(); i++) {
            if (i > 0) out.append(',');
            out.append("{\"from\":").append(g.edges.get(i).from()).append(",\"to\":").append(g.edges.get(i).to()).append('}');
        }
        out.append("]}");
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
