package slope.numpy;

import slope.lang.Args;
import slope.lang.ForeignType;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.random.Mt19937;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code numpy.random}: NumPy's legacy global RandomState, draw for draw (numpy/random/mtrand.pyx and
 * legacy-distributions.c), so {@code np.random.seed(0)} programs print NumPy's numbers. A run starts as if
 * seeded with 0 (NumPy seeds from the OS; Slope's runs are deterministic).
 */
final class LegacyRandom implements slope.lang.Foreign {
    private final Mt19937 mt = new Mt19937();
    /** The second value of the last polar-method pair, kept for the next normal draw. */
    private boolean hasGauss;
    private double gauss;

    private LegacyRandom() { seed(0); }

    private void seed(long s) {
        if (s < 0 || s > 0xFFFFFFFFL) throw PyError.value("Seed must be between 0 and 2**32 - 1");
        mt.seed((int) s);
        hasGauss = false;
    }

    private long uint32() { return mt.next() & 0xFFFFFFFFL; }

    /** random_sample: 53 random bits, as CPython's random() builds them. */
    private double uniform() {
        long a = uint32() >>> 5, b = uint32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** legacy_gauss: Marsaglia's polar method, one pair per two calls. */
    private double gauss() {
        if (hasGauss) {
            hasGauss = false;
            return gauss;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * uniform() - 1.0;
            x2 = 2.0 * uniform() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** A value in [0, max] by masked rejection on 32-bit draws (random_bounded_uint64 with use_masked, and random_interval). */
    private long bounded(long max) {
        if (max == 0) return 0;
        long mask = max;
        for (int s = 1; s <= 32; s <<= 1) mask |= mask >>> s;
        if (max > 0xFFFFFFFFL) throw new PyError("NotImplementedError", "random integers beyond 2**32 are not supported");
        long v;
        do {
            v = uint32() & mask;
        } while (v > max);
        return v;
    }

    /** The shape given as separate ints ({@code rand(2, 3)}), or None when there are none. */
    private static Object dims(Args a) {
        Object[] d = ((PyTuple) a.get("d")).items;
        return d.length == 0 ? Py.NONE : new PyTuple(d);
    }

    /** A function of np.random, and the same method of a RandomState: the draws come from {@code r}. */
    @FunctionalInterface
    private interface Draws {
        Object call(LegacyRandom r, Object[] args, java.util.Map<String, Object> kw);
    }

    private static final java.util.LinkedHashMap<String, Draws> FUNCTIONS = new java.util.LinkedHashMap<>();

    private static void def(String name, Draws f) { FUNCTIONS.put(name, f); }

    static {
        def("seed", (r, args, kw) -> {
            Object s = Args.parse("seed", args, kw, "seed").get("seed", Py.NONE);
            r.seed(s == Py.NONE ? 0 : Py.index(s));
            return Py.NONE;
        });
        def("rand", (r, args, kw) -> RandomArrays.floats(dims(Args.parse("rand", args, kw, "*d")), r::uniform));
        def("randn", (r, args, kw) -> RandomArrays.floats(dims(Args.parse("randn", args, kw, "*d")), r::gauss));
        for (String name : new String[] {"random", "random_sample", "ranf", "sample"}) {
            def(name, (r, args, kw) -> RandomArrays.floats(Args.parse(name, args, kw, "size").get("size", Py.NONE), r::uniform));
        }
        def("uniform", (r, args, kw) -> {
            Args a = Args.parse("uniform", args, kw, "low", "high", "size");
            double low = a.getDouble("low", 0), range = a.getDouble("high", 1) - low;
            return RandomArrays.floats(a.get("size", Py.NONE), () -> low + range * r.uniform());
        });
        def("normal", (r, args, kw) -> RandomArrays.normal(Args.parse("normal", args, kw, "loc", "scale", "size"), r::gauss));
        def("standard_normal", (r, args, kw) -> RandomArrays.floats(Args.parse("standard_normal", args, kw, "size").get("size", Py.NONE), r::gauss));
        def("randint", (r, args, kw) -> {
            Args a = Args.parse("randint", args, kw, "low", "high", "size", "dtype");
            long[] bounds = RandomArrays.lowHigh(a);
            long low = bounds[0], high = bounds[1];
            if (low >= high) throw PyError.value("low >= high");
            long off = low, max = high - low - 1;
            return RandomArrays.ints(a.get("size", Py.NONE), DType.INT64, () -> off + r.bounded(max));
        });
        def("shuffle", (r, args, kw) -> {
            RandomArrays.shuffle(Args.parse("shuffle", args, kw, "x").get("x"), r::bounded);
            return Py.NONE;
        });
        def("permutation", (r, args, kw) -> RandomArrays.permutation(Args.parse("permutation", args, kw, "x").get("x"), r::bounded));
        def("choice", (r, args, kw) -> {
            Args a = Args.parse("choice", args, kw, "a", "size", "replace", "p");
            Object pop = a.get("a");
            NdArray from = RandomArrays.population(pop);
            long n = from == null ? (Long) pop : from.shape[0];
            if (n <= 0) throw PyError.value("a must be a positive integer unless no samples are taken");
            Object size = a.get("size", Py.NONE);
            Object idx;
            if (a.getOrNone("p", Py.NONE) != Py.NONE) {
                if (!a.getBool("replace", true)) throw new PyError("NotImplementedError", "choice with p and replace=False is not supported");
                double[] cdf = RandomArrays.cdf(NdArray.floating(NdArray.asArray(a.get("p"), null)).values());
                idx = RandomArrays.ints(size, DType.INT64, () -> RandomArrays.searchRight(cdf, r.uniform()));
            } else if (a.getBool("replace", true)) {
                idx = RandomArrays.ints(size, DType.INT64, () -> r.bounded(n - 1));
            } else {
                // the first k of a shuffled arange(n), as mtrand's choice takes them
                int k = RandomArrays.count(size);
                if (k > n) throw PyError.value("Cannot take a larger sample than population when 'replace=False'");
                NdArray perm = RandomArrays.permutation(n, r::bounded);
                Tensor first = slope.ops.Views.reshape(slope.ops.Views.clone(slope.ops.Views.slice(perm, 0,
                        new slope.ops.Views.Slice(0L, (long) k, 1L))), size == Py.NONE ? new int[0] : RandomArrays.shape(size));
                idx = NdArray.result(first);
            }
            return RandomArrays.pick(from, idx);
        });
    }

    /** {@code numpy.random}: its functions draw from one global RandomState, which a run starts seeded with 0. */
    static PyModule create() {
        LegacyRandom global = new LegacyRandom();
        PyModule m = new PyModule("numpy.random");
        for (java.util.Map.Entry<String, Draws> e : FUNCTIONS.entrySet()) {
            Draws f = e.getValue();
            m.def(e.getKey(), (args, kw) -> f.call(global, args, kw));
        }
        m.set("RandomState", TYPE);
        m.set("_rand", global); // numpy.random.mtrand._rand: what sklearn's check_random_state(None) hands out
        return m;
    }

    /** {@code np.random.RandomState(seed)}: a generator of its own, with the module's functions as methods. */
    static final ForeignType TYPE = new ForeignType("numpy.random.mtrand", "RandomState") {
        @Override
        public Object construct(Object[] args, java.util.Map<String, Object> kw) {
            Object seed = Args.parse("RandomState", args, kw, "seed").get("seed", Py.NONE);
            LegacyRandom r = new LegacyRandom();
            if (seed != Py.NONE) r.seed(Py.index(seed));
            return r;
        }

        @Override
        public String repr(Object self) { return "RandomState(MT19937)"; }
    };

    static {
        for (java.util.Map.Entry<String, Draws> e : FUNCTIONS.entrySet()) {
            Draws f = e.getValue();
            TYPE.method(e.getKey(), (self, args, kw) -> f.call((LegacyRandom) self, args, kw));
        }
    }

    @Override
    public ForeignType pyType() { return TYPE; }
}
