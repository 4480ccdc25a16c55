package slope.web;

import org.teavm.jso.JSExport;
import slope.run.Budget;
import slope.run.PyError;
import slope.run.RunResult;
import slope.run.RunResultJson;
import slope.run.Runner;

/** The engine as the page sees it: {@code run(code)} returns the run result as JSON. */
public final class SlopeWeb {
    private SlopeWeb() {}

    public static void main(String[] args) {
        // Nothing to start: the page calls run().
    }

    @JSExport
    public static String run(String code) {
        RunResult result;
        try {
            // About 700 nested Python calls overflow wasm's stack in Chromium, an uncatchable trap.
            result = Runner.run(code, Budget.defaults().recursionLimit(400));
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
