package slope.lang;

import slope.run.PyError;

/**
 * Python's {@code random} module on CPython's Mersenne Twister, so seeded programs print the
 * same numbers as CPython. Unseeded, it starts from seed 0 (runs must be deterministic).
 */
final class RandomModule {
    private final int[] mt = new int[624];
    private int mti;
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

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < 624; mti++) mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
    }

    /** CPython's seed(int): init_by_array over the 32-bit words of |n|. */
    void seed(long n) {
        long v = Math.abs(n == Long.MIN_VALUE ? n + 1 : n);
        int[] key = v >>> 32 != 0 ? new int[] {(int) v, (int) (v >>> 32)} : new int[] {(int) v};
        initGenrand(19650218);
        int i = 1, j = 0;
        for (int k = Math.max(624, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = 623; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= 624) {
                mt[0] = mt[623];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        mti = 624;
        gaussNext = Double.NaN;
    }

    private int next32() {
        if (mti >= 624) {
            for (int k = 0; k < 624; k++) {
                int y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff);
                mt[k] = mt[(k + 397) % 624] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    double random() {
        long a = (next32() & 0xffffffffL) >>> 5, b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    long bits(int k) {
        if (k == 0) return 0;
        if (k <= 32) return (next32() & 0xffffffffL) >>> (32 - k);
        long lo = next32() & 0xffffffffL;
        long hi = (next32() & 0xffffffffL) >>> (64 - k);
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
