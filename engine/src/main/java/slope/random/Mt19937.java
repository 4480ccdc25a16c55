package slope.random;

/**
 * The 32-bit Mersenne Twister (Matsumoto and Nishimura's mt19937), the generator under both
 * Python's {@code random} module and PyTorch's CPU generator. They differ only in how they seed
 * it: PyTorch with {@link #seed}, CPython with {@link #seedByArray}.
 */
public final class Mt19937 {
    private static final int N = 624, M = 397;
    private final int[] state = new int[N];
    private int index = N;

    /** init_genrand: the state from one 32-bit seed. */
    public void seed(int s) {
        state[0] = s;
        for (int i = 1; i < N; i++) state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        index = N;
    }

    /** init_by_array: the state from a key of 32-bit words, as CPython's {@code random.seed(n)} seeds it. */
    public void seedByArray(int[] key) {
        seed(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000;
        index = N;
    }

    /** The next 32 random bits (an unsigned value in Java's int). */
    public int next() {
        if (index >= N) twist();
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void twist() {
        for (int k = 0; k < N; k++) {
            int y = (state[k] & 0x80000000) | (state[(k + 1) % N] & 0x7fffffff);
            state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
        }
        index = 0;
    }
}
