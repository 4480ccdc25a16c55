package slope.ops;

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
    public static Tensor eq(Tensor a, Tensor b) { return compare(BinaryOp.EQ, a, b); }
    public static Tensor gt(Tensor a, Tensor b) { return compare(BinaryOp.GT, a, b); }
    public static Tensor lt(Tensor a, Tensor b) { return compare(BinaryOp.LT, a, b); }
    public static Tensor and(Tensor a, Tensor b) { return compare(BinaryOp.AND, a, b); }

    public static Tensor logicalNot(Tensor a) {
        return Kernels.unary(Kernels.UnaryOp.LOGICAL_NOT, a, DType.BOOL);
    }
}
