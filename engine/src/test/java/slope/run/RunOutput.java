package slope.run;

/** A program's output as the engine's tests compare it: stdout, then {@code !} and the Python error line if it raised. */
public final class RunOutput {
    private RunOutput() {}

    /** Runs {@code source} under the default budget. */
    public static String of(String source) {
        RunResult r = Runner.run(source, Budget.defaults());
        return r.stdout + (r.error == null ? "" : "!" + r.error.pythonLine());
    }
}
