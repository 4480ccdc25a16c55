package slope.ops;

/**
 * Slope's own random generator (xoshiro256** seeded through splitmix64), per thread.
 * {@code torch.manual_seed} makes runs repeatable, but the values differ from PyTorch's.
 */
public final class Random {
    private static final ThreadLocal<Random> CURRENT = ThreadLocal.withInitial(() -> new Random(0x5EED));

    private long s0, s1, s2, s3;
    private double spareNormal = Double.NaN;

    private Random(long seed) {
        seed(seed);
    }

    public static Random current() { return CURRENT.get(); }

    public void seed(long seed) {
        long x = seed;
        s0 = x = splitmix(x);
        s1 = x = splitmix(x);
        s2 = x = splitmix(x);
        s3 = splitmix(x);
        spareNormal = Double.NaN;
    }

    private static long splitmix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double uniform() { return (nextLong() >>> 11) * 0x1.0p-53; }

    /** Standard normal by the Box-Muller transform. */
    public double normal() {
        if (spareNormal == spareNormal) {
            double v = spareNormal;
            spareNormal = Double.NaN;
            return v;
        }
        double u1 = 1 - uniform(), u2 = uniform();
        double r = Math.sqrt(-2 * Math.log(u1));
        spareNormal = r * Math.sin(2 * Math.PI * u2);
        return r * Math.cos(2 * Math.PI * u2);
    }

    /** Uniform integer in [0, bound). */
    public long below(long bound) { return Math.floorMod(nextLong(), bound); }
}
