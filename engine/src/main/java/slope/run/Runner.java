package slope.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import slope.lang.Interpreter;
import slope.tensor.Tensor;
import slope.torch.TorchModule;

/** Runs one program: a fresh interpreter with torch installed, under a budget, collecting its output. */
public final class Runner {
    private Runner() {}

    public static RunResult run(String source, Budget budget) {
        StringBuilder out = new StringBuilder();
        Interpreter py = new Interpreter(out);
        py.setRecursionLimit(budget.recursionLimit());
        TorchModule.install(py);
        budget.activate();
        PyError error = null;
        try {
            py.run(source);
        } catch (PyError e) {
            error = e;
        } finally {
            Budget.deactivate();
        }
        return new RunResult(out.toString(), error, tensors(py));
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
