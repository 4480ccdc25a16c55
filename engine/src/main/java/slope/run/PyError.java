package slope.run;

/**
 * An error in the user's program, carried as Python would report it: the exception type
 * ({@code NameError}, {@code RuntimeError}, ...), its message, and where it happened.
 * Engine code throws it with line 0; the interpreter fills in the line of the statement.
 */
public class PyError extends RuntimeException {
    public final String type;
    private int line;
    private int column;

    public PyError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public PyError(String type, String message, int line, int column) {
        this(type, message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }

    /** Records where the error happened, unless a deeper frame already did. */
    public PyError at(int line, int column) {
        if (this.line == 0) {
            this.line = line;
            this.column = column;
        }
        return this;
    }

    /** The last line of a Python traceback: {@code NameError: name 'z' is not defined}. */
    public String pythonLine() {
        String m = getMessage();
        return m == null || m.isEmpty() ? type : type + ": " + m;
    }

    public static PyError runtime(String message) { return new PyError("RuntimeError", message); }

    public static PyError type(String message) { return new PyError("TypeError", message); }

    public static PyError value(String message) { return new PyError("ValueError", message); }

    public static PyError index(String message) { return new PyError("IndexError", message); }
}
