package slope.numpy;

import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.ops.Arithmetic;
import slope.ops.Reductions;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/**
 * {@code numpy.linalg}: {@code norm}, and {@code inv}, {@code solve} and {@code det} of one float64 matrix
 * through an LU factorization with partial pivoting, LAPACK's getrf algorithm (the last digits of a result
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
            Lu lu = new Lu(square(Args.parse("inv", args, kw, "a").get("a")));
            return NdArray.of(new Tensor(lu.solve(identity(lu.n), lu.n), new int[] {lu.n, lu.n}, DType.FLOAT64));
        });
        m.def("solve", (args, kw) -> {
            Args a = Args.parse("solve", args, kw, "a", "b");
            Lu lu = new Lu(square(a.get("a")));
            Tensor b = NdArray.asArray(a.get("b"), DType.FLOAT64);
            if (b.shape[0] != lu.n) {
                throw PyError.value("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature"
                        + " (m,m),(m,n)->(m,n) (size " + b.shape[0] + " is different from " + lu.n + ")");
            }
            int cols = b.dim() == 1 ? 1 : b.shape[1];
            return NdArray.of(new Tensor(lu.solve(b.values(), cols), b.shape.clone(), DType.FLOAT64));
        });
        m.def("det", (args, kw) -> {
            Tensor x = square(Args.parse("det", args, kw, "a").get("a"));
            try {
                return new Lu(x).det();
            } catch (PyError singular) {
                return 0.0;
            }
        });
        return m;
    }

    private static Tensor square(Object o) {
        Tensor t = NdArray.asArray(o, DType.FLOAT64);
        if (t.dim() != 2) throw new PyError("LinAlgError", t.dim() + "-dimensional array given. Array must be two-dimensional");
        if (t.shape[0] != t.shape[1]) throw new PyError("LinAlgError", "Last 2 dimensions of the array must be square");
        return t;
    }

    private static double[] identity(int n) {
        double[] id = new double[n * n];
        for (int i = 0; i < n; i++) id[i * n + i] = 1;
        return id;
    }

    /** P A = L U in one array (L below the diagonal, with ones on it; U on and above), and the row swaps. */
    private static final class Lu {
        final int n;
        final double[] lu;
        final int[] pivot;
        int swaps;

        Lu(Tensor a) {
            n = a.shape[0];
            lu = a.values().clone();
            pivot = new int[n];
            for (int k = 0; k < n; k++) {
                int p = k;
                for (int i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]) > Math.abs(lu[p * n + k])) p = i;
                pivot[k] = p;
                if (lu[p * n + k] == 0) throw new PyError("LinAlgError", "Singular matrix");
                if (p != k) {
                    swaps++;
                    for (int j = 0; j < n; j++) {
                        double t = lu[k * n + j];
                        lu[k * n + j] = lu[p * n + j];
                        lu[p * n + j] = t;
                    }
                }
                for (int i = k + 1; i < n; i++) {
                    double f = lu[i * n + k] /= lu[k * n + k];
                    for (int j = k + 1; j < n; j++) lu[i * n + j] -= f * lu[k * n + j];
                }
            }
        }

        /** X with A X = B, for B of n rows and {@code cols} columns in row-major order. */
        double[] solve(double[] b, int cols) {
            double[] x = b.clone();
            for (int k = 0; k < n; k++) {
                if (pivot[k] == k) continue;
                for (int j = 0; j < cols; j++) {
                    double t = x[k * cols + j];
                    x[k * cols + j] = x[pivot[k] * cols + j];
                    x[pivot[k] * cols + j] = t;
                }
            }
            for (int j = 0; j < cols; j++) {
                for (int i = 0; i < n; i++) {
                    double s = x[i * cols + j];
                    for (int k = 0; k < i; k++) s -= lu[i * n + k] * x[k * cols + j];
                    x[i * cols + j] = s;
                }
                for (int i = n - 1; i >= 0; i--) {
                    double s = x[i * cols + j];
                    for (int k = i + 1; k < n; k++) s -= lu[i * n + k] * x[k * cols + j];
                    x[i * cols + j] = s / lu[i * n + i];
                }
            }
            return x;
        }

        /** As NumPy's det: the sign, times exp of the summed logs of the diagonal (its slogdet). */
        double det() {
            double sign = swaps % 2 == 0 ? 1 : -1, logdet = 0;
            for (int i = 0; i < n; i++) {
                double u = lu[i * n + i];
                if (u < 0) sign = -sign;
                logdet += Math.log(Math.abs(u));
            }
            return sign * Math.exp(logdet);
        }
    }
}
