package slope.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** An instance of a class defined in Python. */
public final class PyInstance {
    final PyClass cls;
    /**
     * The attributes, by name, until a program asks for {@code __dict__} (or {@code vars()}): from then on they live in
     * that dict, so writing to it sets them, as in CPython. Most instances never get one, and keep the faster map.
     */
    private LinkedHashMap<String, Object> attrs = new LinkedHashMap<>();
    private PyDict dict;

    PyInstance(PyClass cls) { this.cls = cls; }

    public PyClass type() { return cls; }

    /** The instance attribute, or Java null (class attributes are not consulted). */
    public Object getOwn(String name) { return dict == null ? attrs.get(name) : dict.get(name); }

    void put(String name, Object value) {
        if (dict == null) attrs.put(name, value);
        else dict.put(name, value);
    }

    /** Removes the attribute; whether there was one. */
    boolean remove(String name) { return (dict == null ? attrs.remove(name) : dict.remove(name)) != null; }

    /** {@code __dict__}: the attributes as the dict that holds them from now on. */
    PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
            for (Map.Entry<String, Object> e : attrs.entrySet()) dict.put(e.getKey(), e.getValue());
            attrs = null;
        }
        return dict;
    }

    /** {@code obj.__dict__ = d}. */
    void setDict(PyDict d) {
        dict = d;
        attrs = null;
    }

    /** The attribute names that are strings (a dict may hold others), for dir(). */
    void addNames(java.util.Set<String> names) {
        if (dict == null) names.addAll(attrs.keySet());
        else for (Object k : dict.keys()) if (k instanceof String) names.add((String) k);
    }

    /** copy.copy and copy.deepcopy: {@code from}'s attributes, each through {@code copy}. */
    void copyFrom(PyInstance from, UnaryOperator<Object> copy) {
        if (from.dict == null) {
            for (Map.Entry<String, Object> e : from.attrs.entrySet()) attrs.put(e.getKey(), copy.apply(e.getValue()));
        } else {
            PyDict d = dict();
            for (Object[] e : from.dict.entries()) d.put(e[0], copy.apply(e[1]));
        }
    }
}
