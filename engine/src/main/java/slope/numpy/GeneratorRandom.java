package slope.numpy;

import java.util.Map;
import slope.lang.Args;
import slope.lang.ForeignType;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.random.BoundedIntegers;
import slope.random.Pcg64;
import slope.random.Ziggurat;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code np.random.default_rng(seed)}: NumPy's Generator over PCG64, draw for draw as NumPy 2.x computes
 * (numpy/random/_generator.pyx, _bounded_integers.pyx and distributions.c), so seeded programs print NumPy's
 * numbers. An unseeded {@code default_rng()} is seeded with 0 (NumPy seeds from the OS; Slope's runs are
 * deterministic).
 */
final class GeneratorRandom implements slope.lang.Foreign {
    private final Pcg64 bits;

    private GeneratorRandom(Pcg64 bits) { this.bits = bits; }

    /** A PCG64 for a seed argument: None is 0, and a negative seed is refused as SeedSequence refuses it. */
    private static Pcg64 pcg64(Object seed) {
        long s = seed == Py.NONE ? 0 : Py.index(seed);
        if (s < 0) throw PyError.value("expected non-negative integer");
        return new Pcg64(s);
    }

    /** Sets default_rng, Generator and PCG64 on {@code numpy.random}. */
    static void addTo(PyModule m) {
        m.def("default_rng", (args, kw) -> {
            Object seed = Args.parse("default_rng", args, kw, "seed").get("seed", Py.NONE);
            if (seed instanceof GeneratorRandom) return seed; // NumPy hands a Generator back as it is
            return new GeneratorRandom(seed instanceof Pcg64 ? (Pcg64) seed : pcg64(seed));
        });
        m.set("Generator", TYPE);
        m.set("PCG64", PCG64);
    }

    /** {@code np.random.PCG64(seed)}: the bit generator alone, to hand to {@code Generator}. */
    static final ForeignType PCG64 = new ForeignType("numpy.random._pcg64", "PCG64") {
        @Override
        public Object construct(Object[] args, Map<String, Object> kw) { return pcg64(Args.parse("PCG64", args, kw, "seed").get("seed", Py.NONE)); }

        @Override
        public String repr(Object self) { return "PCG64"; }
    };

    static final ForeignType TYPE = new ForeignType("numpy.random._generator", "Generator") {
        @Override
        public Object construct(Object[] args, Map<String, Object> kw) {
            Object b = Args.parse("Generator", args, kw, "bit_generator").get("bit_generator");
            if (!(b instanceof Pcg64)) throw PyError.type("Generator takes a PCG64 bit generator in Slope");
            return new GeneratorRandom((Pcg64) b);
        }

        @Override
        public String repr(Object self) { return "Generator(PCG64)"; }
    };

    @Override
    public ForeignType pyType() { return TYPE; }

    /** A Generator method: its arguments parsed by the spec, the draws from the generator's PCG64. */
    @FunctionalInterface
    private interface Draws { Object call(GeneratorRandom g, Args a); }

    private static void def(String name, String[] spec, Draws f) {
        TYPE.method(name, (self, args, kw) -> f.call((GeneratorRandom) self, Args.parse(name, args, kw, spec)));
    }

    private static String[] spec(String... names) { return names; }

    /** Only float64 draws: NumPy's float32 ones are other algorithms. */
    private static void float64Only(Args a) {
        DType t = NumpyDType.parse(a.getOrNone("dtype", Py.NONE));
        if (t != null && t != DType.FLOAT64) throw new PyError("NotImplementedError", "only float64 draws are supported");
    }

    static {
        TYPE.property("bit_generator", self -> ((GeneratorRandom) self).bits);
        def("random", spec("size", "dtype"), (g, a) -> {
            float64Only(a);
            return RandomArrays.floats(a.get("size", Py.NONE), g.bits::nextDouble);
        });
        def("standard_normal", spec("size", "dtype"), (g, a) -> {
            float64Only(a);
            return RandomArrays.floats(a.get("size", Py.NONE), g::gauss);
        });
        def("normal", spec("loc", "scale", "size"), (g, a) -> RandomArrays.normal(a, g::gauss));
        def("uniform", spec("low", "high", "size"), (g, a) -> {
            double low = a.getDouble("low", 0), range = a.getDouble("high", 1) - low;
            if (range < 0) throw PyError.value("high - low < 0");
            return RandomArrays.floats(a.get("size", Py.NONE), () -> low + range * g.bits.nextDouble());
        });
        def("standard_exponential", spec("size", "dtype"), (g, a) -> {
            float64Only(a);
            return RandomArrays.floats(a.get("size", Py.NONE), () -> Ziggurat.standardExponential(g.bits));
        });
        def("exponential", spec("scale", "size"), (g, a) -> {
            double scale = a.getDouble("scale", 1);
            if (scale < 0) throw PyError.value("scale < 0");
            return RandomArrays.floats(a.get("size", Py.NONE), () -> scale * Ziggurat.standardExponential(g.bits));
        });
        def("integers", spec("low", "high", "size", "dtype", "endpoint"), GeneratorRandom::integers);
        def("choice", spec("a", "size", "replace", "p", "axis", "shuffle"), GeneratorRandom::choice);
        def("permutation", spec("x", "axis"), (g, a) -> {
            axis0(a);
            return RandomArrays.permutation(a.get("x"), g::interval);
        });
        def("shuffle", spec("x", "axis"), (g, a) -> {
            axis0(a);
            RandomArrays.shuffle(a.get("x"), g::interval);
            return Py.NONE;
        });
    }

    private double gauss() { return Ziggurat.standardNormal(bits); }

    private long interval(long max) { return BoundedIntegers.interval(bits, max); }

    private static void axis0(Args a) {
        if (a.getInt("axis", 0) != 0) throw new PyError("NotImplementedError", "only axis=0 is supported");
    }

    /** integers(low, high=None, size=None, dtype=np.int64, endpoint=False), as _bounded_integers' _rand_int64 and _rand_int32. */
    private static Object integers(GeneratorRandom g, Args a) {
        long[] bounds = RandomArrays.lowHigh(a);
        long low = bounds[0], high = bounds[1];
        boolean endpoint = a.getBool("endpoint", false);
        DType dtype = NumpyDType.parse(a.getOrNone("dtype", Py.NONE));
        if (dtype == null) dtype = DType.INT64;
        if (dtype != DType.INT64 && dtype != DType.INT32) throw new PyError("NotImplementedError", "integers draws int64 or int32 only");
        String name = NumpyDType.name(dtype);
        if (dtype == DType.INT32 && low < Integer.MIN_VALUE) throw PyError.value("low is out of bounds for " + name);
        if (dtype == DType.INT32 && (endpoint ? high : high - 1) > Integer.MAX_VALUE) throw PyError.value("high is out of bounds for " + name);
        if (endpoint ? low > high : low >= high) {
            // NumPy names high alone when low is 0, the one-argument form
            throw PyError.value(low == 0 ? (endpoint ? "high < 0" : "high <= 0") : (endpoint ? "low > high" : "low >= high"));
        }
        long off = low, rng = (endpoint ? high : high - 1) - low; // an unsigned span: it may pass 2**63
        return RandomArrays.ints(a.get("size", Py.NONE), dtype, () -> BoundedIntegers.bounded(g.bits, off, rng));
    }

    /** choice(a, size=None, replace=True, p=None, axis=0, shuffle=True), as Generator.choice draws. */
    private static Object choice(GeneratorRandom g, Args a) {
        axis0(a);
        Object pop = a.get("a");
        NdArray from = RandomArrays.population(pop);
        long n = from == null ? (Long) pop : from.dim() == 0 ? 0 : from.shape[0];
        Object size = a.get("size", Py.NONE);
        int k = RandomArrays.count(size);
        if (n <= 0 && k != 0) {
            throw PyError.value(from == null ? "a must be a positive integer unless no samples are taken" : "a cannot be empty unless no samples are taken");
        }
        double[] p = a.getOrNone("p", Py.NONE) == Py.NONE ? null : probabilities(a.get("p"), n);
        if (a.getBool("replace", true)) {
            if (p != null) {
                double[] cdf = RandomArrays.cdf(p);
                return RandomArrays.pick(from, RandomArrays.ints(size, DType.INT64, () -> RandomArrays.searchRight(cdf, g.bits.nextDouble())));
            }
            return RandomArrays.pick(from, RandomArrays.ints(size, DType.INT64, () -> BoundedIntegers.bounded(g.bits, 0, n - 1)));
        }
        if (k > n) throw PyError.value("Cannot take a larger sample than population when replace is False");
        long[] chosen = p != null ? g.distinct(p, k) : g.sample(n, k, a.getBool("shuffle", true));
        if (size == Py.NONE) return RandomArrays.pick(from, chosen[0]);
        double[] v = new double[k];
        for (int i = 0; i < k; i++) v[i] = chosen[i];
        return RandomArrays.pick(from, NdArray.of(new Tensor(v, RandomArrays.shape(size), DType.INT64)));
    }

    /** choice's p as float64 values, checked as NumPy checks it. */
    private static double[] probabilities(Object pArg, long n) {
        Tensor t = NdArray.floating(NdArray.asArray(pArg, null));
        if (t.dim() != 1) throw PyError.value("p must be 1-dimensional");
        if (t.numel() != n) throw PyError.value("a and p must have same size");
        double[] p = t.values().clone();
        // kahan_sum, compared with 1 within sqrt(float64 eps)
        double sum = 0, c = 0;
        for (double v : p) {
            double y = v - c, s = sum + y;
            c = (s - sum) - y;
            sum = s;
        }
        if (Double.isNaN(sum)) throw PyError.value("Probabilities contain NaN");
        for (double v : p) if (v < 0) throw PyError.value("Probabilities are not non-negative");
        if (Math.abs(sum - 1.0) > Math.sqrt(Math.ulp(1.0))) {
            throw PyError.value("Probabilities do not sum to 1. See Notes section of docstring for more information.");
        }
        return p;
    }

    /**
     * k distinct indices below n without weights: a tail Fisher-Yates of arange(n) when k is a large part of a
     * large population, else Floyd's algorithm followed by a shuffle of the k (NumPy's choice, its two paths).
     * Unlike shuffle's, these Fisher-Yates swaps draw by Lemire's method (_shuffle_int).
     */
    private long[] sample(long n, int k, boolean shuffle) {
        long[] out = new long[k];
        if (n > 10000 && k > n / (shuffle ? 50 : 20)) {
            long[] idx = new long[(int) n];
            for (int i = 0; i < n; i++) idx[i] = i;
            for (int i = (int) n - 1; i >= Math.max(n - k, 1); i--) {
                int j = (int) BoundedIntegers.bounded(bits, 0, i);
                long t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
            }
            System.arraycopy(idx, (int) n - k, out, 0, k);
            return out;
        }
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (long j = n - k; j < n; j++) {
            long v = BoundedIntegers.bounded(bits, 0, j);
            long pick = seen.contains(v) ? j : v; // j itself is never taken yet: all earlier picks are below it
            seen.add(pick);
            out[(int) (j - n + k)] = pick;
        }
        if (shuffle) {
            for (int i = k - 1; i > 0; i--) {
                int j = (int) BoundedIntegers.bounded(bits, 0, i);
                long t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }

    /**
     * k distinct indices drawn with weights p: rounds of k - found uniform draws against the cdf of the weights
     * not yet taken, each round keeping its new indices in the order they first appear (NumPy's loop).
     */
    private long[] distinct(double[] p, int k) {
        int nonzero = 0;
        for (double v : p) if (v > 0) nonzero++;
        if (nonzero < k) throw PyError.value("Fewer non-zero entries in p than size");
        long[] found = new long[k];
        int taken = 0;
        while (taken < k) {
            double[] u = new double[k - taken];
            for (int i = 0; i < u.length; i++) u[i] = bits.nextDouble();
            for (int i = 0; i < taken; i++) p[(int) found[i]] = 0;
            double[] cdf = RandomArrays.cdf(p);
            java.util.HashSet<Long> round = new java.util.HashSet<>();
            for (double x : u) {
                long v = RandomArrays.searchRight(cdf, x);
                if (round.add(v)) found[taken++] = v;
            }
        }
        return found;
    }
}
