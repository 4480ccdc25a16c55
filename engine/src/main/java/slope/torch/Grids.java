package slope.torch;

import slope.lang.PyTuple;
import slope.run.PyError;
import slope.tensor.Tensor;

/** {@code torch.meshgrid}: coordinate grids for contour plots of a function of two variables. */
final class Grids {
    private Grids() {}

    static PyTuple meshgrid(Object[] vectors, String indexing) {
        if (!indexing.equals("ij") && !indexing.equals("xy")) {
            throw PyError.value("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
        }
        int n = vectors.length;
        int[] shape = new int[n];
        Tensor[] ts = new Tensor[n];
        for (int i = 0; i < n; i++) {
            ts[i] = Convert.tensorArg(vectors[i], "meshgrid", "tensors").reshape(-1);
            shape[i] = ts[i].shape[0];
        }
        boolean xy = indexing.equals("xy") && n >= 2;
        if (xy) {
            int s = shape[0];
            shape[0] = shape[1];
            shape[1] = s;
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            int axis = xy && i < 2 ? 1 - i : i;
            int[] view = new int[n];
            java.util.Arrays.fill(view, 1);
            view[axis] = ts[i].shape[0];
            out[i] = ts[i].reshape(view).expand(shape);
        }
        return new PyTuple(out);
    }
}
