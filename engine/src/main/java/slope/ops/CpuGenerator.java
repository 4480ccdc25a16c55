package slope.ops;

import slope.random.Mt19937;
import slope.tensor.FloatMath;

/**
 * {@code torch.Generator} on the CPU, as PyTorch's CPUGeneratorImpl: an mt19937 seeded with the low 32
 * bits of the seed, 32 or 64 random bits at a time, and the spare normal of the last Box-Muller pair.
 * With {@link Sampling} drawing from it as ATen's CPU kernels draw, a seeded program gets PyTorch's numbers.
 * Each run starts with a fresh default generator ({@link #startRun}), as each Python process does.
 */
public final class CpuGenerator {
    /** PyTorch's default_rng_seed_val: the seed of the default generator and of every new Generator. */
    public static final long DEFAULT_SEED = 67280421310721L;
    private static final ThreadLocal<CpuGenerator> DEFAULT = ThreadLocal.withInitial(CpuGenerator::new);

    private final Mt19937 mt = new Mt19937();
    private long seed;
    /** The second value of the last pair made by {@link #normal}; NaN when there is none. */
    private double spareNormal;

    public CpuGenerator() { seed(DEFAULT_SEED); }

    /** {@code torch.default_generator} of the running program. */
    public static CpuGenerator defaultGenerator() { return DEFAULT.get(); }

    /** A run starts from the default seed, whatever the last run on this thread drew. */
    public static void startRun() { DEFAULT.set(new CpuGenerator()); }

    /** {@code manual_seed}: also forgets the spare normal, as set_current_seed does. */
    public void seed(long s) {
        seed = s;
        mt.seed((int) s);
        spareNormal = Double.NaN;
    }

    public long initialSeed() { return seed; }

    /** 32 random bits, as an unsigned value. */
    public long random() { return mt.next() & 0xffffffffL; }

    /** 64 random bits: the first draw is the high word. */
    public long random64() {
        long hi = random();
        return hi << 32 | random();
    }

    /** uniform_real_distribution&lt;float&gt;(0, 1): 24 random bits. */
    public float uniformFloat() { return (random() & 0xffffff) * 0x1p-24f; }

    /** uniform_real_distribution&lt;double&gt;(0, 1): 53 random bits. */
    public double uniformDouble() { return (random64() & ((1L << 53) - 1)) * 0x1p-53; }

    /** normal_distribution&lt;double&gt;(0, 1): Box-Muller on two doubles, keeping the sine for the next call. */
    public double normal() {
        if (spareNormal == spareNormal) {
            double v = spareNormal;
            spareNormal = Double.NaN;
            return v;
        }
        double u1 = uniformDouble(), u2 = uniformDouble();
        double r = Math.sqrt(-2.0 * FloatMath.log1p(-u2));
        double theta = 2.0 * Math.PI * u1;
        spareNormal = r * Math.sin(theta);
        return r * Math.cos(theta);
    }
}

