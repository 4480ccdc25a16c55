package slope.ops;

import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.BinaryOp;
import slope.tensor.Tensor;

/** Comparisons and logical ops: bool tensors, outside the graph. */
public final class Compare {
    private Compare() {}

    public static Tensor compare(BinaryOp op, Tensor a, Tensor b) {
        DType compute = op.ordinal() >= BinaryOp.AND.ordinal() ? DType.BOOL : Promotion.result(a, b);
        return Kernels.binary(op, a, b, compute, DType.BOOL);
    }

    public static Tensor eq(Tensor a, double v) { return compare(BinaryOp.EQ, a, Tensor.wrap(v, DType.FLOAT64)); }
    public static Tensor gt(Tensor a, double v) { return compare(BinaryOp.GT, a, Tensor.wrap(v, DType.FLOAT64)); }
    public static Tensor ge(Tensor a, double v) { return compare(BinaryOp.GE, a, Tensor.wrap(v, DType.FLOAT64)); }
    public static Tensor le(Tensor a, double v) { return compare(BinaryOp.LE, a, Tensor.wrap(v, DType.FLOAT64)); }
    public static Tensor lt(Tensor a, double v) { return compare(BinaryOp.LT, a, Tensor.wrap(v, DType.FLOAT64)); }
    public static Tensor eq(Tensor a, Tensor b) { return compare(BinaryOp.EQ, a, b); }
    public static Tensor gt(Tensor a, Tensor b) { return compare(BinaryOp.GT, a, b); }
    public static Tensor lt(Tensor a, Tensor b) { return compare(BinaryOp.LT, a, b); }
    public static Tensor and(Tensor a, Tensor b) { return compare(BinaryOp.AND, a, b); }

    /**
     * {@code torch.isclose}: where {@code a == b}, or {@code |a - b| <= atol + |rtol * b|} with a finite difference,
     * computed in the operands' dtype as ATen's isclose does (float32 for bools).
     */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype != b.dtype) {
            throw PyError.runtime(a.dtype.scalarTypeName() + " did not match " + b.dtype.scalarTypeName());
        }
        a = a.detach();
        b = b.detach();
        Tensor close = eq(a, b);
        if (equalNan && a.dtype.floating) close = or(close, and(isnan(a), isnan(b)));
        if (rtol == 0 && atol == 0) return close;
        Tensor x = a.dtype == DType.BOOL ? a.to(DType.FLOAT32) : a, y = b.dtype == DType.BOOL ? b.to(DType.FLOAT32) : b;
        Tensor allowed = y.mul(rtol).abs().add(atol);
        Tensor actual = x.sub(y).abs();
        // the difference is finite: below infinity, which NaN is not
        Tensor finite = compare(BinaryOp.LT, actual, Tensor.wrap(Double.POSITIVE_INFINITY, DType.FLOAT64));
        return or(close, and(finite, compare(BinaryOp.LE, actual, allowed)));
    }

    public static Tensor isnan(Tensor a) { return compare(BinaryOp.NE, a, a); }

    /** {@code torch.equal}: the same shape, and the same values once both are in their common dtype (nan equals none). */
    public static boolean equal(Tensor a, Tensor b) {
        if (!java.util.Arrays.equals(a.shape, b.shape)) return false;
        DType common = DType.promote(a.dtype, b.dtype);
        double[] x = a.values(), y = b.values();
        for (int i = 0; i < x.length; i++) if (common.round(x[i]) != common.round(y[i])) return false;
        return true;
    }

    public static Tensor or(Tensor a, Tensor b) { return compare(BinaryOp.OR, a, b); }

    public static Tensor logicalNot(Tensor a) {
        return Kernels.unary(Kernels.UnaryOp.LOGICAL_NOT, a, DType.BOOL);
    }
}
