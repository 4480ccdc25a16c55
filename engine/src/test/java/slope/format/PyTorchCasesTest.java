package slope.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import slope.tensor.DType;

/**
 * tools/cases/format.cases.json as recorded by real PyTorch (pytorch/format.json): each case carries,
 * besides its code and stdout, a model of every print call (shape, dtype, exact values, suffixes), so
 * the formatter alone must reproduce PyTorch's stdout byte for byte.
 */
class PyTorchCasesTest {

    @TestFactory
    Stream<DynamicTest> printsWhatPyTorchPrinted() throws IOException {
        InputStream in = PyTorchCasesTest.class.getResourceAsStream("/pytorch/format.json");
        assumeTrue(in != null, "pytorch/format.json not recorded yet");
        String text;
        try (in) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(text)).get("cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("id"),
                () -> assertEquals((String) c.get("stdout"), renderStdout(c), (String) c.get("code"))));
    }

    /** The stdout the case's print calls produce, from the models alone. */
    @SuppressWarnings("unchecked")
    static String renderStdout(Map<String, Object> c) {
        StringBuilder out = new StringBuilder();
        for (Object call : (List<Object>) c.get("prints")) {
            List<String> args = new ArrayList<>();
            for (Object arg : (List<Object>) call) args.add(renderArg((Map<String, Object>) arg));
            out.append(String.join(" ", args)).append('\n');
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static String renderArg(Map<String, Object> m) {
        String kind = (String) m.get("kind");
        int[] shape = m.containsKey("shape") ? ints((List<Object>) m.get("shape")) : null;
        DType dtype = m.containsKey("dtype") ? DType.valueOf((String) m.get("dtype")) : null;
        switch (kind) {
            case "tensor":
                return TensorRepr.of(shape, values((String) m.get("values")), dtype, (List<String>) (List<?>) m.get("suffixes"));
            case "size":
                return TensorRepr.size(shape);
            case "item":
                return python(values((String) m.get("value"))[0], dtype);
            case "tolist":
                StringBuilder sb = new StringBuilder();
                nestedList(sb, shape, 0, values((String) m.get("values")), new int[1], dtype);
                return sb.toString();
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static void nestedList(StringBuilder sb, int[] shape, int d, double[] v, int[] next, DType dtype) {
        if (d == shape.length) {
            sb.append(python(v[next[0]++], dtype));
            return;
        }
        sb.append('[');
        for (int k = 0; k < shape[d]; k++) {
            if (k > 0) sb.append(", ");
            nestedList(sb, shape, d + 1, v, next, dtype);
        }
        sb.append(']');
    }

    private static String python(double v, DType dtype) {
        if (dtype == DType.BOOL) return v != 0 ? "True" : "False";
        if (dtype == DType.INT64) return Long.toString((long) v);
        return PyNumbers.floatRepr(v);
    }

    private static int[] ints(List<Object> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((Double) list.get(i)).intValue();
        return out;
    }

    /** Space-separated Python reprs: "0.1", "-0.0", "nan", "inf", "-inf", ints. */
    private static double[] values(String text) {
        if (text.isEmpty()) return new double[0];
        String[] parts = text.split(" ");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            out[i] = p.equals("nan") ? Double.NaN : p.equals("inf") ? Double.POSITIVE_INFINITY
                    : p.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(p);
        }
        return out;
    }
}
