package slope.lang;

import java.util.Map;

/**
 * A module: a named namespace. Hosts fill one with {@link #set} / {@link #def} and register it
 * with {@link Interpreter#addModule}; Python source run into it defines the rest.
 */
public final class PyModule {
    public final String name;
    final Namespace ns = new Namespace();

    public PyModule(String name) {
        this.name = name;
        ns.put("__name__", name);
    }

    public void set(String attr, Object value) { ns.put(attr, value); }

    /** The attribute's value, or Java null if it has none. */
    public Object get(String attr) { return ns.get(attr); }

    /** Defines a Java function {@code attr} in this module. */
    public NativeFunction def(String attr, Native fn) {
        NativeFunction f = new NativeFunction(attr, fn);
        ns.put(attr, f);
        return f;
    }

    /**
     * Defines {@code attr}, a Java method named {@code name} for a Python class body to take ({@code step =
     * _optim.adam_step}): read through an instance it binds to it, as a function defined in the class would.
     */
    public void defMethod(String attr, String name, Method m) { ns.put(attr, new MethodDescriptor(name, m)); }

    /** The attributes in definition order. */
    public Map<String, Object> attributes() { return ns.toMap(); }
}
