package slope.ops;

import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * PyTorch's result_type: tensors with dimensions decide the dtype, then zero-dim tensors, then
 * Python numbers; a lower group only matters when it brings a higher category (bool, int, float),
 * e.g. {@code int_tensor * 0.5} is float32 and {@code float32_tensor * 2.0} stays float32.
 */
public final class Promotion {
    private Promotion() {}

    public static DType result(Tensor a, Tensor b) {
        if (a.dtype == b.dtype) return a.dtype; // the common case, whatever the priorities
        // a tensor with a Python number of no higher category (x * 2, 2.0 * x): the tensor's dtype
        if (b.isWrappedNumber() && !a.isWrappedNumber() && category(b.dtype) <= category(a.dtype)) return a.dtype;
        if (a.isWrappedNumber() && !b.isWrappedNumber() && category(a.dtype) <= category(b.dtype)) return b.dtype;
        return grouped(a, b);
    }

    /** The result_type of a list of tensors (block_diag's): each joins its group, as in the pair's case. */
    public static DType result(java.util.List<Tensor> ts) {
        return grouped(ts.toArray(new Tensor[0]));
    }

    private static DType grouped(Tensor... ts) {
        DType dims = null, zeroDim = null, numbers = null;
        for (Tensor t : ts) {
            if (t.isWrappedNumber()) numbers = join(numbers, t.dtype);
            else if (t.dim() == 0) zeroDim = join(zeroDim, t.dtype);
            else dims = join(dims, t.dtype);
        }
        return lower(lower(dims, zeroDim, false), numbers, true);
    }

    /** The default dtype for the result of an op that makes floats from integers ({@code /}, {@code exp}). */
    public static DType floating(DType t) {
        return t.floating ? t : DType.FLOAT32;
    }

    private static DType join(DType acc, DType t) { return acc == null ? t : DType.promote(acc, t); }

    private static DType lower(DType higher, DType lower, boolean numbers) {
        if (lower == null) return higher;
        if (higher == null) return numbers && lower == DType.FLOAT64 ? DType.FLOAT32 : lower;
        if (category(lower) > category(higher)) {
            if (!numbers) return lower;
            return lower.floating ? DType.FLOAT32 : DType.INT64;
        }
        return higher;
    }

    private static int category(DType t) {
        return t == DType.BOOL ? 0 : t.floating ? 2 : 1;
    }
}
