package slope.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import slope.autograd.GradMode;
import slope.format.PrintOptions;
import slope.lang.Interpreter;
import slope.ops.CpuGenerator;
import slope.plot.Figure;
import slope.plot.Pyplot;
import slope.plot.binding.PyplotModule;
import slope.tensor.Tensor;
import slope.torch.TorchModule;

/** Runs one program: a fresh interpreter with torch and matplotlib installed, under a budget, collecting its output and figures. */
public final class Runner {
    private Runner() {}

    public static RunResult run(String source, Budget budget) {
        PrintOptions.set(PrintOptions.DEFAULT); // torch.set_printoptions holds for one run, and ends with it
        GradMode.startRun(); // as does torch.set_grad_enabled(False) called outside a with block
        CpuGenerator.startRun(); // the default seed, as a fresh Python process has it
        try {
            return runWithOptions(source, budget);
        } finally {
            PrintOptions.set(PrintOptions.DEFAULT);
        }
    }

    private static RunResult runWithOptions(String source, Budget budget) {
        StringBuilder out = new StringBuilder();
        Interpreter py = new Interpreter(out);
        py.setRecursionLimit(budget.recursionLimit());
        TorchModule.install(py);
        slope.numpy.NumpyModule.install(py);
        Pyplot plt = new Pyplot();
        PyplotModule.install(py, plt);
        PyError error = null;
        budget.stdout = out;
        budget.activate();
        try {
            py.run(source);
        } catch (PyError e) {
            error = e;
        } finally {
            Budget.deactivate();
            py.forgetSharedCaches();
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
        return new RunResult(out.toString(), error, figures, tensors(py), PrintOptions.current());
    }

    /** The globals that hold tensors, as the page's variables panel lists them. */
    private static List<TensorVariable> tensors(Interpreter py) {
        List<TensorVariable> vars = new ArrayList<>();
        for (Map.Entry<String, Object> e : py.globals().entrySet()) {
            if (e.getValue() instanceof Tensor) vars.add(new TensorVariable(e.getKey(), (Tensor) e.getValue()));
        }
        return vars;
    }
}
