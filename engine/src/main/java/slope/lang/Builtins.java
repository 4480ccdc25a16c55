package slope.lang;

import java.util.Arrays;
import java.util.Map;
import slope.run.PyError;
import slope.tensor.FloatMath;

/** The builtin functions and types: print, len, range, int, list, isinstance, sorted, exceptions, ... */
final class Builtins {
    private Builtins() {}

    /** property, staticmethod and classmethod objects. */
    static final class Wrapper {
        static final int PROPERTY = 0, STATICMETHOD = 1, CLASSMETHOD = 2;
        static final String[] NAMES = {"property", "staticmethod", "classmethod"};
        final int kind;
        final Object fn;
        final Object setter;

        Wrapper(int kind, Object fn, Object setter) {
            this.kind = kind;
            this.fn = fn;
            this.setter = setter;
        }
    }

    private static final String[][] EXCEPTIONS = {
        {"BaseException", null}, {"Exception", "BaseException"}, {"KeyboardInterrupt", "BaseException"},
        {"SystemExit", "BaseException"}, {"GeneratorExit", "BaseException"},
        {"ArithmeticError", "Exception"}, {"ZeroDivisionError", "ArithmeticError"}, {"OverflowError", "ArithmeticError"},
        {"FloatingPointError", "ArithmeticError"}, {"LookupError", "Exception"}, {"IndexError", "LookupError"},
        {"KeyError", "LookupError"}, {"ValueError", "Exception"}, {"TypeError", "Exception"},
        {"NameError", "Exception"}, {"UnboundLocalError", "NameError"}, {"AttributeError", "Exception"},
        {"RuntimeError", "Exception"}, {"RecursionError", "RuntimeError"}, {"NotImplementedError", "RuntimeError"},
        {"AssertionError", "Exception"}, {"StopIteration", "Exception"}, {"ImportError", "Exception"},
        {"ModuleNotFoundError", "ImportError"}, {"SyntaxError", "Exception"}, {"IndentationError", "SyntaxError"},
        {"MemoryError", "Exception"}, {"OSError", "Exception"}, {"FileNotFoundError", "OSError"},
        {"FileExistsError", "OSError"}, {"PermissionError", "OSError"}, {"IsADirectoryError", "OSError"},
        {"NotADirectoryError", "OSError"}, {"TimeoutError", "OSError"}, {"InterruptedError", "OSError"},
        {"BlockingIOError", "OSError"}, {"ChildProcessError", "OSError"}, {"ProcessLookupError", "OSError"},
        {"ConnectionError", "OSError"}, {"BrokenPipeError", "ConnectionError"}, {"ConnectionAbortedError", "ConnectionError"},
        {"ConnectionRefusedError", "ConnectionError"}, {"ConnectionResetError", "ConnectionError"},
        {"EOFError", "Exception"}, {"ReferenceError", "Exception"}, {"SystemError", "Exception"}, {"BufferError", "Exception"},
        {"StopAsyncIteration", "Exception"}, {"TabError", "IndentationError"},
        {"UnicodeError", "ValueError"}, {"UnicodeDecodeError", "UnicodeError"}, {"UnicodeEncodeError", "UnicodeError"},
        {"UnicodeTranslateError", "UnicodeError"},
        {"Warning", "Exception"}, {"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"},
        {"PendingDeprecationWarning", "Warning"}, {"SyntaxWarning", "Warning"}, {"RuntimeWarning", "Warning"},
        {"FutureWarning", "Warning"}, {"ImportWarning", "Warning"}, {"UnicodeWarning", "Warning"},
        {"BytesWarning", "Warning"}, {"ResourceWarning", "Warning"}, {"EncodingWarning", "Warning"},
    };

    /**
     * {@code object.__new__(cls, ...)} or {@code BaseException.__new__(cls, *args)}, static as CPython's are: an
     * instance of cls (see Interpreter.newInstance). BaseException's keeps its arguments; object's takes none once
     * the class has a __new__ of its own, as CPython's object_new.
     */
    private static Wrapper newOf(Interpreter in, String owner) {
        return new Wrapper(Wrapper.STATICMETHOD, new NativeFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyClass)) throw PyError.type(owner + ".__new__(X): X is not a type object");
            PyClass c = (PyClass) a[0];
            if (owner.equals("object")) {
                if ((a.length > 1 || kw != null && !kw.isEmpty()) && c.lookupUser("__new__") != null) {
                    throw PyError.type("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (c.constructor != null) throw PyError.type("object.__new__(" + c.name + ") is not safe, use " + c.name + ".__new__()");
            }
            return in.newInstance(c, Py.copyOfRange(a, 1, a.length));
        }), null);
    }

    static void install(Interpreter in) {
        PyClass object = new PyClass("object", "builtins");
        object.constructor = (a, kw) -> {
            Args.check("object", a, kw, 0, 0);
            return new PyInstance(object);
        };
        object.defineMethod("__init__", (self, a, kw) -> {
            if (a.length > 0 || (kw != null && !kw.isEmpty())) {
                PyClass c = self instanceof PyInstance ? ((PyInstance) self).cls : object;
                if (c.lookup("__init__") instanceof MethodDescriptor) throw PyError.type(c.name + "() takes no arguments");
                throw PyError.type("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return Py.NONE;
        });
        object.dict.put("__new__", newOf(in, "object"));
        object.defineMethod("__setattr__", (self, a, kw) -> {
            Args.check("__setattr__", a, kw, 2, 2);
            if (!(a[0] instanceof String)) throw PyError.type("attribute name must be string, not '" + in.typeName(a[0]) + "'");
            if (self instanceof PyInstance) Ops.setInstanceAttr(in, (PyInstance) self, (String) a[0], a[1]);
            else Ops.setAttr(in, self, (String) a[0], a[1]);
            return Py.NONE;
        });
        object.defineMethod("__getattribute__", (self, a, kw) -> {
            Args.check("__getattribute__", a, kw, 1, 1);
            return Ops.getAttr(in, self, (String) a[0]);
        });
        object.defineMethod("__delattr__", (self, a, kw) -> {
            Args.check("__delattr__", a, kw, 1, 1);
            if (self instanceof PyInstance && ((PyInstance) self).remove((String) a[0])) return Py.NONE;
            throw Ops.noAttr(in, self, (String) a[0]);
        });
        object.defineMethod("__repr__", (self, a, kw) -> "<" + in.typeName(self) + " object at " + in.address(self) + ">");
        object.defineMethod("__str__", (self, a, kw) -> Text.repr(in, self));
        object.defineMethod("__eq__", (self, a, kw) -> self == a[0] ? Boolean.TRUE : Py.NOT_IMPLEMENTED);
        object.defineMethod("__hash__", (self, a, kw) -> (long) System.identityHashCode(self));
        in.defineBuiltinClass(object);

        for (String[] e : EXCEPTIONS) {
            PyClass base = e[1] == null ? object : in.builtinClass(e[1]);
            PyClass c = new PyClass(e[0], "builtins", base);
            if (e[1] == null) {
                c.dict.put("__new__", newOf(in, "BaseException"));
                c.defineMethod("__init__", (self, a, kw) -> {
                    ((PyInstance) self).put("args", new PyTuple(a.clone()));
                    return Py.NONE;
                });
                c.defineMethod("__str__", (self, a, kw) -> Text.exceptionStr(in, (PyInstance) self));
                // defaults an instance overrides when raised from, or while handling, another
                c.dict.put("__cause__", Py.NONE);
                c.dict.put("__context__", Py.NONE);
                c.dict.put("__suppress_context__", Boolean.FALSE);
                c.dict.put("__traceback__", Py.NONE);
            }
            in.defineBuiltinClass(c);
        }
        in.builtins.put("EnvironmentError", in.builtinClass("OSError")); // Python 3's aliases of OSError
        in.builtins.put("IOError", in.builtinClass("OSError"));

        builtinType(in, "int", object, (a, kw) -> toInt(in, a, kw));
        builtinType(in, "bool", in.builtinClass("int"), (a, kw) -> {
            Args.check("bool", a, kw, 0, 1);
            return a.length == 0 ? Boolean.FALSE : Py.bool(Ops.truth(in, a[0]));
        });
        builtinType(in, "float", object, (a, kw) -> {
            Args.check("float", a, kw, 0, 1);
            return a.length == 0 ? 0.0 : toFloat(in, a[0], null);
        });
        builtinType(in, "str", object, (a, kw) -> {
            Args.check("str", a, kw, 0, 1);
            return a.length == 0 ? "" : Text.str(in, a[0]);
        });
        builtinType(in, "list", object, (a, kw) -> {
            Args.check("list", a, kw, 0, 1);
            if (a.length == 0) return new PyList();
            Object[] items = Ops.toArray(in, a[0]);
            if (a[0] instanceof PyTuple) items = items.clone();
            return new PyList(items, items.length);
        });
        builtinType(in, "tuple", object, (a, kw) -> {
            Args.check("tuple", a, kw, 0, 1);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple) return a[0];
            return new PyTuple(Ops.toArray(in, a[0]));
        });
        builtinType(in, "dict", object, (a, kw) -> {
            Args.check("dict", a, null, 0, 1);
            PyDict d = new PyDict();
            if (a.length == 1) Methods.update(in, d, a[0]);
            if (kw != null) for (Map.Entry<String, Object> e : kw.entrySet()) d.put(e.getKey(), e.getValue());
            return d;
        });
        builtinType(in, "set", object, (a, kw) -> {
            Args.check("set", a, kw, 0, 1);
            PySet s = new PySet();
            if (a.length == 1) for (Object v : Ops.toArray(in, a[0])) s.add(v);
            return s;
        });
        builtinType(in, "range", object, (a, kw) -> {
            Args.check("range", a, kw, 1, 3);
            long start = 0, stop, step = 1;
            if (a.length == 1) stop = Py.index(a[0]);
            else {
                start = Py.index(a[0]);
                stop = Py.index(a[1]);
                if (a.length == 3) step = Py.index(a[2]);
            }
            if (step == 0) throw PyError.value("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        });
        builtinType(in, "type", object, (a, kw) -> {
            if (a.length == 3) return newClass(in, a);
            Args.check("type", a, kw, 1, 1);
            return typeOf(in, a[0]);
        });
        builtinType(in, "slice", object, (a, kw) -> {
            Args.check("slice", a, kw, 1, 3);
            if (a.length == 1) return new PySlice(Py.NONE, a[0], Py.NONE);
            return new PySlice(a[0], a[1], a.length == 3 ? a[2] : Py.NONE);
        });
        builtinType(in, "property", object, (a, kw) -> {
            Args p = Args.parse("property", a, kw, "fget", "fset", "fdel", "doc");
            return new Wrapper(Wrapper.PROPERTY, p.get("fget"), p.getOrNone("fset", null));
        });
        builtinType(in, "staticmethod", object, (a, kw) -> {
            Args.check("staticmethod", a, kw, 1, 1);
            return new Wrapper(Wrapper.STATICMETHOD, a[0], null);
        });
        builtinType(in, "classmethod", object, (a, kw) -> {
            Args.check("classmethod", a, kw, 1, 1);
            return new Wrapper(Wrapper.CLASSMETHOD, a[0], null);
        });
        for (String n : new String[] {"NoneType", "function", "builtin_function_or_method", "method", "module",
                "NotImplementedType", "ellipsis", "iterator"}) {
            builtinType(in, n, object, (a, kw) -> {
                throw PyError.type("cannot create '" + n + "' instances");
            });
            in.builtins.remove(n);
        }

        in.builtins.put("None", Py.NONE);
        in.builtins.put("NotImplemented", Py.NOT_IMPLEMENTED);
        in.builtins.put("Ellipsis", Py.ELLIPSIS);
        in.builtins.put("__name__", "builtins");

        def(in, "print", (a, kw) -> {
            Args p = Args.parse("print", new Object[0], kw, "sep", "end", "file", "flush");
            Object file = p.getOrNone("file", null);
            if (file instanceof SysModule.Stream && !((SysModule.Stream) file).isOut) return Py.NONE;
            String sep = p.getOrNone("sep", " ") instanceof String ? (String) p.getOrNone("sep", " ") : null;
            String end = p.getOrNone("end", "\n") instanceof String ? (String) p.getOrNone("end", "\n") : null;
            if (sep == null) throw PyError.type("sep must be None or a string, not " + in.typeName(p.get("sep")));
            if (end == null) throw PyError.type("end must be None or a string, not " + in.typeName(p.get("end")));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                if (i > 0) b.append(sep);
                b.append(Text.str(in, a[i]));
            }
            b.append(end);
            in.print(b.toString());
            return Py.NONE;
        });
        def(in, "super", (a, kw) -> {
            Args.check("super", a, kw, 0, 2);
            if (a.length == 0) throw PyError.runtime("super(): no arguments");
            if (!(a[0] instanceof PyClass)) throw PyError.type("super() argument 1 must be a type, not " + in.typeName(a[0]));
            if (a.length == 1) throw new PyError("NotImplementedError", "unbound super() is not supported");
            PyClass c = (PyClass) a[0];
            Object self = a[1];
            boolean ok = self instanceof PyClass ? ((PyClass) self).isSubclassOf(c)
                    : self instanceof PyInstance && ((PyInstance) self).cls.isSubclassOf(c);
            if (!ok) throw PyError.type("super(type, obj): obj must be an instance or subtype of type");
            return new PySuper(c, self);
        });
        def(in, "len", (a, kw) -> {
            Args.check("len", a, kw, 1, 1);
            return Ops.len(in, a[0]);
        });
        def(in, "repr", (a, kw) -> {
            Args.check("repr", a, kw, 1, 1);
            return Text.repr(in, a[0]);
        });
        def(in, "ascii", (a, kw) -> {
            Args.check("ascii", a, kw, 1, 1);
            return Text.ascii(in, a[0]);
        });
        def(in, "format", (a, kw) -> {
            Args.check("format", a, kw, 1, 2);
            return Text.format(in, a[0], a.length > 1 ? (String) a[1] : "");
        });
        def(in, "abs", (a, kw) -> {
            Args.check("abs", a, kw, 1, 1);
            return Ops.unary(in, UnaryOp.ABS, a[0]);
        });
        def(in, "min", (a, kw) -> minMax(in, "min", a, kw, CmpOp.LT));
        def(in, "max", (a, kw) -> minMax(in, "max", a, kw, CmpOp.GT));
        def(in, "sum", (a, kw) -> {
            Args p = Args.parse("sum", a, kw, "iterable", "start");
            Object acc = p.get("start", 0L);
            if (acc instanceof String) throw PyError.type("sum() can't sum strings [use ''.join(seq) instead]");
            PyIter it = Ops.iter(in, p.get("iterable"));
            for (Object v = it.next(); v != null; v = it.next()) acc = Ops.binary(in, BinOp.ADD, acc, v);
            return acc;
        });
        def(in, "round", (a, kw) -> {
            Args p = Args.parse("round", a, kw, "number", "ndigits");
            return round(in, p.get("number"), p.get("ndigits", Py.NONE));
        });
        def(in, "divmod", (a, kw) -> {
            Args.check("divmod", a, kw, 2, 2);
            if (!Py.isNumber(a[0]) || !Py.isNumber(a[1])) {
                Object q;
                try {
                    q = Ops.binary(in, BinOp.FLOORDIV, a[0], a[1]);
                } catch (PyError e) {
                    if (e.type.equals("TypeError") && e.getMessage().startsWith("unsupported operand")) {
                        throw PyError.type("unsupported operand type(s) for divmod(): '" + in.typeName(a[0]) + "' and '"
                                + in.typeName(a[1]) + "'");
                    }
                    throw e;
                }
                return new PyTuple(q, Ops.binary(in, BinOp.MOD, a[0], a[1]));
            }
            return new PyTuple(Ops.binary(in, BinOp.FLOORDIV, a[0], a[1]), Ops.binary(in, BinOp.MOD, a[0], a[1]));
        });
        def(in, "pow", (a, kw) -> {
            Args p = Args.parse("pow", a, kw, "base", "exp", "mod");
            if (p.has("mod") && p.get("mod") != Py.NONE) {
                long base = Py.index(p.get("base")), e = Py.index(p.get("exp")), m = Py.index(p.get("mod"));
                if (m == 0) throw PyError.value("pow() 3rd argument cannot be 0");
                if (Math.abs(m) > 3037000499L) return powMod(base, e, m);
                long res = 1 % m;
                base = Math.floorMod(base, m);
                while (e > 0) {
                    if ((e & 1) != 0) res = Math.floorMod(res * base, m);
                    base = Math.floorMod(base * base, m);
                    e >>= 1;
                }
                return res;
            }
            return Ops.binary(in, BinOp.POW, p.get("base"), p.get("exp"));
        });
        def(in, "isinstance", (a, kw) -> {
            Args.check("isinstance", a, kw, 2, 2);
            return isInstance(in, a[0], a[1]);
        });
        def(in, "issubclass", (a, kw) -> {
            Args.check("issubclass", a, kw, 2, 2);
            return isSubclass(in, a[0], a[1]);
        });
        def(in, "hasattr", (a, kw) -> {
            Args.check("hasattr", a, kw, 2, 2);
            try {
                return Ops.findAttr(in, a[0], attrName(in, a[1])) != null;
            } catch (PyError e) {
                if (e.type.equals("AttributeError")) return false;
                throw e;
            }
        });
        def(in, "getattr", (a, kw) -> {
            Args.check("getattr", a, kw, 2, 3);
            String n = attrName(in, a[1]);
            if (a.length == 3) {
                try {
                    Object v = Ops.findAttr(in, a[0], n);
                    return v == null ? a[2] : v;
                } catch (PyError e) {
                    if (e.type.equals("AttributeError")) return a[2];
                    throw e;
                }
            }
            return Ops.getAttr(in, a[0], n);
        });
        def(in, "setattr", (a, kw) -> {
            Args.check("setattr", a, kw, 3, 3);
            Ops.setAttr(in, a[0], attrName(in, a[1]), a[2]);
            return Py.NONE;
        });
        def(in, "delattr", (a, kw) -> {
            Args.check("delattr", a, kw, 2, 2);
            Ops.delAttr(in, a[0], attrName(in, a[1]));
            return Py.NONE;
        });
        def(in, "callable", (a, kw) -> {
            Args.check("callable", a, kw, 1, 1);
            Object o = a[0];
            if (o instanceof PyInstance) return ((PyInstance) o).cls.lookupUser("__call__") != null;
            return o instanceof PyFunction || o instanceof NativeFunction || o instanceof BoundMethod
                    || o instanceof BoundNative || o instanceof PyClass || o instanceof ForeignType
                    || o instanceof MethodDescriptor;
        });
        def(in, "id", (a, kw) -> {
            Args.check("id", a, kw, 1, 1);
            return in.addressValue(a[0]);
        });
        def(in, "hash", (a, kw) -> {
            Args.check("hash", a, kw, 1, 1);
            Object k = Py.key(a[0]);
            if (k instanceof Long) return k;
            if (k instanceof Py.UserKey) return ((Py.UserKey) k).value;
            return (long) k.hashCode();
        });
        def(in, "enumerate", (a, kw) -> {
            Args p = Args.parse("enumerate", a, kw, "iterable", "start");
            PyIter it = Ops.iter(in, p.get("iterable"));
            long start = p.getInt("start", 0);
            return new PyIter() {
                long i = start;

                @Override public Object next() {
                    Object v = it.next();
                    return v == null ? null : new PyTuple(i++, v);
                }
            };
        });
        def(in, "zip", (a, kw) -> {
            Args.check("zip", a, kw == null || !kw.containsKey("strict") ? kw : null, 0, Integer.MAX_VALUE);
            PyIter[] its = new PyIter[a.length];
            for (int i = 0; i < a.length; i++) its[i] = Ops.iter(in, a[i]);
            return (PyIter) () -> {
                if (its.length == 0) return null;
                Object[] t = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    t[i] = its[i].next();
                    if (t[i] == null) return null;
                }
                return new PyTuple(t);
            };
        });
        def(in, "map", (a, kw) -> {
            Args.check("map", a, kw, 2, Integer.MAX_VALUE);
            Object fn = a[0];
            PyIter[] its = new PyIter[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Ops.iter(in, a[i]);
            return (PyIter) () -> {
                Object[] t = new Object[its.length];
                for (int i = 0; i < its.length; i++) {
                    t[i] = its[i].next();
                    if (t[i] == null) return null;
                }
                return Ops.call(in, fn, t, null);
            };
        });
        def(in, "filter", (a, kw) -> {
            Args.check("filter", a, kw, 2, 2);
            Object fn = a[0];
            PyIter it = Ops.iter(in, a[1]);
            return (PyIter) () -> {
                for (Object v = it.next(); v != null; v = it.next()) {
                    Object keep = fn == Py.NONE ? v : Ops.call(in, fn, new Object[] {v}, null);
                    if (Ops.truth(in, keep)) return v;
                }
                return null;
            };
        });
        def(in, "sorted", (a, kw) -> {
            Args p = Args.parse("sorted", a, kw, "iterable", "*", "key", "reverse");
            Object[] items = Ops.toArray(in, p.get("iterable")).clone();
            sort(in, items, p.getOrNone("key", null), p.getBool("reverse", false));
            return new PyList(items, items.length);
        });
        def(in, "reversed", (a, kw) -> {
            Args.check("reversed", a, kw, 1, 1);
            Object o = a[0];
            if (o instanceof PyInstance) {
                Object m = ((PyInstance) o).cls.lookupUser("__reversed__");
                if (m != null) return in.callMethodObject(o, m, new Object[0], null);
            }
            if (!(o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyRange
                    || o instanceof PyDict
                    || o instanceof PyInstance || in.foreignType(o) != null)) {
                throw PyError.type("'" + in.typeName(o) + "' object is not reversible");
            }
            Object[] items = Ops.toArray(in, o).clone();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            return Ops.arrayIter(items);
        });
        def(in, "any", (a, kw) -> {
            Args.check("any", a, kw, 1, 1);
            PyIter it = Ops.iter(in, a[0]);
            for (Object v = it.next(); v != null; v = it.next()) if (Ops.truth(in, v)) return true;
            return false;
        });
        def(in, "all", (a, kw) -> {
            Args.check("all", a, kw, 1, 1);
            PyIter it = Ops.iter(in, a[0]);
            for (Object v = it.next(); v != null; v = it.next()) if (!Ops.truth(in, v)) return false;
            return true;
        });
        def(in, "iter", (a, kw) -> {
            Args.check("iter", a, kw, 1, 1);
            return Ops.iter(in, a[0]);
        });
        def(in, "next", (a, kw) -> {
            Args.check("next", a, kw, 1, 2);
            Object o = a[0];
            Object v;
            if (o instanceof PyInstance && ((PyInstance) o).cls.lookupUser("__next__") != null) {
                try {
                    v = in.callMethodObject(o, ((PyInstance) o).cls.lookupUser("__next__"), new Object[0], null);
                } catch (PyError e) {
                    if (a.length == 2 && e.type.equals("StopIteration")) return a[1];
                    throw e;
                }
                return v;
            }
            if (!(o instanceof PyIter)) throw PyError.type("'" + in.typeName(o) + "' object is not an iterator");
            v = ((PyIter) o).next();
            if (v == null) {
                if (a.length == 2) return a[1];
                throw new PyError("StopIteration", "");
            }
            return v;
        });
        def(in, "hex", (a, kw) -> radix(a, kw, "hex", 16, "0x"));
        def(in, "oct", (a, kw) -> radix(a, kw, "oct", 8, "0o"));
        def(in, "bin", (a, kw) -> radix(a, kw, "bin", 2, "0b"));
        def(in, "chr", (a, kw) -> {
            Args.check("chr", a, kw, 1, 1);
            long cp = Py.index(a[0]);
            if (cp < 0 || cp > 0x10FFFF) throw PyError.value("chr() arg not in range(0x110000)");
            return new String(Character.toChars((int) cp));
        });
        def(in, "ord", (a, kw) -> {
            Args.check("ord", a, kw, 1, 1);
            if (!(a[0] instanceof String)) {
                throw PyError.type("ord() expected string of length 1, but " + in.typeName(a[0]) + " found");
            }
            if (((String) a[0]).codePointCount(0, ((String) a[0]).length()) != 1) {
                throw PyError.type("ord() expected a character, but string of length " + ((String) a[0]).length() + " found");
            }
            return (long) ((String) a[0]).codePointAt(0);
        });
        def(in, "dir", (a, kw) -> {
            Args.check("dir", a, kw, 1, 1);
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            Object o = a[0];
            if (o instanceof PyInstance) {
                ((PyInstance) o).addNames(names);
                for (PyClass c : ((PyInstance) o).cls.mro) names.addAll(c.dict.keySet());
            } else if (o instanceof PyClass) {
                for (PyClass c : ((PyClass) o).mro) names.addAll(c.dict.keySet());
            } else if (o instanceof PyModule) {
                names.addAll(((PyModule) o).attributes().keySet());
            } else if (o instanceof ForeignType) {
                names.addAll(((ForeignType) o).attributeNames());
            } else if (in.foreignType(o) != null) {
                names.addAll(in.foreignType(o).attributeNames());
            } else {
                names.addAll(Methods.names(o));
            }
            PyList r = new PyList();
            for (String n : names) r.add(n);
            return r;
        });
        def(in, "vars", (a, kw) -> {
            Args.check("vars", a, kw, 1, 1);
            return Ops.getAttr(in, a[0], "__dict__");
        });
        def(in, "input", (a, kw) -> {
            throw new PyError("OSError", "input() is not available: programs here cannot read from the keyboard");
        });
        def(in, "open", (a, kw) -> {
            throw new PyError("OSError", "open() is not available: programs here cannot use files");
        });
        def(in, "exit", (a, kw) -> {
            throw new PyError("SystemExit", a.length > 0 ? Text.str(in, a[0]) : "");
        });
    }

    /** pow(base, e, m) for moduli whose squares overflow 64 bits. */
    private static long powMod(long base, long e, long m) {
        if (e < 0) throw PyError.value("base is not invertible for the given modulus");
        long mm = Math.abs(m);
        long res = 1 % mm;
        base = Math.floorMod(base, mm);
        while (e > 0) {
            if ((e & 1) != 0) res = mulMod(res, base, mm);
            base = mulMod(base, base, mm);
            e >>= 1;
        }
        return m < 0 && res != 0 ? res - mm : res;
    }

    /** a * b mod m without overflow (shift-and-add); m > 0. */
    private static long mulMod(long a, long b, long m) {
        long r = 0;
        a = Math.floorMod(a, m);
        b = Math.floorMod(b, m);
        while (b > 0) {
            if ((b & 1) != 0) r = r >= m - a ? r - (m - a) : r + a;
            a = a >= m - a ? a - (m - a) : a + a;
            b >>= 1;
        }
        return r;
    }

    /** {@code type(name, bases, namespace)}: a class made at run time (namedtuple uses it). */
    private static PyClass newClass(Interpreter in, Object[] a) {
        if (!(a[0] instanceof String) || !(a[1] instanceof PyTuple) || !(a[2] instanceof PyDict)) {
            throw PyError.type("type.__new__() argument types must be str, tuple and dict");
        }
        Object[] bs = ((PyTuple) a[1]).items;
        PyClass[] bases = new PyClass[Math.max(1, bs.length)];
        if (bs.length == 0) bases[0] = in.builtinClass("object");
        for (int i = 0; i < bs.length; i++) {
            if (!(bs[i] instanceof PyClass)) throw PyError.type("bases must be types");
            bases[i] = (PyClass) bs[i];
        }
        PyDict ns = (PyDict) a[2];
        Object module = ns.get("__module__");
        PyClass c = new PyClass((String) a[0], module instanceof String ? (String) module : "__main__", bases);
        for (Object[] e : ns.entries()) {
            if (!(e[0] instanceof String)) continue;
            if (e[1] instanceof PyFunction && ((PyFunction) e[1]).owner == null) ((PyFunction) e[1]).owner = c;
            c.dict.put((String) e[0], e[1]);
        }
        return c;
    }

    private static void builtinType(Interpreter in, String name, PyClass base, Native ctor) {
        PyClass c = new PyClass(name, "builtins", base);
        c.constructor = ctor;
        in.defineBuiltinClass(c);
    }

    private static void def(Interpreter in, String name, Native fn) { in.builtins.put(name, new NativeFunction(name, fn)); }

    private static String attrName(Interpreter in, Object n) {
        if (!(n instanceof String)) throw PyError.type("attribute name must be string, not '" + in.typeName(n) + "'");
        return (String) n;
    }

    private static Object radix(Object[] a, Map<String, Object> kw, String fn, int radix, String prefix) {
        Args.check(fn, a, kw, 1, 1);
        long v = Py.index(a[0]);
        String digits = Long.toString(Math.abs(v), radix);
        return (v < 0 ? "-" : "") + prefix + digits;
    }

    /** The class object of a value: a PyClass, or the ForeignType of a host object. */
    static Object typeOf(Interpreter in, Object o) {
        if (o instanceof PyInstance) return ((PyInstance) o).cls;
        ForeignType t = o instanceof Long || o instanceof Double || o instanceof String ? null : in.foreignType(o);
        if (t != null) return t;
        return in.builtinClass(Py.typeNameBuiltin(o) == null ? "object" : Py.typeNameBuiltin(o));
    }

    static boolean isInstance(Interpreter in, Object o, Object cls) {
        if (cls instanceof PyTuple) {
            for (Object c : ((PyTuple) cls).items) if (isInstance(in, o, c)) return true;
            return false;
        }
        if (cls instanceof ForeignType) {
            ForeignType t = in.foreignType(o);
            return t != null && t.isSubtypeOf((ForeignType) cls);
        }
        if (!(cls instanceof PyClass)) {
            throw PyError.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        Object t = typeOf(in, o);
        return t instanceof PyClass && ((PyClass) t).isSubclassOf((PyClass) cls);
    }

    private static boolean isSubclass(Interpreter in, Object c, Object cls) {
        if (cls instanceof PyTuple) {
            for (Object x : ((PyTuple) cls).items) if (isSubclass(in, c, x)) return true;
            return false;
        }
        if (c instanceof ForeignType && cls instanceof ForeignType) return ((ForeignType) c).isSubtypeOf((ForeignType) cls);
        if (!(c instanceof PyClass || c instanceof ForeignType)) throw PyError.type("issubclass() arg 1 must be a class");
        return c instanceof PyClass && cls instanceof PyClass && ((PyClass) c).isSubclassOf((PyClass) cls);
    }

    static Object toInt(Interpreter in, Object[] a, Map<String, Object> kw) {
        Args p = Args.parse("int", a, kw, "x", "base");
        if (!p.has("x")) return 0L;
        Object x = p.get("x");
        if (p.has("base")) {
            if (!(x instanceof String)) throw PyError.type("int() can't convert non-string with explicit base");
            return parseInt((String) x, (int) p.getInt("base"));
        }
        if (x instanceof Long) return x;
        if (x instanceof Boolean) return ((Boolean) x) ? 1L : 0L;
        if (x instanceof Double) {
            double d = (Double) x;
            if (Double.isNaN(d)) throw PyError.value("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
            if (Math.abs(d) >= 9.223372036854775807E18) throw Ops.overflow();
            return (long) d;
        }
        if (x instanceof String) return parseInt((String) x, 10);
        if (x instanceof PyInstance) {
            PyClass c = ((PyInstance) x).cls;
            for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
                Object f = c.lookupUser(m);
                if (f != null) return in.callMethodObject(x, f, new Object[0], null);
            }
        }
        ForeignType t = in.foreignType(x);
        if (t != null) return t.toInt(x);
        throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + in.typeName(x) + "'");
    }

    private static long parseInt(String s, int base) {
        String t = s.trim().replace("_", "");
        try {
            String digits = t;
            boolean neg = false;
            if (digits.startsWith("-") || digits.startsWith("+")) {
                neg = digits.startsWith("-");
                digits = digits.substring(1);
            }
            String lower = digits.toLowerCase();
            if ((base == 16 || base == 0) && lower.startsWith("0x")) { digits = digits.substring(2); base = 16; }
            else if ((base == 8 || base == 0) && lower.startsWith("0o")) { digits = digits.substring(2); base = 8; }
            else if ((base == 2 || base == 0) && lower.startsWith("0b")) { digits = digits.substring(2); base = 2; }
            if (base == 0) base = 10;
            if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) throw new NumberFormatException();
            long v = Long.parseLong(digits, base);
            return neg ? -v : v;
        } catch (NumberFormatException e) {
            throw PyError.value("invalid literal for int() with base " + base + ": " + Py.reprString(s));
        }
    }

    /** float(x); prefix is the TypeError wording for a wrong type, or null for float()'s own. */
    static double toFloat(Interpreter in, Object x, String prefix) {
        if (x instanceof Double) return (Double) x;
        if (x instanceof Long) return (Long) x;
        if (x instanceof Boolean) return ((Boolean) x) ? 1 : 0;
        if (x instanceof String && prefix == null) {
            String s = ((String) x).trim().toLowerCase().replace("_", "");
            switch (s) {
                case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
                case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
                case "nan": case "+nan": case "-nan": return Double.NaN;
                default: break;
            }
            try {
                if (s.isEmpty() || s.endsWith("d") || s.endsWith("f") || s.startsWith("0x")) throw new NumberFormatException();
                return Py.parseDouble(s);
            } catch (NumberFormatException e) {
                throw PyError.value("could not convert string to float: " + Py.reprString((String) x));
            }
        }
        if (x instanceof PyInstance) {
            Object f = ((PyInstance) x).cls.lookupUser("__float__");
            if (f != null) {
                Object r = in.callMethodObject(x, f, new Object[0], null);
                if (r instanceof Double) return (Double) r;
                throw PyError.type(((PyInstance) x).cls.name + ".__float__ returned non-float (type " + in.typeName(r) + ")");
            }
        }
        ForeignType t = in.foreignType(x);
        if (t != null) return t.toFloat(x);
        if (prefix != null) throw PyError.type(prefix + in.typeName(x));
        throw PyError.type("float() argument must be a string or a real number, not '" + in.typeName(x) + "'");
    }

    static Object round(Interpreter in, Object x, Object nd) {
        if (x instanceof Double) {
            double d = (Double) x;
            if (nd == Py.NONE) {
                if (Double.isNaN(d)) throw PyError.value("cannot convert float NaN to integer");
                if (Double.isInfinite(d)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
                double r = FloatMath.rint(d);
                if (Math.abs(r) >= 9.223372036854775807E18) throw Ops.overflow();
                return (long) r;
            }
            long n = Py.index(nd);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return d;
            if (n > 330) return d;
            if (n < -330) return 0.0 * Math.signum(d);
            java.math.BigDecimal r = new java.math.BigDecimal(d).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
            double v = r.doubleValue();
            return v == 0 ? Math.copySign(0.0, d) : v;
        }
        if (x instanceof Long || x instanceof Boolean) {
            long v = Py.asLong(x);
            if (nd == Py.NONE) return v;
            long n = Py.index(nd);
            if (n >= 0) return v;
            if (n < -18) return 0L;
            long p = 1;
            for (int i = 0; i < -n; i++) p *= 10;
            long q = Math.floorDiv(v, p), r = Math.floorMod(v, p);
            if (r * 2 > p || (r * 2 == p && (q & 1) == 1)) q++;
            return q * p;
        }
        if (x instanceof PyInstance) {
            Object f = ((PyInstance) x).cls.lookupUser("__round__");
            if (f != null) {
                return in.callMethodObject(x, f, nd == Py.NONE ? new Object[0] : new Object[] {nd}, null);
            }
        }
        ForeignType t = in.foreignType(x);
        if (t != null) return t.round(x, nd);
        throw PyError.type("type " + in.typeName(x) + " doesn't define __round__ method");
    }

    private static Object minMax(Interpreter in, String fn, Object[] a, Map<String, Object> kw, CmpOp op) {
        Args p = Args.parse(fn, new Object[0], kw, "key", "default");
        Object key = p.getOrNone("key", null);
        Object[] items;
        if (a.length == 0) throw PyError.type(fn + " expected at least 1 argument, got 0");
        if (a.length == 1) items = Ops.toArray(in, a[0]);
        else {
            if (p.has("default")) throw PyError.type("Cannot specify a default for " + fn + "() with multiple positional arguments");
            items = a;
        }
        if (items.length == 0) {
            if (p.has("default")) return p.get("default");
            throw PyError.value(fn + "() arg is an empty sequence");
        }
        Object best = items[0];
        Object bestKey = key == null ? best : Ops.call(in, key, new Object[] {best}, null);
        for (int i = 1; i < items.length; i++) {
            Object k = key == null ? items[i] : Ops.call(in, key, new Object[] {items[i]}, null);
            if (Ops.truth(in, Ops.compare(in, op, k, bestKey))) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    /** Stable sort with Python's {@code <}. */
    static void sort(Interpreter in, Object[] items, Object key, boolean reverse) {
        Object[] keys = items;
        if (key != null) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) keys[i] = Ops.call(in, key, new Object[] {items[i]}, null);
        }
        Integer[] idx = new Integer[items.length];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        Object[] ks = keys;
        Arrays.sort(idx, (x, y) -> {
            Object a = ks[x], b = ks[y];
            if (reverse) {
                Object t = a;
                a = b;
                b = t;
            }
            if (Ops.truth(in, Ops.compare(in, CmpOp.LT, a, b))) return -1;
            if (Ops.truth(in, Ops.compare(in, CmpOp.LT, b, a))) return 1;
            return 0;
        });
        Object[] copy = items.clone();
        for (int i = 0; i < idx.length; i++) items[i] = copy[idx[i]];
    }
}
