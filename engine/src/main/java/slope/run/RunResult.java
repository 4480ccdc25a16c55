package slope.run;

import java.util.List;
import slope.format.PrintOptions;

/**
 * What one run of a program produced: its standard output, the error if it failed, the figures it
 * drew (shown, saved or still open at the end, as a notebook shows them; also when the run failed)
 * and the tensors left in its variables. The command line, the page and the server all return this.
 */
public final class RunResult {
    public final String stdout;
    public final PyError error;
    public final List<RenderedFigure> figures;
    /** The user's global variables holding tensors, in definition order. */
    public final List<TensorVariable> variables;
    /** The print options the run ended with ({@code torch.set_printoptions}): the variables print with them too. */
    public final PrintOptions printOptions;

    public RunResult(String stdout, PyError error) { this(stdout, error, List.of(), List.of()); }

    public RunResult(String stdout, PyError error, List<RenderedFigure> figures, List<TensorVariable> variables) {
        this(stdout, error, figures, variables, PrintOptions.DEFAULT);
    }

    public RunResult(String stdout, PyError error, List<RenderedFigure> figures, List<TensorVariable> variables,
                     PrintOptions printOptions) {
        this.stdout = stdout;
        this.error = error;
        this.figures = List.copyOf(figures);
        this.variables = List.copyOf(variables);
        this.printOptions = printOptions;
    }

    public boolean ok() { return error == null; }
}
