package slope.tensor;

import slope.run.Budget;

/**
 * The memory behind one or more tensors (views share it). Values of every dtype are held as
 * doubles, already rounded to the dtype. This class and {@link Kernels} are the seam where a
 * device backend (CUDA on the server) plugs in: nothing above them touches {@code data} directly
 * except the CPU kernels and the printing of values.
 */
public final class Storage {
    public final double[] data;
    /** PyTorch's version counter, shared by views: bumped by every in-place write, checked by saved tensors. */
    public int version;

    public Storage(double[] data) {
        this.data = data;
    }

    public static Storage allocate(int n) {
        Budget.current().allocate(n);
        return new Storage(new double[n]);
    }
}
