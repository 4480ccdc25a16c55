package slope.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
}
