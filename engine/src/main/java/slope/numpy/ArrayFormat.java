package slope.numpy;

import slope.format.PyNumbers;
import slope.tensor.DType;

/**
 * What NumPy 2 prints for an array (numpy/_core/arrayprint.py, under the run's {@link NumpyPrintOptions}: by default
 * precision 8, threshold 1000, edgeitems 3, linewidth 75): one format for all elements, chosen from the values
 * shown, then rows wrapped at the line width and nested in brackets.
 */
final class ArrayFormat {
    private ArrayFormat() {}


    /** {@code str(a)}: elements separated by spaces, {@code [1. 2.]}; a 0-d array as its scalar. */
    static String str(int[] shape, double[] values, DType dtype) {
        if (shape.length == 0) return scalar(values[0], dtype);
        if (values.length == 0) return "[]";
        return array(shape, values, dtype, " ", " ", NumpyPrintOptions.current().lineWidth());
    }

    /** {@code repr(a)}: {@code array([1., 2.])}, with the dtype when it is not float64, int64 or bool. */
    static String repr(int[] shape, double[] values, DType dtype) {
        boolean showDtype = dtype == DType.FLOAT32 || dtype == DType.INT32 || values.length == 0;
        String body;
        if (shape.length == 0) body = scalar(values[0], dtype);
        else if (values.length == 0) body = shape.length == 1 ? "[]" : "[], shape=" + slope.format.TensorRepr.shapeTuple(shape);
        else body = array(shape, values, dtype, ", ", "       ", NumpyPrintOptions.current().lineWidth() - 1);
        String s = "array(" + body + (showDtype ? "," : ")");
        if (!showDtype) return s;
        String dt = "dtype=" + NumpyDType.name(dtype) + ")";
        int last = s.length() - (s.lastIndexOf('\n') + 1);
        return s + (last + dt.length() + 1 > NumpyPrintOptions.current().lineWidth() ? "\n      " : " ") + dt;
    }

    /** A NumPy scalar of the dtype as print shows it: float64 as Python's repr, float32 by its own shortest digits. */
    static String scalar(double v, DType dtype) {
        switch (dtype) {
            case FLOAT64: return PyNumbers.floatRepr(v);
            case FLOAT32: return PyNumbers.float32Repr((float) v);
            case BOOL: return v != 0 ? "True" : "False";
            default: return Long.toString((long) v);
        }
    }

    private static String array(int[] shape, double[] values, DType dtype, String separator, String indent, int width) {
        NumpyPrintOptions options = NumpyPrintOptions.current();
        boolean summarize = values.length > options.threshold();
        Elements format = new Elements(shown(shape, values, summarize, options.edgeItems()), dtype, options);
        StringBuilder sb = new StringBuilder();
        new Layout(shape, values, format, separator, summarize, options.edgeItems()).write(sb, 0, 0, indent, width);
        return sb.toString();
    }

    /** The values printing shows: all of them, or the edge items of each dim when summarized. */
    private static double[] shown(int[] shape, double[] values, boolean summarize, int edge) {
        if (!summarize) return values;
        java.util.ArrayList<Double> out = new java.util.ArrayList<>();
        collectShown(shape, values, 0, 0, edge, out);
        double[] r = new double[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }

    private static void collectShown(int[] shape, double[] values, int dim, int offset, int edge, java.util.List<Double> out) {
        int stride = 1;
        for (int d = dim + 1; d < shape.length; d++) stride *= shape[d];
        for (int i = 0; i < shape[dim]; i++) {
            if (shape[dim] > 2 * edge && i == edge) i = shape[dim] - edge;
            if (dim == shape.length - 1) out.add(values[offset + i]);
            else collectShown(shape, values, dim + 1, offset + i * stride, edge, out);
        }
    }

    /** _formatArray: rows wrapped at the width, nested dims separated by newlines, "..." where summarized. */
    private static final class Layout {
        final int[] shape;
        final double[] values;
        final Elements format;
        final String separator;
        final boolean summarize;
        final int edge;

        Layout(int[] shape, double[] values, Elements format, String separator, boolean summarize, int edge) {
            this.shape = shape;
            this.values = values;
            this.format = format;
            this.separator = separator;
            this.summarize = summarize;
            this.edge = edge;
        }

        void write(StringBuilder out, int dim, int offset, String hanging, int width) {
            int n = shape[dim], stride = 1;
            for (int d = dim + 1; d < shape.length; d++) stride *= shape[d];
            boolean summary = summarize && n > 2 * edge;
            int leading = summary ? edge : 0, trailing = summary ? edge : n;
            String nextHanging = hanging + " ";
            StringBuilder s = new StringBuilder();
            if (dim == shape.length - 1) {
                int elemWidth = width - Math.max(separator.trim().length(), 1);
                StringBuilder line = new StringBuilder(hanging);
                for (int i = 0; i < leading; i++) {
                    extend(s, line, format.of(values[offset + i]), elemWidth, hanging);
                    line.append(separator);
                }
                if (summary) {
                    extend(s, line, "...", elemWidth, hanging);
                    line.append(separator);
                }
                for (int i = trailing; i > 1; i--) {
                    extend(s, line, format.of(values[offset + (n - i) * stride]), elemWidth, hanging);
                    line.append(separator);
                }
                extend(s, line, format.of(values[offset + (n - 1) * stride]), elemWidth, hanging);
                s.append(line);
            } else {
                String lineSep = separator.trim() + "\n".repeat(shape.length - 1 - dim);
                for (int i = 0; i < leading; i++) {
                    s.append(hanging);
                    write(s, dim + 1, offset + i * stride, nextHanging, width - 1);
                    s.append(lineSep);
                }
                if (summary) s.append(hanging).append("...").append(lineSep);
                for (int i = trailing; i > 0; i--) {
                    s.append(hanging);
                    write(s, dim + 1, offset + (n - i) * stride, nextHanging, width - 1);
                    if (i > 1) s.append(lineSep);
                }
            }
            out.append('[').append(s, hanging.length(), s.length()).append(']');
        }

        /** _extendLine: the word goes on a new line when it would pass the width, unless the line holds nothing yet. */
        private static void extend(StringBuilder s, StringBuilder line, String word, int width, String hanging) {
            if (line.length() + word.length() > width && line.length() > hanging.length()) {
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') end--;
                s.append(line, 0, end).append('\n');
                line.setLength(0);
                line.append(hanging);
            }
            line.append(word);
        }
    }

    /** FloatingFormat, IntegerFormat and BoolFormat: the one width and style every element of an array gets. */
    private static final class Elements {
        final DType dtype;
        /** The most digits after the point (or the mantissa's point) that shortest digits are cut to. */
        final int maxDigits;
        boolean exp;
        int padLeft, padRight, precision, expSize, intWidth;

        Elements(double[] shown, DType dtype, NumpyPrintOptions options) {
            this.dtype = dtype;
            this.maxDigits = options.precision();
            if (dtype == DType.BOOL) return;
            if (!dtype.floating) {
                for (double v : shown) intWidth = Math.max(intWidth, Long.toString((long) v).length());
                return;
            }
            double max = 0, min = Double.POSITIVE_INFINITY;
            boolean anyNonFinite = false, negInf = false;
            for (double v : shown) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    anyNonFinite = true;
                    negInf |= v == Double.NEGATIVE_INFINITY;
                    continue;
                }
                double a = Math.abs(v);
                if (a != 0) {
                    max = Math.max(max, a);
                    min = Math.min(min, a);
                }
            }
            exp = min != Double.POSITIVE_INFINITY && (max >= 1e8 || (!options.suppress() && (min < 1e-4 || max / min > 1000)));
            for (double v : shown) {
                if (Double.isNaN(v) || Double.isInfinite(v)) continue;
                String s = shortest(v);
                if (exp) {
                    int e = s.indexOf('e'), dot = s.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    precision = Math.max(precision, e - dot - 1);
                    expSize = Math.max(expSize, s.length() - e - 2);
                } else {
                    int dot = s.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    padRight = Math.max(padRight, s.length() - dot - 1);
                }
            }
            if (exp) padRight = expSize + 2 + precision;
            if (anyNonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
        }

        /**
         * dragon4 with unique digits: the shortest that read back as v (float32's own for float32), cut to the
         * precision after the point (positional) or after the mantissa's point (scientific), trailing zeros trimmed.
         */
        private String shortest(double v) {
            String repr = dtype == DType.FLOAT32 ? PyNumbers.float32Repr((float) v) : PyNumbers.floatRepr(v);
            if (!exp) {
                // positional values lie in [1e-4, 1e8), where repr writes them positionally too, or with suppress=True
                // are smaller: those round to the precision
                String s = repr.endsWith(".0") ? repr.substring(0, repr.length() - 1) : repr;
                return s.indexOf('e') >= 0 || s.length() - s.indexOf('.') - 1 > maxDigits ? trimZeros(PyNumbers.fixed(v, maxDigits)) : s;
            }
            // repr's digits without the point and the leading or trailing zeros, and the exponent of the first
            int e = repr.indexOf('e');
            String m = e < 0 ? repr : repr.substring(0, e);
            int exp10 = e < 0 ? 0 : Integer.parseInt(repr.substring(e + 1).replace("+", ""));
            boolean negative = m.startsWith("-");
            if (negative) m = m.substring(1);
            int dot = m.indexOf('.');
            if (dot < 0) dot = m.length(); // repr writes 1e-05 without a point
            String digits = m.substring(0, dot) + (dot < m.length() ? m.substring(dot + 1) : "");
            exp10 += dot - 1;
            int lead = 0;
            while (lead < digits.length() - 1 && digits.charAt(lead) == '0') lead++;
            exp10 -= lead;
            digits = digits.substring(lead);
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') end--;
            digits = digits.substring(0, end);
            if (digits.equals("0")) exp10 = 0;
            if (digits.length() - 1 > maxDigits) return trimZeros(PyNumbers.scientific(v, maxDigits));
            String exponent = (exp10 < 0 ? "-" : "+") + (Math.abs(exp10) < 10 ? "0" : "") + Math.abs(exp10);
            return (negative ? "-" : "") + digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
        }

        /** Trailing zeros of the fraction dropped, the point kept ({@code 2.50} to {@code 2.5}, {@code 3.00e+02} to {@code 3.e+02}). */
        private static String trimZeros(String s) {
            int e = s.indexOf('e');
            String m = e < 0 ? s : s.substring(0, e), rest = e < 0 ? "" : s.substring(e);
            if (m.indexOf('.') < 0) return m + "." + rest;
            int end = m.length();
            while (m.charAt(end - 1) == '0') end--;
            return m.substring(0, end) + rest;
        }

        String of(double v) {
            if (dtype == DType.BOOL) return v != 0 ? " True" : "False";
            if (!dtype.floating) return pad(Long.toString((long) v), intWidth, 0);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                String s = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
                return pad(s, padLeft + padRight + 1, 0);
            }
            String s = shortest(v);
            if (exp) {
                int e = s.indexOf('e'), dot = s.indexOf('.');
                StringBuilder m = new StringBuilder(s.substring(0, e));
                for (int i = e - dot - 1; i < precision; i++) m.append('0');
                String sign = s.substring(e + 1, e + 2), digits = s.substring(e + 2);
                while (digits.length() < expSize) digits = "0" + digits;
                String sci = m + "e" + sign + digits;
                return pad(sci, padLeft - dot + sci.length(), 0);
            }
            int dot = s.indexOf('.');
            return pad(s, padLeft - dot + s.length(), padRight - (s.length() - dot - 1));
        }

        private static String pad(String s, int leftWidth, int right) {
            StringBuilder sb = new StringBuilder();
            for (int i = s.length(); i < leftWidth; i++) sb.append(' ');
            sb.append(s);
            for (int i = 0; i < right; i++) sb.append(' ');
            return sb.toString();
        }
    }
}
