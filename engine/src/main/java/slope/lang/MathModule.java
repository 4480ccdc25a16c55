package slope.lang;

import slope.run.PyError;
import slope.tensor.FloatMath;

/** Python's {@code math} module: constants, elementary functions, floor/ceil to int, isclose. */
final class MathModule {
    private MathModule() {}

    @FunctionalInterface
    private interface F1 { double apply(double x); }

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("math");
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("tau", 2 * Math.PI);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        f1(in, m, "sqrt", x -> {
            if (x < 0) throw domain();
            return Math.sqrt(x);
        });
        f1(in, m, "exp", x -> {
            double r = Math.exp(x);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw new PyError("OverflowError", "math range error");
            return r;
        });
        f1(in, m, "log2", x -> {
            if (x <= 0) throw domain();
            return log2(x);
        });
        f1(in, m, "log10", x -> {
            if (x <= 0) throw domain();
            return FloatMath.log10(x);
        });
        f1(in, m, "log1p", x -> {
            if (x <= -1) throw domain();
            return FloatMath.log1p(x);
        });
        f1(in, m, "expm1", FloatMath::expm1);
        f1(in, m, "sin", x -> trig(x, Math.sin(x)));
        f1(in, m, "cos", x -> trig(x, Math.cos(x)));
        f1(in, m, "tan", x -> trig(x, Math.tan(x)));
        f1(in, m, "asin", x -> {
            if (x < -1 || x > 1) throw domain();
            return Math.asin(x);
        });
        f1(in, m, "acos", x -> {
            if (x < -1 || x > 1) throw domain();
            return Math.acos(x);
        });
        f1(in, m, "atan", Math::atan);
        f1(in, m, "sinh", FloatMath::sinh);
        f1(in, m, "cosh", FloatMath::cosh);
        f1(in, m, "tanh", FloatMath::tanh);
        f1(in, m, "fabs", Math::abs);
        f1(in, m, "degrees", Math::toDegrees);
        f1(in, m, "radians", Math::toRadians);
        f1(in, m, "erf", MathSpecial::erf);
        f1(in, m, "erfc", MathSpecial::erfc);
        checked(in, m, "gamma", MathSpecial::gamma, true);
        checked(in, m, "lgamma", MathSpecial::lgamma, true);
        checked(in, m, "asinh", FloatMath::asinh, false);
        checked(in, m, "acosh", FloatMath::acosh, false);
        // atanh(±1) is infinite for tensors, a domain error for Python's math
        checked(in, m, "atanh", x -> Math.abs(x) == 1 ? Double.NaN : FloatMath.atanh(x), false);
        f1(in, m, "cbrt", MathSpecial::cbrt);
        checked(in, m, "exp2", x -> Math.pow(2.0, x), true);
        f1(in, m, "ulp", MathModule::ulp);
        m.def("nextafter", (a, kw) -> {
            Args.check("nextafter", a, kw, 2, 2);
            return Math.nextAfter(num(in, a[0]), num(in, a[1]));
        });
        m.def("frexp", (a, kw) -> {
            Args.check("frexp", a, kw, 1, 1);
            double x = num(in, a[0]);
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) return new PyTuple(new Object[] {x, 0L});
            int e = MathSpecial.frexpExponent(x);
            return new PyTuple(new Object[] {FloatMath.scalb(x, -e), (long) e});
        });
        m.def("ldexp", (a, kw) -> {
            Args.check("ldexp", a, kw, 2, 2);
            double x = num(in, a[0]);
            if (!Py.isInt(a[1])) throw PyError.type("Expected an int as second argument to ldexp.");
            // past +-2200 every finite nonzero x has over- or underflowed
            long e = Math.max(-2200, Math.min(2200, Py.asLong(a[1])));
            double r = FloatMath.scalb(x, (int) e);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) throw new PyError("OverflowError", "math range error");
            return r;
        });
        m.def("modf", (a, kw) -> {
            Args.check("modf", a, kw, 1, 1);
            double x = num(in, a[0]);
            if (Double.isInfinite(x)) return new PyTuple(new Object[] {Math.copySign(0.0, x), x});
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new Object[] {Math.copySign(x - whole, x), whole});
        });
        m.def("remainder", (a, kw) -> {
            Args.check("remainder", a, kw, 2, 2);
            return remainder(num(in, a[0]), num(in, a[1]));
        });
        m.def("dist", (a, kw) -> {
            Args.check("dist", a, kw, 2, 2);
            Object[] p = Ops.toArray(in, a[0]), q = Ops.toArray(in, a[1]);
            if (p.length != q.length) throw PyError.value("both points must have the same number of dimensions");
            double s = 0;
            for (int i = 0; i < p.length; i++) {
                double d = num(in, p[i]) - num(in, q[i]);
                s += d * d;
            }
            return Math.sqrt(s);
        });
        m.def("log", (a, kw) -> {
            Args.check("log", a, kw, 1, 2);
            double x = num(in, a[0]);
            if (x <= 0) throw domain();
            if (a.length == 1) return Math.log(x);
            double b = num(in, a[1]);
            if (b <= 0) throw domain();
            double lb = Math.log(b);
            if (lb == 0) throw new PyError("ZeroDivisionError", "float division by zero");
            return Math.log(x) / lb;
        });
        m.def("pow", (a, kw) -> {
            Args.check("pow", a, kw, 2, 2);
            double x = num(in, a[0]), y = num(in, a[1]);
            if (x == 0 && y < 0) throw domain();
            if (x < 0 && y != FloatMath.rint(y) && !Double.isInfinite(y)) throw domain();
            return Math.pow(x, y);
        });
        m.def("atan2", (a, kw) -> {
            Args.check("atan2", a, kw, 2, 2);
            return Math.atan2(num(in, a[0]), num(in, a[1]));
        });
        m.def("hypot", (a, kw) -> {
            double s = 0;
            for (Object o : a) {
                double v = num(in, o);
                s += v * v;
            }
            return a.length == 2 ? Math.hypot(num(in, a[0]), num(in, a[1])) : Math.sqrt(s);
        });
        m.def("copysign", (a, kw) -> {
            Args.check("copysign", a, kw, 2, 2);
            return Math.copySign(num(in, a[0]), num(in, a[1]));
        });
        m.def("fmod", (a, kw) -> {
            Args.check("fmod", a, kw, 2, 2);
            double y = num(in, a[1]);
            if (y == 0) throw domain();
            return Py.fmod(num(in, a[0]), y);
        });
        m.def("floor", (a, kw) -> {
            Args.check("floor", a, kw, 1, 1);
            if (Py.isInt(a[0])) return Py.asLong(a[0]);
            return toLong(Math.floor(num(in, a[0])));
        });
        m.def("ceil", (a, kw) -> {
            Args.check("ceil", a, kw, 1, 1);
            if (Py.isInt(a[0])) return Py.asLong(a[0]);
            return toLong(Math.ceil(num(in, a[0])));
        });
        m.def("trunc", (a, kw) -> {
            Args.check("trunc", a, kw, 1, 1);
            if (Py.isInt(a[0])) return Py.asLong(a[0]);
            double d = num(in, a[0]);
            return toLong(d < 0 ? Math.ceil(d) : Math.floor(d));
        });
        m.def("isnan", (a, kw) -> {
            Args.check("isnan", a, kw, 1, 1);
            return Double.isNaN(num(in, a[0]));
        });
        m.def("isinf", (a, kw) -> {
            Args.check("isinf", a, kw, 1, 1);
            return Double.isInfinite(num(in, a[0]));
        });
        m.def("isfinite", (a, kw) -> {
            Args.check("isfinite", a, kw, 1, 1);
            double d = num(in, a[0]);
            return !Double.isNaN(d) && !Double.isInfinite(d);
        });
        m.def("isclose", (a, kw) -> {
            Args p = Args.parse("isclose", a, kw, "a", "b", "*", "rel_tol", "abs_tol");
            double x = num(in, p.get("a")), y = num(in, p.get("b"));
            double rel = p.getDouble("rel_tol", 1e-9), abs = p.getDouble("abs_tol", 0.0);
            if (rel < 0 || abs < 0) throw PyError.value("tolerances must be non-negative");
            if (x == y) return true;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return false;
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        m.def("factorial", (a, kw) -> {
            Args.check("factorial", a, kw, 1, 1);
            return factorial(Py.index(a[0]));
        });
        m.def("gcd", (a, kw) -> {
            long g = 0;
            for (Object o : a) g = gcd(g, Math.abs(Py.index(o)));
            return g;
        });
        m.def("lcm", (a, kw) -> {
            long l = 1;
            for (Object o : a) {
                long v = Math.abs(Py.index(o));
                l = l == 0 || v == 0 ? 0 : (Long) Ops.intOp(BinOp.MUL, l / gcd(l, v), v);
            }
            return l;
        });
        m.def("comb", (a, kw) -> {
            Args.check("comb", a, kw, 2, 2);
            long n = nonNegative(a[0], "n"), k = nonNegative(a[1], "k");
            if (k > n) return 0L;
            k = Math.min(k, n - k);
            // after step i, c is C(n-k+i, i): each division is exact and no product exceeds the result
            long c = 1;
            for (long i = 1; i <= k; i++) {
                long g = gcd(c, i);
                c = (Long) Ops.intOp(BinOp.MUL, c / g, (n - k + i) / (i / g));
            }
            return c;
        });
        m.def("perm", (a, kw) -> {
            Args.check("perm", a, kw, 1, 2);
            if (a.length == 1 || a[1] == Py.NONE) return factorial(Py.index(a[0]));
            long n = nonNegative(a[0], "n"), k = nonNegative(a[1], "k");
            long p = 1;
            for (long i = 0; i < k && p != 0; i++) p = i >= n ? 0 : (Long) Ops.intOp(BinOp.MUL, p, n - i);
            return p;
        });
        m.def("isqrt", (a, kw) -> {
            Args.check("isqrt", a, kw, 1, 1);
            long n = Py.index(a[0]);
            if (n < 0) throw PyError.value("isqrt() argument must be nonnegative");
            long r = (long) Math.sqrt((double) n);
            // the double square root can be one off either way near 2**63
            while (r * r > n || r > 3037000499L) r--;
            while ((r + 1) <= 3037000499L && (r + 1) * (r + 1) <= n) r++;
            return r;
        });
        m.def("prod", (a, kw) -> {
            Args p = Args.parse("prod", a, kw, "iterable", "*", "start");
            Object acc = p.get("start", 1L);
            for (Object v : Ops.toArray(in, p.get("iterable"))) acc = Ops.binary(in, BinOp.MUL, acc, v);
            return acc;
        });
        m.def("fsum", (a, kw) -> {
            Args.check("fsum", a, kw, 1, 1);
            double s = 0, c = 0;
            for (Object o : Ops.toArray(in, a[0])) {
                double y = num(in, o) - c;
                double t = s + y;
                c = (t - s) - y;
                s = t;
            }
            return s;
        });
        return m;
    }

    private static void f1(Interpreter in, PyModule m, String name, F1 f) {
        m.def(name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            return f.apply(num(in, a[0]));
        });
    }

    /** A function whose NaN from a number is a domain error and whose infinity from a finite one is an overflow, as in CPython's math_1. */
    private static void checked(Interpreter in, PyModule m, String name, F1 f, boolean canOverflow) {
        m.def(name, (a, kw) -> {
            Args.check(name, a, kw, 1, 1);
            double x = num(in, a[0]);
            double r = f.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isNaN(x)) {
                if (canOverflow) throw new PyError("OverflowError", "math range error");
                throw domain();
            }
            return r;
        });
    }

    /** IEEE 754 remainder, as CPython's m_remainder: x - n*y with n the nearest integer to x/y, ties to even. */
    private static double remainder(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x) || y == 0.0) throw domain();
        if (Double.isInfinite(y)) return x;
        double absx = Math.abs(x), absy = Math.abs(y);
        double mod = Py.fmod(absx, absy), c = absy - mod, r;
        if (mod < c) r = mod;
        else if (mod > c) r = -1.0 * c;
        else r = mod - 2.0 * Py.fmod(0.5 * (absx - mod), absy);
        return Math.copySign(1.0, x) * r;
    }

    private static long factorial(long n) {
        if (n < 0) throw PyError.value("factorial() not defined for negative values");
        long r = 1;
        for (long i = 2; i <= n; i++) r = (Long) Ops.intOp(BinOp.MUL, r, i);
        return r;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** comb and perm's n and k: integers, not negative. */
    private static long nonNegative(Object o, String name) {
        long v = Py.index(o);
        if (v < 0) throw PyError.value(name + " must be a non-negative integer");
        return v;
    }

    private static double trig(double x, double r) {
        if (Double.isInfinite(x)) throw domain();
        return r;
    }

    /** CPython's m_log2: log of the frexp mantissa plus the exponent, exact for powers of two. */
    private static double log2(double x) {
        if (Double.isInfinite(x) || Double.isNaN(x)) return x;
        int e = Math.getExponent(x) + 1;
        double m = x / Math.pow(2, e);
        if (m < 0.5) {
            m *= 4503599627370496.0;
            e -= 52;
            while (m < 0.5) {
                m *= 2;
                e--;
            }
        }
        if (x >= Math.sqrt(0.5)) return Math.log(2.0 * m) / Math.log(2.0) + (e - 1);
        return Math.log(m) / Math.log(2.0) + e;
    }

    static double num(Interpreter in, Object o) { return Builtins.toFloat(in, o, "must be real number, not "); }

    private static PyError domain() { return PyError.value("math domain error"); }

    private static long toLong(double d) {
        if (Double.isNaN(d)) throw PyError.value("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
        return (long) d;
    }

    /** math.ulp from the bits: TeaVM's Math.ulp(double) is wrong in wasm. The largest float's is the gap below it. */
    private static double ulp(double x) {
        double a = Math.abs(x);
        if (a != a || a == Double.POSITIVE_INFINITY) return a;
        long bits = Double.doubleToRawLongBits(a);
        return a == Double.MAX_VALUE ? a - Double.longBitsToDouble(bits - 1) : Double.longBitsToDouble(bits + 1) - a;
    }
}
