package slope.web;

import org.teavm.jso.JSExport;
import slope.run.Budget;
import slope.run.PyError;
import slope.run.RunResult;
import slope.run.RunResultJson;
import slope.run.Runner;

/**
 * The engine as the page sees it: {@code run(code)} and {@code runWith(code, steps, millis, elements, outputBytes)}
 * return the run result as JSON. The page runs it in a Web Worker, so a run may block.
 */
public final class SlopeWeb {
    private SlopeWeb() {}

    public static void main(String[] args) {
        // Nothing to start: the page calls run().
    }

    @JSExport
    public static String run(String code) {
        return runWith(code, 0, 0, 0, 0);
    }

    /** Runs under a budget; a limit of 0 (or less, or missing) keeps {@link Budget}'s default. Doubles: JS numbers. */
    @JSExport
    public static String runWith(String code, double maxSteps, double maxMillis, double maxElements, double maxOutput) {
        RunResult result;
        try {
            Budget budget = new Budget(
                    maxSteps > 0 ? (long) maxSteps : Budget.DEFAULT_STEPS,
                    maxMillis > 0 ? (long) maxMillis : Budget.DEFAULT_MILLIS,
                    maxElements > 0 ? (long) maxElements : Budget.DEFAULT_ELEMENTS,
                    maxOutput > 0 ? (long) maxOutput : Budget.DEFAULT_OUTPUT);
            // About 700 nested Python calls overflow wasm's stack in Chromium, an uncatchable trap.
            result = Runner.run(code, budget.recursionLimit(400));
        } catch (Throwable t) {
            // An engine bug, not the learner's: named as the command line names it. Class names survive
            // minification; a stack overflow is not catchable in wasm-gc and reaches JS as a RangeError.
            result = new RunResult("", new PyError("SystemError", "internal error in Slope (" + describe(t) + ")"));
        }
        try {
            return RunResultJson.write(result);
        } catch (Throwable t) {
            return "{\"stdout\":\"\",\"error\":{\"type\":\"SystemError\",\"message\":\"internal error in Slope\",\"line\":0,\"column\":0},\"figures\":[],\"variables\":[],\"graph\":{\"nodes\":[],\"edges\":[]}}";
        }
    }

    private static String describe(Throwable t) {
        String name = t.getClass().getName();
        name = name.substring(name.lastIndexOf('.') + 1);
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }
}
