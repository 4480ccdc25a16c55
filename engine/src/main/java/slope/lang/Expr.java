package slope.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import slope.run.PyError;

/** Expression nodes; each evaluates itself in a frame. Targets also know how to assign. */
abstract class Expr {
    final int line, col;

    Expr(int line, int col) {
        this.line = line;
        this.col = col;
    }

    abstract Object eval(Frame f);

    void assign(Frame f, Object v) { throw new PyError("SyntaxError", "cannot assign to expression", line, col); }

    void delete(Frame f) { throw new PyError("SyntaxError", "cannot delete expression", line, col); }

    static final Object[] NO_ARGS = new Object[0];

    static final class Const extends Expr {
        final Object value;

        Const(Object value, int line, int col) {
            super(line, col);
            this.value = value;
        }

        @Override Object eval(Frame f) { return value; }
    }

    /**
     * A node that caches what it looked up (a global's cell, a module's attribute, a type's method). A tree shared by
     * several runs forgets them after each, or they would keep that run's interpreter, and all it holds, alive.
     */
    interface Caching {
        void forget();
    }

    static final class Name extends Expr implements Caching {
        static final int UNRESOLVED = 0, LOCAL = 1, DEREF = 2, GLOBAL = 3, CLASS = 4;
        final String name;
        int kind, slot, depth;
        Name fallback;
        private Namespace cacheNs;
        private Namespace.Cell cacheCell;
        private Object cacheBuiltin;

        Name(String name, int line, int col) {
            super(line, col);
            this.name = name;
        }

        @Override public void forget() {
            cacheNs = null;
            cacheCell = null;
            cacheBuiltin = null;
            if (fallback != null) fallback.forget();
        }

        @Override Object eval(Frame f) {
            switch (kind) {
                case LOCAL: {
                    Object v = f.slots[slot];
                    if (v == null) throw new PyError("UnboundLocalError",
                            "cannot access local variable '" + name + "' where it is not associated with a value");
                    return v;
                }
                case DEREF: {
                    Frame p = f;
                    for (int i = 0; i < depth; i++) p = p.parent;
                    Object v = p.slots[slot];
                    if (v == null) throw new PyError("NameError", "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope");
                    return v;
                }
                case CLASS: {
                    Object v = f.classNs.get(name);
                    if (v != null) return v;
                    return fallback.eval(f);
                }
                default:
                    return global(f);
            }
        }

        private Object global(Frame f) {
            Namespace g = f.globals;
            if (g != cacheNs) {
                cacheNs = g;
                cacheCell = g.cell(name);
                cacheBuiltin = null;
            }
            Object v = cacheCell.value;
            if (v != null) return v;
            if (cacheBuiltin == null) {
                cacheBuiltin = f.in.builtins.get(name);
                if (cacheBuiltin == null) throw new PyError("NameError", "name '" + name + "' is not defined");
            }
            return cacheBuiltin;
        }

        @Override void assign(Frame f, Object v) {
            switch (kind) {
                case LOCAL: f.slots[slot] = v; return;
                case DEREF: {
                    Frame p = f;
                    for (int i = 0; i < depth; i++) p = p.parent;
                    p.slots[slot] = v;
                    return;
                }
                case CLASS: f.classNs.put(name, v); return;
                default: {
                    Namespace g = f.globals;
                    if (g != cacheNs) {
                        cacheNs = g;
                        cacheCell = g.cell(name);
                        cacheBuiltin = null;
                    }
                    cacheCell.value = v;
                }
            }
        }

        @Override void delete(Frame f) {
            eval(f);
            switch (kind) {
                case LOCAL: f.slots[slot] = null; return;
                case DEREF: {
                    Frame p = f;
                    for (int i = 0; i < depth; i++) p = p.parent;
                    p.slots[slot] = null;
                    return;
                }
                case CLASS: f.classNs.remove(name); return;
                default: f.globals.remove(name);
            }
        }
    }

    static final class BinOpExpr extends Expr {
        final BinOp op;
        final Expr left, right;

        BinOpExpr(BinOp op, Expr left, Expr right, int line, int col) {
            super(line, col);
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override Object eval(Frame f) { return Ops.binary(f.in, op, left.eval(f), right.eval(f)); }
    }

    static final class Unary extends Expr {
        final UnaryOp op;
        final Expr operand;

        Unary(UnaryOp op, Expr operand, int line, int col) {
            super(line, col);
            this.op = op;
            this.operand = operand;
        }

        @Override Object eval(Frame f) { return Ops.unary(f.in, op, operand.eval(f)); }
    }

    static final class Not extends Expr {
        final Expr operand;

        Not(Expr operand, int line, int col) {
            super(line, col);
            this.operand = operand;
        }

        @Override Object eval(Frame f) { return Ops.truth(f.in, operand.eval(f)) ? Boolean.FALSE : Boolean.TRUE; }
    }

    static final class BoolOpExpr extends Expr {
        final boolean isAnd;
        final Expr[] values;

        BoolOpExpr(boolean isAnd, Expr[] values, int line, int col) {
            super(line, col);
            this.isAnd = isAnd;
            this.values = values;
        }

        @Override Object eval(Frame f) {
            Object v = null;
            for (Expr e : values) {
                v = e.eval(f);
                if (Ops.truth(f.in, v) != isAnd) return v;
            }
            return v;
        }
    }

    static final class Compare extends Expr {
        /** CmpOp, or the strings "in", "not in", "is", "is not". */
        final Object[] ops;
        final Expr[] operands;

        Compare(Object[] ops, Expr[] operands, int line, int col) {
            super(line, col);
            this.ops = ops;
            this.operands = operands;
        }

        @Override Object eval(Frame f) {
            Object a = operands[0].eval(f);
            Object result = null;
            for (int i = 0; i < ops.length; i++) {
                Object b = operands[i + 1].eval(f);
                Object op = ops[i];
                if (op instanceof CmpOp) result = Ops.compare(f.in, (CmpOp) op, a, b);
                else {
                    switch ((String) op) {
                        case "in": result = Py.bool(Ops.contains(f.in, b, a)); break;
                        case "not in": result = Py.bool(!Ops.contains(f.in, b, a)); break;
                        case "is": result = Py.bool(Ops.is(a, b)); break;
                        default: result = Py.bool(!Ops.is(a, b)); break;
                    }
                }
                if (i < ops.length - 1 && !Ops.truth(f.in, result)) return result;
                a = b;
            }
            return result;
        }
    }

    /** {@code name := value} (PEP 572): assigns the value and gives it. */
    static final class NamedExpr extends Expr {
        final Name target;
        final Expr value;

        NamedExpr(Name target, Expr value, int line, int col) {
            super(line, col);
            this.target = target;
            this.value = value;
        }

        @Override Object eval(Frame f) {
            Object v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }

    static final class IfExp extends Expr {
        final Expr test, body, orelse;

        IfExp(Expr test, Expr body, Expr orelse, int line, int col) {
            super(line, col);
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override Object eval(Frame f) { return Ops.truth(f.in, test.eval(f)) ? body.eval(f) : orelse.eval(f); }
    }

    /**
     * Values whose attributes Ops.findAttr and Ops.callMethod look up in their foreign type (when
     * they have one): everything but the interpreter's own objects and Python's numbers and strings.
     */
    static boolean foreignCandidate(Object o) {
        return !(o instanceof PyInstance || o instanceof PyClass || o instanceof ForeignType || o instanceof PySuper
                || o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean
                || o instanceof PyFunction || o instanceof BoundMethod || o instanceof NativeFunction);
    }

    static final class Attribute extends Expr implements Caching {
        final Expr value;
        final String name;
        private Object cacheModule;
        private Namespace.Cell cacheCell;

        Attribute(Expr value, String name, int line, int col) {
            super(line, col);
            this.value = value;
            this.name = name;
        }

        /** A property of a foreign type read here last time, valid while the tables' version holds. */
        private ForeignType cacheType;
        private ForeignType.Getter cacheGetter;
        private int cacheVersion;

        @Override public void forget() {
            cacheModule = null;
            cacheCell = null;
            cacheType = null;
            cacheGetter = null;
        }

        @Override Object eval(Frame f) {
            Object o = value.eval(f);
            if (o == cacheModule) {
                Object v = cacheCell.value;
                if (v != null) return v;
            } else if (o instanceof PyModule) {
                Namespace.Cell c = ((PyModule) o).ns.cells.get(name);
                if (c != null && c.value != null) {
                    cacheModule = o;
                    cacheCell = c;
                    return c.value;
                }
            } else if (foreignCandidate(o)) {
                // Ops.findAttr reaches ForeignType.getAttr for these; a property's getter is cached
                ForeignType t = f.in.foreignType(o);
                if (t != null) {
                    if (t != cacheType || cacheVersion != ForeignType.tablesVersion) {
                        cacheType = t;
                        cacheGetter = t.findGetter(name);
                        cacheVersion = ForeignType.tablesVersion;
                    }
                    if (cacheGetter != null) {
                        Object v = cacheGetter.get(o);
                        return v == null ? Py.NONE : v;
                    }
                }
            }
            return Ops.getAttr(f.in, o, name);
        }

        @Override void assign(Frame f, Object v) { Ops.setAttr(f.in, value.eval(f), name, v); }

        @Override void delete(Frame f) { Ops.delAttr(f.in, value.eval(f), name); }
    }

    static final class Subscript extends Expr {
        final Expr value, index;

        Subscript(Expr value, Expr index, int line, int col) {
            super(line, col);
            this.value = value;
            this.index = index;
        }

        @Override Object eval(Frame f) { return Ops.getItem(f.in, value.eval(f), index.eval(f)); }

        @Override void assign(Frame f, Object v) {
            Object o = value.eval(f);
            Ops.setItem(f.in, o, index.eval(f), v);
        }

        @Override void delete(Frame f) {
            Object o = value.eval(f);
            Ops.delItem(f.in, o, index.eval(f));
        }
    }

    static final class Slice extends Expr {
        final Expr lower, upper, step;

        Slice(Expr lower, Expr upper, Expr step, int line, int col) {
            super(line, col);
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override Object eval(Frame f) {
            return new PySlice(lower == null ? Py.NONE : lower.eval(f), upper == null ? Py.NONE : upper.eval(f),
                    step == null ? Py.NONE : step.eval(f));
        }
    }

    static final class Starred extends Expr {
        final Expr value;

        Starred(Expr value, int line, int col) {
            super(line, col);
            this.value = value;
        }

        @Override Object eval(Frame f) {
            throw new PyError("SyntaxError", "can't use starred expression here", line, col);
        }
    }

    /** Evaluates elements, expanding {@code *xs}. */
    static Object[] evalAll(Frame f, Expr[] elts, boolean hasStar) {
        if (!hasStar) {
            Object[] r = new Object[elts.length];
            for (int i = 0; i < r.length; i++) r[i] = elts[i].eval(f);
            return r;
        }
        List<Object> r = new ArrayList<>();
        for (Expr e : elts) {
            if (e instanceof Starred) {
                PyIter it = Ops.iter(f.in, ((Starred) e).value.eval(f));
                for (Object v = it.next(); v != null; v = it.next()) r.add(v);
            } else {
                r.add(e.eval(f));
            }
        }
        return r.toArray();
    }

    static boolean hasStar(Expr[] elts) {
        for (Expr e : elts) if (e instanceof Starred) return true;
        return false;
    }

    /** Unpacks v into the targets, as in {@code a, (b, *c) = v}. */
    static void unpack(Frame f, Expr[] targets, Object v) {
        Object[] items;
        if (v instanceof PyTuple) items = ((PyTuple) v).items;
        else if (v instanceof PyList) items = ((PyList) v).toArray();
        else {
            PyIter it;
            try {
                it = Ops.iter(f.in, v);
            } catch (PyError e) {
                throw PyError.type("cannot unpack non-iterable " + f.in.typeName(v) + " object");
            }
            List<Object> l = new ArrayList<>();
            for (Object x = it.next(); x != null; x = it.next()) l.add(x);
            items = l.toArray();
        }
        int star = -1;
        for (int i = 0; i < targets.length; i++) if (targets[i] instanceof Starred) star = i;
        if (star < 0) {
            if (items.length < targets.length) {
                throw PyError.value("not enough values to unpack (expected " + targets.length + ", got " + items.length + ")");
            }
            if (items.length > targets.length) {
                throw PyError.value("too many values to unpack (expected " + targets.length + ")");
            }
            for (int i = 0; i < items.length; i++) targets[i].assign(f, items[i]);
            return;
        }
        int after = targets.length - star - 1;
        if (items.length < targets.length - 1) {
            throw PyError.value("not enough values to unpack (expected at least " + (targets.length - 1) + ", got "
                    + items.length + ")");
        }
        for (int i = 0; i < star; i++) targets[i].assign(f, items[i]);
        int restEnd = items.length - after;
        PyList rest = new PyList();
        for (int i = star; i < restEnd; i++) rest.add(items[i]);
        ((Starred) targets[star]).value.assign(f, rest);
        for (int i = 0; i < after; i++) targets[star + 1 + i].assign(f, items[restEnd + i]);
    }

    static final class TupleExpr extends Expr {
        final Expr[] elts;
        final boolean star;

        TupleExpr(Expr[] elts, int line, int col) {
            super(line, col);
            this.elts = elts;
            this.star = hasStar(elts);
        }

        @Override Object eval(Frame f) {
            if (elts.length == 0) return PyTuple.EMPTY;
            return new PyTuple(evalAll(f, elts, star));
        }

        @Override void assign(Frame f, Object v) { unpack(f, elts, v); }

        @Override void delete(Frame f) { for (Expr e : elts) e.delete(f); }
    }

    static final class ListExpr extends Expr {
        final Expr[] elts;
        final boolean star;

        ListExpr(Expr[] elts, int line, int col) {
            super(line, col);
            this.elts = elts;
            this.star = hasStar(elts);
        }

        @Override Object eval(Frame f) {
            Object[] items = evalAll(f, elts, star);
            return new PyList(items, items.length);
        }

        @Override void assign(Frame f, Object v) { unpack(f, elts, v); }
    }

    static final class SetExpr extends Expr {
        final Expr[] elts;

        SetExpr(Expr[] elts, int line, int col) {
            super(line, col);
            this.elts = elts;
        }

        @Override Object eval(Frame f) {
            PySet s = new PySet();
            for (Object v : evalAll(f, elts, hasStar(elts))) s.add(v);
            return s;
        }
    }

    static final class DictExpr extends Expr {
        /** A null key means {@code **value}. */
        final Expr[] keys, values;

        DictExpr(Expr[] keys, Expr[] values, int line, int col) {
            super(line, col);
            this.keys = keys;
            this.values = values;
        }

        @Override Object eval(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object other = values[i].eval(f);
                    if (!(other instanceof PyDict)) {
                        throw PyError.type("'" + f.in.typeName(other) + "' object is not a mapping");
                    }
                    for (Object[] e : ((PyDict) other).entries()) d.put(e[0], e[1]);
                } else {
                    Object k = keys[i].eval(f);
                    d.put(k, values[i].eval(f));
                }
            }
            return d;
        }
    }

    static final class Call extends Expr {
        final Expr func;
        final Expr[] args;
        final boolean star;
        /** Keyword names in call order; null where the value is a {@code **mapping}. */
        final String[] kwNames;
        final Expr[] kwValues;
        /** Whether a {@code **mapping} is among the keywords (then their names are known only at run time). */
        private final boolean hasMapping;

        Call(Expr func, Expr[] args, String[] kwNames, Expr[] kwValues, int line, int col) {
            super(line, col);
            this.func = func;
            this.args = args;
            this.star = hasStar(args);
            this.kwNames = kwNames;
            this.kwValues = kwValues;
            boolean mapping = false;
            for (String name : kwNames) mapping |= name == null;
            this.hasMapping = mapping;
        }

        Map<String, Object> kwargs(Frame f, String fname) {
            if (kwNames.length == 0) return null;
            if (!hasMapping) {
                Object[] values = new Object[kwNames.length];
                for (int i = 0; i < values.length; i++) values[i] = kwValues[i].eval(f);
                return new Kwargs(kwNames, values);
            }
            LinkedHashMap<String, Object> kw = new LinkedHashMap<>();
            for (int i = 0; i < kwNames.length; i++) {
                if (kwNames[i] != null) {
                    putOnce(kw, kwNames[i], kwValues[i].eval(f), fname);
                    continue;
                }
                Object m = kwValues[i].eval(f);
                if (!(m instanceof PyDict)) {
                    throw PyError.type("argument after ** must be a mapping, not " + f.in.typeName(m));
                }
                for (Object[] en : ((PyDict) m).entries()) {
                    if (!(en[0] instanceof String)) throw PyError.type("keywords must be strings");
                    putOnce(kw, (String) en[0], en[1], fname);
                }
            }
            return Kwargs.of(kw);
        }

        private static void putOnce(Map<String, Object> kw, String name, Object value, String fname) {
            if (kw.containsKey(name)) {
                throw PyError.type(fname + "() got multiple values for keyword argument '" + name + "'");
            }
            kw.put(name, value);
        }

        @Override Object eval(Frame f) {
            Object fn = func.eval(f);
            Object[] a = args.length == 0 ? NO_ARGS : evalAll(f, args, star);
            try {
                // Calling Python functions directly saves a Java frame per Python call (wasm stacks are small).
                if (fn instanceof PyFunction) return ((PyFunction) fn).invoke(f.in, null, a, kwargs(f, "function"));
                return Ops.call(f.in, fn, a, kwargs(f, "function"));
            } catch (PyError e) {
                // A call on a continuation line of a statement reports its own line, as CPython 3.11 does.
                throw f.at(e, line, col);
            }
        }
    }

    /** {@code obj.name(args)}: calls the method without building a bound-method object. */
    static final class MethodCall extends Expr implements Caching {
        final Expr obj;
        final String name;
        final Call call;

        MethodCall(Expr obj, String name, Call call, int line, int col) {
            super(line, col);
            this.obj = obj;
            this.name = name;
            this.call = call;
        }

        /** Per-site caches: the module cell of {@code torch.tensor(...)}, the method of {@code x.item()}. */
        private Object cacheModule;
        private Namespace.Cell cacheCell;
        private ForeignType cacheType;
        private Method cacheMethod;
        private int cacheVersion;

        @Override public void forget() {
            cacheModule = null;
            cacheCell = null;
            cacheType = null;
            cacheMethod = null;
        }

        @Override Object eval(Frame f) {
            Object o = obj.eval(f);
            Object[] a = call.args.length == 0 ? NO_ARGS : evalAll(f, call.args, call.star);
            try {
                Map<String, Object> kw = call.kwargs(f, name);
                if (o == cacheModule) {
                    Object fn = cacheCell.value;
                    if (fn != null) return Ops.call(f.in, fn, a, kw);
                } else if (o instanceof PyModule) {
                    // as Ops.callMethod: call(getAttr(module, name)), which finds a set cell first
                    Namespace.Cell c = ((PyModule) o).ns.cells.get(name);
                    if (c != null && c.value != null) {
                        cacheModule = o;
                        cacheCell = c;
                        return Ops.call(f.in, c.value, a, kw);
                    }
                } else if (foreignCandidate(o)) {
                    // as Ops.callMethod: the foreign type's method when it has one
                    ForeignType t = f.in.foreignType(o);
                    if (t != null) {
                        if (t != cacheType || cacheVersion != ForeignType.tablesVersion) {
                            cacheType = t;
                            cacheMethod = t.findMethod(name);
                            cacheVersion = ForeignType.tablesVersion;
                        }
                        if (cacheMethod != null) return Ops.orNone(cacheMethod.call(o, a, kw));
                    }
                }
                return Ops.callMethod(f.in, o, name, a, kw);
            } catch (PyError e) {
                throw f.at(e, line, col);
            }
        }
    }

    /** Zero-argument {@code super()}: the defining class and the first argument of the running method. */
    static final class Super extends Expr {
        Super(int line, int col) { super(line, col); }

        @Override Object eval(Frame f) {
            if (f.fn == null || f.fn.owner == null || f.slots == null || f.slots.length == 0 || f.slots[0] == null) {
                throw new PyError("RuntimeError", "super(): no arguments");
            }
            return new PySuper(f.fn.owner, f.slots[0]);
        }
    }

    static final class Lambda extends Expr {
        final Code code;
        final Expr[] defaults;

        Lambda(Code code, Expr[] defaults, int line, int col) {
            super(line, col);
            this.code = code;
            this.defaults = defaults;
        }

        @Override Object eval(Frame f) {
            Object[] d = new Object[defaults.length];
            for (int i = 0; i < d.length; i++) d[i] = defaults[i].eval(f);
            return new PyFunction(code, d, new Object[0], f.classNs != null ? f.parent : f, f.globals);
        }
    }

    static final class FString extends Expr {
        /** String literals and {@link Field}s. */
        final Object[] parts;

        FString(Object[] parts, int line, int col) {
            super(line, col);
            this.parts = parts;
        }

        @Override Object eval(Frame f) {
            StringBuilder b = new StringBuilder();
            for (Object p : parts) {
                if (p instanceof String) {
                    b.append((String) p);
                    continue;
                }
                Field fl = (Field) p;
                Object v = fl.expr.eval(f);
                if (fl.conv == 'r') v = Text.repr(f.in, v);
                else if (fl.conv == 's') v = Text.str(f.in, v);
                String spec = fl.spec == null ? "" : (String) fl.spec.eval(f);
                b.append(Text.format(f.in, v, spec));
            }
            return b.toString();
        }
    }

    /** One {@code {expr!conv:spec}} of an f-string. */
    static final class Field {
        final Expr expr;
        final char conv;
        final Expr spec;

        Field(Expr expr, char conv, Expr spec) {
            this.expr = expr;
            this.conv = conv;
            this.spec = spec;
        }
    }

    /** List, set and dict comprehensions (evaluated at once) and generator expressions (an element per next()). */
    static final class Comprehension extends Expr {
        static final int LIST = 0, SET = 1, DICT = 2, GEN = 3;
        final int kind;
        final Expr elt, value;
        final Expr[] targets, iters;
        final Expr[][] conds;
        Code code;

        Comprehension(int kind, Expr elt, Expr value, Expr[] targets, Expr[] iters, Expr[][] conds, int line, int col) {
            super(line, col);
            this.kind = kind;
            this.elt = elt;
            this.value = value;
            this.targets = targets;
            this.iters = iters;
            this.conds = conds;
        }

        @Override Object eval(Frame f) {
            Object first = iters[0].eval(f);
            Frame cf = new Frame(f.in, new Object[code.nslots], f.classNs != null ? f.parent : f, f.globals, null, f.fn);
            if (kind == GEN) return new Lazy(cf, Ops.iter(f.in, first));
            Object out = kind == DICT ? new PyDict() : kind == SET ? new PySet() : new PyList();
            loop(cf, 0, first, out);
            return out;
        }

        /**
         * A generator expression's iterator: each next() runs the nested for/if clauses on to the next element, so
         * {@code any(...)} stops early and an endless source works. As in CPython, the first iterable is taken at once.
         */
        final class Lazy implements PyIter {
            private final Frame cf;
            private final PyIter[] its = new PyIter[targets.length];
            /** The innermost clause with a live iterator; -1 once the outermost is used up. */
            private int level;

            Lazy(Frame cf, PyIter first) {
                this.cf = cf;
                its[0] = first;
            }

            @Override public Object next() {
                while (level >= 0) {
                    Object v = its[level].next();
                    if (v == null) {
                        its[level--] = null;
                        continue;
                    }
                    cf.in.budget.step();
                    targets[level].assign(cf, v);
                    if (!passes(cf, level)) continue;
                    if (level + 1 < targets.length) {
                        level++;
                        its[level] = Ops.iter(cf.in, iters[level].eval(cf));
                        continue;
                    }
                    return elt.eval(cf);
                }
                return null;
            }
        }

        /** Whether the element just bound at {@code level} passes that clause's {@code if}s. */
        private boolean passes(Frame cf, int level) {
            for (Expr c : conds[level]) if (!Ops.truth(cf.in, c.eval(cf))) return false;
            return true;
        }

        private void loop(Frame cf, int level, Object iterable, Object out) {
            PyIter it = Ops.iter(cf.in, iterable);
            slope.run.Budget budget = cf.in.budget;
            for (Object v = it.next(); v != null; v = it.next()) {
                budget.step();
                targets[level].assign(cf, v);
                if (!passes(cf, level)) continue;
                if (level + 1 < targets.length) {
                    loop(cf, level + 1, iters[level + 1].eval(cf), out);
                } else if (kind == DICT) {
                    Object k = elt.eval(cf);
                    ((PyDict) out).put(k, value.eval(cf));
                } else if (kind == SET) {
                    ((PySet) out).add(elt.eval(cf));
                } else {
                    ((PyList) out).add(elt.eval(cf));
                }
            }
        }
    }

    /** Iterator over a list's live contents. */
    static final class ListIter implements PyIter {
        final PyList list;
        int i;

        ListIter(PyList list) { this.list = list; }

        @Override public Object next() { return i < list.size ? list.items[i++] : null; }
    }
}
