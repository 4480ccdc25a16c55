package slope.format;

import slope.tensor.DType;

/**
 * How every element of one tensor is written: PyTorch's {@code _Formatter}.
 *
 * <p>Floats choose one mode from the non-zero finite values it is shown: integer mode ({@code 4.}) when
 * all are whole, scientific ({@code 1.0000e-05}) when max/min > 1000, max > 1e8 or (not whole) min < 1e-4,
 * else fixed ({@code 0.5000}). All elements are right-aligned to the widest of those values in that mode; nan,
 * inf and zeros do not count towards the width. A print option that forces scientific notation on or off then
 * changes the mode but not the width, as in PyTorch.
 */
final class ElementFormat {
    private final DType dtype;
    private final int precision;
    private boolean intMode = true;
    private boolean sciMode = false;
    private int width = 1;
    private final StringBuilder scratch = new StringBuilder(32);

    /** A format for the values at the given flat indices (all of them when indices is null). */
    ElementFormat(DType dtype, double[] values, int[] indices, PrintOptions options) {
        this.dtype = dtype;
        this.precision = options.precision();
        int n = indices == null ? values.length : indices.length;
        if (dtype.floating) {
            double min = Double.POSITIVE_INFINITY, max = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                double v = values[at(indices, i)];
                if (!countsForWidth(v)) continue;
                double a = Math.abs(v);
                min = Math.min(min, a);
                max = Math.max(max, a);
                if (v != Math.ceil(v)) intMode = false;
                count++;
            }
            if (count == 0) return; // as PyTorch's: no width from zeros, nans and infs, and no forced notation
            sciMode = max / min > 1000.0 || max > 1.0e8 || (!intMode && min < 1.0e-4);
        }
        for (int i = 0; i < n; i++) {
            double v = values[at(indices, i)];
            if (dtype.floating && !countsForWidth(v)) continue;
            scratch.setLength(0);
            appendPlain(scratch, v);
            width = Math.max(width, scratch.length());
        }
        if (dtype.floating && options.sciMode() != null) sciMode = options.sciMode();
    }

    /** Only non-zero finite floats set the mode and the width. */
    private static boolean countsForWidth(double v) {
        return v != 0 && !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static int at(int[] indices, int i) {
        return indices == null ? i : indices[i];
    }

    /** Characters of the widest element. */
    int width() {
        return width;
    }

    /** Appends v right-aligned to {@link #width()}. */
    void append(StringBuilder sb, double v) {
        scratch.setLength(0);
        appendPlain(scratch, v);
        for (int i = scratch.length(); i < width; i++) sb.append(' ');
        sb.append(scratch);
    }

    /** v without padding: True, 42, 4., 0.5000 or 1.0000e-05. */
    private void appendPlain(StringBuilder sb, double v) {
        if (dtype == DType.BOOL) {
            sb.append(v != 0 ? "True" : "False");
        } else if (!dtype.floating) {
            sb.append((long) v);
        } else if (sciMode) {
            PyNumbers.appendScientific(sb, v, precision);
        } else if (intMode) {
            PyNumbers.appendFixed(sb, v, 0);
            if (!Double.isNaN(v) && !Double.isInfinite(v)) sb.append('.');
        } else {
            PyNumbers.appendFixed(sb, v, precision);
        }
    }
}
