package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/** matmul and its special cases (mm, mv, dot, batched), as torch.matmul dispatches them, and kron. */
public final class LinearAlgebra {
    private LinearAlgebra() {}

    public static Tensor matmul(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw PyError.runtime("both arguments to matmul need to be at least 1D, but they are " + a.dim() + "D and "
                    + b.dim() + "D");
        }
        if (a.dim() == 1 && b.dim() == 1) return dot(a, b);
        if (a.dim() == 2 && b.dim() == 1) return mv(a, b);
        if (a.dim() == 1 && b.dim() == 2) return Views.squeeze(mm(Views.unsqueeze(a, 0), b), 0, "SqueezeBackward4");
        if (a.dim() == 2 && b.dim() == 2) return mm(a, b);
        if (a.dim() >= 3 && b.dim() <= 2) return folded(a, b);
        return batched(a, b);
    }

    /** ATen folds a batch of matrices times one matrix (or vector) into one mm (or mv) over stacked rows. */
    private static Tensor folded(Tensor a, Tensor b) {
        int k = a.shape[a.dim() - 1];
        Tensor rows = a.reshape(-1, k);
        Tensor r = b.dim() == 2 ? mm(rows, b) : mv(rows, b);
        int[] shape = java.util.Arrays.copyOf(a.shape, b.dim() == 2 ? a.dim() : a.dim() - 1);
        if (b.dim() == 2) shape[a.dim() - 1] = b.shape[1];
        return Views.unsafeView(r, shape);
    }

    private static DType common(Tensor a, Tensor b) {
        if (a.dtype != b.dtype) {
            throw PyError.runtime("expected m1 and m2 to have the same dtype, but got: " + a.dtype.cName() + " != "
                    + b.dtype.cName());
        }
        return a.dtype;
    }

    public static Tensor mm(Tensor a, Tensor b) {
        if (a.dim() != 2) throw PyError.runtime("self must be a matrix");
        if (b.dim() != 2) throw PyError.runtime("mat2 must be a matrix");
        if (a.shape[1] != b.shape[0]) {
            throw PyError.runtime("mat1 and mat2 shapes cannot be multiplied (" + a.shape[0] + "x" + a.shape[1] + " and "
                    + b.shape[0] + "x" + b.shape[1] + ")");
        }
        DType dt = common(a, b);
        int m = a.shape[0], k = a.shape[1], n = b.shape[1];
        double[] c = Kernels.mm(a, b, dt);
        Tensor out = new Tensor(c, new int[] {m, n}, dt);
        return record(out, "MmBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? mm(g, Views.t(b)) : null,
            wants(b) ? mm(Views.t(a), g) : null}, a, b);
    }

    public static Tensor mv(Tensor a, Tensor v) {
        if (a.shape[1] != v.shape[0]) {
            throw PyError.runtime("size mismatch, got input (" + a.shape[0] + "), mat (" + a.shape[0] + "x" + a.shape[1]
                    + "), vec (" + v.shape[0] + ")");
        }
        DType dt = common(a, v);
        double[] c = Kernels.mm(a.values(), 0, v.values(), 0, a.shape[0], a.shape[1], 1, dt);
        Tensor out = new Tensor(c, new int[] {a.shape[0]}, dt);
        return record(out, "MvBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? Views.unsqueeze(g, 1).mul(v) : null,
            wants(v) ? mv(Views.t(a), g) : null}, a, v);
    }

    public static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw PyError.runtime("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        if (a.dtype != b.dtype) { // ATen's dot_check: dims, then dtypes, then sizes
            throw PyError.runtime("dot : expected both vectors to have same dtype, but found " + a.dtype.scalarTypeName()
                    + " and " + b.dtype.scalarTypeName());
        }
        if (a.shape[0] != b.shape[0]) {
            throw PyError.runtime("inconsistent tensor size, expected tensor [" + a.shape[0] + "] and src [" + b.shape[0]
                    + "] to have the same number of elements, but got " + a.shape[0] + " and " + b.shape[0]
                    + " elements respectively");
        }
        DType dt = a.dtype;
        double[] c = Kernels.mm(a.values(), 0, b.values(), 0, 1, a.shape[0], 1, dt);
        Tensor out = new Tensor(c, Shape.SCALAR, dt);
        return record(out, "DotBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? b.mul(g) : null,
            wants(b) ? a.mul(g) : null}, a, b);
    }

    /** Batched matmul: leading dims broadcast, each batch an mm. */
    private static Tensor batched(Tensor a, Tensor b) {
        Tensor a3 = a.dim() == 1 ? Views.unsqueeze(a, 0) : a;
        Tensor b3 = b.dim() == 1 ? Views.unsqueeze(b, 1) : b;
        int m = a3.shape[a3.dim() - 2], k = a3.shape[a3.dim() - 1], k2 = b3.shape[b3.dim() - 2], n = b3.shape[b3.dim() - 1];
        int[] batchA = java.util.Arrays.copyOf(a3.shape, a3.dim() - 2), batchB = java.util.Arrays.copyOf(b3.shape, b3.dim() - 2);
        int[] batch = Shape.broadcast(batchA, batchB);
        if (k != k2) {
            // bmm's check, after both operands were expanded to the broadcast batch and flattened to 3D
            throw PyError.runtime("Expected size for first two dimensions of batch2 tensor to be: [" + Shape.numel(batch)
                    + ", " + k + "] but got: [" + Shape.numel(batch) + ", " + k2 + "].");
        }
        int[] outA = Shape.append(batch, m, k), outB = Shape.append(batch, k, n);
        Tensor ae = a3.expand(outA).reshape(-1, m, k), be = b3.expand(outB).reshape(-1, k, n);
        Tensor r = Views.unsafeView(bmm(ae, be), Shape.append(batch, m, n));
        if (a.dim() == 1) r = Views.squeeze(r, -2);
        if (b.dim() == 1) r = Views.squeeze(r, -1);
        return r;
    }

    public static Tensor bmm(Tensor a, Tensor b) {
        DType dt = common(a, b);
        int batches = a.shape[0], m = a.shape[1], k = a.shape[2], n = b.shape[2];
        double[] av = a.values(), bv = b.values();
        double[] c = new double[batches * m * n];
        for (int i = 0; i < batches; i++) {
            double[] ci = Kernels.mm(av, i * m * k, bv, i * k * n, m, k, n, dt);
            System.arraycopy(ci, 0, c, i * m * n, m * n);
        }
        Tensor out = new Tensor(c, new int[] {batches, m, n}, dt);
        return record(out, "BmmBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(a) ? bmm(g, b.transpose(1, 2)) : null,
            wants(b) ? bmm(a.transpose(1, 2), g) : null}, a, b);
    }

    /** {@code bias + a @ b} as one node: nn.Linear's forward on a batch (PyTorch's addmm, AddmmBackward0). */
    public static Tensor addmm(Tensor bias, Tensor a, Tensor b) {
        if (bias.dtype != b.dtype || a.dtype != b.dtype) {
            throw PyError.runtime((bias.dtype != b.dtype ? "self" : "mat1") + " and mat2 must have the same dtype, but got "
                    + (bias.dtype != b.dtype ? bias.dtype : a.dtype).scalarTypeName() + " and " + b.dtype.scalarTypeName());
        }
        Tensor out = mm(a.detach(), b.detach()).add(bias.detach());
        return record(out, "AddmmBackward0", Saves.INPUTS, g -> new Tensor[] {
            wants(bias) ? g.sumTo(bias.shape) : null,
            wants(a) ? mm(g, Views.t(b)) : null,
            wants(b) ? mm(Views.t(a), g) : null}, bias, a, b);
    }

    /**
     * ATen's kron: a viewed with a size-1 dim after each of its dims, b with one before each (both padded with leading
     * ones to the larger rank), their broadcast product viewed as the result: an _unsafe_view of a mul, as PyTorch
     * records it.
     */
    public static Tensor kron(Tensor a, Tensor b) {
        int n = Math.max(a.dim(), b.dim());
        int[] as = new int[2 * n], bs = new int[2 * n], shape = new int[n];
        for (int i = 0; i < n; i++) {
            as[2 * i] = i < n - a.dim() ? 1 : a.shape[i - n + a.dim()];
            as[2 * i + 1] = 1;
            bs[2 * i] = 1;
            bs[2 * i + 1] = i < n - b.dim() ? 1 : b.shape[i - n + b.dim()];
            shape[i] = as[2 * i] * bs[2 * i + 1];
        }
        return Views.unsafeView(Arithmetic.mul(Views.unsafeView(a, as), Views.unsafeView(b, bs)), shape);
    }
}
