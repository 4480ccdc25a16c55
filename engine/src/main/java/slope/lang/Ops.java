package slope.lang;

import java.util.List;
import java.util.Map;
import slope.run.PyError;
import slope.tensor.FloatMath;

/** Python's operators, attribute access, indexing, iteration and calls over all value kinds. */
final class Ops {
    private Ops() {}

    // ---- arithmetic ---------------------------------------------------------------------

    static Object binary(Interpreter in, BinOp op, Object a, Object b) {
        if (op.ordinal() >= BinOp.MATMUL.ordinal() && Py.isNumber(a) && Py.isNumber(b)
                && (op == BinOp.MATMUL || a instanceof Double || b instanceof Double)) {
            throw unsupported(in, op, a, b);
        }
        if (a instanceof Double) {
            if (b instanceof Double) return floatOp(op, (Double) a, (Double) b);
            if (b instanceof Long || b instanceof Boolean) return floatOp(op, (Double) a, Py.asDouble(b));
        } else if (a instanceof Long || a instanceof Boolean) {
            if (b instanceof Long || b instanceof Boolean) {
                if (a instanceof Boolean && b instanceof Boolean && (op == BinOp.AND || op == BinOp.OR || op == BinOp.XOR)) {
                    boolean x = (Boolean) a, y = (Boolean) b;
                    return op == BinOp.AND ? x & y : op == BinOp.OR ? x | y : x ^ y;
                }
                return intOp(op, Py.asLong(a), Py.asLong(b));
            }
            if (b instanceof Double) return floatOp(op, Py.asDouble(a), (Double) b);
        }
        Object r = Py.isNumber(a) ? Py.NOT_IMPLEMENTED : left(in, op, a, b); // 2 * x: a number has no operator for x
        if (r == Py.NOT_IMPLEMENTED) r = right(in, op, a, b);
        if (r == Py.NOT_IMPLEMENTED) throw unsupported(in, op, a, b);
        return r;
    }

    private static PyError unsupported(Interpreter in, BinOp op, Object a, Object b) {
        boolean seqA = a instanceof String || a instanceof PyList || a instanceof PyTuple;
        boolean seqB = b instanceof String || b instanceof PyList || b instanceof PyTuple;
        if (op == BinOp.MUL && (seqA || seqB)) {
            return PyError.type("can't multiply sequence by non-int of type '" + in.typeName(seqA ? b : a) + "'");
        }
        if (op == BinOp.ADD && seqA) {
            String t = in.typeName(a);
            return PyError.type("can only concatenate " + t + " (not \"" + in.typeName(b) + "\") to " + t);
        }
        return PyError.type("unsupported operand type(s) for " + (op == BinOp.POW ? "** or pow()" : op.symbol) + ": '"
                + in.typeName(a) + "' and '" + in.typeName(b) + "'");
    }

    static Object inplace(Interpreter in, BinOp op, Object a, Object b) {
        if (a instanceof PyList && op == BinOp.ADD) {
            PyList l = (PyList) a;
            PyIter it = iter(in, b);
            for (Object v = it.next(); v != null; v = it.next()) l.add(v);
            return l;
        }
        if (a instanceof PyInstance) {
            Object m = ((PyInstance) a).cls.lookupUser(op.idunder);
            if (m != null) {
                Object r = in.callMethodObject(a, m, new Object[] {b}, null);
                if (r != Py.NOT_IMPLEMENTED) return r;
            }
        } else if (!(a instanceof Long || a instanceof Double)) {
            ForeignType t = in.foreignType(a);
            if (t != null) {
                Object r = t.inplace(a, op, b);
                if (r != Py.NOT_IMPLEMENTED) return r;
            }
        }
        return binary(in, op, a, b);
    }

    static Object intOp(BinOp op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) throw overflow();
                return r;
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) throw overflow();
                return r;
            }
            case MUL: {
                // TeaVM has no Math.multiplyHigh: check the product by dividing back.
                long r = x * y;
                if (x != 0 && (r / x != y || (x == -1 && y == Long.MIN_VALUE))) throw overflow();
                return r;
            }
            case TRUEDIV:
                if (y == 0) throw zero("division by zero");
                return (double) x / (double) y;
            case FLOORDIV:
                if (y == 0) throw zero("integer division or modulo by zero");
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) throw zero("integer modulo by zero");
                return Math.floorMod(x, y);
            case POW:
                if (y < 0) {
                    if (x == 0) throw zero("0.0 cannot be raised to a negative power");
                    return Math.pow(x, y);
                }
                return ipow(x, y);
            case LSHIFT:
                if (y < 0) throw PyError.value("negative shift count");
                if (y >= 63 || (x != 0 && Long.numberOfLeadingZeros(Math.abs(x)) <= y)) {
                    if (x == 0) return 0L;
                    throw overflow();
                }
                return x << y;
            case RSHIFT:
                if (y < 0) throw PyError.value("negative shift count");
                return x >> Math.min(y, 63);
            case AND: return x & y;
            case OR: return x | y;
            case XOR: return x ^ y;
            default:
                throw PyError.type("unsupported operand type(s) for " + op.symbol + ": 'int' and 'int'");
        }
    }

    private static long ipow(long base, long exp) {
        long result = 1;
        long b = base;
        long e = exp;
        while (e > 0) {
            if ((e & 1) != 0) result = (Long) intOp(BinOp.MUL, result, b);
            e >>= 1;
            if (e > 0) b = (Long) intOp(BinOp.MUL, b, b);
        }
        return result;
    }

    static PyError overflow() {
        return new PyError("OverflowError", "integer result too large (Slope integers are 64-bit)");
    }

    static PyError zero(String msg) { return new PyError("ZeroDivisionError", msg); }

    static Object floatOp(BinOp op, double x, double y) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV:
                if (y == 0) throw zero("float division by zero");
                return x / y;
            case FLOORDIV: {
                if (y == 0) throw zero("float floor division by zero");
                return floorDiv(x, y);
            }
            case MOD: {
                if (y == 0) throw zero("float modulo");
                return floatMod(x, y);
            }
            case POW: return floatPow(x, y);
            default:
                throw PyError.type("unsupported operand type(s) for " + op.symbol + ": 'float' and 'float'");
        }
    }

    static double floatMod(double x, double y) {
        double mod = Py.fmod(x, y);
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) mod += y;
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    static double floorDiv(double x, double y) {
        double mod = Py.fmod(x, y);
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) div -= 1.0;
        double fd;
        if (div != 0) {
            fd = Math.floor(div);
            if (div - fd > 0.5) fd += 1.0;
        } else {
            fd = Math.copySign(0.0, x / y);
        }
        return fd;
    }

    static double floatPow(double x, double y) {
        if (x == 0 && y < 0) throw zero("0.0 cannot be raised to a negative power");
        if (x < 0 && y != FloatMath.rint(y) && !Double.isInfinite(y)) {
            throw PyError.value("math domain error (a negative number to a fractional power is complex; Slope has no complex numbers)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw new PyError("OverflowError", "(34, 'Numerical result out of range')");
        }
        return r;
    }

    /** The left operand's own implementation, or NOT_IMPLEMENTED. */
    private static Object left(Interpreter in, BinOp op, Object a, Object b) {
        ForeignType recent = in.recentForeignType(a); // tensors in a loop: found before the chain of built-in types
        if (recent != null) return recent.binary(a, op, b, false);
        return builtinLeft(in, op, a, b);
    }

    /** {@link #left} for the built-in types and the rest: its own method, so that the tensor path stays small to compile. */
    private static Object builtinLeft(Interpreter in, BinOp op, Object a, Object b) {
        if (a instanceof String) {
            if (op == BinOp.ADD && b instanceof String) return (String) a + (String) b;
            if (op == BinOp.MUL && Py.isInt(b)) return repeat((String) a, Py.asLong(b));
            if (op == BinOp.MOD) return Text.percent(in, (String) a, b);
            return Py.NOT_IMPLEMENTED;
        }
        if (a instanceof PyList) {
            if (op == BinOp.ADD && b instanceof PyList) {
                PyList x = (PyList) a, y = (PyList) b;
                PyList r = new PyList(new Object[x.size + y.size + 1], 0);
                for (int i = 0; i < x.size; i++) r.add(x.items[i]);
                for (int i = 0; i < y.size; i++) r.add(y.items[i]);
                return r;
            }
            if (op == BinOp.MUL && Py.isInt(b)) return repeatList(((PyList) a).toArray(), Py.asLong(b));
            return Py.NOT_IMPLEMENTED;
        }
        if (a instanceof PyTuple) {
            if (op == BinOp.ADD && b instanceof PyTuple) {
                Object[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
                Object[] r = new Object[x.length + y.length];
                System.arraycopy(x, 0, r, 0, x.length);
                System.arraycopy(y, 0, r, x.length, y.length);
                return new PyTuple(r);
            }
            if (op == BinOp.MUL && Py.isInt(b)) return new PyTuple(repeatList(((PyTuple) a).items, Py.asLong(b)).toArray());
            return Py.NOT_IMPLEMENTED;
        }
        if (a instanceof PySet && b instanceof PySet) {
            PySet x = (PySet) a, y = (PySet) b, r = new PySet();
            switch (op) {
                case OR: for (Object v : x.items()) r.add(v); for (Object v : y.items()) r.add(v); return r;
                case AND: for (Object v : x.items()) if (y.contains(v)) r.add(v); return r;
                case SUB: for (Object v : x.items()) if (!y.contains(v)) r.add(v); return r;
                case XOR:
                    for (Object v : x.items()) if (!y.contains(v)) r.add(v);
                    for (Object v : y.items()) if (!x.contains(v)) r.add(v);
                    return r;
                default: return Py.NOT_IMPLEMENTED;
            }
        }
        if (a instanceof PyDict && op == BinOp.OR && b instanceof PyDict) {
            PyDict r = new PyDict();
            for (Object[] e : ((PyDict) a).entries()) r.put(e[0], e[1]);
            for (Object[] e : ((PyDict) b).entries()) r.put(e[0], e[1]);
            return r;
        }
        if (a instanceof PyInstance) {
            Object m = ((PyInstance) a).cls.lookupUser(op.dunder);
            if (m != null) return in.callMethodObject(a, m, new Object[] {b}, null);
            return Py.NOT_IMPLEMENTED;
        }
        ForeignType t = in.foreignType(a);
        if (t != null) return t.binary(a, op, b, false);
        return Py.NOT_IMPLEMENTED;
    }

    /** The right operand's reflected implementation, or NOT_IMPLEMENTED. */
    private static Object right(Interpreter in, BinOp op, Object a, Object b) {
        ForeignType recent = in.recentForeignType(b); // 2 * x, as in left
        if (recent != null) return recent.binary(b, op, a, true);
        if (op == BinOp.MUL && Py.isInt(a) && (b instanceof String || b instanceof PyList || b instanceof PyTuple)) {
            return left(in, op, b, a);
        }
        if (b instanceof PyInstance) {
            Object m = ((PyInstance) b).cls.lookupUser(op.rdunder);
            if (m != null) return in.callMethodObject(b, m, new Object[] {a}, null);
            return Py.NOT_IMPLEMENTED;
        }
        if (b instanceof Long || b instanceof Double || b instanceof String) return Py.NOT_IMPLEMENTED;
        ForeignType t = in.foreignType(b);
        if (t != null) return t.binary(b, op, a, true);
        return Py.NOT_IMPLEMENTED;
    }

    private static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) return "";
        if (n * s.length() > 100_000_000L) throw new PyError("MemoryError", "");
        StringBuilder b = new StringBuilder((int) (n * s.length()));
        for (long i = 0; i < n; i++) b.append(s);
        return b.toString();
    }

    private static PyList repeatList(Object[] items, long n) {
        if (n <= 0) return new PyList();
        if (n * items.length > 50_000_000L) throw new PyError("MemoryError", "");
        PyList r = new PyList(new Object[(int) (n * items.length) + 1], 0);
        for (long i = 0; i < n; i++) for (Object o : items) r.add(o);
        return r;
    }

    static Object unary(Interpreter in, UnaryOp op, Object a) {
        if (a instanceof Double) {
            double d = (Double) a;
            return op == UnaryOp.NEG ? Py.negate(d) : op == UnaryOp.ABS ? Math.abs(d) : op == UnaryOp.POS ? d : badUnary(in, op, a);
        }
        if (a instanceof Long || a instanceof Boolean) {
            long x = Py.asLong(a);
            switch (op) {
                case NEG:
                    if (x == Long.MIN_VALUE) throw overflow();
                    return -x;
                case POS: return x;
                case ABS:
                    if (x == Long.MIN_VALUE) throw overflow();
                    return Math.abs(x);
                default: return ~x;
            }
        }
        if (a instanceof PyInstance) {
            Object m = ((PyInstance) a).cls.lookupUser(op.dunder);
            if (m != null) return in.callMethodObject(a, m, new Object[0], null);
        } else {
            ForeignType t = in.foreignType(a);
            if (t != null) {
                Object r = t.unary(a, op);
                if (r != Py.NOT_IMPLEMENTED) return r;
            }
        }
        return badUnary(in, op, a);
    }

    private static Object badUnary(Interpreter in, UnaryOp op, Object a) {
        if (op == UnaryOp.ABS) throw PyError.type("bad operand type for abs(): '" + in.typeName(a) + "'");
        throw PyError.type("bad operand type for unary " + op.symbol + ": '" + in.typeName(a) + "'");
    }

    // ---- comparison ---------------------------------------------------------------------

    static boolean is(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long && b instanceof Long) return ((Long) a).longValue() == (Long) b && Math.abs((Long) a) <= 256;
        if (a instanceof Boolean && b instanceof Boolean) return a.equals(b);
        return false;
    }

    static Object compare(Interpreter in, CmpOp op, Object a, Object b) {
        if (Py.isNumber(a) && Py.isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                double x = Py.asDouble(a), y = Py.asDouble(b);
                switch (op) {
                    case LT: return x < y;
                    case LE: return x <= y;
                    case EQ: return x == y;
                    case NE: return x != y;
                    case GT: return x > y;
                    default: return x >= y;
                }
            }
            return op.test(Long.compare(Py.asLong(a), Py.asLong(b)));
        }
        if (a instanceof String && b instanceof String) return op.test(((String) a).compareTo((String) b));
        if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
            Object[] x = a instanceof PyList ? ((PyList) a).toArray() : ((PyTuple) a).items;
            Object[] y = b instanceof PyList ? ((PyList) b).toArray() : ((PyTuple) b).items;
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (!eq(in, x[i], y[i])) {
                    if (op == CmpOp.EQ) return false;
                    if (op == CmpOp.NE) return true;
                    return compare(in, op, x[i], y[i]);
                }
            }
            return op.test(Integer.compare(x.length, y.length));
        }
        Object r = richLeft(in, op, a, b);
        if (r == Py.NOT_IMPLEMENTED) r = richLeft(in, op.swapped(), b, a);
        if (r != Py.NOT_IMPLEMENTED) return r;
        if (op == CmpOp.EQ) return builtinEq(in, a, b);
        if (op == CmpOp.NE) return !builtinEq(in, a, b);
        throw PyError.type("'" + op.symbol + "' not supported between instances of '" + in.typeName(a) + "' and '"
                + in.typeName(b) + "'");
    }

    private static Object richLeft(Interpreter in, CmpOp op, Object a, Object b) {
        if (a instanceof PyInstance) {
            PyClass c = ((PyInstance) a).cls;
            Object m = c.lookupUser(op.dunder);
            if (m != null) return in.callMethodObject(a, m, new Object[] {b}, null);
            if (op == CmpOp.NE) {
                m = c.lookupUser("__eq__");
                if (m != null) {
                    Object r = in.callMethodObject(a, m, new Object[] {b}, null);
                    return r == Py.NOT_IMPLEMENTED ? r : !truth(in, r);
                }
            }
            return Py.NOT_IMPLEMENTED;
        }
        if (a instanceof String || a instanceof Long || a instanceof Double || a instanceof Boolean) return Py.NOT_IMPLEMENTED;
        ForeignType t = in.foreignType(a);
        if (t != null) return t.compare(a, op, b);
        return Py.NOT_IMPLEMENTED;
    }

    /** Equality of builtin containers and identity for everything else. */
    private static boolean builtinEq(Interpreter in, Object a, Object b) {
        if (a == b) return true;
        if (a instanceof PyDict && b instanceof PyDict) {
            PyDict x = (PyDict) a, y = (PyDict) b;
            if (x.size() != y.size()) return false;
            for (Object[] e : x.entries()) {
                Object v = y.get(e[0]);
                if (v == null || !eq(in, e[1], v)) return false;
            }
            return true;
        }
        if (a instanceof PySet && b instanceof PySet) {
            PySet x = (PySet) a, y = (PySet) b;
            if (x.size() != y.size()) return false;
            for (Object v : x.items()) if (!y.contains(v)) return false;
            return true;
        }
        if (a instanceof PyRange && b instanceof PyRange) {
            PyRange x = (PyRange) a, y = (PyRange) b;
            return x.start == y.start && x.stop == y.stop && x.step == y.step;
        }
        if (a instanceof BoundMethod && b instanceof BoundMethod) {
            return ((BoundMethod) a).self == ((BoundMethod) b).self && ((BoundMethod) a).fn == ((BoundMethod) b).fn;
        }
        return false;
    }

    /** Python equality as a Java boolean (list.index, in, dict values). */
    static boolean eq(Interpreter in, Object a, Object b) {
        if (a == b) return true;
        if (a instanceof String) return a.equals(b);
        return truth(in, compare(in, CmpOp.EQ, a, b));
    }

    static boolean contains(Interpreter in, Object container, Object item) {
        if (container instanceof PyList) {
            PyList l = (PyList) container;
            for (int i = 0; i < l.size; i++) if (eq(in, l.items[i], item)) return true;
            return false;
        }
        if (container instanceof PyTuple) {
            for (Object o : ((PyTuple) container).items) if (eq(in, o, item)) return true;
            return false;
        }
        if (container instanceof PyDict) return ((PyDict) container).containsKey(item);
        if (container instanceof Methods.DictView && ((Methods.DictView) container).kind == 0) {
            return ((Methods.DictView) container).dict.containsKey(item);
        }
        if (container instanceof PySet) return ((PySet) container).contains(item);
        if (container instanceof String) {
            if (!(item instanceof String)) {
                throw PyError.type("'in <string>' requires string as left operand, not " + in.typeName(item));
            }
            return ((String) container).contains((String) item);
        }
        if (container instanceof PyRange) {
            if (!Py.isNumber(item)) return false;
            PyRange r = (PyRange) container;
            double d = Py.asDouble(item);
            if (d != FloatMath.rint(d)) return false;
            long v = (long) d;
            if (r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop)) return false;
            return (v - r.start) % r.step == 0;
        }
        if (container instanceof PyInstance) {
            Object m = ((PyInstance) container).cls.lookupUser("__contains__");
            if (m != null) return truth(in, in.callMethodObject(container, m, new Object[] {item}, null));
        }
        PyIter it;
        try {
            it = iter(in, container);
        } catch (PyError e) {
            if (!e.type.equals("TypeError")) throw e;
            throw PyError.type("argument of type '" + in.typeName(container) + "' is not iterable");
        }
        for (Object v = it.next(); v != null; v = it.next()) if (eq(in, v, item)) return true;
        return false;
    }

    static boolean truth(Interpreter in, Object o) {
        if (o instanceof Boolean) return (Boolean) o;
        if (o == Py.NONE) return false;
        if (o instanceof Long) return (Long) o != 0;
        if (o instanceof Double) return (Double) o != 0;
        if (o instanceof String) return !((String) o).isEmpty();
        if (o instanceof PyList) return ((PyList) o).size > 0;
        if (o instanceof PyTuple) return ((PyTuple) o).items.length > 0;
        if (o instanceof PyDict) return ((PyDict) o).size() > 0;
        if (o instanceof PySet) return ((PySet) o).size() > 0;
        if (o instanceof PyRange) return ((PyRange) o).length() > 0;
        if (o instanceof PyInstance) {
            PyClass c = ((PyInstance) o).cls;
            Object m = c.lookupUser("__bool__");
            if (m != null) {
                Object r = in.callMethodObject(o, m, new Object[0], null);
                if (!(r instanceof Boolean)) {
                    throw PyError.type("__bool__ should return bool, returned " + in.typeName(r));
                }
                return (Boolean) r;
            }
            m = c.lookupUser("__len__");
            if (m != null) return len(in, o) > 0;
            return true;
        }
        ForeignType t = in.foreignType(o);
        if (t != null) return t.truth(o);
        return true;
    }

    static long len(Interpreter in, Object o) {
        if (o instanceof String) return ((String) o).length();
        if (o instanceof PyList) return ((PyList) o).size;
        if (o instanceof PyTuple) return ((PyTuple) o).items.length;
        if (o instanceof PyDict) return ((PyDict) o).size();
        if (o instanceof PySet) return ((PySet) o).size();
        if (o instanceof PyRange) return ((PyRange) o).length();
        if (o instanceof Methods.DictView) return ((Methods.DictView) o).dict.size();
        if (o instanceof PyInstance) {
            Object m = ((PyInstance) o).cls.lookupUser("__len__");
            if (m != null) {
                Object r = in.callMethodObject(o, m, new Object[0], null);
                if (!Py.isInt(r)) throw PyError.type("'" + in.typeName(r) + "' object cannot be interpreted as an integer");
                long n = Py.asLong(r);
                if (n < 0) throw PyError.value("__len__() should return >= 0");
                return n;
            }
        } else {
            ForeignType t = in.foreignType(o);
            if (t != null) return t.len(o);
        }
        throw PyError.type("object of type '" + in.typeName(o) + "' has no len()");
    }

    // ---- iteration ----------------------------------------------------------------------

    static PyIter iter(Interpreter in, Object o) {
        if (o instanceof PyList) return new Expr.ListIter((PyList) o);
        if (o instanceof PyTuple) return arrayIter(((PyTuple) o).items);
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            long n = r.length();
            return new PyIter() {
                long i;

                @Override public Object next() { return i < n ? r.start + r.step * (i++) : null; }
            };
        }
        if (o instanceof PyIter) return (PyIter) o;
        if (o instanceof String) {
            String s = (String) o;
            return new PyIter() {
                int i;

                @Override public Object next() { return i < s.length() ? String.valueOf(s.charAt(i++)) : null; }
            };
        }
        if (o instanceof PyDict) return listIter(((PyDict) o).keys());
        if (o instanceof Methods.DictView) return listIter(((Methods.DictView) o).items());
        if (o instanceof PySet) return listIter(((PySet) o).items());
        if (o instanceof PyInstance) {
            PyClass c = ((PyInstance) o).cls;
            Object m = c.lookupUser("__iter__");
            if (m != null) {
                Object it = in.callMethodObject(o, m, new Object[0], null);
                if (it instanceof PyInstance) return instanceIter(in, (PyInstance) it);
                return iter(in, it);
            }
            Object gi = c.lookupUser("__getitem__");
            if (gi != null) {
                return new PyIter() {
                    long i;

                    @Override public Object next() {
                        try {
                            return in.callMethodObject(o, gi, new Object[] {i++}, null);
                        } catch (PyError e) {
                            if (e.type.equals("IndexError") || e.type.equals("StopIteration")) return null;
                            throw e;
                        }
                    }
                };
            }
        } else {
            ForeignType t = in.foreignType(o);
            if (t != null) {
                PyIter it = t.iter(o);
                if (it != null) return it;
            }
        }
        throw PyError.type("'" + in.typeName(o) + "' object is not iterable");
    }

    private static PyIter instanceIter(Interpreter in, PyInstance it) {
        Object next = it.cls.lookupUser("__next__");
        if (next == null) throw PyError.type("iter() returned non-iterator of type '" + it.cls.name + "'");
        return () -> {
            try {
                return in.callMethodObject(it, next, new Object[0], null);
            } catch (PyError e) {
                if (e.type.equals("StopIteration")) return null;
                throw e;
            }
        };
    }

    static PyIter arrayIter(Object[] items) {
        return new PyIter() {
            int i;

            @Override public Object next() { return i < items.length ? items[i++] : null; }
        };
    }

    static PyIter listIter(List<Object> items) {
        return new PyIter() {
            int i;

            @Override public Object next() { return i < items.size() ? items.get(i++) : null; }
        };
    }

    /** All values of an iterable. */
    static Object[] toArray(Interpreter in, Object o) {
        if (o instanceof PyTuple) return ((PyTuple) o).items;
        if (o instanceof PyList) return ((PyList) o).toArray();
        PyList l = new PyList();
        PyIter it = iter(in, o);
        for (Object v = it.next(); v != null; v = it.next()) l.add(v);
        return l.toArray();
    }

    // ---- indexing -----------------------------------------------------------------------

    private static int seqIndex(Interpreter in, Object key, int size, String what) {
        long i;
        if (key instanceof Long) i = (Long) key;
        else if (key instanceof Boolean) i = ((Boolean) key) ? 1 : 0;
        else if (key instanceof PyInstance || in.foreignType(key) != null) i = Py.index(key);
        else throw PyError.type(what + " indices must be integers or slices, not " + in.typeName(key));
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyError.index(what + " index out of range");
        return (int) i;
    }

    static Object getItem(Interpreter in, Object o, Object key) {
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(l.size);
                long n = PySlice.count(ix);
                PyList r = new PyList(new Object[(int) n + 1], 0);
                for (long i = 0, j = ix[0]; i < n; i++, j += ix[2]) r.add(l.items[(int) j]);
                return r;
            }
            return l.items[seqIndex(in, key, l.size, "list")];
        }
        if (o instanceof PyTuple) {
            Object[] items = ((PyTuple) o).items;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(items.length);
                long n = PySlice.count(ix);
                Object[] r = new Object[(int) n];
                for (int i = 0; i < n; i++) r[i] = items[(int) (ix[0] + i * ix[2])];
                return new PyTuple(r);
            }
            return items[seqIndex(in, key, items.length, "tuple")];
        }
        if (o instanceof String) {
            String s = (String) o;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(s.length());
                long n = PySlice.count(ix);
                if (ix[2] == 1) return s.substring((int) ix[0], (int) (ix[0] + n));
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.append(s.charAt((int) (ix[0] + i * ix[2])));
                return b.toString();
            }
            return String.valueOf(s.charAt(seqIndex(in, key, s.length(), "string")));
        }
        if (o instanceof PyDict) {
            Object v = ((PyDict) o).get(key);
            if (v == null) throw in.keyError(key);
            return v;
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(r.length());
                return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step * ix[2]);
            }
            long n = r.length();
            if (n > Integer.MAX_VALUE) throw new PyError("OverflowError", "range too large");
            return r.start + r.step * seqIndex(in, key, (int) n, "range object");
        }
        if (o instanceof PyInstance) {
            Object m = ((PyInstance) o).cls.lookupUser("__getitem__");
            if (m != null) return in.callMethodObject(o, m, new Object[] {key}, null);
        } else {
            ForeignType t = in.foreignType(o);
            if (t != null) return t.getItem(o, key);
        }
        if (o instanceof PyClass) return o;
        throw PyError.type("'" + in.typeName(o) + "' object is not subscriptable");
    }

    static void setItem(Interpreter in, Object o, Object key, Object v) {
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(l.size);
                Object[] vals = toArray(in, v);
                if (ix[2] != 1) {
                    long n = PySlice.count(ix);
                    if (n != vals.length) {
                        throw PyError.value("attempt to assign sequence of size " + vals.length
                                + " to extended slice of size " + n);
                    }
                    for (int i = 0; i < n; i++) l.items[(int) (ix[0] + i * ix[2])] = vals[i];
                    return;
                }
                int lo = (int) ix[0], hi = (int) Math.max(ix[0], ix[1]);
                Object[] old = l.toArray();
                l.clear();
                for (int i = 0; i < lo; i++) l.add(old[i]);
                for (Object x : vals) l.add(x);
                for (int i = hi; i < old.length; i++) l.add(old[i]);
                return;
            }
            l.items[seqIndex(in, key, l.size, "list assignment")] = v;
            return;
        }
        if (o instanceof PyDict) {
            ((PyDict) o).put(key, v);
            return;
        }
        if (o instanceof PyInstance) {
            Object m = ((PyInstance) o).cls.lookupUser("__setitem__");
            if (m != null) {
                in.callMethodObject(o, m, new Object[] {key, v}, null);
                return;
            }
        } else {
            ForeignType t = in.foreignType(o);
            if (t != null) {
                t.setItem(o, key, v);
                return;
            }
        }
        throw PyError.type("'" + in.typeName(o) + "' object does not support item assignment");
    }

    static void delItem(Interpreter in, Object o, Object key) {
        if (o instanceof PyList) {
            PyList l = (PyList) o;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(l.size);
                long n = PySlice.count(ix);
                java.util.HashSet<Long> drop = new java.util.HashSet<>();
                for (long i = 0; i < n; i++) drop.add(ix[0] + i * ix[2]);
                Object[] old = l.toArray();
                l.clear();
                for (int i = 0; i < old.length; i++) if (!drop.contains((long) i)) l.add(old[i]);
                return;
            }
            l.removeAt(seqIndex(in, key, l.size, "list assignment"));
            return;
        }
        if (o instanceof PyDict) {
            if (((PyDict) o).remove(key) == null) throw in.keyError(key);
            return;
        }
        if (o instanceof PyInstance) {
            Object m = ((PyInstance) o).cls.lookupUser("__delitem__");
            if (m != null) {
                in.callMethodObject(o, m, new Object[] {key}, null);
                return;
            }
        }
        throw PyError.type("'" + in.typeName(o) + "' object doesn't support item deletion");
    }

    // ---- attributes ---------------------------------------------------------------------

    static Object getAttr(Interpreter in, Object o, String name) {
        Object v = findAttr(in, o, name);
        if (v == null && name.equals("__class__")) return Builtins.typeOf(in, o);
        if (v == null) throw noAttr(in, o, name);
        return v;
    }

    static PyError noAttr(Interpreter in, Object o, String name) {
        if (o instanceof PyModule) {
            return new PyError("AttributeError", "module '" + ((PyModule) o).name + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyClass) {
            return new PyError("AttributeError", "type object '" + ((PyClass) o).name + "' has no attribute '" + name + "'");
        }
        return new PyError("AttributeError", "'" + in.typeName(o) + "' object has no attribute '" + name + "'");
    }

    /** The attribute, or Java null when there is none. */
    static Object findAttr(Interpreter in, Object o, String name) {
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            Object v = inst.getOwn(name);
            if (v != null) return v;
            v = inst.cls.lookup(name);
            if (v != null) return bind(in, v, o, inst.cls);
            if (name.equals("__class__")) return inst.cls;
            if (name.equals("__dict__")) return inst.dict();
            Object ga = inst.cls.lookupUser("__getattr__");
            if (ga != null) return in.callMethodObject(o, ga, new Object[] {name}, null);
            return null;
        }
        if (o instanceof PyModule) {
            PyModule m = (PyModule) o;
            Object v = m.ns.get(name);
            // A registered submodule not imported yet loads on first use: `import torch` reaches torch.nn.
            return v != null || name.startsWith("__") ? v : in.tryImport(m.name + "." + name);
        }
        if (o instanceof PyClass) {
            PyClass c = (PyClass) o;
            Object v = c.lookup(name);
            if (v instanceof Builtins.Wrapper) {
                Builtins.Wrapper w = (Builtins.Wrapper) v;
                if (w.kind == Builtins.Wrapper.CLASSMETHOD) return new BoundMethod(c, w.fn);
                if (w.kind == Builtins.Wrapper.STATICMETHOD) return w.fn;
                return v;
            }
            if (v != null) return v;
            switch (name) {
                case "__name__": case "__qualname__": return c.name;
                case "__module__": return c.module == null ? "builtins" : c.module;
                case "__bases__": return new PyTuple((Object[]) c.bases.clone());
                case "__mro__": return new PyTuple((Object[]) c.mro.clone());
                default: return null;
            }
        }
        if (o instanceof PySuper) {
            PySuper s = (PySuper) o;
            PyClass start = s.self instanceof PyInstance ? ((PyInstance) s.self).cls : s.self instanceof PyClass
                    ? (PyClass) s.self : s.cls;
            PyClass[] mro = start.mro;
            int i = 0;
            while (i < mro.length && mro[i] != s.cls) i++;
            for (i++; i < mro.length; i++) {
                Object v = mro[i].dict.get(name);
                if (v != null) return bind(in, v, s.self, start);
            }
            return null;
        }
        if (o instanceof ForeignType) {
            ForeignType t = (ForeignType) o;
            Object v = t.classAttrs.get(name);
            if (v != null) return v;
            if (name.equals("__name__") || name.equals("__qualname__")) return t.name;
            if (name.equals("__module__")) return t.module;
            Method m = t.findMethod(name);
            if (m != null) return new MethodDescriptor(name, m);
            return null;
        }
        ForeignType t = in.foreignType(o);
        if (t != null) return t.getAttr(o, name);
        if (o instanceof PyFunction) return ((PyFunction) o).attribute(name);
        if (o instanceof NativeFunction && name.equals("__name__")) return ((NativeFunction) o).name;
        if (o instanceof BoundMethod) {
            BoundMethod b = (BoundMethod) o;
            if (name.equals("__self__")) return b.self;
            if (name.equals("__func__")) return b.fn;
            return findAttr(in, b.fn, name);
        }
        return Methods.attr(in, o, name);
    }

    /** What a class attribute becomes when read through an instance. */
    static Object bind(Interpreter in, Object v, Object self, PyClass cls) {
        if (v instanceof PyFunction) return new BoundMethod(self, v);
        if (v instanceof MethodDescriptor) {
            MethodDescriptor d = (MethodDescriptor) v;
            return new BoundNative(self, d.name, d.method);
        }
        if (v instanceof Builtins.Wrapper) {
            Builtins.Wrapper w = (Builtins.Wrapper) v;
            switch (w.kind) {
                case Builtins.Wrapper.STATICMETHOD: return w.fn;
                case Builtins.Wrapper.CLASSMETHOD: return new BoundMethod(cls, w.fn);
                default: return in.call(w.fn, self);
            }
        }
        return v;
    }

    static void setAttr(Interpreter in, Object o, String name, Object v) {
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            Object sa = inst.cls.userSetattr();
            if (sa != null) {
                in.callMethodObject(o, sa, new Object[] {name, v}, null);
                return;
            }
            setInstanceAttr(in, inst, name, v);
            return;
        }
        if (o instanceof PyModule) {
            ((PyModule) o).ns.put(name, v);
            return;
        }
        if (o instanceof PyClass) {
            PyClass c = (PyClass) o;
            if (c.constructor != null) {
                throw PyError.type("cannot set '" + name + "' attribute of immutable type '" + c.name + "'");
            }
            c.dict.put(name, v);
            c.invalidate();
            return;
        }
        if (o instanceof PyFunction) {
            ((PyFunction) o).setAttribute(name, v);
            return;
        }
        ForeignType t = in.foreignType(o);
        if (t != null && t.setAttr(o, name, v)) return;
        if (t != null || Py.typeNameBuiltin(o) != null) {
            if (findAttr(in, o, name) != null) {
                throw new PyError("AttributeError", "'" + in.typeName(o) + "' object attribute '" + name + "' is read-only");
            }
            throw new PyError("AttributeError", "'" + in.typeName(o) + "' object has no attribute '" + name + "'");
        }
        throw new PyError("AttributeError", "'" + in.typeName(o) + "' object has no attribute '" + name + "'");
    }

    /** {@code object.__setattr__}: properties honoured, otherwise the instance dict. */
    static void setInstanceAttr(Interpreter in, PyInstance inst, String name, Object v) {
        Object cv = inst.cls.lookup(name);
        if (cv instanceof Builtins.Wrapper && ((Builtins.Wrapper) cv).kind == Builtins.Wrapper.PROPERTY) {
            Builtins.Wrapper w = (Builtins.Wrapper) cv;
            if (w.setter == null) throw new PyError("AttributeError", "can't set attribute '" + name + "'");
            in.call(w.setter, inst, v);
            return;
        }
        if (name.equals("__dict__")) {
            if (!(v instanceof PyDict)) throw PyError.type("__dict__ must be set to a dictionary, not a '" + in.typeName(v) + "'");
            inst.setDict((PyDict) v);
            return;
        }
        inst.put(name, v);
    }

    static void delAttr(Interpreter in, Object o, String name) {
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            Object da = inst.cls.lookupUser("__delattr__");
            if (da != null) {
                in.callMethodObject(o, da, new Object[] {name}, null);
                return;
            }
            if (!inst.remove(name)) throw noAttr(in, o, name);
            return;
        }
        if (o instanceof PyModule) {
            if (!((PyModule) o).ns.remove(name)) throw noAttr(in, o, name);
            return;
        }
        if (o instanceof PyClass && ((PyClass) o).constructor == null) {
            if (((PyClass) o).dict.remove(name) == null) throw noAttr(in, o, name);
            ((PyClass) o).invalidate();
            return;
        }
        throw new PyError("AttributeError", "'" + in.typeName(o) + "' object attribute '" + name + "' cannot be deleted");
    }

    // ---- calls --------------------------------------------------------------------------

    static Object call(Interpreter in, Object fn, Object[] args, Map<String, Object> kw) {
        if (fn instanceof PyFunction) return ((PyFunction) fn).invoke(in, null, args, kw);
        if (fn instanceof NativeFunction) return orNone(((NativeFunction) fn).fn.call(args, kw));
        if (fn instanceof BoundNative) {
            BoundNative b = (BoundNative) fn;
            return orNone(b.method.call(b.self, args, kw));
        }
        if (fn instanceof BoundMethod) {
            BoundMethod b = (BoundMethod) fn;
            if (b.fn instanceof PyFunction) return ((PyFunction) b.fn).invoke(in, b.self, args, kw);
            Object[] a = new Object[args.length + 1];
            a[0] = b.self;
            System.arraycopy(args, 0, a, 1, args.length);
            return call(in, b.fn, a, kw);
        }
        if (fn instanceof PyClass) return in.instantiate((PyClass) fn, args, kw);
        if (fn instanceof MethodDescriptor) {
            MethodDescriptor d = (MethodDescriptor) fn;
            if (args.length == 0) throw PyError.type("descriptor '" + d.name + "' needs an argument");
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return d.method.call(args[0], rest, kw);
        }
        if (fn instanceof PyInstance) {
            Object m = ((PyInstance) fn).cls.lookupUser("__call__");
            if (m != null) return in.callMethodObject(fn, m, args, kw);
        } else if (fn instanceof ForeignType) {
            return ((ForeignType) fn).construct(args, kw);
        } else if (fn instanceof Builtins.Wrapper) {
            return call(in, ((Builtins.Wrapper) fn).fn, args, kw);
        } else {
            ForeignType t = in.foreignType(fn);
            if (t != null) return orNone(t.call(fn, args, kw));
        }
        throw PyError.type("'" + in.typeName(fn) + "' object is not callable");
    }

    /** Host code may return Java null for None, and int or float boxes for Python numbers. */
    static Object orNone(Object v) {
        if (v == null) return Py.NONE;
        if (v instanceof Integer) return (long) (Integer) v;
        if (v instanceof Float) return (double) (Float) v;
        return v;
    }

    static Object callMethod(Interpreter in, Object o, String name, Object[] args, Map<String, Object> kw) {
        if (o instanceof PyInstance) {
            PyInstance inst = (PyInstance) o;
            Object v = inst.getOwn(name);
            if (v == null) {
                v = inst.cls.lookup(name);
                if (v instanceof PyFunction) return ((PyFunction) v).invoke(in, o, args, kw);
                if (v instanceof MethodDescriptor) return orNone(((MethodDescriptor) v).method.call(o, args, kw));
                if (v != null) v = bind(in, v, o, inst.cls);
                else v = getAttr(in, o, name);
            }
            return call(in, v, args, kw);
        }
        if (o instanceof PyModule) return call(in, getAttr(in, o, name), args, kw);
        if (!(o instanceof PyClass) && !(o instanceof ForeignType) && !(o instanceof PySuper)) {
            ForeignType t = in.foreignType(o);
            if (t != null) {
                Method m = t.findMethod(name);
                if (m != null) return orNone(m.call(o, args, kw));
                return call(in, getAttr(in, o, name), args, kw);
            }
            Object r = Methods.call(in, o, name, args, kw);
            if (r != null) return r;
        }
        return call(in, getAttr(in, o, name), args, kw);
    }
}
