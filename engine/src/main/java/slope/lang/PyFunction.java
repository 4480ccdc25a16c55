package slope.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import slope.run.PyError;

/** A function defined by def or lambda, with its defaults and the frame it closes over. */
public final class PyFunction {
    final Code code;
    final Object[] defaults;
    final Object[] kwDefaults;
    final Frame closure;
    final Namespace globals;
    /** The class whose body defined this function, for zero-argument super(). */
    PyClass owner;
    /** {@code __name__} and {@code __qualname__}: the code's, until assigned (functools.wraps copies them). */
    String name, qualname;
    /** The function's own attributes ({@code __dict__}); null until one is set. */
    PyDict attributes;

    PyFunction(Code code, Object[] defaults, Object[] kwDefaults, Frame closure, Namespace globals) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    /** {@code f.name}: an attribute of its own, its names and module, or Java null when it has none. */
    Object attribute(String attr) {
        if (attributes != null) {
            Object v = attributes.get(attr);
            if (v != null) return v;
        }
        switch (attr) {
            case "__name__": return name;
            case "__qualname__": return qualname;
            case "__module__": return globals.get("__name__");
            case "__doc__": return Py.NONE;
            case "__dict__": return attributes();
            default: return null;
        }
    }

    /** {@code f.name = value}; the names must stay strings, as CPython checks. */
    void setAttribute(String attr, Object value) {
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            if (!(value instanceof String)) throw PyError.type(attr + " must be set to a string object");
            if (attr.equals("__name__")) name = (String) value;
            else qualname = (String) value;
            return;
        }
        if (attr.equals("__dict__")) {
            if (!(value instanceof PyDict)) {
                throw PyError.type("__dict__ must be set to a dictionary, not a '" + Py.typeNameBuiltin(value) + "'");
            }
            attributes = (PyDict) value;
            return;
        }
        attributes().put(attr, value);
    }

    private PyDict attributes() {
        if (attributes == null) attributes = new PyDict();
        return attributes;
    }

    public String name() { return code.name; }

    /** Calls with an optional bound self (Java null for none). */
    Object invoke(Interpreter in, Object self, Object[] args, Map<String, Object> kw) {
        Code c = code;
        if (c.skimmed != null) Parser.parseSkimmedBody(c);
        Object[] slots = new Object[c.nslots];
        int n = args.length + (self != null ? 1 : 0);
        if (kw == null && n == c.params.length && c.varargSlot < 0 && c.kwargSlot < 0 && c.kwonly.length == 0) {
            if (self != null) {
                slots[0] = self;
                System.arraycopy(args, 0, slots, 1, args.length);
            } else {
                System.arraycopy(args, 0, slots, 0, args.length);
            }
        } else {
            bind(slots, self, args, kw);
        }
        Frame f = new Frame(in, slots, closure, globals, null, this);
        if (c.isGenerator) return new Generator(f, (Stmt.Block) c.body);
        if (++in.depth > in.recursionLimit) {
            in.depth--;
            throw new PyError("RecursionError", "maximum recursion depth exceeded");
        }
        try {
            if (c.lambdaBody != null) return evalLambda(c.lambdaBody, f);
            return c.body.exec(f) == Stmt.RETURN ? f.ret : Py.NONE;
        } finally {
            in.depth--;
        }
    }

    /** A lambda's body, whose errors report its own line as a def's statements do theirs (a hook's lambda, say). */
    private static Object evalLambda(Expr body, Frame f) {
        try {
            return body.eval(f);
        } catch (PyError e) {
            throw f.at(e, body.line, body.col);
        }
    }

    private void bind(Object[] slots, Object self, Object[] args, Map<String, Object> kw) {
        Code c = code;
        int np = c.params.length;
        int n = args.length + (self != null ? 1 : 0);
        List<Object> extra = null;
        boolean tooMany = false;
        for (int i = 0; i < n; i++) {
            Object v = self == null ? args[i] : i == 0 ? self : args[i - 1];
            if (i < np) slots[i] = v;
            else if (c.varargSlot >= 0) {
                if (extra == null) extra = new ArrayList<>();
                extra.add(v);
            } else {
                tooMany = true;
            }
        }
        if (c.varargSlot >= 0) slots[c.varargSlot] = extra == null ? PyTuple.EMPTY : new PyTuple(extra.toArray());
        PyDict kwDict = c.kwargSlot >= 0 ? new PyDict() : null;
        if (kw != null) {
            Kwargs named = Kwargs.of(kw);
            for (int j = 0; j < named.size(); j++) {
                String k = named.name(j);
                int slot = -1;
                for (int i = 0; i < np; i++) if (c.params[i].equals(k)) slot = i;
                for (int i = 0; i < c.kwonly.length; i++) if (c.kwonly[i].equals(k)) slot = c.slotOfKwonly(i);
                if (slot < 0) {
                    if (kwDict == null) throw PyError.type(c.qualname + "() got an unexpected keyword argument '" + k + "'");
                    kwDict.put(k, named.value(j));
                } else {
                    if (slots[slot] != null) throw PyError.type(c.qualname + "() got multiple values for argument '" + k + "'");
                    slots[slot] = named.value(j);
                }
            }
        }
        // CPython names an unexpected keyword before counting positional arguments.
        if (tooMany) throw PyError.type(tooMany(n, kw));
        if (kwDict != null) slots[c.kwargSlot] = kwDict;
        List<String> missing = null;
        int firstDefault = np - defaults.length;
        for (int i = 0; i < np; i++) {
            if (slots[i] != null) continue;
            if (i >= firstDefault) slots[i] = defaults[i - firstDefault];
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(c.params[i]);
            }
        }
        if (missing != null) throw PyError.type(missingMessage(missing, "positional"));
        for (int i = 0; i < c.kwonly.length; i++) {
            int s = c.slotOfKwonly(i);
            if (slots[s] != null) continue;
            if (kwDefaults[i] != null) slots[s] = kwDefaults[i];
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(c.kwonly[i]);
            }
        }
        if (missing != null) throw PyError.type(missingMessage(missing, "keyword-only"));
    }

    private String tooMany(int given, Map<String, Object> kw) {
        int np = code.params.length;
        int min = np - defaults.length;
        String takes = min == np ? String.valueOf(np) : "from " + min + " to " + np;
        String s = code.qualname + "() takes " + takes + " positional argument" + (np == 1 && min == np ? "" : "s")
                + " but " + given + (given == 1 ? " was" : " were") + " given";
        return s;
    }

    private String missingMessage(List<String> names, String kind) {
        StringBuilder b = new StringBuilder(code.qualname).append("() missing ").append(names.size())
                .append(" required ").append(kind).append(" argument").append(names.size() == 1 ? "" : "s").append(": ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            b.append('\'').append(names.get(i)).append('\'');
        }
        return b.toString();
    }
}
