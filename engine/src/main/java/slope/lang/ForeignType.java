package slope.lang;

import java.util.HashMap;
import java.util.Map;
import slope.run.PyError;

/**
 * Python behaviour for Java objects the interpreter does not define (tensors, optimizers, figures).
 * Register one per Java class with {@link Interpreter#registerType}, or let the object implement
 * {@link Foreign}. The type is also the Python class object: expose it in a module
 * ({@code torch.Tensor}) and {@code isinstance}, {@code type(x)} and {@code type(x).__name__} work.
 *
 * <p>Methods and properties go in the tables ({@link #method}, {@link #property}); override the
 * protocol methods below for operators, indexing and the rest. Operator methods return
 * {@link Py#NOT_IMPLEMENTED} for operands they do not handle, so that Python's reflected-operand
 * rule can try the other side ({@code 2 * x} reaches {@code binary(x, MUL, 2, true)}).
 */
public class ForeignType {
    /** Reads a property. */
    @FunctionalInterface
    public interface Getter { Object get(Object self); }

    /** Writes a property. */
    @FunctionalInterface
    public interface Setter { void set(Object self, Object value); }

    public final String module;
    public final String name;
    /** The Python base class, for isinstance and inherited methods; may be null. */
    public final ForeignType base;
    private final HashMap<String, Method> methods = new HashMap<>();
    private final HashMap<String, Getter> getters = new HashMap<>();
    private final HashMap<String, Setter> setters = new HashMap<>();
    /** Attributes of the type object itself ({@code torch.Tensor.something}). */
    final HashMap<String, Object> classAttrs = new HashMap<>();

    public ForeignType(String module, String name) { this(module, name, null); }

    public ForeignType(String module, String name, ForeignType base) {
        this.module = module;
        this.name = name;
        this.base = base;
    }

    /**
     * Bumped by every change to any type's method or property tables, so that call sites that
     * cached a lookup ({@link Expr}) know to look again.
     */
    static int tablesVersion;

    /** Adds a method: {@code x.name(...)} calls it with x as self. */
    public ForeignType method(String name, Method m) {
        methods.put(name, m);
        tablesVersion++;
        return this;
    }

    /** Adds a read-only property. */
    public ForeignType property(String name, Getter g) { return property(name, g, null); }

    /** Adds a property; a null setter makes assignment an AttributeError. */
    public ForeignType property(String name, Getter g, Setter s) {
        getters.put(name, g);
        if (s != null) setters.put(name, s);
        tablesVersion++;
        return this;
    }

    /** Sets an attribute of the type object itself. */
    public ForeignType classAttr(String name, Object value) {
        classAttrs.put(name, value);
        return this;
    }

    /** Method and property names here and in the bases, for dir(). */
    java.util.List<String> attributeNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (ForeignType t = this; t != null; t = t.base) {
            names.addAll(t.methods.keySet());
            names.addAll(t.getters.keySet());
        }
        return names;
    }

    /** The method of that name here or in a base, or null. */
    public Method findMethod(String name) {
        for (ForeignType t = this; t != null; t = t.base) {
            Method m = t.methods.get(name);
            if (m != null) return m;
        }
        return null;
    }

    /** {@code self.name}: a property's value or a bound method; Java null when there is none (AttributeError). */
    public Object getAttr(Object self, String name) {
        for (ForeignType t = this; t != null; t = t.base) {
            Getter g = t.getters.get(name);
            if (g != null) {
                Object v = g.get(self);
                return v == null ? Py.NONE : v;
            }
            Method m = t.methods.get(name);
            if (m != null) return new BoundNative(self, name, m);
        }
        return null;
    }

    /** The getter {@link #getAttr} would use for {@code name}, or null when it would not use one. */
    Getter findGetter(String name) {
        for (ForeignType t = this; t != null; t = t.base) {
            Getter g = t.getters.get(name);
            if (g != null) return g;
            if (t.methods.get(name) != null) return null;
        }
        return null;
    }

    /** {@code self.name = value}; return false to raise AttributeError. */
    public boolean setAttr(Object self, String name, Object value) {
        for (ForeignType t = this; t != null; t = t.base) {
            Setter s = t.setters.get(name);
            if (s != null) {
                s.set(self, value);
                return true;
            }
        }
        return false;
    }

    /** {@code self op other} (or {@code other op self} when reflected). */
    public Object binary(Object self, BinOp op, Object other, boolean reflected) { return Py.NOT_IMPLEMENTED; }

    /** {@code self op= other}; NOT_IMPLEMENTED falls back to {@link #binary}. */
    public Object inplace(Object self, BinOp op, Object other) { return Py.NOT_IMPLEMENTED; }

    /** {@code -self}, {@code +self}, {@code ~self}, {@code abs(self)}. */
    public Object unary(Object self, UnaryOp op) { return Py.NOT_IMPLEMENTED; }

    /** {@code self op other}; the result is returned as is (a bool tensor, say). */
    public Object compare(Object self, CmpOp op, Object other) { return Py.NOT_IMPLEMENTED; }

    /** {@code bool(self)}, {@code if self:}. */
    public boolean truth(Object self) { return true; }

    /** {@code len(self)}. */
    public long len(Object self) { throw PyError.type("object of type '" + name + "' has no len()"); }

    /** {@code iter(self)}, for loops; Java null means not iterable. */
    public PyIter iter(Object self) { return null; }

    /** {@code self[key]}: key is a Long, Boolean, {@link PySlice}, {@link PyTuple}, {@link Py#NONE}, {@link Py#ELLIPSIS}, a list or any object. */
    public Object getItem(Object self, Object key) { throw PyError.type("'" + name + "' object is not subscriptable"); }

    /** {@code self[key] = value}. */
    public void setItem(Object self, Object key, Object value) {
        throw PyError.type("'" + name + "' object does not support item assignment");
    }

    /** {@code self(...)}. */
    public Object call(Object self, Object[] args, Map<String, Object> kwargs) {
        throw PyError.type("'" + name + "' object is not callable");
    }

    /** Calling the type object itself: {@code torch.Tensor(...)}. */
    public Object construct(Object[] args, Map<String, Object> kwargs) {
        throw PyError.type("cannot create '" + module + "." + name + "' instances");
    }

    /** {@code with self:} entry; the result is bound by {@code as}. */
    public Object enter(Object self) {
        throw PyError.type("'" + name + "' object does not support the context manager protocol");
    }

    /** {@code with} exit; error is null on normal exit. Return true to swallow the error. */
    public boolean exit(Object self, PyError error) { return false; }

    /**
     * {@code copy.copy(self)} ({@code deep} null) or {@code copy.deepcopy(self)} ({@code deep} copies what self holds);
     * null when objects of this type cannot be copied (copy raises TypeError, as CPython does for what it cannot pickle).
     */
    public Object copy(Object self, java.util.function.UnaryOperator<Object> deep) { return null; }

    public String repr(Object self) { return "<" + module + "." + name + " object>"; }

    /** {@code str(self)} and print; defaults to repr. */
    public String str(Object self) { return repr(self); }

    /** {@code format(self, spec)}, f-strings {@code {x:.3f}}. */
    public String format(Object self, String spec) {
        if (spec.isEmpty()) return str(self);
        throw PyError.type("unsupported format string passed to " + name + ".__format__");
    }

    /** {@code float(self)}. */
    public double toFloat(Object self) {
        throw PyError.type("float() argument must be a string or a real number, not '" + name + "'");
    }

    /** {@code int(self)}, and use as an index. */
    public long toInt(Object self) {
        throw PyError.type("int() argument must be a string, a bytes-like object or a real number, not '" + name + "'");
    }

    /** {@code round(self, ndigits)}; ndigits is {@link Py#NONE} when not given. */
    public Object round(Object self, Object ndigits) {
        throw PyError.type("type " + name + " doesn't define __round__ method");
    }

    public boolean isSubtypeOf(ForeignType other) {
        for (ForeignType t = this; t != null; t = t.base) if (t == other) return true;
        return false;
    }
}
