package slope.lang;

import java.util.Map;

/** The variables of one running function call, class body or module. */
final class Frame {
    final Interpreter in;
    /** Locals by slot; null for module and class frames. */
    final Object[] slots;
    /** The frame of the enclosing function, for closures (class bodies are skipped). */
    final Frame parent;
    final Namespace globals;
    /** The namespace of a class body being executed, else null. */
    final Map<String, Object> classNs;
    final PyFunction fn;
    Object ret;

    Frame(Interpreter in, Object[] slots, Frame parent, Namespace globals, Map<String, Object> classNs, PyFunction fn) {
        this.in = in;
        this.slots = slots;
        this.parent = parent;
        this.globals = globals;
        this.classNs = classNs;
        this.fn = fn;
    }
}
