package slope.lang;

import java.util.Map;
import slope.run.PyError;

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

    /**
     * Stamps an error with a line of this frame, only in the user's program: inside a host module
     * written in Python (torch.nn, functools) the error keeps the line of the user's call.
     */
    PyError at(PyError e, int line, int col) { return globals == in.mainNamespace() ? e.at(line, col) : e; }
}
