package slope.lang;

import java.util.LinkedHashMap;

/** An instance of a class defined in Python. */
public final class PyInstance {
    final PyClass cls;
    final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();

    PyInstance(PyClass cls) { this.cls = cls; }

    public PyClass type() { return cls; }

    /** The instance attribute, or Java null (class attributes are not consulted). */
    public Object getOwn(String name) { return dict.get(name); }
}
