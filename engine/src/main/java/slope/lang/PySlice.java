package slope.lang;

import slope.run.PyError;

/** A slice key {@code a:b:c}; each part is a value or {@link Py#NONE}. Foreign getitem receives these. */
public final class PySlice {
    public final Object start, stop, step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Python's {@code slice.indices(length)}: {start, stop, step} clipped to a sequence of that length. */
    public long[] indices(long length) {
        long st = step == Py.NONE ? 1 : Py.index(step);
        if (st == 0) throw PyError.value("slice step cannot be zero");
        long lo, hi;
        if (st > 0) {
            lo = bound(start, 0, length, 0, length);
            hi = bound(stop, length, length, 0, length);
        } else {
            lo = bound(start, length - 1, length, -1, length - 1);
            hi = bound(stop, -1, length, -1, length - 1);
        }
        return new long[] {lo, hi, st};
    }

    private static long bound(Object v, long dflt, long length, long min, long max) {
        if (v == Py.NONE) return dflt;
        long i = Py.index(v);
        if (i < 0) i += length;
        return i < min ? min : Math.min(i, max);
    }

    /** Number of elements a slice with these {start, stop, step} selects. */
    public static long count(long[] ix) {
        long lo = ix[0], hi = ix[1], st = ix[2];
        if (st > 0) return lo < hi ? (hi - lo - 1) / st + 1 : 0;
        return lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
    }
}
