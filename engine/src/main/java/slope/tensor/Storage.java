package slope.tensor;

import slope.run.Budget;

/**
 * The memory behind one or more tensors (views share it). Values of every dtype are held as
 * doubles, already rounded to the dtype. This class and {@link Kernels} are the seam where a
 * device backend (CUDA on the server) plugs in: nothing above them touches {@link #data()} directly
 * except the CPU kernels and the printing of values.
 *
 * <p>A storage may be pending: made by a large elementwise op, it holds the {@link Lazy} expression
 * of its values instead, computed on the first read, fused with the ops it was built from.
 */
public final class Storage {
    /** The values; null while pending, and for a one-value storage until someone asks for the array. */
    private double[] data;
    /** The value of a storage made by {@link #ofValue}: scalar graphs make millions, and few need an array. */
    private double value;
    /** The expression this storage's values come from, until they are first read. */
    private Lazy pending;
    /** Pending expressions holding this storage's current array as an operand: a write must leave it to them. */
    int lazyReaders;
    /** Bumped whenever a write swaps in a copy, so a reader knows whether it still counts in lazyReaders. */
    int generation;

    public Storage(double[] data) {
        this.data = data;
    }

    Storage(Lazy pending) {
        this.pending = pending;
    }

    /** A storage of one value, which makes its array only when {@link #data()} is called. */
    public static Storage ofValue(double value) {
        Storage s = new Storage((double[]) null);
        s.value = value;
        return s;
    }

    public static Storage allocate(int n) {
        Budget.current().allocate(n);
        return new Storage(new double[n]);
    }

    /** The values, computed first when they are pending. Read only: writes go through {@link #forWrite()}. */
    public double[] data() {
        if (data == null) {
            if (pending != null) pending.realize();
            else data = new double[] {value};
        }
        return data;
    }

    /** The value at {@code index}, as {@code data()[index]}, without making a one-value storage's array. */
    public double valueAt(int index) {
        return data == null && pending == null ? value : data()[index];
    }

    /** Computes pending values now, so that backward does the work rather than whoever reads them later. */
    public void compute() {
        if (pending != null) pending.realize();
    }

    /**
     * The values for an in-place write ({@link Tensor#forWrite} bumps the tensor's version). When a pending expression still reads
     * them, the write goes to a copy and the expression keeps the old array (copy on write).
     */
    public double[] forWrite() {
        double[] d = data();
        if (lazyReaders > 0) {
            data = d = d.clone();
            lazyReaders = 0;
            generation++;
        }
        return d;
    }

    /** {@link #compute}, into {@code array} (no longer anyone else's) when the pending values are as many. */
    public void computeInto(double[] array) {
        if (pending != null) pending.realizeInto(array);
    }

    /** The array of a storage that nothing will read again, for {@link #computeInto}; null when it has none to give. */
    double[] arrayToReuse() {
        return pending == null && lazyReaders == 0 ? data : null;
    }

    public boolean isPending() { return pending != null; }

    /** {@link #compute} of each, pending sums that share their operands summed in one pass ({@link Tensor#sumLater}). */
    public static void computeTogether(java.util.List<Storage> storages) {
        Lazy.computeTogether(storages);
    }

    /**
     * Says that pending values will be read more than once (a tensor autograd saves, a gradient sent to
     * several inputs): the pass that computes them keeps them, rather than computing them again later.
     */
    public void expectReads() {
        if (pending != null) pending.expectRead();
    }

    Lazy pending() { return pending; }

    /** Called by the expression once its values are computed. */
    void realized(double[] values) {
        data = values;
        pending = null;
    }
}
