package slope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.PyError;

/** Runaway programs end with a clear error; the engine's own bugs still give the user a line. */
class RunLimitsTest {
    private static PyError runWithSteps(String src, long steps, StringBuilder out) {
        Budget b = new Budget(steps, 10_000, 1000);
        b.activate();
        try {
            new Interpreter(out).run(src);
            return null;
        } catch (PyError e) {
            return e;
        } finally {
            Budget.deactivate();
        }
    }

    @Test
    void endlessLoopStopsAtTheStepBudget() {
        PyError e = runWithSteps("print('start')\nwhile True:\n    pass\n", 100_000, new StringBuilder());
        assertEquals("BudgetError", e.type);
        assertTrue(e.line() == 2 || e.line() == 3, "inside the loop, at line " + e.line());
    }

    @Test
    void budgetErrorsCannotBeCaughtAndNothingRunsAfterThem() {
        StringBuilder out = new StringBuilder();
        PyError e = runWithSteps("""
                try:
                    while True:
                        pass
                except Exception:
                    print("caught Exception")
                except:
                    print("caught bare")
                finally:
                    print("finally runs")
                """, 10_000, out);
        assertEquals("BudgetError", e.type);
        assertEquals("", out.toString());
    }

    @Test
    void endlessRecursionIsARecursionError() {
        PyError e = assertThrows(PyError.class, () -> PythonAssert.run("def f(n):\n    return f(n + 1) + 1\nf(0)\n"));
        assertEquals("RecursionError: maximum recursion depth exceeded", e.pythonLine());
        assertEquals(2, e.line());
    }

    @Test
    void recursionErrorCanBeCaughtLikeInPython() {
        PythonAssert.assertPrints("""
                def f(n):
                    return f(n + 1)
                try:
                    f(0)
                except RecursionError as e:
                    print("too deep:", e)
                """, "too deep: maximum recursion depth exceeded\n");
    }

    @Test
    void deepButFiniteRecursionWorks() {
        PythonAssert.assertPrints("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(900))\n", "900\n");
    }

    @Test
    void outputBeforeAnErrorStaysPrinted() {
        StringBuilder out = new StringBuilder();
        PyError e = runWithSteps("for i in range(3):\n    print(i)\nprint(1 / 0)\n", 1000, out);
        assertEquals("ZeroDivisionError: division by zero", e.pythonLine());
        assertEquals("0\n1\n2\n", out.toString());
    }

    @Test
    void javaExceptionInANativeFunctionBecomesARuntimeErrorWithTheLine() {
        StringBuilder out = new StringBuilder();
        Interpreter py = new Interpreter(out);
        PyModule m = new PyModule("buggy");
        m.def("crash", (args, kw) -> {
            String s = null;
            return s.length();
        });
        py.addModule(m);
        PyError e = assertThrows(PyError.class, () -> PythonAssert.run(py, out, "import buggy\n\nx = buggy.crash()\n"));
        assertEquals("RuntimeError", e.type);
        assertTrue(e.getMessage().startsWith("internal error: NullPointerException"), e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void unlimitedDefaultBudgetRunsLongPrograms() {
        StringBuilder out = new StringBuilder();
        new Interpreter(out).run("s = 0\nfor i in range(100000):\n    s += i\nprint(s)\n");
        assertEquals("4999950000\n", out.toString());
    }
}
