package slope.lang;

import java.util.Arrays;
import slope.format.PyNumbers;
import slope.run.PyError;
import slope.tensor.FloatMath;

/** Python's None, NotImplemented and Ellipsis, and the conversions every part of the interpreter uses. */
public final class Py {
    private Py() {}

    /** A named singleton value. */
    static final class Singleton {
        final String repr, typeName;

        Singleton(String repr, String typeName) {
            this.repr = repr;
            this.typeName = typeName;
        }

        @Override public String toString() { return repr; }
    }

    public static final Object NONE = new Singleton("None", "NoneType");
    public static final Object NOT_IMPLEMENTED = new Singleton("NotImplemented", "NotImplementedType");
    public static final Object ELLIPSIS = new Singleton("Ellipsis", "ellipsis");

    public static Object bool(boolean b) { return b ? Boolean.TRUE : Boolean.FALSE; }

    /** Arrays.copyOfRange of an object array, padded with nulls past its end, by hand: TeaVM's goes through reflection. */
    public static Object[] copyOfRange(Object[] a, int from, int to) {
        Object[] r = new Object[to - from];
        System.arraycopy(a, from, r, 0, Math.min(to, a.length) - from);
        return r;
    }

    /** Identity key for objects compared by identity in dicts and sets. */
    static final class IdentityKey {
        final Object o;

        IdentityKey(Object o) { this.o = o; }

        @Override public boolean equals(Object other) { return other instanceof IdentityKey && ((IdentityKey) other).o == o; }

        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    /** A tuple as a dict key: elementwise normalized keys. */
    private static final class TupleKey {
        final Object[] keys;

        TupleKey(Object[] keys) { this.keys = keys; }

        @Override public boolean equals(Object other) { return other instanceof TupleKey && Arrays.equals(keys, ((TupleKey) other).keys); }

        @Override public int hashCode() { return Arrays.hashCode(keys); }
    }

    /** An instance of a class with its own {@code __hash__}: hashed by it and compared with {@code ==} (its __eq__). */
    static final class UserKey {
        final PyInstance o;
        /** What __hash__ returned, which hash() returns too. */
        final long value;

        UserKey(PyInstance o, long value) {
            this.o = o;
            this.value = value;
        }

        @Override public boolean equals(Object other) {
            return other instanceof UserKey && Ops.eq(Interpreter.current(), o, ((UserKey) other).o);
        }

        @Override public int hashCode() { return Long.hashCode(value); }
    }

    /**
     * The key of an instance of a Python class: its class's {@code __hash__} when it has one; unhashable when the class
     * sets {@code __hash__ = None} or defines {@code __eq__} without {@code __hash__}, as Python makes it; else identity.
     */
    private static Object instanceKey(PyInstance o) {
        Object hash = o.cls.lookupUser("__hash__");
        if (hash == NONE || hash == null && o.cls.lookupUser("__eq__") != null) {
            throw PyError.type("unhashable type: '" + o.cls.name + "'");
        }
        if (hash == null) return new IdentityKey(o);
        Interpreter in = Interpreter.current();
        return new UserKey(o, asLong(in.callMethodObject(o, hash, new Object[0], null)));
    }

    /** The Java key under which a Python value is stored, so that Python-equal keys collide. */
    static Object key(Object o) {
        if (o instanceof String || o instanceof Long) return o;
        if (o instanceof Boolean) return ((Boolean) o) ? 1L : 0L;
        if (o instanceof Double) {
            double d = (Double) o;
            if (d == FloatMath.rint(d) && Math.abs(d) < 9.2e18) return (long) d;
            return o;
        }
        if (o instanceof PyTuple) {
            Object[] items = ((PyTuple) o).items;
            Object[] k = new Object[items.length];
            for (int i = 0; i < k.length; i++) k[i] = key(items[i]);
            return new TupleKey(k);
        }
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet) {
            throw PyError.type("unhashable type: '" + typeNameBuiltin(o) + "'");
        }
        if (o instanceof PyInstance) return instanceKey((PyInstance) o);
        return new IdentityKey(o);
    }

    /** Type name of values whose type the interpreter knows without a registry, else null. */
    static String typeNameBuiltin(Object o) {
        if (o instanceof Long) return "int";
        if (o instanceof Double) return "float";
        if (o instanceof String) return "str";
        if (o instanceof Boolean) return "bool";
        if (o instanceof PyList) return "list";
        if (o instanceof PyTuple) return "tuple";
        if (o instanceof PyDict) return "dict";
        if (o instanceof PySet) return "set";
        if (o instanceof Singleton) return ((Singleton) o).typeName;
        if (o instanceof PyInstance) return ((PyInstance) o).cls.name;
        if (o instanceof PyFunction) return "function";
        if (o instanceof NativeFunction || o instanceof BoundNative) return "builtin_function_or_method";
        if (o instanceof BoundMethod) return "method";
        if (o instanceof MethodDescriptor) return "method_descriptor";
        if (o instanceof PyClass || o instanceof ForeignType) return "type";
        if (o instanceof PyModule) return "module";
        if (o instanceof PyRange) return "range";
        if (o instanceof PySlice) return "slice";
        if (o instanceof Generator || o instanceof Expr.Comprehension.Lazy) return "generator";
        if (o instanceof PyIter) return "iterator";
        if (o instanceof PySuper) return "super";
        if (o instanceof Methods.DictView) return Methods.DictView.NAMES[((Methods.DictView) o).kind];
        if (o instanceof Builtins.Wrapper) return Builtins.Wrapper.NAMES[((Builtins.Wrapper) o).kind];
        return null;
    }

    static boolean isInt(Object o) { return o instanceof Long || o instanceof Boolean; }

    static boolean isNumber(Object o) { return o instanceof Long || o instanceof Double || o instanceof Boolean; }

    static long asLong(Object o) { return o instanceof Long ? (Long) o : ((Boolean) o) ? 1 : 0; }

    static double asDouble(Object o) {
        if (o instanceof Double) return (Double) o;
        if (o instanceof Long) return (Long) o;
        return ((Boolean) o) ? 1 : 0;
    }

    /** An integer index ({@code __index__}): ints and bools only. */
    public static long index(Object o) {
        if (o instanceof Long) return (Long) o;
        if (o instanceof Boolean) return ((Boolean) o) ? 1 : 0;
        Interpreter in = Interpreter.current();
        if (in != null) {
            ForeignType t = in.foreignType(o);
            if (t != null) return t.toInt(o);
            if (o instanceof PyInstance) {
                Object m = ((PyInstance) o).cls.lookupUser("__index__");
                if (m != null) return index(in.callMethodObject(o, m, new Object[0], null));
            }
        }
        throw PyError.type("'" + (in == null ? typeNameBuiltin(o) : in.typeName(o))
                + "' object cannot be interpreted as an integer");
    }

    /** Python repr of a str: single quotes unless the text has one and no double quote. */
    public static String reprString(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c == q) b.append('\\').append(c);
                    else if (c < 0x20 || c == 0x7f) {
                        String h = Integer.toHexString(c);
                        b.append("\\x").append(h.length() < 2 ? "0" : "").append(h);
                    } else b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /** -d with the sign of zero kept: TeaVM's wasm-gc compiles {@code -d} as {@code 0 - d}, turning -0.0 into 0.0. */
    public static double negate(double d) { return -1.0 * d; }

    /**
     * Decimal text to the nearest double. TeaVM's Double.parseDouble can be one ulp off for long
     * inputs (12345678901234567.0), so the digits go through BigDecimal, which rounds correctly.
     */
    public static double parseDouble(String s) {
        try {
            return new java.math.BigDecimal(s).doubleValue();
        } catch (NumberFormatException e) {
            return Double.parseDouble(s);
        }
    }

    /**
     * C's fmod, exactly: TeaVM's wasm-gc {@code %} on doubles is wrong when the quotient is huge
     * ({@code 1e308 % 1} gave 1e308). Subtracts y times falling powers of two; each step is exact.
     */
    public static double fmod(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) return Double.NaN;
        if (Double.isInfinite(y)) return x;
        double ax = Math.abs(x), ay = Math.abs(y);
        if (ax < ay) return x;
        double t = ay;
        while (t <= ax / 2) t += t;
        double r = ax;
        while (t >= ay) {
            if (r >= t) r -= t;
            t /= 2;
        }
        return x < 0 ? negate(r) : r;
    }

    static String floatStr(double d) { return PyNumbers.floatRepr(d); }
}
