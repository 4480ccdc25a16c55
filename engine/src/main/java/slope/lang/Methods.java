package slope.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import slope.run.PyError;
import slope.tensor.FloatMath;

/** Methods of the builtin types (str, list, dict, tuple, set, int, float), called by name. */
final class Methods {
    private Methods() {}

    /** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict. */
    static final class DictView {
        static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
        final PyDict dict;
        final int kind;

        DictView(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        List<Object> items() {
            if (kind == 0) return dict.keys();
            if (kind == 1) return dict.values();
            List<Object> r = new ArrayList<>();
            for (Object[] e : dict.entries()) r.add(new PyTuple(e[0], e[1]));
            return r;
        }
    }

    private static final String[] STR = {"join", "split", "rsplit", "strip", "lstrip", "rstrip", "upper", "lower",
        "title", "capitalize", "swapcase", "replace", "startswith", "endswith", "find", "rfind", "index", "rindex",
        "count", "format", "center", "ljust", "rjust", "zfill", "isdigit", "isalpha", "isspace", "isalnum", "islower",
        "isupper", "isnumeric", "isdecimal", "isidentifier", "splitlines", "partition", "rpartition", "encode",
        "casefold", "removeprefix", "removesuffix", "expandtabs"};
    private static final String[] LIST = {"append", "extend", "pop", "insert", "remove", "index", "count", "sort",
        "reverse", "copy", "clear"};
    private static final String[] DICT = {"get", "items", "keys", "values", "update", "pop", "setdefault", "copy",
        "clear", "popitem"};
    private static final String[] TUPLE = {"index", "count"};
    private static final String[] SET = {"add", "remove", "discard", "pop", "union", "intersection", "difference",
        "update", "copy", "clear", "issubset", "issuperset", "isdisjoint", "symmetric_difference"};
    // item: numpy's float64, int64 and bool scalars are Python's own numbers here, and NumPy's .item() gives them back
    private static final String[] FLOAT = {"is_integer", "conjugate", "hex", "as_integer_ratio", "item"};
    private static final String[] INT = {"bit_length", "conjugate", "bit_count", "item"};

    private static boolean has(String[] names, String n) {
        for (String s : names) if (s.equals(n)) return true;
        return false;
    }

    private static String[] table(Object o) {
        if (o instanceof String) return STR;
        if (o instanceof PyList) return LIST;
        if (o instanceof PyDict) return DICT;
        if (o instanceof PyTuple) return TUPLE;
        if (o instanceof PySet) return SET;
        if (o instanceof Double) return FLOAT;
        if (o instanceof Long || o instanceof Boolean) return INT;
        return null;
    }

    /** A generator's send, throw and close, or null for other names. */
    private static Object generatorMethod(Interpreter in, Generator g, String name) {
        switch (name) {
            case "send": return new BoundNative(g, name, (self, a, kw) -> {
                Args.check(name, a, kw, 1, 1);
                return orStop(g.send(a[0]));
            });
            case "throw": return new BoundNative(g, name, (self, a, kw) -> {
                Args.check(name, a, kw, 1, 3);
                // the old throw(type, value[, traceback]): value an instance of the type or its argument
                boolean old = a.length > 1 && a[1] != Py.NONE;
                boolean instance = old && a[1] instanceof PyInstance && ((PyInstance) a[1]).cls.isSubclassOf(in.builtinClass("BaseException"));
                Object exc = !old ? a[0] : instance ? a[1] : in.call(a[0], a[1]);
                return orStop(g.throwIn(in.raise(exc)));
            });
            case "close": return new BoundNative(g, name, (self, a, kw) -> {
                Args.check(name, a, kw, 0, 0);
                g.close();
                return Py.NONE;
            });
            default: return null;
        }
    }

    /** An iterator's next value, or StopIteration when it has none (Java null). */
    private static Object orStop(Object v) {
        if (v == null) throw new PyError("StopIteration", "");
        return v;
    }

    /** Method names of a builtin value, for dir(). */
    static List<String> names(Object o) {
        String[] t = table(o);
        List<String> r = new ArrayList<>();
        if (t != null) for (String s : t) r.add(s);
        return r;
    }

    /** Attribute of a builtin value: a bound method, a data attribute, or Java null. */
    static Object attr(Interpreter in, Object o, String name) {
        String[] t = table(o);
        if (t != null && has(t, name)) return new BoundNative(o, name, (self, a, kw) -> call(in, self, name, a, kw));
        if (name.startsWith("__")) {
            Object dunder = protocolMethod(in, o, name);
            if (dunder != null) return dunder;
        }
        if (Py.isNumber(o)) {
            switch (name) {
                case "real": return o instanceof Boolean ? (Object) Py.asLong(o) : o;
                case "imag": return o instanceof Double ? (Object) 0.0 : (Object) 0L;
                case "numerator": return o instanceof Double ? null : (Object) Py.asLong(o);
                case "denominator": return o instanceof Double ? null : (Object) 1L;
                default: return null;
            }
        }
        if (o instanceof Generator) {
            Object m = generatorMethod(in, (Generator) o, name);
            if (m != null) return m;
        }
        if (o instanceof PyIter) {
            PyIter it = (PyIter) o;
            switch (name) {
                case "__next__": return new BoundNative(o, name, (self, a, kw) -> {
                    Args.check(name, a, kw, 0, 0);
                    return orStop(it.next());
                });
                case "__iter__": return new BoundNative(o, name, (self, a, kw) -> o);
                default: return null;
            }
        }
        if (o instanceof Builtins.Wrapper) {
            Builtins.Wrapper w = (Builtins.Wrapper) o;
            switch (name) {
                case "setter": return new NativeFunction("setter", (a, kw) -> new Builtins.Wrapper(w.kind, w.fn, a[0]));
                case "getter": return new NativeFunction("getter", (a, kw) -> new Builtins.Wrapper(w.kind, a[0], w.setter));
                case "fget": case "__func__": return w.fn;
                case "fset": return w.setter == null ? Py.NONE : w.setter;
                default: return null;
            }
        }
        if (o instanceof PySlice) {
            PySlice s = (PySlice) o;
            switch (name) {
                case "start": return s.start;
                case "stop": return s.stop;
                case "step": return s.step;
                case "indices": return new BoundNative(o, name, (self, a, kw) -> {
                    Args.check(name, a, kw, 1, 1);
                    long length = Py.index(a[0]);
                    if (length < 0) throw PyError.value("length should not be negative");
                    long[] ix = s.indices(length);
                    return new PyTuple(new Object[] {ix[0], ix[1], ix[2]});
                });
                default: return null;
            }
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            switch (name) {
                case "start": return r.start;
                case "stop": return r.stop;
                case "step": return r.step;
                default: return null;
            }
        }
        return null;
    }

    private static final int ITER = 1, LEN = 2, GETITEM = 4, CONTAINS = 8, SETITEM = 16, DELITEM = 32;

    /** Which container dunders a builtin value has in CPython (a set has no __getitem__, a tuple no __setitem__). */
    private static int protocol(Object o) {
        int readable = ITER | LEN | CONTAINS;
        if (o instanceof PyList || o instanceof PyDict) return readable | GETITEM | SETITEM | DELITEM;
        if (o instanceof PyTuple || o instanceof String || o instanceof PyRange) return readable | GETITEM;
        if (o instanceof PySet || o instanceof DictView) return readable;
        return 0;
    }

    /**
     * {@code x.__iter__}, {@code x.__len__} and the other container dunders of the builtin types, so that duck typing
     * ({@code hasattr(x, '__iter__')}) sees what CPython's types have; each calls the operation it names.
     */
    private static Object protocolMethod(Interpreter in, Object o, String name) {
        int ops = protocol(o);
        switch (name) {
            case "__iter__": return (ops & ITER) == 0 ? null : new BoundNative(o, name, (self, a, kw) -> {
                Args.check(name, a, kw, 0, 0);
                return Ops.iter(in, self);
            });
            case "__len__": return (ops & LEN) == 0 ? null : new BoundNative(o, name, (self, a, kw) -> {
                Args.check(name, a, kw, 0, 0);
                return Ops.len(in, self);
            });
            case "__contains__": return (ops & CONTAINS) == 0 ? null : new BoundNative(o, name, (self, a, kw) -> {
                Args.check(name, a, kw, 1, 1);
                return Ops.contains(in, self, a[0]);
            });
            case "__getitem__": return (ops & GETITEM) == 0 ? null : new BoundNative(o, name, (self, a, kw) -> {
                Args.check(name, a, kw, 1, 1);
                return Ops.getItem(in, self, a[0]);
            });
            case "__setitem__": return (ops & SETITEM) == 0 ? null : new BoundNative(o, name, (self, a, kw) -> {
                Args.check(name, a, kw, 2, 2);
                Ops.setItem(in, self, a[0], a[1]);
                return Py.NONE;
            });
            case "__delitem__": return (ops & DELITEM) == 0 ? null : new BoundNative(o, name, (self, a, kw) -> {
                Args.check(name, a, kw, 1, 1);
                Ops.delItem(in, self, a[0]);
                return Py.NONE;
            });
            default: return null;
        }
    }

    /** Calls a method of a builtin value; Java null when the type has no such method. */
    static Object call(Interpreter in, Object o, String name, Object[] a, Map<String, Object> kw) {
        if (o instanceof String) return str(in, (String) o, name, a, kw);
        if (o instanceof PyList) return list(in, (PyList) o, name, a, kw);
        if (o instanceof PyDict) return dict(in, (PyDict) o, name, a, kw);
        if (o instanceof PyTuple) {
            Object[] items = ((PyTuple) o).items;
            switch (name) {
                case "index": return index(in, items, items.length, a, kw, "tuple.index(x): x not in tuple");
                case "count": return count(in, items, items.length, a, kw);
                default: return null;
            }
        }
        if (o instanceof PySet) return set(in, (PySet) o, name, a, kw);
        if (o instanceof Double) {
            double d = (Double) o;
            switch (name) {
                case "is_integer": Args.check(name, a, kw, 0, 0); return d == FloatMath.rint(d) && !Double.isInfinite(d);
                case "conjugate": return d;
                case "item": Args.check(name, a, kw, 0, 0); return d;
                default: return null;
            }
        }
        if (o instanceof Long || o instanceof Boolean) {
            long v = Py.asLong(o);
            switch (name) {
                case "bit_length": return (long) (64 - Long.numberOfLeadingZeros(Math.abs(v)));
                case "bit_count": return (long) Long.bitCount(Math.abs(v));
                case "conjugate": return v;
                case "item": Args.check(name, a, kw, 0, 0); return o;
                default: return null;
            }
        }
        return null;
    }

    private static Object index(Interpreter in, Object[] items, int n, Object[] a, Map<String, Object> kw, String err) {
        Args.check("index", a, kw, 1, 3);
        int start = a.length > 1 ? clip(Py.index(a[1]), n) : 0;
        int end = a.length > 2 ? clip(Py.index(a[2]), n) : n;
        for (int i = start; i < end; i++) if (Ops.eq(in, items[i], a[0])) return (long) i;
        throw PyError.value(err);
    }

    /** The s[start:end] that find and count search, from their optional second and third arguments. */
    private static String region(String s, Object[] a) {
        int start = a.length > 1 ? clip(Py.index(a[1]), s.length()) : 0;
        int end = a.length > 2 ? clip(Py.index(a[2]), s.length()) : s.length();
        return s.substring(start, Math.max(start, end));
    }

    private static int clip(long i, int n) {
        if (i < 0) i += n;
        return (int) Math.max(0, Math.min(i, n));
    }

    private static Object count(Interpreter in, Object[] items, int n, Object[] a, Map<String, Object> kw) {
        Args.check("count", a, kw, 1, 1);
        long c = 0;
        for (int i = 0; i < n; i++) if (Ops.eq(in, items[i], a[0])) c++;
        return c;
    }

    private static Object list(Interpreter in, PyList l, String name, Object[] a, Map<String, Object> kw) {
        switch (name) {
            case "append":
                Args.check("list.append", a, kw, 1, 1);
                l.add(a[0]);
                return Py.NONE;
            case "extend": {
                Args.check("list.extend", a, kw, 1, 1);
                for (Object v : Ops.toArray(in, a[0])) l.add(v);
                return Py.NONE;
            }
            case "pop": {
                Args.check("pop", a, kw, 0, 1);
                if (l.size == 0) throw PyError.index("pop from empty list");
                long i = a.length == 0 ? l.size - 1 : Py.index(a[0]);
                if (i < 0) i += l.size;
                if (i < 0 || i >= l.size) throw PyError.index("pop index out of range");
                return l.removeAt((int) i);
            }
            case "insert": {
                Args.check("insert", a, kw, 2, 2);
                long i = Py.index(a[0]);
                if (i < 0) i += l.size;
                l.insert((int) Math.max(0, Math.min(i, l.size)), a[1]);
                return Py.NONE;
            }
            case "remove": {
                Args.check("list.remove", a, kw, 1, 1);
                for (int i = 0; i < l.size; i++) {
                    if (Ops.eq(in, l.items[i], a[0])) {
                        l.removeAt(i);
                        return Py.NONE;
                    }
                }
                throw PyError.value("list.remove(x): x not in list");
            }
            case "index": return index(in, l.items, l.size, a, kw, Text.repr(in, a.length > 0 ? a[0] : Py.NONE) + " is not in list");
            case "count": return count(in, l.items, l.size, a, kw);
            case "sort": {
                Args p = Args.parse("sort", a, kw, "*", "key", "reverse");
                Object[] items = l.toArray();
                Builtins.sort(in, items, p.getOrNone("key", null), p.getBool("reverse", false));
                System.arraycopy(items, 0, l.items, 0, items.length);
                return Py.NONE;
            }
            case "reverse":
                Args.check("reverse", a, kw, 0, 0);
                for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                    Object t = l.items[i];
                    l.items[i] = l.items[j];
                    l.items[j] = t;
                }
                return Py.NONE;
            case "copy":
                Args.check("copy", a, kw, 0, 0);
                return new PyList(l.toArray(), l.size);
            case "clear":
                Args.check("clear", a, kw, 0, 0);
                l.clear();
                return Py.NONE;
            default:
                return null;
        }
    }

    static void update(Interpreter in, PyDict d, Object src) {
        if (src instanceof PyDict) {
            for (Object[] e : ((PyDict) src).entries()) d.put(e[0], e[1]);
            return;
        }
        if (src instanceof PyInstance && Ops.findAttr(in, src, "keys") != null) {
            for (Object k : Ops.toArray(in, Ops.callMethod(in, src, "keys", new Object[0], null))) {
                d.put(k, Ops.getItem(in, src, k));
            }
            return;
        }
        PyIter it = Ops.iter(in, src);
        int i = 0;
        for (Object v = it.next(); v != null; v = it.next(), i++) {
            Object[] kv;
            try {
                kv = Ops.toArray(in, v);
            } catch (PyError e) {
                if (!e.type.equals("TypeError")) throw e;
                throw PyError.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
            }
            if (kv.length != 2) {
                throw PyError.value("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
        }
    }

    private static Object dict(Interpreter in, PyDict d, String name, Object[] a, Map<String, Object> kw) {
        switch (name) {
            case "get": {
                Args.check("get", a, kw, 1, 2);
                Object v = d.get(a[0]);
                return v != null ? v : a.length > 1 ? a[1] : Py.NONE;
            }
            case "keys": Args.check("keys", a, kw, 0, 0); return new DictView(d, 0);
            case "values": Args.check("values", a, kw, 0, 0); return new DictView(d, 1);
            case "items": Args.check("items", a, kw, 0, 0); return new DictView(d, 2);
            case "update":
                Args.check("update", a, null, 0, 1);
                if (a.length == 1) update(in, d, a[0]);
                if (kw != null) for (Map.Entry<String, Object> e : kw.entrySet()) d.put(e.getKey(), e.getValue());
                return Py.NONE;
            case "pop": {
                Args.check("pop", a, kw, 1, 2);
                Object v = d.remove(a[0]);
                if (v != null) return v;
                if (a.length > 1) return a[1];
                throw in.keyError(a[0]);
            }
            case "setdefault": {
                Args.check("setdefault", a, kw, 1, 2);
                Object v = d.get(a[0]);
                if (v != null) return v;
                Object dv = a.length > 1 ? a[1] : Py.NONE;
                d.put(a[0], dv);
                return dv;
            }
            case "copy": {
                PyDict c = new PyDict();
                for (Object[] e : d.entries()) c.put(e[0], e[1]);
                return c;
            }
            case "clear": d.clear(); return Py.NONE;
            case "popitem": {
                if (d.size() == 0) throw new PyError("KeyError", "'popitem(): dictionary is empty'");
                List<Object[]> es = d.entries();
                Object[] last = es.get(es.size() - 1);
                d.remove(last[0]);
                return new PyTuple(last[0], last[1]);
            }
            default:
                return null;
        }
    }

    private static Object set(Interpreter in, PySet s, String name, Object[] a, Map<String, Object> kw) {
        switch (name) {
            case "add": Args.check("add", a, kw, 1, 1); s.add(a[0]); return Py.NONE;
            case "remove":
                Args.check("remove", a, kw, 1, 1);
                if (!s.remove(a[0])) throw in.keyError(a[0]);
                return Py.NONE;
            case "discard": Args.check("discard", a, kw, 1, 1); s.remove(a[0]); return Py.NONE;
            case "pop": {
                if (s.size() == 0) throw new PyError("KeyError", "'pop from an empty set'");
                Object v = s.items().get(0);
                s.remove(v);
                return v;
            }
            case "clear": s.map.clear(); return Py.NONE;
            case "copy": case "union": case "update": {
                PySet r = name.equals("update") ? s : new PySet();
                if (r != s) for (Object v : s.items()) r.add(v);
                for (Object other : a) for (Object v : Ops.toArray(in, other)) r.add(v);
                return name.equals("update") ? Py.NONE : r;
            }
            case "intersection": case "difference": case "symmetric_difference": {
                PySet other = new PySet();
                for (Object v : Ops.toArray(in, a[0])) other.add(v);
                PySet r = new PySet();
                for (Object v : s.items()) if (other.contains(v) == name.equals("intersection")) r.add(v);
                if (name.equals("symmetric_difference")) for (Object v : other.items()) if (!s.contains(v)) r.add(v);
                return r;
            }
            case "isdisjoint": {
                Args.check("isdisjoint", a, kw, 1, 1);
                for (Object v : Ops.toArray(in, a[0])) if (s.contains(v)) return false;
                return true;
            }
            case "issubset": case "issuperset": {
                PySet other = new PySet();
                for (Object v : Ops.toArray(in, a[0])) other.add(v);
                PySet small = name.equals("issubset") ? s : other, big = name.equals("issubset") ? other : s;
                for (Object v : small.items()) if (!big.contains(v)) return false;
                return true;
            }
            default:
                return null;
        }
    }

    private static String strArg(Interpreter in, Object v, String fn) {
        if (v instanceof String) return (String) v;
        throw PyError.type(fn + " arg must be None or str");
    }

    private static Object str(Interpreter in, String s, String name, Object[] a, Map<String, Object> kw) {
        switch (name) {
            case "join": {
                Args.check("str.join", a, kw, 1, 1);
                StringBuilder b = new StringBuilder();
                Object[] items = Ops.toArray(in, a[0]);
                for (int i = 0; i < items.length; i++) {
                    if (!(items[i] instanceof String)) {
                        throw PyError.type("sequence item " + i + ": expected str instance, " + in.typeName(items[i]) + " found");
                    }
                    if (i > 0) b.append(s);
                    b.append((String) items[i]);
                }
                return b.toString();
            }
            case "split": case "rsplit": {
                Args p = Args.parse(name, a, kw, "sep", "maxsplit");
                Object sep = p.get("sep", Py.NONE);
                long max = p.getInt("maxsplit", -1);
                return split(s, sep == Py.NONE ? null : strArg(in, sep, name), max, name.equals("rsplit"));
            }
            case "strip": case "lstrip": case "rstrip": {
                Args.check(name, a, kw, 0, 1);
                String chars = a.length == 0 || a[0] == Py.NONE ? null : strArg(in, a[0], name);
                int lo = 0, hi = s.length();
                if (!name.equals("rstrip")) while (lo < hi && strip(s.charAt(lo), chars)) lo++;
                if (!name.equals("lstrip")) while (hi > lo && strip(s.charAt(hi - 1), chars)) hi--;
                return s.substring(lo, hi);
            }
            case "upper": return s.toUpperCase();
            case "lower": case "casefold": return s.toLowerCase();
            case "swapcase": {
                StringBuilder b = new StringBuilder();
                for (char c : s.toCharArray()) b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                return b.toString();
            }
            case "title": {
                StringBuilder b = new StringBuilder();
                boolean prevLetter = false;
                for (char c : s.toCharArray()) {
                    b.append(prevLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
                    prevLetter = Character.isLetter(c);
                }
                return b.toString();
            }
            case "capitalize":
                return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase();
            case "replace": {
                Args.check("replace", a, kw, 2, 3);
                String old = strArg(in, a[0], "replace"), nw = strArg(in, a[1], "replace");
                long count = a.length > 2 ? Py.index(a[2]) : -1;
                if (count < 0) return s.replace(old, nw);
                StringBuilder b = new StringBuilder();
                int i = 0;
                for (long k = 0; k < count; k++) {
                    int j = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
                    if (j < 0) break;
                    b.append(s, i, j).append(nw);
                    if (old.isEmpty()) {
                        if (j < s.length()) b.append(s.charAt(j));
                        i = j + 1;
                    } else {
                        i = j + old.length();
                    }
                }
                if (i < s.length()) b.append(s.substring(i));
                return b.toString();
            }
            case "startswith": case "endswith": {
                Args.check(name, a, kw, 1, 3);
                int start = a.length > 1 ? clip(Py.index(a[1]), s.length()) : 0;
                int end = a.length > 2 ? clip(Py.index(a[2]), s.length()) : s.length();
                String sub = s.substring(start, Math.max(start, end));
                Object[] opts = a[0] instanceof PyTuple ? ((PyTuple) a[0]).items : new Object[] {a[0]};
                for (Object o : opts) {
                    if (!(o instanceof String)) {
                        throw PyError.type(name + " first arg must be str or a tuple of str, not " + in.typeName(o));
                    }
                    if (name.equals("startswith") ? sub.startsWith((String) o) : sub.endsWith((String) o)) return true;
                }
                return false;
            }
            case "find": case "rfind": case "index": case "rindex": {
                Args.check(name, a, kw, 1, 3);
                String sub = strArg(in, a[0], name);
                int start = a.length > 1 ? clip(Py.index(a[1]), s.length()) : 0;
                String region = region(s, a);
                int i = name.startsWith("r") ? region.lastIndexOf(sub) : region.indexOf(sub);
                if (i < 0) {
                    if (name.endsWith("index")) throw PyError.value("substring not found");
                    return -1L;
                }
                return (long) (i + start);
            }
            case "count": {
                Args.check("count", a, kw, 1, 3);
                String sub = strArg(in, a[0], "count");
                String region = region(s, a);
                if (sub.isEmpty()) return (long) region.length() + 1;
                long c = 0;
                for (int i = region.indexOf(sub); i >= 0; i = region.indexOf(sub, i + sub.length())) c++;
                return c;
            }
            case "format": return StrFormat.format(in, s, a, kw);
            case "center": case "ljust": case "rjust": {
                Args.check(name, a, kw, 1, 2);
                long w = Py.index(a[0]);
                String fill = a.length > 1 ? strArg(in, a[1], name) : " ";
                if (fill.length() != 1) throw PyError.type("The fill character must be exactly one character long");
                if (w <= s.length()) return s;
                int pad = (int) w - s.length();
                int left = name.equals("ljust") ? 0 : name.equals("rjust") ? pad : pad / 2 + (int) (pad & w & 1);
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < left; i++) b.append(fill);
                b.append(s);
                for (int i = 0; i < pad - left; i++) b.append(fill);
                return b.toString();
            }
            case "zfill": {
                Args.check("zfill", a, kw, 1, 1);
                long w = Py.index(a[0]);
                if (w <= s.length()) return s;
                int signLen = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
                StringBuilder b = new StringBuilder(s.substring(0, signLen));
                for (long i = s.length(); i < w; i++) b.append('0');
                return b.append(s.substring(signLen)).toString();
            }
            case "isdigit": case "isnumeric": case "isdecimal": return test(s, 0);
            case "isalpha": return test(s, 1);
            case "isspace": return test(s, 2);
            case "isalnum": return test(s, 3);
            case "islower": return !s.equals(s.toUpperCase()) && s.equals(s.toLowerCase());
            case "isupper": return !s.equals(s.toLowerCase()) && s.equals(s.toUpperCase());
            case "isidentifier": {
                if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
                for (char c : s.toCharArray()) if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
                return true;
            }
            case "splitlines": {
                PyList r = new PyList();
                int start = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == '\n') {
                        r.add(s.substring(start, i > start && s.charAt(i - 1) == '\r' ? i - 1 : i));
                        start = i + 1;
                    }
                }
                if (start < s.length()) r.add(s.substring(start));
                return r;
            }
            case "partition": case "rpartition": {
                Args.check(name, a, kw, 1, 1);
                String sep = strArg(in, a[0], name);
                int i = name.equals("partition") ? s.indexOf(sep) : s.lastIndexOf(sep);
                if (i < 0) return name.equals("partition") ? new PyTuple(s, "", "") : new PyTuple("", "", s);
                return new PyTuple(s.substring(0, i), sep, s.substring(i + sep.length()));
            }
            case "removeprefix": {
                String x = strArg(in, a[0], name);
                return s.startsWith(x) ? s.substring(x.length()) : s;
            }
            case "removesuffix": {
                String x = strArg(in, a[0], name);
                return s.endsWith(x) && !x.isEmpty() ? s.substring(0, s.length() - x.length()) : s;
            }
            case "expandtabs": return s.replace("\t", "        ");
            case "encode": throw new PyError("NotImplementedError", "bytes are not supported");
            default:
                return null;
        }
    }

    private static boolean test(String s, int kind) {
        if (s.isEmpty()) return false;
        for (char c : s.toCharArray()) {
            boolean ok = kind == 0 ? Character.isDigit(c) : kind == 1 ? Character.isLetter(c)
                    : kind == 2 ? Character.isWhitespace(c) : Character.isLetterOrDigit(c);
            if (!ok) return false;
        }
        return true;
    }

    private static boolean strip(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static PyList split(String s, String sep, long max, boolean fromRight) {
        PyList r = new PyList();
        if (sep == null) {
            List<String> words = new ArrayList<>();
            int i = 0, n = s.length();
            if (!fromRight) {
                while (i < n) {
                    while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                    if (i >= n) break;
                    if (max >= 0 && words.size() == max) {
                        int end = n;
                        while (end > i && Character.isWhitespace(s.charAt(end - 1))) end--;
                        words.add(s.substring(i, end));
                        break;
                    }
                    int j = i;
                    while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
                    words.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int j = n;
                while (j > 0) {
                    while (j > 0 && Character.isWhitespace(s.charAt(j - 1))) j--;
                    if (j <= 0) break;
                    if (max >= 0 && words.size() == max) {
                        int st = 0;
                        while (st < j && Character.isWhitespace(s.charAt(st))) st++;
                        words.add(0, s.substring(st, j));
                        break;
                    }
                    int k = j;
                    while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) k--;
                    words.add(0, s.substring(k, j));
                    j = k;
                }
            }
            for (String w : words) r.add(w);
            return r;
        }
        if (sep.isEmpty()) throw PyError.value("empty separator");
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            while (true) {
                int j = s.indexOf(sep, i);
                if (j < 0 || (max >= 0 && parts.size() == max)) {
                    parts.add(s.substring(i));
                    break;
                }
                parts.add(s.substring(i, j));
                i = j + sep.length();
            }
        } else {
            int end = s.length();
            while (true) {
                int j = s.lastIndexOf(sep, end - sep.length());
                if (j < 0 || (max >= 0 && parts.size() == max) || end - sep.length() < 0) {
                    parts.add(0, s.substring(0, end));
                    break;
                }
                parts.add(0, s.substring(j + sep.length(), end));
                end = j;
            }
        }
        for (String p : parts) r.add(p);
        return r;
    }
}
