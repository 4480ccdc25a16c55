package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.tensor.Shape;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/**
 * Ops whose every result element is one element of the input: {@code out[i] = x[source[i]]}, positions counted
 * row-major in x. Index tensors, flip, repeat, gather, index_select and sort pick this way; the gradient adds
 * each g[i] back at source[i] (a position picked twice gets both), and that is a pick's transpose in turn.
 */
final class Picks {
    private Picks() {}

    /**
     * The picked elements, shaped {@code shape}, recorded under {@code name}; {@code scatterName} names the
     * gradient's own node, as PyTorch names the op its backward uses (IndexPutBackward0 for an index).
     */
    static Tensor pick(Tensor x, int[] source, int[] shape, String name, String scatterName) {
        return pick(x, source, shape, name, scatterName, Saves.INDICES, Saves.NOTHING);
    }

    /**
     * {@link #pick} with what each node saves, as PyTorch's op saves it (max pooling saves its input, and its
     * gradient's node the indices): a node that saved anything refuses a second backward once freed.
     */
    static Tensor pick(Tensor x, int[] source, int[] shape, String name, String scatterName, Saves pickSaves, Saves scatterSaves) {
        double[] v = x.values(), out = Storage.allocate(source.length).data(); // counted against the run's element budget
        for (int i = 0; i < out.length; i++) out[i] = v[source[i]];
        return record(new Tensor(out, shape, x.dtype), name, pickSaves,
                g -> new Tensor[] {scatterAdd(g, x.shape, source, name, scatterName, pickSaves, scatterSaves)}, x);
    }

    /** g's elements added into zeros of {@code shape} at their sources; differentiable again, as a pick. */
    private static Tensor scatterAdd(Tensor g, int[] shape, int[] source, String name, String scatterName, Saves pickSaves,
                                     Saves scatterSaves) {
        double[] gv = g.values(), z = Storage.allocate(Shape.numel(shape)).data();
        for (int i = 0; i < source.length; i++) z[source[i]] = g.dtype.round(z[source[i]] + gv[i]);
        Tensor out = new Tensor(z, shape.clone(), g.dtype);
        return record(out, scatterName, scatterSaves,
                gg -> new Tensor[] {pick(gg, source, g.shape.clone(), name, scatterName, pickSaves, scatterSaves)}, g);
    }

    /** The coordinates of a shape's elements in row-major order, one element at a time: {@code c} is the current one's. */
    static final class Odometer {
        private final int[] shape;
        final int[] c;

        Odometer(int[] shape) {
            this.shape = shape;
            this.c = new int[shape.length];
        }

        void next() {
            for (int d = shape.length - 1; d >= 0; d--) {
                if (++c[d] < shape[d]) return;
                c[d] = 0;
            }
        }
    }

    /** The row-major position of coordinates {@code c} in a tensor of {@code shape}. */
    static int position(int[] shape, int[] c) {
        int p = 0;
        for (int d = 0; d < shape.length; d++) p = p * shape[d] + c[d];
        return p;
    }

    /** The position of {@code c} with its coordinate along {@code dim} replaced by {@code at}. */
    static int position(int[] shape, int[] c, int dim, int at) {
        int p = 0;
        for (int d = 0; d < shape.length; d++) p = p * shape[d] + (d == dim ? at : c[d]);
        return p;
    }

    /** The row-major distance between neighbours along d (a 0-d tensor is one line of one). */
    static int strideAlong(Tensor x, int d) { return x.dim() == 0 ? 1 : Shape.contiguousStrides(x.shape)[d]; }
}
