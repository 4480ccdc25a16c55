package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** {@code F.embedding}: rows of a weight matrix picked by int64 or int32 indices (EmbeddingBackward0). */
public final class Embedding {
    private Embedding() {}

    /** Rows {@code weight[indices]}, shaped {@code indices.shape + (dim,)}; paddingIdx (or -1) gets no gradient. */
    public static Tensor embedding(Tensor weight, Tensor indices, long paddingIdx) {
        if (indices.dtype != DType.INT64 && indices.dtype != DType.INT32) {
            throw PyError.runtime("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int;"
                    + " but got torch." + indices.dtype.scalarTypeName() + "Tensor instead (while checking arguments for embedding)");
        }
        int rows = weight.shape[0], dim = weight.shape[1], n = indices.numel();
        double[] w = weight.values(), idx = indices.values(), out = new double[n * dim];
        double[] pick = new double[n * rows];
        for (int i = 0; i < n; i++) {
            long r = (long) idx[i];
            if (r < 0 || r >= rows) throw PyError.index("index out of range in self");
            System.arraycopy(w, (int) r * dim, out, i * dim, dim);
            if (r != paddingIdx) pick[i * rows + (int) r] = 1;
        }
        int[] shape = java.util.Arrays.copyOf(indices.shape, indices.dim() + 1);
        shape[indices.dim()] = dim;
        Tensor picks = new Tensor(pick, new int[] {n, rows}, weight.dtype);
        // The gradient of each row sums the gradients of its picks, in order: picks^T @ grad.
        // its indices are saved, as in PyTorch: after backward, the node cannot run again
        return record(new Tensor(out, shape, weight.dtype), "EmbeddingBackward0", Saves.INDICES,
                g -> new Tensor[] {LinearAlgebra.mm(Views.t(picks), g.reshape(n, dim))}, weight);
    }
}
