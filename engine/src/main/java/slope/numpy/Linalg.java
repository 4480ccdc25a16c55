package slope.numpy;

import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.ops.Arithmetic;
import slope.ops.LinearSystems.Lu;
import slope.ops.Reductions;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/**
 * {@code numpy.linalg}: {@code norm}, and {@code inv}, {@code solve} and {@code det} of one float64 matrix
 * through the LU factorization torch.linalg uses ({@link slope.ops.LinearSystems}; the last digits of a result
 * may differ from LAPACK's blocked, vectorized order).
 */
final class Linalg {
    private Linalg() {}

    static PyModule create(slope.lang.Interpreter py) {
        PyModule m = new PyModule("numpy.linalg");
        m.set("LinAlgError", py.errorClass("LinAlgError", "numpy.linalg", "ValueError"));
        m.def("norm", (args, kw) -> {
            Args a = Args.parse("norm", args, kw, "x", "ord", "axis", "keepdims");
            if (a.getOrNone("ord", Py.NONE) != Py.NONE) throw new PyError("NotImplementedError", "norm with ord= is not supported");
            Tensor x = NdArray.floating(NdArray.asArray(a.get("x"), null));
            Tensor sq = Reductions.sum(Arithmetic.mul(x, x), NdArrayType.axes(a, x), a.getBool("keepdims", false));
            return NdArray.result(Kernels.unary(Kernels.UnaryOp.SQRT, sq, sq.dtype));
        });
        m.def("inv", (args, kw) -> {
            Lu lu = lu(Args.parse("inv", args, kw, "a").get("a"), true);
            return NdArray.of(new Tensor(lu.inverse(), new int[] {lu.n, lu.n}, DType.FLOAT64));
        });
        m.def("solve", (args, kw) -> {
            Args a = Args.parse("solve", args, kw, "a", "b");
            Lu lu = lu(a.get("a"), true);
            Tensor b = NdArray.asArray(a.get("b"), DType.FLOAT64);
            if (b.shape[0] != lu.n) {
                throw PyError.value("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature"
                        + " (m,m),(m,n)->(m,n) (size " + b.shape[0] + " is different from " + lu.n + ")");
            }
            int cols = b.dim() == 1 ? 1 : b.shape[1];
            return NdArray.of(new Tensor(lu.solve(b.values(), cols), b.shape.clone(), DType.FLOAT64));
        });
        m.def("det", (args, kw) -> {
            double[] sl = lu(Args.parse("det", args, kw, "a").get("a"), false).slogdet();
            return sl[0] * Math.exp(sl[1]); // NumPy's det is its slogdet's exp
        });
        return m;
    }

    /** The LU factors of one square float64 matrix, with NumPy's errors for anything else (and for a singular one when asked). */
    private static Lu lu(Object o, boolean invertible) {
        Tensor t = NdArray.asArray(o, DType.FLOAT64);
        if (t.dim() != 2) throw new PyError("LinAlgError", t.dim() + "-dimensional array given. Array must be two-dimensional");
        if (t.shape[0] != t.shape[1]) throw new PyError("LinAlgError", "Last 2 dimensions of the array must be square");
        Lu lu = new Lu(t.values(), t.shape[0]);
        if (invertible && lu.zeroPivot != 0) throw new PyError("LinAlgError", "Singular matrix");
        return lu;
    }
}
