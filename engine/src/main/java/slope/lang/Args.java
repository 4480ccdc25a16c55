package slope.lang;

import java.util.Map;
import slope.run.PyError;

/**
 * Binds a native call's arguments to parameter names, with CPython-worded TypeErrors.
 * <pre>
 *   Args a = Args.parse("SGD", args, kwargs, "params", "lr", "momentum", "*", "nesterov");
 *   double lr = a.getDouble("lr", 0.001);
 * </pre>
 * Names before {@code "*"} may be given by position or keyword, names after it only by keyword;
 * a name written {@code "*rest"} collects the remaining positional arguments as a {@link PyTuple}, or takes one
 * value by that name ({@code size=(2, 3)}), which it holds as the only item of that tuple.
 */
public final class Args {
    private final String fn;
    private final String[] names;
    private final Object[] values;
    private static final Object[] NONE = {}; // the values of a call without parameters (x.item())

    private Args(String fn, String[] names, Object[] values) {
        this.fn = fn;
        this.names = names;
        this.values = values;
    }

    public static Args parse(String fn, Object[] args, Map<String, Object> kwargs, String... spec) {
        return new Signature(fn, spec).bind(args, kwargs);
    }

    /** A parameter list read once from its spec, for natives called in hot loops. */
    public static final class Signature {
        private final String fn;
        private final String[] names;
        private final int varargs;
        private final int maxPositional;
        private Args unbound;

        public Signature(String fn, String... spec) {
            this.fn = fn;
            int nNames = 0;
            for (String s : spec) if (!s.equals("*")) nNames++;
            names = new String[nNames];
            boolean[] kwOnly = new boolean[nNames];
            int star = -1;
            int k = 0;
            boolean kw = false;
            for (String s : spec) {
                if (s.equals("*")) {
                    kw = true;
                    continue;
                }
                if (s.startsWith("*")) {
                    star = k;
                    names[k++] = s.substring(1);
                    kw = true;
                    continue;
                }
                kwOnly[k] = kw;
                names[k++] = s;
            }
            varargs = star;
            int maxPos = 0;
            while (maxPos < nNames && !kwOnly[maxPos] && maxPos != varargs) maxPos++;
            maxPositional = maxPos;
        }

        public Args bind(Object[] args, Map<String, Object> kwargs) {
            if (args.length > 0 || kwargs != null) return bound(args, kwargs);
            Args a = unbound; // Args are read-only: one instance serves every call without arguments (x.item())
            if (a == null) unbound = a = bound(args, null);
            return a;
        }

        private Args bound(Object[] args, Map<String, Object> kwargs) {
            Object[] values = names.length == 0 ? NONE : new Object[names.length];
            int maxPos = maxPositional;
            if (args.length > maxPos) {
                if (varargs < 0) {
                    throw PyError.type(fn + "() takes at most " + maxPos + " argument" + (maxPos == 1 ? "" : "s") + " ("
                            + args.length + " given)");
                }
                Object[] rest = new Object[args.length - maxPos];
                System.arraycopy(args, maxPos, rest, 0, rest.length);
                values[varargs] = new PyTuple(rest);
            } else if (varargs >= 0) {
                values[varargs] = PyTuple.EMPTY;
            }
            for (int i = 0; i < Math.min(args.length, maxPos); i++) values[i] = args[i];
            if (kwargs != null) {
                Kwargs kw = Kwargs.of(kwargs);
                for (int k = 0; k < kw.size(); k++) {
                    String name = kw.name(k);
                    int idx = -1;
                    for (int i = 0; i < names.length && idx < 0; i++) if (names[i].equals(name)) idx = i;
                    String alias = idx < 0 ? numpyAlias(name) : null;
                    for (int i = 0; alias != null && i < names.length && idx < 0; i++) if (names[i].equals(alias)) idx = i;
                    if (idx < 0) throw PyError.type(fn + "() got an unexpected keyword argument '" + name + "'");
                    boolean positional = idx == varargs ? args.length > maxPos : values[idx] != null;
                    if (positional) {
                        throw PyError.type("argument for " + fn + "() given by name ('" + name + "') and position ("
                                + (idx + 1) + ")");
                    }
                    // PyTorch's parser takes the sizes of zeros(*size) by name too: size=(2, 3) as zeros((2, 3))
                    values[idx] = idx == varargs ? new PyTuple(new Object[] {kw.value(k)}) : kw.value(k);
                }
            }
            return new Args(fn, names, values);
        }
    }

    /** The parameter a NumPy-style keyword stands for, as PyTorch's argument parser takes them: sum(x, axis=0, keepdims=True). */
    private static String numpyAlias(String name) {
        switch (name) {
            case "axis": return "dim";
            case "keepdims": return "keepdim";
            case "x": case "a": case "x1": return "input";
            case "x2": return "other";
            default: return null;
        }
    }

    private int index(String name) {
        // natives ask with the literals their signatures were made of: identity finds them without comparing characters
        for (int i = 0; i < names.length; i++) if (names[i] == name) return i;
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        throw new IllegalArgumentException("no parameter " + name);
    }

    public boolean has(String name) {
        Object v = values[index(name)];
        return v != null;
    }

    /** A required argument. */
    public Object get(String name) {
        int i = index(name);
        if (values[i] == null) {
            throw PyError.type(fn + "() missing required argument '" + name + "' (pos " + (i + 1) + ")");
        }
        return values[i];
    }

    public Object get(String name, Object dflt) {
        Object v = values[index(name)];
        return v == null ? dflt : v;
    }

    /** The argument, or dflt when absent or None. */
    public Object getOrNone(String name, Object dflt) {
        Object v = values[index(name)];
        return v == null || v == Py.NONE ? dflt : v;
    }

    public double getDouble(String name) { return toDouble(get(name), name); }

    public double getDouble(String name, double dflt) {
        Object v = values[index(name)];
        return v == null ? dflt : toDouble(v, name);
    }

    public long getInt(String name) { return toLong(get(name), name); }

    public long getInt(String name, long dflt) {
        Object v = values[index(name)];
        return v == null ? dflt : toLong(v, name);
    }

    public boolean getBool(String name, boolean dflt) {
        Object v = values[index(name)];
        if (v == null) return dflt;
        if (v instanceof Boolean) return (Boolean) v;
        if (v instanceof Long) return (Long) v != 0;
        throw PyError.type(fn + "(): argument '" + name + "' must be bool, not " + typeName(v));
    }

    public String getString(String name, String dflt) {
        Object v = values[index(name)];
        if (v == null) return dflt;
        if (v instanceof String) return (String) v;
        throw PyError.type(fn + "(): argument '" + name + "' must be str, not " + typeName(v));
    }

    private double toDouble(Object v, String name) {
        if (v instanceof Double) return (Double) v;
        if (v instanceof Long) return (Long) v;
        if (v instanceof Boolean) return ((Boolean) v) ? 1 : 0;
        Interpreter in = Interpreter.current();
        ForeignType t = in == null ? null : in.foreignType(v);
        if (t != null) return t.toFloat(v);
        throw PyError.type(fn + "(): argument '" + name + "' must be float, not " + typeName(v));
    }

    private long toLong(Object v, String name) {
        if (v instanceof Long) return (Long) v;
        if (v instanceof Boolean) return ((Boolean) v) ? 1 : 0;
        Interpreter in = Interpreter.current();
        ForeignType t = in == null ? null : in.foreignType(v);
        if (t != null) return t.toInt(v);
        throw PyError.type(fn + "(): argument '" + name + "' must be int, not " + typeName(v));
    }

    private static String typeName(Object v) {
        Interpreter in = Interpreter.current();
        if (in != null) return in.typeName(v);
        String n = Py.typeNameBuiltin(v);
        return n == null ? v.getClass().getSimpleName() : n;
    }

    /** Checks a plain positional call: between min and max arguments, no keywords. */
    public static void check(String fn, Object[] args, Map<String, Object> kwargs, int min, int max) {
        if (kwargs != null && !kwargs.isEmpty()) throw PyError.type(fn + "() takes no keyword arguments");
        if (args.length < min || args.length > max) {
            if (min == max) {
                throw PyError.type(fn + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " ("
                        + args.length + " given)");
            }
            if (args.length < min) {
                throw PyError.type(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got "
                        + args.length);
            }
            throw PyError.type(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }
}
