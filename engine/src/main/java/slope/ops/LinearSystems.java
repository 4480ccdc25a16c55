package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code torch.linalg.inv}, {@code det} and {@code solve} of one square matrix, through an LU factorization with
 * partial pivoting (LAPACK's getrf algorithm, in double, rounded once to the dtype), each with PyTorch's grad_fn
 * and a backward written in matmul, transpose and inv, so it differentiates again.
 */
public final class LinearSystems {
    private LinearSystems() {}

    /** P A = L U in one array (L below the diagonal, with ones on it; U on and above), and the row swaps. */
    public static final class Lu {
        public final int n;
        final double[] lu;
        final int[] pivot;
        int swaps;
        /** LAPACK's info: the 1-based column of the first zero pivot (A is singular; the factoring stopped), else 0. */
        public int zeroPivot;

        /** Factors the n x n matrix {@code a} (row-major). */
        public Lu(double[] a, int n) {
            this.n = n;
            lu = a.clone();
            pivot = new int[n];
            for (int k = 0; k < n; k++) {
                int p = k;
                for (int i = k + 1; i < n; i++) if (Math.abs(lu[i * n + k]) > Math.abs(lu[p * n + k])) p = i;
                pivot[k] = p;
                if (lu[p * n + k] == 0) {
                    zeroPivot = k + 1;
                    return;
                }
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
        public double[] solve(double[] b, int cols) {
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

        /** The inverse, row-major. */
        public double[] inverse() {
            double[] id = new double[n * n];
            for (int i = 0; i < n; i++) id[i * n + i] = 1;
            return solve(id, n);
        }

        /** The determinant as the product of U's diagonal, signed by the row swaps; 0 for a singular A. */
        public double det() {
            if (zeroPivot != 0) return 0;
            double d = swaps % 2 == 0 ? 1 : -1;
            for (int i = 0; i < n; i++) d *= lu[i * n + i];
            return d;
        }

        /** The sign and the log of the absolute determinant (NumPy's det is their exp); 0 and -inf for a singular A. */
        public double[] slogdet() {
            if (zeroPivot != 0) return new double[] {0, Double.NEGATIVE_INFINITY};
            double sign = swaps % 2 == 0 ? 1 : -1, logdet = 0;
            for (int i = 0; i < n; i++) {
                double u = lu[i * n + i];
                if (u < 0) sign = -sign;
                logdet += Math.log(Math.abs(u));
            }
            return new double[] {sign, logdet};
        }
    }

    private static int square(Tensor a, String op) {
        if (a.dim() < 2) throw PyError.runtime("linalg." + op + ": The input tensor A must have at least 2 dimensions.");
        if (a.dim() > 2) throw new PyError("NotImplementedError", "linalg." + op + " of a batch of matrices is not supported");
        if (a.shape[0] != a.shape[1]) {
            throw PyError.runtime("linalg." + op + ": A must be batches of square matrices, but they are " + a.shape[0] + " by "
                    + a.shape[1] + " matrices");
        }
        if (!a.dtype.floating) {
            throw PyError.runtime("linalg." + op + ": Expected a floating point or complex tensor as input. Got " + a.dtype.scalarTypeName());
        }
        return a.shape[0];
    }

    private static Lu factor(Tensor a, String op) {
        Lu lu = new Lu(a.values(), square(a, op));
        if (lu.zeroPivot != 0) {
            throw new PyError("_LinAlgError", "linalg." + op + ": The diagonal element " + lu.zeroPivot + " is zero, the "
                    + (op.equals("inv") ? "inversion" : "solve") + " could not be completed because the input matrix is singular.");
        }
        return lu;
    }

    private static Tensor rounded(double[] v, int[] shape, DType dt) {
        for (int i = 0; i < v.length; i++) v[i] = dt.round(v[i]);
        return new Tensor(v, shape, dt);
    }

    /** {@code torch.linalg.inv(A)}: the gradient of A is {@code -A^-T g A^-T}. */
    public static Tensor inv(Tensor a) {
        Lu lu = factor(a, "inv");
        Tensor out = rounded(lu.inverse(), new int[] {lu.n, lu.n}, a.dtype);
        return record(out, "LinalgInvExBackward0", Saves.RESULT, g -> {
            Tensor it = Views.t(inv(a));
            return new Tensor[] {LinearAlgebra.matmul(LinearAlgebra.matmul(it, g), it).neg()};
        }, a);
    }

    /** {@code torch.linalg.det(A)}: the gradient of A is {@code g det(A) A^-T}. */
    public static Tensor det(Tensor a) {
        Tensor out = Tensor.scalar(new Lu(a.values(), square(a, "det")).det(), a.dtype);
        return record(out, "LinalgDetBackward0", Saves.INPUTS, g -> new Tensor[] {Views.t(inv(a)).mul(det(a).mul(g))}, a);
    }

    /** {@code torch.linalg.solve(A, B)}: X with A X = B, B a vector or a matrix; gradients {@code A^-T g} and {@code -gB X^T}. */
    public static Tensor solve(Tensor a, Tensor b) {
        Lu lu = factor(a, "solve");
        if (b.dim() < 1 || b.dim() > 2 || b.shape[0] != lu.n) {
            throw PyError.runtime("linalg.solve: Incompatible shapes of A and B for the equation AX = B (" + lu.n + "x" + lu.n
                    + " and " + slope.tensor.Shape.list(b.shape).replace("[", "").replace("]", "").replace(", ", "x") + ")");
        }
        DType dt = DType.promote(a.dtype, b.dtype);
        Tensor x = rounded(lu.solve(b.values(), b.dim() == 1 ? 1 : b.shape[1]), b.shape.clone(), dt);
        return record(x, "LinalgSolveExBackward0", Saves.INPUTS, g -> {
            Tensor gb = solve(Views.t(a), g);
            Tensor xs = solve(a, b);
            Tensor ga = b.dim() == 1 ? LinearAlgebra.matmul(Views.unsqueeze(gb, 1), Views.unsqueeze(xs, 0)).neg()
                    : LinearAlgebra.matmul(gb, Views.t(xs)).neg();
            return new Tensor[] {wants(a) ? ga : null, wants(b) ? gb : null};
        }, a, b);
    }
}
