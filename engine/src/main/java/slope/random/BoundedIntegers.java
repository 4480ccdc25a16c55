package slope.random;

/**
 * Integers in a range as NumPy's Generator draws them (numpy/random/src/distributions/distributions.c):
 * Lemire's multiply-and-reject for {@code integers}, on 32-bit draws while the range fits in 32 bits, and
 * masked rejection for the Fisher-Yates swaps of {@code shuffle}. Values are unsigned 64-bit in Java longs.
 */
public final class BoundedIntegers {
    private BoundedIntegers() {}

    private static final long UINT32_MAX = 0xFFFFFFFFL;

    /** random_bounded_uint64 (use_masked false): a value in [off, off + rng], wrapping as uint64. */
    public static long bounded(Pcg64 g, long off, long rng) {
        if (rng == 0) return off;
        if (Long.compareUnsigned(rng, UINT32_MAX) < 0) return off + lemire32(g, rng);
        if (rng == UINT32_MAX) return off + (g.nextInt() & UINT32_MAX);
        if (rng == -1L) return off + g.nextLong();
        return off + lemire64(g, rng);
    }

    /** buffered_bounded_lemire_uint32: the high half of draw * (rng + 1), rejecting the biased low halves. */
    private static long lemire32(Pcg64 g, long rng) {
        long excl = rng + 1;
        long m = (g.nextInt() & UINT32_MAX) * excl;
        long leftover = m & UINT32_MAX;
        if (leftover < excl) {
            long threshold = (UINT32_MAX - rng) % excl;
            while (leftover < threshold) {
                m = (g.nextInt() & UINT32_MAX) * excl;
                leftover = m & UINT32_MAX;
            }
        }
        return m >>> 32;
    }

    /** bounded_lemire_uint64: as lemire32 with a 128-bit product. */
    private static long lemire64(Pcg64 g, long rng) {
        long excl = rng + 1;
        long x = g.nextLong();
        long leftover = x * excl;
        if (Long.compareUnsigned(leftover, excl) < 0) {
            long threshold = Long.remainderUnsigned(-1L - rng, excl);
            while (Long.compareUnsigned(leftover, threshold) < 0) {
                x = g.nextLong();
                leftover = x * excl;
            }
        }
        return Pcg64.unsignedMultiplyHigh(x, excl);
    }

    /** random_interval: a value in [0, max] by drawing under the smallest covering bit mask until one fits. */
    public static long interval(Pcg64 g, long max) {
        if (max == 0) return 0;
        long mask = max;
        for (int s = 1; s <= 32; s <<= 1) mask |= mask >>> s;
        long v;
        if (max <= UINT32_MAX) {
            do v = g.nextInt() & mask; while (v > max);
        } else {
            do v = g.nextLong() & mask; while (Long.compareUnsigned(v, max) > 0);
        }
        return v;
    }
}
