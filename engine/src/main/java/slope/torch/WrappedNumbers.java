package slope.torch;

import slope.tensor.Tensor;

/**
 * The Python numbers of tensor operators ({@code 2 * x}, {@code x + 1}) as wrapped-number tensors,
 * each made once and then reused: a scalar training loop meets the same few constants on every
 * step, and three allocations per constant were a tenth of its forward pass. Only operators may
 * take them, because nothing an operator does writes to its operands or hands them to the user
 * (a property setter such as {@code x.grad = 2.0} makes its own tensor through {@link Convert}).
 *
 * <p>The cache is shared by every run on the server's threads. That is safe without locks: an entry
 * is immutable, and a thread that finds one sees its tensor whole (storage array included, made
 * before the entry), as final fields guarantee.
 */
final class WrappedNumbers {
    private WrappedNumbers() {}

    private static final int SLOTS = 32; // a power of two
    private static final Entry[] CACHE = new Entry[SLOTS];

    private static final class Entry {
        final Object number;
        final Tensor wrapped;

        Entry(Object number, Tensor wrapped) {
            this.number = number;
            this.wrapped = wrapped;
        }
    }

    /** {@code o} as an operator's operand: a tensor, a cached wrapped number, or null when it is neither. */
    static Tensor operand(Object o) {
        if (o instanceof Tensor) return (Tensor) o;
        int slot;
        if (o instanceof Long) slot = (int) (long) (Long) o;
        else if (o instanceof Double) slot = Double.hashCode((Double) o);
        else if (o instanceof Boolean) slot = (Boolean) o ? 1 : 0;
        else return null;
        slot = (slot ^ (slot >>> 16)) & (SLOTS - 1);
        Entry e = CACHE[slot];
        // a constant in the source is one box, so == usually answers; else equals: same class and same value
        // (Double.equals compares bits, so -0.0 and 0.0 stay apart)
        if (e != null && (e.number == o || e.number.equals(o))) return e.wrapped;
        Tensor t = Convert.operand(o);
        t.storage.data(); // its array made now, before it is shared, never written later
        CACHE[slot] = new Entry(o, t);
        return t;
    }
}
