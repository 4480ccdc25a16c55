package slope.format;

import java.util.ArrayList;
import java.util.List;
import slope.tensor.DType;

/**
 * What PyTorch 2.x prints for a tensor, {@code torch.Size} and a shape tuple, under the thread's {@link PrintOptions}
 * (by default precision 4, threshold 1000, edgeitems 3, linewidth 80): torch/_tensor_str.py in Java.
 */
public final class TensorRepr {
    private TensorRepr() {}

    private static final String PREFIX = "tensor(";

    /**
     * repr(tensor), which is also str(tensor).
     *
     * @param shape    sizes, outermost first; empty for a 0-d tensor
     * @param values   the elements in row-major order, already rounded to dtype (0/1 for bool)
     * @param dtype    element type; "dtype=torch.float64" and, for empty tensors, "size=(0, 3)" and the
     *                 dtype are added here as PyTorch adds them
     * @param suffixes what follows in order, as PyTorch writes it: "grad_fn=&lt;MulBackward0&gt;" or
     *                 "requires_grad=True"
     */
    public static String of(int[] shape, double[] values, DType dtype, List<String> suffixes) {
        long numel = 1;
        for (int n : shape) numel *= n;
        if (numel != values.length) {
            throw new IllegalArgumentException(values.length + " values for shape " + shapeTuple(shape));
        }
        PrintOptions options = PrintOptions.current();
        List<String> all = new ArrayList<>(suffixes.size() + 2);
        // sized for what is printed: a summarized tensor shows a few of its values, not all
        int shown = (int) Math.max(0, Math.min(values.length, options.threshold()));
        StringBuilder sb = new StringBuilder(PREFIX.length() + 8 * shown + 16);
        sb.append(PREFIX);
        if (values.length == 0) {
            if (shape.length != 1) all.add("size=" + shapeTuple(shape));
            if (dtype != DType.FLOAT32) all.add("dtype=" + dtype.torchName);
            sb.append("[]");
        } else {
            if (dtype == DType.FLOAT64 || dtype == DType.INT32) all.add("dtype=" + dtype.torchName); // not a default dtype
            new Layout(shape, values, dtype, options).write(sb);
        }
        all.addAll(suffixes);
        appendSuffixes(sb, all, options.lineWidth());
        return sb.toString();
    }

    /** str(tensor.shape): {@code torch.Size([2, 3])}, {@code torch.Size([])} for a 0-d tensor. */
    public static String size(int[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        return sb.append("])").toString();
    }

    /** str(tuple(shape)): {@code (2, 3)}, {@code (0,)}, {@code ()}. */
    public static String shapeTuple(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        if (shape.length == 1) sb.append(',');
        return sb.append(')').toString();
    }

    /** _add_suffixes: a suffix goes on a new line when the current one would pass the line width. */
    private static void appendSuffixes(StringBuilder sb, List<String> suffixes, int lineWidth) {
        // PyTorch's count: characters after the last newline, plus 2 (or plus 1 when there is one)
        int lastLineLength = sb.length() - sb.lastIndexOf("\n") + 1;
        for (String suffix : suffixes) {
            if (lastLineLength + suffix.length() + 2 > lineWidth) {
                sb.append(",\n");
                for (int i = 0; i < PREFIX.length(); i++) sb.append(' ');
                sb.append(suffix);
                lastLineLength = PREFIX.length() + suffix.length();
            } else {
                sb.append(", ").append(suffix);
                lastLineLength += suffix.length() + 2;
            }
        }
        sb.append(')');
    }

    /** The bracketed elements: _tensor_str_with_formatter, _vector_str and get_summarized_data. */
    private static final class Layout {
        private final int[] shape;
        private final int[] strides;
        private final double[] values;
        private final boolean summarize;
        private final int edgeItems;
        private final int lineWidth;
        private final ElementFormat format;

        Layout(int[] shape, double[] values, DType dtype, PrintOptions options) {
            this.shape = shape;
            this.values = values;
            this.strides = new int[shape.length];
            int stride = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                strides[d] = stride;
                stride *= shape[d];
            }
            this.summarize = values.length > options.threshold();
            this.edgeItems = options.edgeItems();
            this.lineWidth = options.lineWidth();
            this.format = new ElementFormat(dtype, values, summarize ? shownIndices() : null, options);
        }

        /** Whether dimension d of size n is cut to its first and last edgeItems. */
        private boolean cut(int n) {
            return summarize && n > 2 * edgeItems;
        }

        /** The index along a dimension of the k-th item shown, for k below shownCount(n). */
        private int shownAt(int n, int k) {
            return !cut(n) || k < edgeItems ? k : n - 2 * edgeItems + k;
        }

        private int shownCount(int n) {
            return cut(n) ? 2 * edgeItems : n;
        }

        /** Flat indices of the elements left after summarizing, which alone set the format. */
        private int[] shownIndices() {
            int count = 1;
            for (int n : shape) count *= shownCount(n);
            int[] out = new int[count];
            collect(0, 0, out, new int[] {0});
            return out;
        }

        private void collect(int d, int offset, int[] out, int[] next) {
            if (d == shape.length) {
                out[next[0]++] = offset;
                return;
            }
            for (int k = 0, m = shownCount(shape[d]); k < m; k++) {
                collect(d + 1, offset + shownAt(shape[d], k) * strides[d], out, next);
            }
        }

        void write(StringBuilder sb) {
            if (shape.length == 0) format.append(sb, values[0]);
            else writeDim(sb, 0, 0, PREFIX.length());
        }

        private void writeDim(StringBuilder sb, int d, int offset, int indent) {
            if (d == shape.length - 1) {
                writeRow(sb, offset, indent);
                return;
            }
            int n = shape[d];
            sb.append('[');
            for (int k = 0, m = shownCount(n); k < m; k++) {
                if (k > 0) separate(sb, shape.length - d - 1, indent + 1);
                if (cut(n) && k == edgeItems) {
                    sb.append("...");
                    separate(sb, shape.length - d - 1, indent + 1);
                }
                writeDim(sb, d + 1, offset + shownAt(n, k) * strides[d], indent + 1);
            }
            sb.append(']');
        }

        /** Between slices: a comma, one newline per remaining dimension (blank lines from 3-D up), indent. */
        private static void separate(StringBuilder sb, int newlines, int indent) {
            sb.append(',');
            for (int i = 0; i < newlines; i++) sb.append('\n');
            for (int i = 0; i < indent; i++) sb.append(' ');
        }

        /** One innermost row, wrapped after as many elements as fit in the line width. */
        private void writeRow(StringBuilder sb, int offset, int indent) {
            int n = shape[shape.length - 1];
            int perLine = Math.max(1, (lineWidth - indent) / (format.width() + 2));
            int items = shownCount(n) + (cut(n) ? 1 : 0); // " ..." is an item of its own
            sb.append('[');
            for (int item = 0, k = 0; item < items; item++) {
                if (item > 0) {
                    if (item % perLine == 0) {
                        sb.append(",\n");
                        for (int i = 0; i <= indent; i++) sb.append(' ');
                    } else {
                        sb.append(", ");
                    }
                }
                if (cut(n) && item == edgeItems) {
                    sb.append(" ...");
                } else {
                    format.append(sb, values[offset + shownAt(n, k++)]);
                }
            }
            sb.append(']');
        }
    }
}
