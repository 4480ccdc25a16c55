package slope.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runaway programs end with a clear error instead of a hang or an OutOfMemoryError. */
class BudgetTest {
    @Test
    void anEndlessLoopStopsWithinOneSecondOnTheTimeBudget() {
        RunResult r = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> Runner.run("print('start')\nwhile True:\n    pass\n", new Budget(Long.MAX_VALUE, 300, 1_000_000)));
        assertEquals("start\n", r.stdout);
        assertEquals("BudgetError", r.error.type);
        assertEquals(2, r.error.line());
    }

    @Test
    void anEndlessLoopStopsOnTheStepBudget() {
        RunResult r = Runner.run("i = 0\nwhile True:\n    i += 1\n", new Budget(10_000, 60_000, 1_000_000));
        assertEquals("BudgetError", r.error.type);
        assertTrue(r.error.getMessage().contains("10000 steps"), r.error.getMessage());
    }

    @Test
    void aHugeTensorIsRefusedBeforeItIsAllocated() {
        RunResult r = Runner.run("import torch\nx = torch.zeros(100000, 100000)\n", Budget.defaults());
        assertEquals("BudgetError", r.error.type);
        assertEquals(2, r.error.line());
    }

    @Test
    void runawayRecursionStopsAtTheBudgetsRecursionLimit() {
        RunResult r = Runner.run("def f(n):\n    return f(n + 1)\nf(0)\n", Budget.defaults().recursionLimit(50));
        assertEquals("RecursionError", r.error.type);
        assertEquals("maximum recursion depth exceeded", r.error.getMessage());
        assertEquals(2, r.error.line());
    }

    @Test
    void printingPastTheOutputBudgetWritesWhatFitsThenStops() {
        RunResult r = Runner.run("for i in range(1000):\n    print('x' * 9)\nprint('never')\n",
                new Budget(Long.MAX_VALUE, 10_000, 1_000, 25));
        assertEquals("xxxxxxxxx\nxxxxxxxxx\nxxxxx", r.stdout);
        assertEquals("BudgetError", r.error.type);
        assertEquals("the run's output passed its budget of 25 bytes (printing in a long loop?)", r.error.getMessage());
        assertEquals(2, r.error.line());
    }

    @Test
    void theOutputBudgetCountsUtf8BytesAndNeverSplitsACharacter() {
        // "é" is 2 bytes, "€" 3, "😀" 4 (a surrogate pair): 9 bytes, and 5 more from sys.stdout.write.
        RunResult fits = Runner.run("print('é€😀', end='')\n", new Budget(Long.MAX_VALUE, 10_000, 1_000, 9));
        assertEquals("é€😀", fits.stdout);
        assertEquals(null, fits.error);
        RunResult cut = Runner.run("import sys\nsys.stdout.write('é€😀')\n", new Budget(Long.MAX_VALUE, 10_000, 1_000, 8));
        assertEquals("é€", cut.stdout);
        assertEquals("BudgetError", cut.error.type);
    }

    @Test
    void theDefaultBudgetAllowsFourMebibytesOfOutput() {
        assertEquals(4L << 20, Budget.defaults().maxOutput);
        RunResult r = Runner.run("for i in range(5000):\n    print('y' * 1000)\n", Budget.defaults());
        assertEquals("BudgetError", r.error.type);
        assertEquals(4L << 20, r.stdout.length());
    }

    /** One progress report, as a host copies it on the run's thread. */
    record Report(long steps, long elapsedMillis, String stdout) {}

    @Test
    void aHostSeesProgressEveryFewMillisecondsWithTheOutputSoFar() {
        List<Report> reports = new ArrayList<>();
        Budget budget = new Budget(Long.MAX_VALUE, 10_000, 1_000)
                .onProgress(20, (steps, ms, stdout) -> reports.add(new Report(steps, ms, stdout.toString())));
        RunResult r = Runner.run("""
                import time
                t0 = time.perf_counter()
                n = 0
                while time.perf_counter() - t0 < 0.3:
                    n += 1
                    if n % 1000 == 0:
                        print(n)
                print('done')
                """, budget);
        assertEquals(null, r.error);
        assertTrue(reports.size() >= 3, reports.size() + " reports in 0.3 s");
        for (int i = 1; i < reports.size(); i++) {
            Report a = reports.get(i - 1);
            Report b = reports.get(i);
            assertTrue(b.steps() > a.steps() && b.elapsedMillis() >= a.elapsedMillis() + 20, a + " then " + b);
            assertTrue(b.stdout().startsWith(a.stdout()), "the output only grows");
        }
        Report last = reports.get(reports.size() - 1);
        assertTrue(last.steps() <= budget.steps(), last.toString());
        assertTrue(r.stdout.startsWith(last.stdout()) && last.stdout().endsWith("000\n"), last.stdout());
    }
}
