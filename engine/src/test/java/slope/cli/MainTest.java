package slope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slope.run.Budget;
import slope.run.PyError;
import slope.run.RunResult;

class MainTest {
    @TempDir Path dir;

    /** One invocation of the command line: its exit status and what it wrote. */
    record Outcome(int status, String stdout, String stderr) {}

    private Outcome slope(String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env).run(args);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Outcome slope(String stdin, String... args) { return slope(stdin, Map.of(), args); }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aProgramThatRunsPrintsItsOutputAndExitsZero() throws IOException {
        Outcome o = slope("", "run", file("one.py", "print(1)\n").toString());
        assertEquals(new Outcome(0, "1\n", ""), o);
    }

    @Test
    void dashReadsTheProgramFromStandardInput() {
        assertEquals(new Outcome(0, "1\n", ""), slope("print(1)\n", "run", "-"));
    }

    @Test
    void anErrorPrintsOutputSoFarThenAPythonTracebackTailAndExitsOne() throws IOException {
        Path p = file("bad.py", "print(1)\nprint(2)\nprint(z)\n");
        Outcome o = slope("", "run", p.toString());
        assertEquals(1, o.status());
        assertEquals("1\n2\n", o.stdout());
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + p + "\", line 3, in <module>\n"
                + "    print(z)\n"
                + "NameError: name 'z' is not defined\n", o.stderr());
    }

    @Test
    void standardInputIsNamedLikeCPythonDoes() {
        Outcome o = slope("print(z)\n", "run", "-");
        assertEquals(1, o.status());
        assertTrue(o.stderr().contains("  File \"<stdin>\", line 1"), o.stderr());
        assertTrue(o.stderr().endsWith("NameError: name 'z' is not defined\n"), o.stderr());
    }

    @Test
    void errorsNeverShowAJavaStackTrace() {
        Outcome o = slope("print(z)\n", "run", "-");
        assertFalse(o.stderr().contains("at slope."), o.stderr());
        assertFalse(o.stderr().contains("Exception"), o.stderr());
    }

    @Test
    void aSyntaxErrorHasNoTracebackHeader() {
        Outcome o = slope("print(1)\nprint(1 +)\n", "run", "-");
        assertEquals(1, o.status());
        assertTrue(o.stderr().startsWith("  File \"<stdin>\", line 2\n    print(1 +)\n"), o.stderr());
        assertTrue(o.stderr().lines().reduce((a, b) -> b).orElse("").startsWith("SyntaxError"), o.stderr());
    }

    @Test
    void jsonPrintsTheRunResultAsThePageGetsIt() {
        Outcome ok = slope("print(1)\n", "run", "-", "--json");
        assertEquals(new Outcome(0, "{\"stdout\":\"1\\n\",\"error\":null,\"figures\":[],\"variables\":[],\"graph\":{\"nodes\":[],\"edges\":[]}}\n", ""), ok);
        Outcome bad = slope("print(z)\n", "run", "-", "--json");
        assertEquals(1, bad.status());
        assertTrue(bad.stdout().contains("\"error\":{\"type\":\"NameError\",\"message\":\"name 'z' is not defined\",\"line\":1"),
                bad.stdout());
        assertEquals("", bad.stderr());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, slope("").status());
        assertEquals(2, slope("", "walk", "x.py").status());
        assertEquals(2, slope("", "run").status());
        assertEquals(2, slope("", "run", "-", "--figures").status());
        assertEquals(2, slope("", "run", "-", "--fast").status());
        assertEquals(2, slope("", "run", "a.py", "b.py").status());
    }

    @Test
    void aMissingFileExitsTwoLikeCPython() {
        Outcome o = slope("", "run", dir.resolve("nope.py").toString());
        assertEquals(2, o.status());
        assertTrue(o.stderr().contains("can't open file"), o.stderr());
    }

    @Test
    void helpGoesToStandardOutput() {
        Outcome o = slope("", "--help");
        assertEquals(0, o.status());
        assertTrue(o.stdout().startsWith("usage: slope run"), o.stdout());
    }

    @Test
    void figuresDirectoryIsCreated() {
        Path figs = dir.resolve("figs/nested");
        assertEquals(0, slope("print(1)\n", "run", "-", "--figures", figs.toString()).status());
        assertTrue(Files.isDirectory(figs));
    }

    @Test
    void figuresAreWrittenAsNumberedSvgFilesEvenWhenTheProgramRaises() throws IOException {
        Path figs = dir.resolve("figs");
        String program = "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\nplt.figure()\nplt.title('second')\n"
                + "plt.plot([2, 1])\nprint(undefined)\n";
        Outcome o = slope(program, "run", "-", "--figures", figs.toString());
        assertEquals(1, o.status());
        assertTrue(Files.readString(figs.resolve("figure-1.svg")).startsWith("<svg "));
        assertTrue(Files.readString(figs.resolve("figure-2.svg")).contains(">second</text>"));
        assertFalse(Files.exists(figs.resolve("figure-3.svg")));
        assertEquals(0, slope("print(1)\n", "run", "-", "--figures", figs.toString()).status());
        assertFalse(Files.exists(figs.resolve("figure-1.svg")), "a previous run's figures are removed");
        Outcome json = slope(program, "run", "-", "--json");
        assertTrue(json.stdout().contains(",\"figures\":[{\"svg\":\"<svg "), json.stdout());
    }

    @Test
    void aBadBudgetVariableIsAUsageError() {
        Map<String, String> env = new HashMap<>();
        env.put("SLOPE_MAX_STEPS", "lots");
        Outcome o = slope("print(1)\n", env, "run", "-");
        assertEquals(2, o.status());
        assertTrue(o.stderr().contains("SLOPE_MAX_STEPS=lots"), o.stderr());
    }

    @Test
    void tracebackPointsACaretAtASyntaxErrorColumn() {
        String tb = Main.traceback("x.py", "x = = 2\n", new PyError("SyntaxError", "invalid syntax", 1, 5));
        assertEquals("  File \"x.py\", line 1\n    x = = 2\n        ^\nSyntaxError: invalid syntax\n", tb);
    }

    @Test
    void tracebackWithoutALineIsJustTheErrorLine() {
        String tb = Main.traceback("x.py", "", new PyError("MemoryError", "too big"));
        assertEquals("Traceback (most recent call last):\nMemoryError: too big\n", tb);
    }

    @Test
    void anEngineCrashIsAnInternalErrorWithoutAJavaStackTrace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new ByteArrayInputStream("print(1)\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), (String source, Budget budget) -> {
                    throw new NullPointerException();
                }).run(new String[] {"run", "-"});
        assertEquals(1, status);
        assertEquals("Traceback (most recent call last):\n"
                + "SystemError: internal error in Slope (NullPointerException)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBudgetComesFromTheEnvironment() {
        Budget[] seen = new Budget[1];
        Map<String, String> env = Map.of("SLOPE_MAX_STEPS", "1_000", "SLOPE_MAX_MILLIS", "250", "SLOPE_MAX_OUTPUT", "4096");
        new Main(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), env, (source, budget) -> {
                    seen[0] = budget;
                    return new RunResult("", null);
                }).run(new String[] {"run", "-"});
        assertEquals(1000, seen[0].maxSteps);
        assertEquals(250, seen[0].maxMillis);
        assertEquals(Budget.DEFAULT_ELEMENTS, seen[0].maxElements);
        assertEquals(4096, seen[0].maxOutput);
    }

    @Test
    void aByteOrderMarkIsSkippedAsCPythonDoes() throws IOException {
        Path p = dir.resolve("bom.py");
        Files.write(p, "\uFEFFprint(1)\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new Outcome(0, "1\n", ""), slope("", "run", p.toString()));
    }

    @Test
    void aDirectoryOrAnImpossiblePathIsAUsageError() {
        assertEquals(2, slope("", "run", dir.toString()).status());
        assertEquals(2, slope("", "run", "bad\u0000name.py").status());
    }
}
