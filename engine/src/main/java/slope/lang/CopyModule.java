package slope.lang;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import slope.run.PyError;

/**
 * {@code import copy}: {@code copy} and {@code deepcopy} of Python's values, of instances of Python classes (their
 * attributes, bypassing __setattr__, as CPython's copy does) and of foreign objects through their type's
 * {@link ForeignType#copy}. Training loops keep their best weights with {@code copy.deepcopy(model.state_dict())}.
 */
final class CopyModule {
    private CopyModule() {}

    static PyModule create(Interpreter in) {
        PyModule m = new PyModule("copy");
        m.def("copy", (args, kw) -> shallow(in, Args.parse("copy", args, kw, "x").get("x")));
        m.def("deepcopy", (args, kw) -> new Deep(in).apply(Args.parse("deepcopy", args, kw, "x", "memo").get("x")));
        return m;
    }

    /** Values that copy and deepcopy return as they are: numbers, strings, None, functions, classes, modules. */
    private static boolean atomic(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof String || o instanceof Boolean || o == Py.NONE
                || o instanceof PyRange || o instanceof PyFunction || o instanceof NativeFunction || o instanceof BoundMethod
                || o instanceof PyClass || o instanceof PyModule || o instanceof ForeignType;
    }

    private static Object shallow(Interpreter in, Object o) {
        if (atomic(o) || o instanceof PyTuple) return o;
        if (o instanceof PyList) return new PyList(((PyList) o).items.clone(), ((PyList) o).size);
        if (o instanceof PyDict) {
            PyDict d = new PyDict();
            for (Object[] e : ((PyDict) o).entries()) d.put(e[0], e[1]);
            return d;
        }
        if (o instanceof PySet) {
            PySet s = new PySet();
            for (Object v : ((PySet) o).items()) s.add(v);
            return s;
        }
        if (o instanceof PyInstance) {
            PyInstance x = (PyInstance) o;
            Object own = x.cls.lookupUser("__copy__");
            if (own != null) return in.callMethodObject(x, own, new Object[0], null);
            PyInstance c = new PyInstance(x.cls);
            c.copyFrom(x, v -> v);
            return c;
        }
        return foreign(in, o, null);
    }

    private static Object foreign(Interpreter in, Object o, UnaryOperator<Object> deep) {
        ForeignType t = in.foreignType(o);
        Object c = t == null ? null : t.copy(o, deep);
        if (c == null) throw PyError.type("cannot pickle '" + in.typeName(o) + "' object");
        return c;
    }

    /** One deepcopy: what it has copied so far, so that shared objects stay shared and cycles end. */
    private static final class Deep implements UnaryOperator<Object> {
        private final Interpreter in;
        private final Map<Object, Object> memo = new IdentityHashMap<>();

        Deep(Interpreter in) { this.in = in; }

        @Override public Object apply(Object o) {
            if (atomic(o)) return o;
            Object done = memo.get(o);
            if (done != null) return done;
            if (o instanceof PyTuple) {
                Object[] items = ((PyTuple) o).items.clone();
                for (int i = 0; i < items.length; i++) items[i] = apply(items[i]);
                return remember(o, new PyTuple(items));
            }
            if (o instanceof PyList) {
                PyList src = (PyList) o, c = remember(o, new PyList());
                for (int i = 0; i < src.size; i++) c.add(apply(src.items[i]));
                return c;
            }
            if (o instanceof PyDict) {
                PyDict c = remember(o, new PyDict());
                for (Object[] e : ((PyDict) o).entries()) c.put(apply(e[0]), apply(e[1]));
                return c;
            }
            if (o instanceof PySet) {
                PySet c = remember(o, new PySet());
                for (Object v : ((PySet) o).items()) c.add(apply(v));
                return c;
            }
            if (o instanceof PyInstance) {
                PyInstance x = (PyInstance) o;
                Object own = x.cls.lookupUser("__deepcopy__");
                if (own != null) return remember(o, in.callMethodObject(x, own, new Object[] {new PyDict()}, null));
                PyInstance c = remember(o, new PyInstance(x.cls));
                c.copyFrom(x, this::apply);
                return c;
            }
            return remember(o, foreign(in, o, this));
        }

        private <T> T remember(Object original, T copy) {
            memo.put(original, copy);
            return copy;
        }
    }
}
