package slope.run;

import slope.lang.Interpreter;
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
        try {
            py.run(source);
            return new RunResult(out.toString(), null);
        } catch (PyError e) {
            return new RunResult(out.toString(), e);
        } finally {
            Budget.deactivate();
        }
    }
}
