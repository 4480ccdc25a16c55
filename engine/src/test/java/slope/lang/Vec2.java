package slope.lang;

import java.util.Map;
import slope.run.PyError;

/** A test double for a host type: a 2-vector with operators, indexing, a context manager and methods. */
final class Vec2 {
    double x, y;
    static int entered;

    Vec2(double x, double y) {
        this.x = x;
        this.y = y;
    }

    static double scalar(Object o) {
        if (o instanceof Double) return (Double) o;
        if (o instanceof Long) return (Long) o;
        return Double.NaN;
    }

    /** The Python side: {@code Vec2(1, 2) * 3}, {@code 2 - v}, {@code v[0]}, {@code with v:}, ... */
    static final ForeignType TYPE = new ForeignType("vec", "Vec2") {
        @Override public Object binary(Object self, BinOp op, Object other, boolean reflected) {
            Vec2 a = (Vec2) self;
            double ox, oy;
            if (other instanceof Vec2) {
                ox = ((Vec2) other).x;
                oy = ((Vec2) other).y;
            } else {
                ox = oy = scalar(other);
                if (Double.isNaN(ox)) return Py.NOT_IMPLEMENTED;
            }
            double lx = reflected ? ox : a.x, ly = reflected ? oy : a.y;
            double rx = reflected ? a.x : ox, ry = reflected ? a.y : oy;
            switch (op) {
                case ADD: return new Vec2(lx + rx, ly + ry);
                case SUB: return new Vec2(lx - rx, ly - ry);
                case MUL: return new Vec2(lx * rx, ly * ry);
                case POW: return new Vec2(Math.pow(lx, rx), Math.pow(ly, ry));
                case MATMUL: return lx * rx + ly * ry;
                default: return Py.NOT_IMPLEMENTED;
            }
        }

        @Override public Object inplace(Object self, BinOp op, Object other) {
            if (op != BinOp.SUB) return Py.NOT_IMPLEMENTED;
            Vec2 a = (Vec2) self;
            Vec2 d = (Vec2) binary(self, BinOp.SUB, other, false);
            a.x = d.x;
            a.y = d.y;
            return a;
        }

        @Override public Object unary(Object self, UnaryOp op) {
            Vec2 a = (Vec2) self;
            switch (op) {
                case NEG: return new Vec2(-a.x, -a.y);
                case ABS: return new Vec2(Math.abs(a.x), Math.abs(a.y));
                default: return Py.NOT_IMPLEMENTED;
            }
        }

        @Override public Object compare(Object self, CmpOp op, Object other) {
            double o = scalar(other);
            if (Double.isNaN(o)) return Py.NOT_IMPLEMENTED;
            Vec2 a = (Vec2) self;
            return op == CmpOp.GT ? PyList.of(a.x > o, a.y > o) : op == CmpOp.LT ? PyList.of(a.x < o, a.y < o)
                    : Py.NOT_IMPLEMENTED;
        }

        @Override public boolean truth(Object self) {
            throw PyError.runtime("Boolean value of Vec2 is ambiguous");
        }

        @Override public long len(Object self) { return 2; }

        @Override public PyIter iter(Object self) {
            Vec2 a = (Vec2) self;
            return Ops.arrayIter(new Object[] {a.x, a.y});
        }

        @Override public Object getItem(Object self, Object key) {
            Vec2 a = (Vec2) self;
            if (key instanceof PySlice) {
                long[] ix = ((PySlice) key).indices(2);
                return "slice " + ix[0] + ":" + ix[1] + ":" + ix[2];
            }
            if (key instanceof PyTuple) return "tuple of " + ((PyTuple) key).size();
            if (key == Py.NONE || key == Py.ELLIPSIS) return String.valueOf(key);
            long i = Py.index(key);
            if (i < -2 || i > 1) throw PyError.index("index " + i + " is out of bounds for Vec2");
            return (i + 2) % 2 == 0 ? a.x : a.y;
        }

        @Override public void setItem(Object self, Object key, Object value) {
            Vec2 a = (Vec2) self;
            if (Py.index(key) == 0) a.x = scalar(value);
            else a.y = scalar(value);
        }

        @Override public Object call(Object self, Object[] args, Map<String, Object> kwargs) {
            Args p = Args.parse("Vec2.__call__", args, kwargs, "scale");
            Vec2 a = (Vec2) self;
            double k = p.getDouble("scale", 1.0);
            return new Vec2(a.x * k, a.y * k);
        }

        @Override public Object construct(Object[] args, Map<String, Object> kwargs) {
            Args p = Args.parse("Vec2", args, kwargs, "x", "y");
            return new Vec2(p.getDouble("x"), p.getDouble("y", 0.0));
        }

        @Override public Object enter(Object self) {
            entered++;
            return "entered";
        }

        @Override public boolean exit(Object self, PyError error) {
            entered--;
            return error != null && error.type.equals("KeyError");
        }

        @Override public String repr(Object self) {
            Vec2 a = (Vec2) self;
            return "Vec2(" + Py.floatStr(a.x) + ", " + Py.floatStr(a.y) + ")";
        }

        @Override public String format(Object self, String spec) {
            Vec2 a = (Vec2) self;
            return "<" + FormatSpec.parse(spec).formatFloat(a.x) + ", " + FormatSpec.parse(spec).formatFloat(a.y) + ">";
        }

        @Override public double toFloat(Object self) { return ((Vec2) self).x; }

        @Override public long toInt(Object self) { return (long) ((Vec2) self).x; }

        @Override public Object round(Object self, Object ndigits) {
            Vec2 a = (Vec2) self;
            return new Vec2(Math.rint(a.x), Math.rint(a.y));
        }
    };

    static {
        TYPE.method("norm", (self, args, kw) -> {
            Args.check("norm", args, kw, 0, 0);
            Vec2 a = (Vec2) self;
            return Math.hypot(a.x, a.y);
        });
        TYPE.method("scale_", (self, args, kw) -> {
            Args p = Args.parse("scale_", args, kw, "k", "*", "inplace");
            Vec2 a = (Vec2) self;
            double k = p.getDouble("k");
            a.x *= k;
            a.y *= k;
            return self;
        });
        TYPE.method("explode", (self, args, kw) -> {
            Object[] none = new Object[0];
            return none[1];
        });
        TYPE.property("x", self -> ((Vec2) self).x, (self, v) -> ((Vec2) self).x = scalar(v));
        TYPE.property("T", self -> new Vec2(((Vec2) self).y, ((Vec2) self).x));
    }
}
