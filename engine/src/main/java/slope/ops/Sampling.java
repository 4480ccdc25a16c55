package slope.ops;

import slope.run.PyError;
import slope.tensor.AvxMathfun;
import slope.tensor.DType;
import slope.tensor.FloatMath;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * Random tensors drawn from a {@link CpuGenerator} as ATen's CPU kernels draw them (DistributionTemplates.h,
 * DistributionsHelper.h, TensorFactories.cpp, MultinomialKernel.cpp): the same bits consumed in the same
 * order and transformed with the same float arithmetic, so that a seeded program prints PyTorch's values.
 */
public final class Sampling {
    private Sampling() {}

    /** {@code torch.rand} and {@code uniform_(from, to)}: float32 from 24 random bits, float64 from 53. */
    public static Tensor uniform(int[] shape, DType dtype, double from, double to, CpuGenerator g) {
        checkFloating(dtype, "uniform_");
        double[] d = new double[Shape.numel(shape)];
        if (dtype == DType.FLOAT32) {
            float lo = (float) from, range = (float) to - lo;
            for (int i = 0; i < d.length; i++) d[i] = FloatMath.fma(g.uniformFloat(), range, lo);
        } else {
            for (int i = 0; i < d.length; i++) d[i] = g.uniformDouble() * (to - from) + from;
        }
        return new Tensor(d, shape, dtype);
    }

    /**
     * {@code torch.randn} and {@code normal_(mean, std)}. Sixteen or more contiguous values are made sixteen at
     * a time from uniform draws (ATen's normal_fill; float32 with its AVX2 functions); fewer, or a strided
     * target, one at a time from Box-Muller on doubles, whose spare value the generator keeps.
     */
    public static Tensor normal(int[] shape, DType dtype, double mean, double std, CpuGenerator g, boolean contiguous) {
        checkFloating(dtype, "normal_");
        double[] d = new double[Shape.numel(shape)];
        if (d.length >= 16 && contiguous) {
            if (dtype == DType.FLOAT32) fillFloat(d, (float) mean, (float) std, g);
            else fillDouble(d, mean, std, g);
        } else {
            for (int i = 0; i < d.length; i++) d[i] = dtype.round(g.normal() * std + mean);
        }
        return new Tensor(d, shape, dtype);
    }

    /** normal_fill_AVX2: uniform floats everywhere, then Box-Muller on each block of 16 (the last block redrawn). */
    private static void fillFloat(double[] d, float mean, float std, CpuGenerator g) {
        float[] f = new float[d.length];
        for (int i = 0; i < f.length; i++) f[i] = g.uniformFloat();
        float[] sc = new float[2];
        for (int i = 0; i + 16 <= f.length; i += 16) fillFloat16(f, i, mean, std, sc);
        if (f.length % 16 != 0) {
            int last = f.length - 16;
            for (int i = 0; i < 16; i++) f[last + i] = g.uniformFloat();
            fillFloat16(f, last, mean, std, sc);
        }
        for (int i = 0; i < f.length; i++) d[i] = f[i];
    }

    private static final float TWO_PI = (float) (2.0 * Math.PI);

    private static void fillFloat16(float[] f, int at, float mean, float std, float[] sc) {
        for (int j = at; j < at + 8; j++) {
            float radius = (float) Math.sqrt(-2f * AvxMathfun.log(1f - f[j])); // 1 - u: (0, 1] for the log
            AvxMathfun.sincos(TWO_PI * f[j + 8], sc);
            f[j] = FloatMath.fma(radius * sc[1], std, mean);
            f[j + 8] = FloatMath.fma(radius * sc[0], std, mean);
        }
    }

    /** normal_fill for float64: the same blocks of 16, with the double functions. */
    private static void fillDouble(double[] d, double mean, double std, CpuGenerator g) {
        for (int i = 0; i < d.length; i++) d[i] = g.uniformDouble();
        for (int i = 0; i + 16 <= d.length; i += 16) fillDouble16(d, i, mean, std);
        if (d.length % 16 != 0) {
            int last = d.length - 16;
            for (int i = 0; i < 16; i++) d[last + i] = g.uniformDouble();
            fillDouble16(d, last, mean, std);
        }
    }

    private static void fillDouble16(double[] d, int at, double mean, double std) {
        for (int j = at; j < at + 8; j++) {
            double radius = Math.sqrt(-2 * Math.log(1 - d[j]));
            double theta = 2.0 * Math.PI * d[j + 8];
            d[j] = radius * Math.cos(theta) * std + mean;
            d[j + 8] = radius * Math.sin(theta) * std + mean;
        }
    }

    /** {@code torch.randint(low, high)} and {@code random_(from, to)}: {@code bits % range + low}, 32 bits unless the range needs 64. */
    public static Tensor randint(long low, long high, int[] shape, DType dtype, CpuGenerator g) {
        if (high <= low) {
            throw PyError.runtime("random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
        }
        long range = high - low;
        boolean wide = range >= 1L << 32 || range < 0; // a range over 2**63 overflows to negative: 64 bits too
        double[] d = new double[Shape.numel(shape)];
        for (int i = 0; i < d.length; i++) d[i] = dtype.round(Long.remainderUnsigned(wide ? g.random64() : g.random(), range) + low);
        return new Tensor(d, shape, dtype);
    }

    /** {@code random_()} of an int64 tensor: 63 random bits. */
    public static long random63(CpuGenerator g) { return g.random64() & Long.MAX_VALUE; }

    /** {@code torch.randperm(n)}: ATen's swap of each position with a later one, 32 bits per swap. */
    public static Tensor randperm(int n, DType dtype, CpuGenerator g) {
        if (n < 0) throw PyError.runtime("n must be non-negative, got" + n);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = i;
        for (int i = 0; i < n - 1; i++) {
            int z = (int) (g.random() % (n - i));
            double save = d[i];
            d[i] = d[i + z];
            d[i + z] = save;
        }
        return new Tensor(d, new int[] {n}, dtype);
    }

    /** {@code bernoulli_(p)}: 1 where a 53-bit uniform falls below p. */
    public static Tensor bernoulli(int[] shape, DType dtype, double p, CpuGenerator g) {
        if (!(p >= 0 && p <= 1)) throw PyError.runtime("bernoulli_ expects p to be in [0, 1], but got p=" + cpp(p));
        double[] d = new double[Shape.numel(shape)];
        for (int i = 0; i < d.length; i++) d[i] = g.uniformDouble() < p ? 1 : 0;
        return new Tensor(d, shape, dtype);
    }

    /** {@code torch.bernoulli(probs)}: each element drawn with its own probability, in the probabilities' precision. */
    public static Tensor bernoulli(Tensor probs, CpuGenerator g) {
        double[] p = probs.values();
        double[] d = new double[p.length];
        for (int i = 0; i < d.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) throw PyError.runtime("Expected p_in >= 0 && p_in <= 1 to be true, but got false.");
            double u = probs.dtype == DType.FLOAT64 ? g.uniformDouble() : g.uniformFloat();
            d[i] = u < p[i] ? 1 : 0;
        }
        return new Tensor(d, probs.shape.clone(), probs.dtype.floating ? probs.dtype : DType.FLOAT32);
    }

    /** {@code exponential_(lambd)}: {@code -1/lambd * log1p(-u)} on a 53-bit uniform. */
    public static Tensor exponential(int[] shape, DType dtype, double lambda, CpuGenerator g) {
        checkFloating(dtype, "exponential_");
        if (!(lambda > 0)) throw PyError.runtime("exponential_ expects lambda > 0.0, but found lambda=" + cpp(lambda));
        double[] d = new double[Shape.numel(shape)];
        for (int i = 0; i < d.length; i++) d[i] = dtype.round(-1.0 / lambda * FloatMath.log1p(-g.uniformDouble()));
        return new Tensor(d, shape, dtype);
    }

    /**
     * {@code torch.multinomial(probs, n, replacement)} over the last dim of a 1-D or 2-D tensor. One sample, or
     * samples without replacement, are the largest of {@code p / q} with q exponential (ATen's Gumbel trick);
     * several with replacement search the normalized cumulative sums with a 53-bit uniform each.
     */
    public static Tensor multinomial(Tensor probs, int n, boolean replacement, CpuGenerator g) {
        if (probs.dim() < 1 || probs.dim() > 2) throw PyError.runtime("prob_dist must be 1 or 2 dim");
        if (!probs.dtype.floating) throw PyError.runtime("multinomial only supports floating-point dtypes for input, got: " + probs.dtype.scalarTypeName());
        if (n <= 0) throw PyError.runtime("cannot sample n_sample <= 0 samples");
        int categories = probs.shape[probs.dim() - 1], rows = probs.dim() == 1 ? 1 : probs.shape[0];
        if (!replacement && n > categories) throw PyError.runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        double[] p = probs.values();
        for (double v : p) {
            if (!(v >= 0) || Double.isInfinite(v)) throw PyError.runtime("probability tensor contains either `inf`, `nan` or element < 0");
        }
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int c = 0; c < categories; c++) sum += p[r * categories + c];
            if (sum == 0) throw PyError.runtime("invalid multinomial distribution (sum of probabilities <= 0)");
        }
        if (!replacement || n == 1) {
            double[] e = exponential(probs.shape.clone(), probs.dtype, 1, g).values(), ratio = new double[e.length];
            for (int i = 0; i < e.length; i++) ratio[i] = probs.dtype.round(p[i] / e[i]);
            // each row's n largest, largest first, as topk picks them (one: argmax, the first of ties)
            return Sorting.topk(new Tensor(ratio, probs.shape.clone(), probs.dtype), n, -1, true)[1];
        }
        double[] out = new double[rows * n];
        for (int r = 0; r < rows; r++) searchCumulative(p, r * categories, categories, probs.dtype, out, r * n, n, g);
        return new Tensor(out, probs.dim() == 1 ? new int[] {n} : new int[] {rows, n}, DType.INT64);
    }

    /** multinomial_with_replacement: cumulative sums in the input's precision, normalized, then a binary search per sample. */
    private static void searchCumulative(double[] p, int from, int count, DType dt, double[] out, int at, int n, CpuGenerator g) {
        double[] cum = new double[count];
        double sum = 0;
        for (int c = 0; c < count; c++) cum[c] = sum = dt.round(sum + p[from + c]);
        for (int c = 0; c < count; c++) cum[c] = dt.round(cum[c] / sum);
        cum[count - 1] = 1;
        for (int k = 0; k < n; k++) {
            double u = g.uniformDouble();
            int left = 0, right = count;
            while (right - left > 0) {
                int mid = left + (right - left) / 2;
                if (cum[mid] < u) left = mid + 1;
                else right = mid;
            }
            out[at + k] = left;
        }
    }

    /** A number as ATen's messages print it (C++'s stream: 2, not 2.0). */
    static String cpp(double v) {
        String s = slope.format.PyNumbers.floatRepr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static void checkFloating(DType dtype, String op) {
        if (!dtype.floating) throw PyError.runtime(op + " only supports floating-point dtypes");
    }
}
