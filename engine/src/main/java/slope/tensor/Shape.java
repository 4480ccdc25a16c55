package slope.tensor;

import slope.run.PyError;

/** Shape arithmetic: element counts, row-major strides, broadcasting and dimension wrapping. */
public final class Shape {
    public static final int[] SCALAR = new int[0];

    private Shape() {}

    public static int numel(int[] shape) {
        long n = 1;
        for (int d : shape) n *= d;
        if (n > Integer.MAX_VALUE) {
            slope.run.Budget.current().allocate(n);
            throw PyError.runtime("tensor of " + n + " elements is too large");
        }
        return (int) n;
    }

    public static int[] contiguousStrides(int[] shape) {
        if (shape.length == 0) return SCALAR; // zero-dim tensors share the (immutable) empty array
        int[] strides = new int[shape.length];
        int s = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = s;
            s *= Math.max(shape[i], 1);
        }
        return strides;
    }

    /** {@code shape} with {@code sizes} added at the end, as a batch's shape gains its matrices' dims. */
    public static int[] append(int[] shape, int... sizes) {
        int[] r = java.util.Arrays.copyOf(shape, shape.length + sizes.length);
        System.arraycopy(sizes, 0, r, shape.length, sizes.length);
        return r;
    }

    /** NumPy broadcasting, with PyTorch's error text when sizes disagree. */
    public static int[] broadcast(int[] a, int[] b) {
        if (java.util.Arrays.equals(a, b)) return a;
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = n - 1; i >= 0; i--) { // PyTorch reports the last mismatching dim
            int da = i - (n - a.length) >= 0 ? a[i - (n - a.length)] : 1;
            int db = i - (n - b.length) >= 0 ? b[i - (n - b.length)] : 1;
            if (da != db && da != 1 && db != 1) {
                throw PyError.runtime("The size of tensor a (" + da + ") must match the size of tensor b (" + db
                        + ") at non-singleton dimension " + i);
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Wraps a possibly negative dim into [0, rank), as PyTorch does, with its IndexError text. */
    public static int wrapDim(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw PyError.index("Dimension out of range (expected to be in range of [" + (-r) + ", " + (r - 1)
                    + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** {@code [2, 3]}, as PyTorch writes shapes inside error messages. */
    public static String list(int[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape[i]);
        }
        return sb.append(']').toString();
    }
}
