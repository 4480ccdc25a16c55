package slope.random;

/**
 * NumPy's SeedSequence (numpy/random/bit_generator.pyx) for an integer seed: the seed's 32-bit words are
 * hash-mixed into a pool of four words, from which {@link #generateState} draws a bit generator's state.
 * Spawn keys and array seeds are not needed by {@code default_rng(n)} and are left out.
 */
public final class SeedSequence {
    private static final int INIT_A = 0x43b0d7e5, MULT_A = 0x931e8875, INIT_B = 0x8b51f9dd, MULT_B = 0x58f38ded;
    private static final int MIX_MULT_L = 0xca01f9dd, MIX_MULT_R = 0x4973f715;
    private final int[] pool = new int[4];
    private int hashConst;

    /** The sequence of a non-negative seed (NumPy rejects negative ones). */
    public SeedSequence(long seed) {
        // the seed as little-endian 32-bit words, one word for 0
        int[] entropy = (seed >>> 32) == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
        hashConst = INIT_A;
        for (int i = 0; i < pool.length; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
        for (int src = 0; src < pool.length; src++) {
            for (int dst = 0; dst < pool.length; dst++) {
                if (src != dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
            }
        }
    }

    private int hashmix(int value) {
        value ^= hashConst;
        hashConst *= MULT_A;
        value *= hashConst;
        return value ^ (value >>> 16);
    }

    private static int mix(int x, int y) {
        int r = MIX_MULT_L * x - MIX_MULT_R * y;
        return r ^ (r >>> 16);
    }

    /** The mixed pool, as NumPy's {@code SeedSequence(seed).pool}. */
    public int[] pool() { return pool.clone(); }

    /** generate_state(n, uint32): n words cycled out of the pool through a second hash. */
    public int[] generateState(int n) {
        int[] out = new int[n];
        int h = INIT_B;
        for (int i = 0; i < n; i++) {
            int v = pool[i % pool.length] ^ h;
            h *= MULT_B;
            v *= h;
            out[i] = v ^ (v >>> 16);
        }
        return out;
    }
}
