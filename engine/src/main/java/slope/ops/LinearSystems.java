package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code torch.linalg.inv}, {@code det} and {@code solve} of one square matrix, through an LU factorization with
 * partial pivoting (LAPACK's getrf algorithm, in double, rounded once to the dtype), {@code cholesky} and
 * {@code lstsq}, each with PyTorch's grad_fn and a backward written in matmul, transpose and solve, so it
 * differentiates again.
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

    /** {@code torch.linalg.cholesky(A, upper=False)}: L lower triangular with {@code A = L L^T} (or its transpose, upper). */
    public static Tensor cholesky(Tensor a, boolean upper) {
        int n = square(a, "cholesky");
        double[] l = new double[n * n], v = a.values();
        for (int j = 0; j < n; j++) {
            double d = v[j * n + j];
            for (int k = 0; k < j; k++) d -= l[j * n + k] * l[j * n + k];
            if (!(d > 0)) {
                throw new PyError("_LinAlgError", "linalg.cholesky: The factorization could not be completed because the input is"
                        + " not positive-definite (the leading minor of order " + (j + 1) + " is not positive-definite).");
            }
            l[j * n + j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = v[i * n + j]; // LAPACK reads the lower triangle only
                for (int k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = s / l[j * n + j];
            }
        }
        Tensor lower = rounded(l, new int[] {n, n}, a.dtype);
        Tensor out = upper ? Views.clone(Views.t(lower)) : lower;
        // PyTorch's cholesky_backward (Murray 2016): A's gradient is L^-T Phi(L^T gL) L^-1, Phi the symmetrized lower part
        return record(out, "LinalgCholeskyExBackward0", Saves.RESULT, g -> {
            Tensor lo = upper ? Views.t(out) : out, gl = upper ? Views.t(g) : g;
            Tensor phi = Rearrange.triangle(LinearAlgebra.matmul(Views.t(lo), gl), 0, false);
            phi = phi.add(Views.t(Rearrange.triangle(phi, -1, false))).mul(0.5);
            Tensor left = solve(Views.t(lo), phi); // L^-T Phi
            return new Tensor[] {Views.t(solve(Views.t(lo), Views.t(left)))}; // (L^-T Phi) L^-1, through its transpose
        }, a);
    }

    /**
     * {@code torch.linalg.lstsq(A, B)}: X minimizing ||A X - B|| for A of full column rank (m >= n), through Householder
     * QR in double. Gradients as of {@code X = (A^T A)^-1 A^T B}: with {@code W = (A^T A)^-1 gX}, {@code gB = A W} and
     * {@code gA = (B - A X) W^T - A W X^T}.
     */
    public static Tensor lstsq(Tensor a, Tensor b) {
        if (a.dim() != 2) throw new PyError("NotImplementedError", "Slope's linalg.lstsq takes one matrix A (no batches)");
        int m = a.shape[0], n = a.shape[1];
        boolean vector = b.dim() == 1;
        if (b.dim() < 1 || b.dim() > 2 || b.shape[0] != m) {
            throw PyError.runtime("torch.linalg.lstsq: input.size(-2) should match other.size(-2)");
        }
        if (!a.dtype.floating || a.dtype != b.dtype) {
            throw PyError.runtime("torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype "
                    + a.dtype.scalarTypeName() + " and other's dtype " + b.dtype.scalarTypeName());
        }
        int k = vector ? 1 : b.shape[1];
        double[] x = householderSolve(a.values(), m, n, b.values(), k);
        Tensor out = rounded(x, vector ? new int[] {n} : new int[] {n, k}, a.dtype);
        return record(out, "LinalgLstsqBackward0", Saves.INPUTS, g -> {
            Tensor g2 = vector ? Views.unsqueeze(g, 1) : g, x2 = vector ? Views.unsqueeze(lstsq(a, b), 1) : lstsq(a, b);
            Tensor b2 = vector ? Views.unsqueeze(b, 1) : b;
            Tensor w = solve(LinearAlgebra.matmul(Views.t(a), a), g2);
            Tensor aw = LinearAlgebra.matmul(a, w);
            Tensor ga = LinearAlgebra.matmul(b2.sub(LinearAlgebra.matmul(a, x2)), Views.t(w)).sub(LinearAlgebra.matmul(aw, Views.t(x2)));
            return new Tensor[] {wants(a) ? ga : null, wants(b) ? (vector ? Views.squeeze(aw, 1) : aw) : null};
        }, a, b);
    }

    /** The least-squares solution (n x k, row-major) of the m x n system A X = B, A of full column rank. */
    private static double[] householderSolve(double[] a, int m, int n, double[] b, int k) {
        if (m < n) throw new PyError("NotImplementedError", "Slope's linalg.lstsq needs at least as many rows as columns in A");
        double[] r = a.clone(), y = b.clone();
        double largest = 0;
        for (int j = 0; j < n; j++) {
            double norm = 0;
            for (int i = j; i < m; i++) norm += r[i * n + j] * r[i * n + j];
            norm = Math.sqrt(norm);
            largest = Math.max(largest, norm);
            if (norm <= 1e-13 * largest) throw new PyError("NotImplementedError", "Slope's linalg.lstsq needs A of full column rank");
            double alpha = r[j * n + j] > 0 ? -norm : norm; // the reflection away from the diagonal's sign, as LAPACK's
            double[] v = new double[m - j];
            for (int i = j; i < m; i++) v[i - j] = r[i * n + j];
            v[0] -= alpha;
            double vv = 0;
            for (double e : v) vv += e * e;
            for (int c = j; c < n; c++) reflect(v, vv, r, j, c, n, m);
            for (int c = 0; c < k; c++) reflect(v, vv, y, j, c, k, m);
        }
        double[] x = new double[n * k];
        for (int c = 0; c < k; c++) {
            for (int i = n - 1; i >= 0; i--) {
                double s = y[i * k + c];
                for (int j = i + 1; j < n; j++) s -= r[i * n + j] * x[j * k + c];
                x[i * k + c] = s / r[i * n + i];
            }
        }
        return x;
    }

    /** Column c (of a row-major matrix with {@code cols} columns) times the reflection {@code I - 2 v v^T / vv} from row j. */
    private static void reflect(double[] v, double vv, double[] mat, int j, int c, int cols, int m) {
        double dot = 0;
        for (int i = j; i < m; i++) dot += v[i - j] * mat[i * cols + c];
        double f = 2 * dot / vv;
        for (int i = j; i < m; i++) mat[i * cols + c] -= f * v[i - j];
    }
}
