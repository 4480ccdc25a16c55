package slope.run;

/**
 * What one run of a program produced: its standard output and, if it failed, the error.
 * The command line, the page and the server all return this.
 */
public final class RunResult {
    public final String stdout;
    public final PyError error;
    /** The user's global variables holding tensors, in definition order. */
    public final java.util.List<TensorVariable> variables;

    public RunResult(String stdout, PyError error) {
        this(stdout, error, java.util.List.of());
    }

    public RunResult(String stdout, PyError error, java.util.List<TensorVariable> variables) {
        this.stdout = stdout;
        this.error = error;
        this.variables = variables;
    }

    public boolean ok() { return error == null; }
}
