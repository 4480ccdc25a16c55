package slope.run;

/**
 * What one run of a program produced: its standard output and, if it failed, the error.
 * The command line, the page and the server all return this.
 */
public final class RunResult {
    public final String stdout;
    public final PyError error;

    public RunResult(String stdout, PyError error) {
        this.stdout = stdout;
        this.error = error;
    }

    public boolean ok() { return error == null; }
}
