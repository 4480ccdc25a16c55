package slope.numpy;

import slope.lang.Args;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.random.Mt19937;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;
import slope.torch.Convert;

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

    @FunctionalInterface
    private interface Draw { double next(); }

    /** One draw as a Python float when size is None, else an array of them in row-major order. */
    private static Object fill(Object size, DType dtype, Draw draw) {
        if (size == Py.NONE) return dtype == DType.INT64 ? (Object) (long) draw.next() : (Object) draw.next();
        int[] shape = Convert.shape(new Object[] {size});
        double[] v = new double[slope.tensor.Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) v[i] = draw.next();
        return NdArray.of(new Tensor(v, shape, dtype));
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
        def("rand", (r, args, kw) -> fill(dims(Args.parse("rand", args, kw, "*d")), DType.FLOAT64, r::uniform));
        def("randn", (r, args, kw) -> fill(dims(Args.parse("randn", args, kw, "*d")), DType.FLOAT64, r::gauss));
        for (String name : new String[] {"random", "random_sample", "ranf", "sample"}) {
            def(name, (r, args, kw) -> fill(Args.parse(name, args, kw, "size").get("size", Py.NONE), DType.FLOAT64, r::uniform));
        }
        def("uniform", (r, args, kw) -> {
            Args a = Args.parse("uniform", args, kw, "low", "high", "size");
            double low = a.getDouble("low", 0), range = a.getDouble("high", 1) - low;
            return fill(a.get("size", Py.NONE), DType.FLOAT64, () -> low + range * r.uniform());
        });
        def("normal", (r, args, kw) -> {
            Args a = Args.parse("normal", args, kw, "loc", "scale", "size");
            Object locArg = a.get("loc", 0.0), scaleArg = a.get("scale", 1.0);
            if (locArg instanceof Tensor || scaleArg instanceof Tensor || locArg instanceof PyList || scaleArg instanceof PyList) {
                // arrays broadcast against size, one draw per element in order: loc + scale * gauss, as cont() draws
                Tensor loc = NdArray.floating(NdArray.asArray(locArg, null)), scale = NdArray.floating(NdArray.asArray(scaleArg, null));
                for (double v : scale.values()) if (v < 0) throw PyError.value("scale < 0");
                Object size = a.get("size", Py.NONE);
                Tensor g = (Tensor) fill(size == Py.NONE ? NdArrayType.shapeTuple(slope.tensor.Shape.broadcast(loc.shape, scale.shape)) : size,
                        DType.FLOAT64, r::gauss);
                return NdArray.result(slope.ops.Arithmetic.add(loc, slope.ops.Arithmetic.mul(scale, g)));
            }
            double loc = a.getDouble("loc", 0), scale = a.getDouble("scale", 1);
            if (scale < 0) throw PyError.value("scale < 0");
            return fill(a.get("size", Py.NONE), DType.FLOAT64, () -> loc + scale * r.gauss());
        });
        def("standard_normal", (r, args, kw) -> fill(Args.parse("standard_normal", args, kw, "size").get("size", Py.NONE),
                DType.FLOAT64, r::gauss));
        def("randint", (r, args, kw) -> {
            Args a = Args.parse("randint", args, kw, "low", "high", "size", "dtype");
            long low = a.getInt("low"), high;
            if (a.getOrNone("high", Py.NONE) == Py.NONE) {
                high = low;
                low = 0;
            } else {
                high = a.getInt("high");
            }
            if (low >= high) throw PyError.value("low >= high");
            long off = low, max = high - low - 1;
            return fill(a.get("size", Py.NONE), DType.INT64, () -> off + r.bounded(max));
        });
        def("shuffle", (r, args, kw) -> {
            r.shuffle(Args.parse("shuffle", args, kw, "x").get("x"));
            return Py.NONE;
        });
        def("permutation", (r, args, kw) -> {
            Object x = Args.parse("permutation", args, kw, "x").get("x");
            NdArray a = x instanceof Long ? NdArray.of(slope.ops.Creation.arange(0, (Long) x, 1, DType.INT64))
                    : NdArray.of(slope.ops.Views.clone(NdArray.asArray(x, null)));
            r.shuffle(a);
            return a;
        });
        def("choice", (r, args, kw) -> {
            Args a = Args.parse("choice", args, kw, "a", "size", "replace", "p");
            Object pop = a.get("a");
            NdArray from = pop instanceof Long ? null : NdArray.asArray(pop, null);
            long n = from == null ? (Long) pop : from.shape[0];
            if (n <= 0) throw PyError.value("a must be a positive integer unless no samples are taken");
            Object size = a.get("size", Py.NONE);
            Object idx;
            if (a.getOrNone("p", Py.NONE) != Py.NONE) {
                if (!a.getBool("replace", true)) throw new PyError("NotImplementedError", "choice with p and replace=False is not supported");
                double[] cdf = NdArray.floating(NdArray.asArray(a.get("p"), null)).values().clone();
                for (int i = 1; i < cdf.length; i++) cdf[i] += cdf[i - 1];
                double total = cdf[cdf.length - 1];
                for (int i = 0; i < cdf.length; i++) cdf[i] /= total;
                idx = fill(size, DType.INT64, () -> searchRight(cdf, r.uniform()));
            } else if (a.getBool("replace", true)) {
                idx = fill(size, DType.INT64, () -> r.bounded(n - 1));
            } else {
                int k = size == Py.NONE ? 1 : slope.tensor.Shape.numel(Convert.shape(new Object[] {size}));
                if (k > n) throw PyError.value("Cannot take a larger sample than population when 'replace=False'");
                NdArray perm = NdArray.of(slope.ops.Creation.arange(0, n, 1, DType.INT64));
                r.shuffle(perm);
                Tensor first = slope.ops.Views.reshape(slope.ops.Views.clone(slope.ops.Views.slice(perm, 0,
                        new slope.ops.Views.Slice(0L, (long) k, 1L))), size == Py.NONE ? new int[0] : Convert.shape(new Object[] {size}));
                idx = NdArray.result(first);
            }
            if (from == null) return idx;
            return idx instanceof Long ? NdArray.result(slope.ops.Views.select(from, 0, (Long) idx))
                    : NdArray.result(slope.ops.Rearrange.indexSelect(from, 0, ((Tensor) idx).reshape(-1)).reshape(shapeWith((Tensor) idx, from)));
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

    /** The index's shape followed by the population's trailing dims. */
    private static int[] shapeWith(Tensor idx, Tensor from) {
        int[] s = java.util.Arrays.copyOf(idx.shape, idx.dim() + from.dim() - 1);
        System.arraycopy(from.shape, 1, s, idx.dim(), from.dim() - 1);
        return s;
    }

    /** searchsorted(side='right'): the count of cdf values at or below u. */
    private static double searchRight(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Fisher-Yates from the end, along the first dim of an array or over a list. */
    private void shuffle(Object x) {
        if (x instanceof PyList) {
            PyList l = (PyList) x;
            for (int i = l.size() - 1; i > 0; i--) {
                int j = (int) bounded(i);
                Object t = l.get(i);
                l.set(i, l.get(j));
                l.set(j, t);
            }
            return;
        }
        if (!(x instanceof NdArray)) throw PyError.type("shuffle takes an array or a list, not " + Interpreter.current().typeName(x));
        NdArray a = (NdArray) x;
        if (a.dim() == 0) throw PyError.type("len() of unsized object");
        double[] v = a.values();
        int n = a.shape[0], row = a.numel() / Math.max(n, 1);
        double[] copy = v.clone(), tmp = new double[row];
        for (int i = n - 1; i > 0; i--) {
            int j = (int) bounded(i);
            System.arraycopy(copy, i * row, tmp, 0, row);
            System.arraycopy(copy, j * row, copy, i * row, row);
            System.arraycopy(tmp, 0, copy, j * row, row);
        }
        slope.tensor.Kernels.copyInto(a, new Tensor(copy, a.shape, a.dtype));
    }
}
