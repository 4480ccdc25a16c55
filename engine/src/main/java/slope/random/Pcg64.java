package slope.random;

/**
 * PCG64, the bit generator under NumPy's {@code default_rng} (numpy/random/src/pcg64): a 128-bit LCG whose
 * output is the XSL-RR permutation of the new state. The 128-bit words are held as two longs (high, low);
 * TeaVM has no 128-bit type, and BigInteger would be far too slow per draw.
 */
public final class Pcg64 {
    private static final long MULT_HI = 0x2360ED051FC65DA4L, MULT_LO = 0x4385DF649FCCF645L;
    private long stateHi, stateLo, incHi, incLo;
    /** next_uint32 hands out both halves of one 64-bit draw, the low half first. */
    private boolean hasUint32;
    private int uinteger;

    /** The generator NumPy's {@code PCG64(seed)} makes: state and increment from the SeedSequence of the seed. */
    public Pcg64(long seed) {
        int[] w = new SeedSequence(seed).generateState(8);
        // generate_state(4, uint64): words pair up little-endian; the first two uint64 are the state (high first)
        srandom(word(w, 0), word(w, 1), word(w, 2), word(w, 3));
    }

    private static long word(int[] w, int i) { return (w[2 * i] & 0xFFFFFFFFL) | ((long) w[2 * i + 1] << 32); }

    /** pcg_setseq_128_srandom_r: the increment is odd, and the seed is added between two steps. */
    private void srandom(long initHi, long initLo, long seqHi, long seqLo) {
        stateHi = 0;
        stateLo = 0;
        incHi = (seqHi << 1) | (seqLo >>> 63);
        incLo = (seqLo << 1) | 1;
        step();
        long lo = stateLo + initLo;
        stateHi += initHi + (Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0);
        stateLo = lo;
        step();
        hasUint32 = false;
        uinteger = 0;
    }

    /** state = state * MULT + inc, mod 2**128. */
    private void step() {
        long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
        long lo = stateLo * MULT_LO;
        long sum = lo + incLo;
        stateHi = hi + incHi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
        stateLo = sum;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        step();
        return Long.rotateRight(stateHi ^ stateLo, (int) (stateHi >>> 58));
    }

    /** The next 32 random bits (unsigned, in Java's int). */
    public int nextInt() {
        if (hasUint32) {
            hasUint32 = false;
            return uinteger;
        }
        long next = nextLong();
        hasUint32 = true;
        uinteger = (int) (next >>> 32);
        return (int) next;
    }

    /** A double in [0, 1) from the top 53 bits of a draw. */
    public double nextDouble() { return (nextLong() >>> 11) * 0x1.0p-53; }

    /** The state as NumPy's {@code PCG64.state} shows it: state and increment as (high, low) pairs. */
    public long[] state() { return new long[] {stateHi, stateLo, incHi, incLo}; }

    /** The high 64 bits of the unsigned 128-bit product (Math.unsignedMultiplyHigh is Java 18). */
    public static long unsignedMultiplyHigh(long a, long b) {
        long a0 = a & 0xFFFFFFFFL, a1 = a >>> 32, b0 = b & 0xFFFFFFFFL, b1 = b >>> 32;
        long t = a1 * b0 + ((a0 * b0) >>> 32);
        long w1 = (t & 0xFFFFFFFFL) + a0 * b1;
        return a1 * b1 + (t >>> 32) + (w1 >>> 32);
    }
}
