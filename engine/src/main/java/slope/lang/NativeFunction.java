package slope.lang;

import java.util.Map;

/** A named Java function as a Python value: {@code <built-in function len>}. */
public final class NativeFunction {
    public final String name;
    public final Native fn;

    public NativeFunction(String name, Native fn) {
        this.name = name;
        this.fn = fn;
    }

    public Object call(Object[] args, Map<String, Object> kwargs) { return fn.call(args, kwargs); }
}
