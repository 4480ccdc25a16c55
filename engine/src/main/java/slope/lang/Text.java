package slope.lang;

import slope.run.PyError;

/** str(), repr(), format() and printf-style {@code %} of every value, worded as CPython prints them. */
final class Text {
    private Text() {}

    static String str(Interpreter in, Object o) {
        if (o instanceof String) return (String) o;
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            Object m = inst.cls.lookupUser("__str__");
            if (m != null) return checkString(in, in.callMethodObject(o, m, new Object[0], null), "__str__");
            if (inst.cls.isSubclassOf(in.builtinClass("BaseException")) && inst.cls.lookupUser("__repr__") == null) {
                return exceptionStr(in, inst);
            }
            return repr(in, o);
        }
        if (!(o instanceof Long || o instanceof Double || o instanceof Boolean)) {
            ForeignType t = in.foreignType(o);
            if (t != null) return t.str(o);
        }
        return repr(in, o);
    }

    static String exceptionStr(Interpreter in, PyInstance inst) {
        Object args = inst.getOwn("args");
        if (args instanceof PyTuple) {
            Object[] a = ((PyTuple) args).items;
            if (a.length == 0) return "";
            if (a.length == 1) {
                if (inst.cls.name.equals("KeyError")) return repr(in, a[0]);
                return str(in, a[0]);
            }
            return repr(in, args);
        }
        return "";
    }

    private static String checkString(Interpreter in, Object r, String what) {
        if (!(r instanceof String)) throw PyError.type(what + " returned non-string (type " + in.typeName(r) + ")");
        return (String) r;
    }

    /** ascii(o): repr(o) with each non-ASCII character escaped in hex (x, u or U and 2, 4 or 8 digits). */
    static String ascii(Interpreter in, Object o) {
        String r = repr(in, o);
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
                continue;
            }
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            sb.append(digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U");
            String hex = Integer.toHexString(c);
            for (int k = hex.length(); k < digits; k++) sb.append('0');
            sb.append(hex);
        }
        return sb.toString();
    }

    static String repr(Interpreter in, Object o) {
        if (o instanceof String) return Py.reprString((String) o);
        if (o instanceof Long) return o.toString();
        if (o instanceof Double) return Py.floatStr((Double) o);
        if (o instanceof Boolean) return ((Boolean) o) ? "True" : "False";
        if (o instanceof Py.Singleton) return o.toString();
        if (in.reprDepth >= 200) {
            throw new PyError("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
        in.reprDepth++;
        try {
            return reprObject(in, o);
        } finally {
            in.reprDepth--;
        }
    }

    private static String reprObject(Interpreter in, Object o) {
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) b.append(", ");
                b.append(l.items[i] == o ? "[...]" : repr(in, l.items[i]));
            }
            return b.append(']').toString();
        }
        if (o instanceof PyTuple) {
            Object[] items = ((PyTuple) o).items;
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) b.append(", ");
                b.append(repr(in, items[i]));
            }
            if (items.length == 1) b.append(',');
            return b.append(')').toString();
        }
        if (o instanceof PyDict) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Object[] e : ((PyDict) o).entries()) {
                if (!first) b.append(", ");
                first = false;
                b.append(repr(in, e[0])).append(": ").append(e[1] == o ? "{...}" : repr(in, e[1]));
            }
            return b.append('}').toString();
        }
        if (o instanceof PySet) {
            PySet s = (PySet) o;
            if (s.size() == 0) return "set()";
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Object v : s.items()) {
                if (!first) b.append(", ");
                first = false;
                b.append(repr(in, v));
            }
            return b.append('}').toString();
        }
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            Object m = inst.cls.lookupUser("__repr__");
            if (m != null) return checkString(in, in.callMethodObject(o, m, new Object[0], null), "__repr__");
            if (inst.cls.isSubclassOf(in.builtinClass("BaseException"))) {
                Object args = inst.getOwn("args");
                String a = args instanceof PyTuple ? repr(in, args) : "()";
                if (args instanceof PyTuple && ((PyTuple) args).items.length == 1) a = a.substring(0, a.length() - 2) + ")";
                return inst.cls.name + a;
            }
            return "<" + inst.cls.qualifiedName() + " object at " + in.address(o) + ">";
        }
        if (o instanceof Methods.DictView) {
            Methods.DictView v = (Methods.DictView) o;
            Object[] items = v.items().toArray();
            return Methods.DictView.NAMES[v.kind] + "(" + repr(in, new PyList(items, items.length)) + ")";
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            return "range(" + r.start + ", " + r.stop + (r.step == 1 ? "" : ", " + r.step) + ")";
        }
        if (o instanceof PySlice) {
            PySlice s = (PySlice) o;
            return "slice(" + repr(in, s.start) + ", " + repr(in, s.stop) + ", " + repr(in, s.step) + ")";
        }
        if (o instanceof PyFunction) {
            return "<function " + ((PyFunction) o).qualname + " at " + in.address(o) + ">";
        }
        if (o instanceof NativeFunction) return "<built-in function " + ((NativeFunction) o).name + ">";
        if (o instanceof BoundNative) {
            BoundNative b = (BoundNative) o;
            return "<built-in method " + b.name + " of " + in.typeName(b.self) + " object at " + in.address(b.self) + ">";
        }
        if (o instanceof BoundMethod) {
            BoundMethod b = (BoundMethod) o;
            String fname = b.fn instanceof PyFunction ? ((PyFunction) b.fn).qualname : "?";
            return "<bound method " + fname + " of " + repr(in, b.self) + ">";
        }
        if (o instanceof MethodDescriptor) return "<method '" + ((MethodDescriptor) o).name + "' objects>";
        if (o instanceof PyClass) return "<class '" + ((PyClass) o).qualifiedName() + "'>";
        if (o instanceof ForeignType) {
            ForeignType t = (ForeignType) o;
            return "<class '" + (t.module == null ? "" : t.module + ".") + t.name + "'>";
        }
        if (o instanceof PyModule) return "<module '" + ((PyModule) o).name + "'>";
        if (o instanceof PySuper) return "<super: <class '" + ((PySuper) o).cls.name + "'>, <" + in.typeName(((PySuper) o).self) + " object>>";
        if (o instanceof Builtins.Wrapper) return "<" + Builtins.Wrapper.NAMES[((Builtins.Wrapper) o).kind] + " object>";
        ForeignType t = in.foreignType(o);
        if (t != null) return t.repr(o);
        if (o instanceof Generator) return "<generator object " + ((Generator) o).name() + " at " + in.address(o) + ">";
        if (o instanceof Expr.Comprehension.Lazy) return "<generator object <genexpr> at " + in.address(o) + ">";
        if (o instanceof PyIter) return "<iterator object at " + in.address(o) + ">";
        return "<" + o.getClass().getSimpleName() + " object>";
    }

    static String format(Interpreter in, Object o, String spec) {
        if (o instanceof String) return FormatSpec.parse(spec).formatString((String) o);
        if (o instanceof Double) return FormatSpec.parse(spec).formatFloat((Double) o);
        if (o instanceof Long) return FormatSpec.parse(spec).formatInt((Long) o);
        if (o instanceof Boolean) {
            if (spec.isEmpty()) return str(in, o);
            return FormatSpec.parse(spec).formatInt(((Boolean) o) ? 1 : 0);
        }
        if (o instanceof PyInstance) {
            Object m = ((PyInstance) o).cls.lookupUser("__format__");
            if (m != null) return checkString(in, in.callMethodObject(o, m, new Object[] {spec}, null), "__format__");
        } else {
            ForeignType t = in.foreignType(o);
            if (t != null) return t.format(o, spec);
        }
        if (spec.isEmpty()) return str(in, o);
        throw PyError.type("unsupported format string passed to " + in.typeName(o) + ".__format__");
    }

    /** printf-style {@code fmt % args}. */
    static String percent(Interpreter in, String fmt, Object args) {
        Object[] items = args instanceof PyTuple ? ((PyTuple) args).items : new Object[] {args};
        int ai = 0;
        StringBuilder b = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            if (++i >= n) throw PyError.value("incomplete format");
            Object mapped = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (close < 0 || !(args instanceof PyDict)) throw PyError.type("format requires a mapping");
                String key = fmt.substring(i + 1, close);
                mapped = ((PyDict) args).get(key);
                if (mapped == null) throw new PyError("KeyError", Py.reprString(key));
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ 0#".indexOf(fmt.charAt(i)) >= 0) flags.append(fmt.charAt(i++));
            StringBuilder width = new StringBuilder();
            if (i < n && fmt.charAt(i) == '*') {
                width.append(Py.index(items[ai++]));
                i++;
            }
            while (i < n && Character.isDigit(fmt.charAt(i))) width.append(fmt.charAt(i++));
            String prec = null;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                StringBuilder pr = new StringBuilder();
                while (i < n && Character.isDigit(fmt.charAt(i))) pr.append(fmt.charAt(i++));
                prec = pr.length() == 0 ? "0" : pr.toString();
            }
            if (i >= n) throw PyError.value("incomplete format");
            char conv = fmt.charAt(i);
            if (conv == '%') {
                b.append('%');
                continue;
            }
            Object v;
            if (mapped != null) v = mapped;
            else {
                if (ai >= items.length) throw PyError.type("not enough arguments for format string");
                v = items[ai++];
            }
            String f = flags.toString();
            StringBuilder spec = new StringBuilder();
            if (f.indexOf('-') >= 0) spec.append('<');
            else if (f.indexOf('0') >= 0 && conv != 's' && conv != 'r') spec.append('0').append('=');
            else spec.append('>');
            if (f.indexOf('+') >= 0) spec.append('+');
            else if (f.indexOf(' ') >= 0) spec.append(' ');
            if (f.indexOf('#') >= 0) spec.append('#');
            spec.append(width);
            switch (conv) {
                case 's': case 'r': case 'a': {
                    String s = conv == 's' ? str(in, v) : repr(in, v);
                    if (prec != null) spec.append('.').append(prec);
                    b.append(FormatSpec.parse(spec.toString()).formatString(s));
                    break;
                }
                case 'd': case 'i': case 'u': {
                    if (!Py.isNumber(v)) {
                        ForeignType t = in.foreignType(v);
                        if (t == null) throw PyError.type("%" + conv + " format: a real number is required, not " + in.typeName(v));
                        v = t.toFloat(v);
                    }
                    long x = v instanceof Double ? (long) (double) (Double) v : Py.asLong(v);
                    b.append(FormatSpec.parse(spec.append('d').toString()).formatInt(x));
                    break;
                }
                case 'x': case 'X': case 'o': case 'c': {
                    if (conv == 'c') {
                        b.append(v instanceof String ? (String) v : String.valueOf((char) Py.index(v)));
                        break;
                    }
                    b.append(FormatSpec.parse(spec.append(conv).toString()).formatInt(Py.index(v)));
                    break;
                }
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
                    double d = Builtins.toFloat(in, v, "must be real number, not ");
                    spec.append('.').append(prec == null ? "6" : prec).append(conv);
                    b.append(FormatSpec.parse(spec.toString()).formatFloat(d));
                    break;
                }
                default:
                    throw PyError.value("unsupported format character '" + conv + "' (0x" + Integer.toHexString(conv)
                            + ") at index " + i);
            }
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof String)
                && (args instanceof PyDict || args instanceof PyList || args instanceof PyInstance);
        if (ai < items.length && !mapping) {
            throw PyError.type("not all arguments converted during string formatting");
        }
        return b.toString();
    }
}
