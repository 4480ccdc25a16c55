package slope.lang;

import slope.random.Mt19937;
import slope.run.PyError;

/**
 * Python's {@code random} module on CPython's Mersenne Twister, so seeded programs print the
 * same numbers as CPython. Unseeded, it starts from seed 0 (runs must be deterministic).
 */
final class RandomModule {
    private final Mt19937 mt = new Mt19937();
    private double gaussNext = Double.NaN;

    private RandomModule() { seed(0); }

    static PyModule create(Interpreter in) {
        RandomModule r = new RandomModule();
        PyModule m = new PyModule("random");
        m.def("seed", (a, kw) -> {
            Args p = Args.parse("seed", a, kw, "a", "version");
            Object s = p.get("a", Py.NONE);
            if (s == Py.NONE) r.seed(0);
            else if (Py.isInt(s)) r.seed(Py.asLong(s));
            else throw PyError.type("Slope's random.seed() takes an int, not " + in.typeName(s));
            return Py.NONE;
        });
        m.def("random", (a, kw) -> {
            Args.check("random", a, kw, 0, 0);
            return r.random();
        });
        m.def("uniform", (a, kw) -> {
            Args p = Args.parse("uniform", a, kw, "a", "b");
            double lo = p.getDouble("a"), hi = p.getDouble("b");
            return lo + (hi - lo) * r.random();
        });
        m.def("gauss", (a, kw) -> {
            Args p = Args.parse("gauss", a, kw, "mu", "sigma");
            return p.getDouble("mu", 0.0) + r.gauss() * p.getDouble("sigma", 1.0);
        });
        m.def("getrandbits", (a, kw) -> {
            Args.check("getrandbits", a, kw, 1, 1);
            long k = Py.index(a[0]);
            if (k < 0) throw PyError.value("number of bits must be non-negative");
            if (k > 63) throw Ops.overflow();
            return r.bits((int) k);
        });
        m.def("randrange", (a, kw) -> {
            Args p = Args.parse("randrange", a, kw, "start", "stop", "step");
            long start = p.getInt("start"), step = p.getInt("step", 1);
            if (!p.has("stop")) {
                if (start <= 0) throw PyError.value("empty range for randrange()");
                return r.below(start);
            }
            long stop = p.getInt("stop");
            if (step == 1) {
                if (stop <= start) throw PyError.value("empty range for randrange(" + start + ", " + stop + ")");
                return start + r.below(stop - start);
            }
            if (step == 0) throw PyError.value("zero step for randrange()");
            long n = step > 0 ? (stop - start + step - 1) / step : (stop - start + step + 1) / step;
            if (n <= 0) throw PyError.value("empty range for randrange()");
            return start + step * r.below(n);
        });
        m.def("randint", (a, kw) -> {
            Args p = Args.parse("randint", a, kw, "a", "b");
            long lo = p.getInt("a"), hi = p.getInt("b");
            if (hi < lo) throw PyError.value("empty range for randrange(" + lo + ", " + (hi + 1) + ")");
            return lo + r.below(hi - lo + 1);
        });
        m.def("choice", (a, kw) -> {
            Args.check("choice", a, kw, 1, 1);
            long n = Ops.len(in, a[0]);
            if (n == 0) throw PyError.index("Cannot choose from an empty sequence");
            return Ops.getItem(in, a[0], r.below(n));
        });
        m.def("shuffle", (a, kw) -> {
            Args.check("shuffle", a, kw, 1, 1);
            if (!(a[0] instanceof PyList)) throw PyError.type("Slope's random.shuffle() takes a list");
            PyList l = (PyList) a[0];
            for (int i = l.size - 1; i > 0; i--) {
                int j = (int) r.below(i + 1);
                Object t = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = t;
            }
            return Py.NONE;
        });
        return m;
    }

    /** CPython's seed(int): init_by_array over the 32-bit words of |n|. */
    void seed(long n) {
        long v = Math.abs(n == Long.MIN_VALUE ? n + 1 : n);
        mt.seedByArray(v >>> 32 != 0 ? new int[] {(int) v, (int) (v >>> 32)} : new int[] {(int) v});
        gaussNext = Double.NaN;
    }

    double random() {
        long a = (mt.next() & 0xffffffffL) >>> 5, b = (mt.next() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    long bits(int k) {
        if (k == 0) return 0;
        if (k <= 32) return (mt.next() & 0xffffffffL) >>> (32 - k);
        long lo = mt.next() & 0xffffffffL;
        long hi = (mt.next() & 0xffffffffL) >>> (64 - k);
        return lo | (hi << 32);
    }

    /** CPython's _randbelow_with_getrandbits. */
    long below(long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long r = bits(k);
        while (r >= n) r = bits(k);
        return r;
    }

    double gauss() {
        double z = gaussNext;
        gaussNext = Double.NaN;
        if (Double.isNaN(z)) {
            double x2pi = random() * 2 * Math.PI;
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return z;
    }
}
