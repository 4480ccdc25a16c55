package slope.run;

import java.util.ArrayList;
import java.util.List;
import slope.lang.Interpreter;
import slope.plot.Figure;
import slope.plot.Pyplot;
import slope.plot.binding.PyplotModule;
import slope.torch.TorchModule;

/** Runs one program: a fresh interpreter with torch and matplotlib installed, under a budget, collecting its output and figures. */
public final class Runner {
    private Runner() {}

    public static RunResult run(String source, Budget budget) {
        StringBuilder out = new StringBuilder();
        Interpreter py = new Interpreter(out);
        TorchModule.install(py);
        Pyplot plt = new Pyplot();
        PyplotModule.install(py, plt);
        PyError error = null;
        budget.activate();
        try {
            py.run(source);
        } catch (PyError e) {
            error = e;
        } finally {
            Budget.deactivate();
        }
        // What was drawn before an error still comes back, as a notebook keeps it.
        List<RenderedFigure> figures = new ArrayList<>();
        for (Figure f : plt.figures()) {
            try {
                figures.add(RenderedFigure.of(f));
            } catch (RuntimeException e) {
                if (error == null) error = new PyError(e instanceof IllegalArgumentException ? "ValueError" : "RuntimeError",
                        "figure " + f.number + " could not be drawn: " + e.getMessage());
            }
        }
        return new RunResult(out.toString(), error, figures);
    }
}
