package slope.ops;

import java.util.List;
import slope.run.PyError;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * {@code x[rows, cols]}: indexing with several index tensors (NumPy's advanced indexing, as PyTorch does it).
 * The index tensors broadcast together; their shape replaces the indexed dims where those dims are adjacent,
 * and leads the result where they are not. A {@link Plan} maps each result element to its source position,
 * which serves reading (a {@link Picks} pick) and writing ({@code x[rows, cols] = v}) alike.
 */
final class AdvancedIndex {
    private AdvancedIndex() {}

    /** The result's shape, and for each of its elements the row-major position it reads in the indexed tensor. */
    private record Plan(int[] shape, int[] source) {}

    static Tensor get(Tensor x, List<Integer> dims, List<Tensor> indices) {
        Plan p = plan(x.shape, dims, indices);
        return Picks.pick(x, p.source, p.shape, "IndexBackward0", "IndexPutBackward0");
    }

    /** {@code x[rows, cols] = value}, the value broadcast to the result's shape; a repeated position keeps the last write. */
    static void set(Tensor x, List<Integer> dims, List<Tensor> indices, Tensor value) {
        Plan p = plan(x.shape, dims, indices);
        double[] v = Views.expand(value.detach(), p.shape).values();
        double[] dst = Kernels.writable(x);
        for (int i = 0; i < p.source.length; i++) dst[p.source[i]] = x.dtype.round(v[i]);
        Kernels.store(x, dst);
    }

    private static Plan plan(int[] shape, List<Integer> dims, List<Tensor> indices) {
        int[] b = indices.get(0).shape;
        try {
            for (Tensor t : indices) b = Shape.broadcast(b, t.shape);
        } catch (PyError e) {
            throw broadcastError(indices);
        }
        int n = indices.size();
        double[][] at = new double[n][];
        int[] strides = Shape.contiguousStrides(shape);
        for (int k = 0; k < n; k++) {
            at[k] = Views.expand(indices.get(k), b).values();
            int dim = dims.get(k), size = shape[dim];
            for (int i = 0; i < at[k].length; i++) at[k][i] = Views.wrapIndex((long) at[k][i], size, dim) * (double) strides[dim];
        }
        boolean adjacent = true;
        for (int k = 1; k < n; k++) adjacent &= dims.get(k) == dims.get(k - 1) + 1;
        // the dims no index names, split into those before the index dims' block and those after it
        int first = dims.get(0);
        int[] pre = new int[shape.length], post = new int[shape.length];
        int nPre = 0, nPost = 0;
        for (int d = 0; d < shape.length; d++) {
            if (dims.contains(d)) continue;
            if (adjacent && d < first) pre[nPre++] = d;
            else post[nPost++] = d;
        }
        int[] out = new int[nPre + b.length + nPost];
        for (int i = 0; i < nPre; i++) out[i] = shape[pre[i]];
        System.arraycopy(b, 0, out, nPre, b.length);
        for (int i = 0; i < nPost; i++) out[nPre + b.length + i] = shape[post[i]];
        int preCount = count(shape, pre, nPre), bCount = Shape.numel(b), postCount = count(shape, post, nPost);
        int[] source = new int[preCount * bCount * postCount], postOffsets = new int[postCount];
        for (int qi = 0; qi < postCount; qi++) postOffsets[qi] = offset(shape, strides, post, nPost, qi);
        int i = 0;
        for (int pi = 0; pi < preCount; pi++) {
            int preOffset = offset(shape, strides, pre, nPre, pi);
            for (int bi = 0; bi < bCount; bi++) {
                int indexOffset = 0;
                for (int k = 0; k < n; k++) indexOffset += (int) at[k][bi];
                for (int qi = 0; qi < postCount; qi++) source[i++] = preOffset + indexOffset + postOffsets[qi];
            }
        }
        return new Plan(out, source);
    }

    private static int count(int[] shape, int[] dims, int n) {
        int c = 1;
        for (int i = 0; i < n; i++) c *= shape[dims[i]];
        return c;
    }

    /** The row-major offset of the {@code flat}-th combination of {@code dims}' positions. */
    private static int offset(int[] shape, int[] strides, int[] dims, int n, int flat) {
        int off = 0;
        for (int i = n - 1; i >= 0; i--) {
            int size = shape[dims[i]];
            off += flat % size * strides[dims[i]];
            flat /= size;
        }
        return off;
    }

    private static PyError broadcastError(List<Tensor> indices) {
        StringBuilder s = new StringBuilder("shape mismatch: indexing tensors could not be broadcast together with shapes ");
        for (int k = 0; k < indices.size(); k++) s.append(k > 0 ? ", " : "").append(Shape.list(indices.get(k).shape));
        return PyError.index(s.toString());
    }
}
