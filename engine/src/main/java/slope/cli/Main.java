package slope.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiFunction;
import slope.run.Budget;
import slope.run.PyError;
import slope.run.RunResult;
import slope.run.RunResultJson;
import slope.run.Runner;

/**
 * The command line: {@code slope run FILE.py|- [--figures DIR] [--json]}.
 * Exit status as CPython's: 0 when the program ran, 1 when it raised, 2 for a usage error.
 * JVM only (files, System.exit); nothing in the engine depends on it.
 */
public final class Main {
    static final String USAGE = """
            usage: slope run FILE.py [--figures DIR] [--json]
                   slope run -            (reads the program from standard input)
              --figures DIR   write the program's figures as DIR/figure-1.svg, figure-2.svg, ...
              --json          print the run result as JSON (the page's and server's format)
            budget: SLOPE_MAX_STEPS, SLOPE_MAX_MILLIS, SLOPE_MAX_ELEMENTS, SLOPE_MAX_OUTPUT (environment)
            """;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Map<String, String> env;
    private final BiFunction<String, Budget, RunResult> engine;

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> env) {
        this(stdin, stdout, stderr, env, Runner::run);
    }

    Main(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> env,
            BiFunction<String, Budget, RunResult> engine) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.env = env;
        this.engine = engine;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status;
        try {
            status = new Main(System.in, out, err, System.getenv()).run(args);
        } catch (Throwable t) { // never a Java stack trace on the command line
            err.println("slope: internal error (" + describe(t) + ")");
            status = 1;
        }
        out.flush();
        System.exit(status);
    }

    int run(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            (args.length == 0 ? stderr : stdout).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (!args[0].equals("run")) {
            return usage("unknown command '" + args[0] + "'");
        }
        String file = null;
        String figures = null;
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--figures")) {
                if (++i == args.length) return usage("--figures needs a directory");
                figures = args[i];
            } else if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-") && !a.equals("-")) {
                return usage("unknown option '" + a + "'");
            } else if (file != null) {
                return usage("one program at a time");
            } else {
                file = a;
            }
        }
        if (file == null) return usage("run needs a file, or - for standard input");

        String source;
        String shownName = file.equals("-") ? "<stdin>" : file;
        try {
            source = file.equals("-") ? readAll(stdin) : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            stderr.println("slope: can't open file '" + file + "': No such file or directory");
            return 2;
        } catch (IOException | InvalidPathException e) {
            stderr.println("slope: can't read '" + file + "': " + e.getMessage());
            return 2;
        }
        if (source.startsWith("\uFEFF")) source = source.substring(1); // a UTF-8 byte-order mark, as CPython skips it
        if (figures != null) {
            // Made before the run, so a bad directory is a usage error and not a lost run.
            try {
                Files.createDirectories(Path.of(figures));
            } catch (IOException | InvalidPathException e) {
                stderr.println("slope: can't create figures directory '" + figures + "': " + e.getMessage());
                return 2;
            }
        }

        Budget budget;
        try {
            budget = budget();
        } catch (NumberFormatException e) {
            return usage("budget variables take whole numbers: " + e.getMessage());
        }

        RunResult result;
        try {
            result = engine.apply(source, budget);
        } catch (Throwable t) {
            // An engine bug, not the user's: say so, Python-style, without a Java stack trace.
            if (env.get("SLOPE_DEBUG") != null) t.printStackTrace(stderr);
            result = new RunResult("", new PyError("SystemError",
                    "internal error in Slope (" + describe(t) + ")"));
        }

        if (json) {
            stdout.println(RunResultJson.write(result));
        } else {
            stdout.print(result.stdout);
        }
        stdout.flush();
        if (figures != null) {
            try {
                writeFigures(Path.of(figures), result);
            } catch (IOException e) {
                stderr.println("slope: can't write figures into '" + figures + "': " + e.getMessage());
                return 2;
            }
        }
        if (result.error == null) return 0;
        if (!json) stderr.print(traceback(shownName, source, result.error));
        return 1;
    }

    /** DIR/figure-1.svg, figure-2.svg, ...: in the order the run shows them, numbered from 1. A previous run's are removed first. */
    private static void writeFigures(Path dir, RunResult result) throws IOException {
        try (var old = Files.newDirectoryStream(dir, "figure-*.svg")) {
            for (Path p : old) if (p.getFileName().toString().matches("figure-\\d+\\.svg")) Files.delete(p);
        }
        for (int i = 0; i < result.figures.size(); i++) {
            Files.writeString(dir.resolve("figure-" + (i + 1) + ".svg"), result.figures.get(i).svg, StandardCharsets.UTF_8);
        }
    }

    /** CPython's traceback tail for the error: where it happened, the line itself, and the error. */
    static String traceback(String file, String source, PyError error) {
        StringBuilder sb = new StringBuilder();
        boolean syntax = error.type.equals("SyntaxError") || error.type.equals("IndentationError")
                || error.type.equals("TabError");
        if (!syntax) sb.append("Traceback (most recent call last):\n");
        if (error.line() > 0) {
            sb.append("  File \"").append(file).append("\", line ").append(error.line());
            sb.append(syntax ? "\n" : ", in <module>\n");
            String text = sourceLine(source, error.line());
            if (text != null && !text.isBlank()) {
                String stripped = text.stripLeading();
                sb.append("    ").append(stripped.stripTrailing()).append('\n');
                // Columns are 1-based, as CPython's offsets; 0 means unknown.
                int caret = error.column() - 1 - (text.length() - stripped.length());
                if (syntax && error.column() > 0 && caret >= 0) {
                    sb.append("    ").append(" ".repeat(caret)).append("^\n");
                }
            }
        }
        return sb.append(error.pythonLine()).append('\n').toString();
    }

    private static String sourceLine(String source, int line) {
        String[] lines = source.split("\r?\n|\r", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }

    static String describe(Throwable t) {
        String name = t.getClass().getSimpleName();
        return t.getMessage() == null ? name : name + ": " + t.getMessage();
    }

    private Budget budget() {
        Budget d = Budget.defaults();
        return new Budget(
                number("SLOPE_MAX_STEPS", d.maxSteps),
                number("SLOPE_MAX_MILLIS", d.maxMillis),
                number("SLOPE_MAX_ELEMENTS", d.maxElements),
                number("SLOPE_MAX_OUTPUT", d.maxOutput));
    }

    private long number(String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Long.parseLong(v.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new NumberFormatException(name + "=" + v);
        }
    }

    private int usage(String message) {
        stderr.println("slope: " + message);
        stderr.print(USAGE);
        return 2;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        return buf.toString(StandardCharsets.UTF_8);
    }
}
