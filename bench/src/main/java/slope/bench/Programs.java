package slope.bench;

import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/** Runs benchmark programs through the interpreter, failing loudly if one raises. */
final class Programs {
    private Programs() {}

    /** No step or time limit; the element limit well above the workloads' million. */
    static Budget budget() {
        return new Budget(Long.MAX_VALUE, Long.MAX_VALUE, 100_000_000L);
    }

    static RunResult run(String source) {
        RunResult r = Runner.run(source, budget());
        if (r.error != null) {
            throw new IllegalStateException("benchmark program failed at line " + r.error.line() + ": " + r.error.pythonLine());
        }
        return r;
    }
}
