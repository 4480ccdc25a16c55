package slope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import slope.run.Budget;
import slope.run.PyError;

/** Runs Python source in a fresh interpreter and compares with what CPython prints. */
final class PythonAssert {
    private PythonAssert() {}

    /** Runs source under a generous budget; returns stdout, or throws the PyError. */
    static String run(Interpreter in, StringBuilder out, String source) {
        Budget b = new Budget(20_000_000, 20_000, 10_000_000);
        b.activate();
        try {
            in.run(source);
        } finally {
            Budget.deactivate();
        }
        return out.toString();
    }

    static String run(String source) {
        StringBuilder out = new StringBuilder();
        return run(new Interpreter(out), out, source);
    }

    static void assertPrints(String source, String expected) {
        try {
            assertEquals(expected, run(source));
        } catch (PyError e) {
            fail("raised " + e.pythonLine() + " at line " + e.line());
        }
    }

    static PyError assertFails(String source, String expected, int line) { return assertFails(source, expected, line, ""); }

    static PyError assertFails(String source, String expected, int line, int column) {
        PyError e = assertFails(source, expected, line, "");
        assertEquals(column, e.column(), "column");
        return e;
    }

    /** Expects the error, at that line, after the program printed printedBefore. */
    static PyError assertFails(String source, String expected, int line, String printedBefore) {
        StringBuilder out = new StringBuilder();
        try {
            run(new Interpreter(out), out, source);
        } catch (PyError e) {
            assertEquals(expected, e.pythonLine());
            assertEquals(line, e.line(), "line");
            assertEquals(printedBefore, out.toString());
            return e;
        }
        fail("expected " + expected + " but the program ran; it printed:\n" + out);
        return null;
    }
}
