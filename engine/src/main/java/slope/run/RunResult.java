package slope.run;

import java.util.List;

/**
 * What one run of a program produced: its standard output, the figures it drew (shown, saved or still
 * open at the end, as a notebook shows them; also when the run failed) and, if it failed, the error.
 * The command line, the page and the server all return this.
 */
public final class RunResult {
    public final String stdout;
    public final PyError error;
    public final List<RenderedFigure> figures;

    public RunResult(String stdout, PyError error) { this(stdout, error, List.of()); }

    public RunResult(String stdout, PyError error, List<RenderedFigure> figures) {
        this.stdout = stdout;
        this.error = error;
        this.figures = List.copyOf(figures);
    }

    public boolean ok() { return error == null; }
}
