package slope.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A class: defined by Python source, or one of the builtin types ({@code int}, {@code list},
 * {@code Exception}, ...) which carry a Java constructor instead.
 */
public final class PyClass {
    public final String name;
    String module;
    final PyClass[] bases;
    final PyClass[] mro;
    final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
    /** For builtin types: what calling the type does; null for classes defined in Python. */
    Native constructor;
    /** Cached {@code __setattr__} of a Python class, or null for plain attribute writes. */
    private Object setattr;
    private boolean setattrKnown;

    PyClass(String name, String module, PyClass... bases) {
        this.name = name;
        this.module = module;
        this.bases = bases;
        List<PyClass> order = new ArrayList<>();
        order.add(this);
        for (PyClass b : bases) {
            for (PyClass c : b.mro) {
                order.remove(c);
                order.add(c);
            }
        }
        this.mro = order.toArray(new PyClass[0]);
    }

    /** Finds an attribute along the method resolution order; Java null if none. */
    public Object lookup(String attr) {
        for (PyClass c : mro) {
            Object v = c.dict.get(attr);
            if (v != null) return v;
        }
        return null;
    }

    /** Looks up, skipping builtin classes ({@code object}'s defaults): the user's own dunder, or null. */
    Object lookupUser(String attr) {
        for (PyClass c : mro) {
            if (c.constructor != null) continue;
            Object v = c.dict.get(attr);
            if (v != null) return v;
        }
        return null;
    }

    Object userSetattr() {
        if (!setattrKnown) {
            setattr = lookupUser("__setattr__");
            setattrKnown = true;
        }
        return setattr;
    }

    void invalidate() { setattrKnown = false; }

    public boolean isSubclassOf(PyClass other) {
        for (PyClass c : mro) if (c == other) return true;
        return false;
    }

    void defineMethod(String attr, Method m) { dict.put(attr, new MethodDescriptor(attr, m)); }

    String qualifiedName() {
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }
}
