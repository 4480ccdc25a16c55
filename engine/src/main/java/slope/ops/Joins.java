package slope.ops;

import static slope.autograd.Node.record;

import java.util.List;
import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/** torch.cat, torch.stack and torch.block_diag. */
public final class Joins {
    private Joins() {}

    public static Tensor cat(List<Tensor> parts, int dim) {
        if (parts.isEmpty()) throw PyError.runtime("torch.cat(): expected a non-empty list of Tensors");
        Tensor first = parts.get(0);
        int d = Shape.wrapDim(dim, first.dim());
        int total = 0;
        DType dt = first.dtype;
        for (int i = 0; i < parts.size(); i++) {
            Tensor p = parts.get(i);
            dt = DType.promote(dt, p.dtype);
            if (p.dim() != first.dim()) {
                throw PyError.runtime("Tensors must have same number of dimensions: got " + first.dim() + " and " + p.dim());
            }
            for (int k = 0; k < p.dim(); k++) {
                if (k != d && p.shape[k] != first.shape[k]) {
                    throw PyError.runtime("Sizes of tensors must match except in dimension " + d + ". Expected size "
                            + first.shape[k] + " but got size " + p.shape[k] + " for tensor number " + i + " in the list.");
                }
            }
            total += p.shape[d];
        }
        int[] shape = first.shape.clone();
        shape[d] = total;
        double[] data = Storage.allocate(Shape.numel(shape)).data();
        Tensor out = new Tensor(data, shape, dt);
        int at = 0;
        int[] starts = new int[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Tensor p = parts.get(i);
            starts[i] = at;
            Kernels.copyInto(Views.slice(out.detach(), d, new Views.Slice((long) at, (long) (at + p.shape[d]), 1L)), p);
            at += p.shape[d];
        }
        Tensor[] inputs = parts.toArray(new Tensor[0]);
        return record(out, "CatBackward0", Saves.NOTHING, g -> {
            Tensor[] gs = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                gs[i] = Views.slice(g, d, new Views.Slice((long) starts[i], (long) (starts[i] + inputs[i].shape[d]), 1L));
            }
            return gs;
        }, inputs);
    }

    public static Tensor stack(List<Tensor> parts, int dim) {
        if (parts.isEmpty()) throw PyError.runtime("stack expects a non-empty TensorList");
        Tensor first = parts.get(0);
        int d = Shape.wrapDim(dim, first.dim() + 1);
        for (int i = 1; i < parts.size(); i++) {
            if (!java.util.Arrays.equals(parts.get(i).shape, first.shape)) {
                throw PyError.runtime("stack expects each tensor to be equal size, but got " + Shape.list(first.shape)
                        + " at entry 0 and " + Shape.list(parts.get(i).shape) + " at entry " + i);
            }
        }
        java.util.ArrayList<Tensor> expanded = new java.util.ArrayList<>();
        for (Tensor p : parts) expanded.add(Views.unsqueeze(p.detach(), d));
        Tensor out = cat(expanded, d);
        Tensor[] inputs = parts.toArray(new Tensor[0]);
        return record(out, "StackBackward0", Saves.NOTHING, g -> {
            Tensor[] gs = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) gs[i] = Views.select(g, d, i);
            return gs;
        }, inputs);
    }

    /**
     * {@code torch.block_diag}: the inputs down the diagonal of a zero matrix of their result_type, a 0-d input as a
     * 1x1 block and a 1-d one as a row (ATen expands both so); no inputs give an empty 1x0 float matrix.
     */
    public static Tensor blockDiag(List<Tensor> parts) {
        if (parts.isEmpty()) return new Tensor(new double[0], new int[] {1, 0}, DType.FLOAT32);
        int rows = 0, cols = 0;
        int[][] blocks = new int[parts.size()][];
        for (int i = 0; i < parts.size(); i++) {
            Tensor p = parts.get(i);
            if (p.dim() > 2) {
                throw PyError.runtime("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + i
                        + " has " + p.dim() + " dimensions");
            }
            blocks[i] = p.dim() == 2 ? p.shape : new int[] {1, p.dim() == 1 ? p.shape[0] : 1};
            rows += blocks[i][0];
            cols += blocks[i][1];
        }
        Tensor out = Tensor.zeros(new int[] {rows, cols}, Promotion.result(parts));
        for (int i = 0, r = 0, c = 0; i < parts.size(); r += blocks[i][0], c += blocks[i][1], i++) {
            Kernels.copyInto(block(out.detach(), r, c, blocks[i]), parts.get(i).detach().reshape(blocks[i]));
        }
        Tensor[] inputs = parts.toArray(new Tensor[0]);
        return record(out, "BlockDiagBackward0", Saves.NOTHING, g -> {
            // ATen's block_diag_backward: each block sliced back out and squeezed to its input's rank; an empty 1-d
            // input gets zeros and, as there, does not advance the position for the blocks after it
            Tensor[] gs = new Tensor[inputs.length];
            for (int i = 0, r = 0, c = 0; i < inputs.length; i++) {
                Tensor in = inputs[i];
                if (in.dim() == 1 && in.shape[0] == 0) {
                    gs[i] = Tensor.zeros(new int[] {0}, g.dtype);
                    continue;
                }
                Tensor s = block(g, r, c, blocks[i]);
                for (int d = in.dim(); d < 2; d++) s = Views.squeeze(s, -1);
                gs[i] = s;
                r += blocks[i][0];
                c += blocks[i][1];
            }
            return gs;
        }, inputs);
    }

    /** Rows r to r + size[0] and columns c to c + size[1] of matrix m, as a view: one of block_diag's blocks. */
    private static Tensor block(Tensor m, int r, int c, int[] size) {
        Tensor rows = Views.slice(m, 0, new Views.Slice((long) r, (long) r + size[0], 1L));
        return Views.slice(rows, 1, new Views.Slice((long) c, (long) c + size[1], 1L));
    }
}
