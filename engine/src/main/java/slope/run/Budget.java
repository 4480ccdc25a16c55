package slope.run;

/**
 * Limits that end a runaway program with a clear error instead of a hang or an OutOfMemoryError:
 * interpreter steps, wall-clock time, the elements of any one tensor and the bytes of standard
 * output. One budget per run, reachable from engine code through {@link #current()} (one run per
 * thread, as on the server). A host may also watch the run's progress ({@link #onProgress}).
 */
public final class Budget {
    public static final long DEFAULT_STEPS = 50_000_000L;
    public static final long DEFAULT_MILLIS = 30_000L;
    public static final long DEFAULT_ELEMENTS = 50_000_000L;
    /** 4 MiB of printed text: far more than a tutorial prints, far less than a page can show. */
    public static final long DEFAULT_OUTPUT = 4L << 20;
    /** Steps between readings of the clock (deadline and progress); a power of two. */
    private static final int CLOCK_EVERY = 1024;

    private static final ThreadLocal<Budget> CURRENT = ThreadLocal.withInitial(Budget::unlimited);

    public final long maxSteps;
    public final long maxMillis;
    public final long maxElements;
    /** Bytes of standard output (UTF-8). */
    public final long maxOutput;
    /** Python's recursion limit; the browser needs a lower one than CPython's 1000 (its stack is smaller). */
    private int recursionLimit = 1000;
    private long steps;
    private long outputBytes;
    private long started;
    private long deadline = Long.MAX_VALUE;
    private Progress progress;
    private long progressEvery;
    private long nextProgress = Long.MAX_VALUE;
    /** The run's output so far, for progress reports (the Runner's buffer). */
    CharSequence stdout = "";

    /**
     * Told how a run is going, on the run's own thread, about every {@code everyMillis} while it runs
     * (between statements, so a report never sees half a print). Copy what is needed and return quickly:
     * the run waits meanwhile.
     */
    public interface Progress {
        void report(long steps, long elapsedMillis, CharSequence stdout);
    }

    public Budget(long maxSteps, long maxMillis, long maxElements) {
        this(maxSteps, maxMillis, maxElements, DEFAULT_OUTPUT);
    }

    public Budget(long maxSteps, long maxMillis, long maxElements, long maxOutput) {
        this.maxSteps = maxSteps;
        this.maxMillis = maxMillis;
        this.maxElements = maxElements;
        this.maxOutput = maxOutput;
    }

    public static Budget defaults() { return new Budget(DEFAULT_STEPS, DEFAULT_MILLIS, DEFAULT_ELEMENTS, DEFAULT_OUTPUT); }

    public static Budget unlimited() { return new Budget(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE); }

    public static Budget current() { return CURRENT.get(); }

    /** Sets the recursion limit of runs under this budget; returns this. */
    public Budget recursionLimit(int limit) {
        recursionLimit = limit;
        return this;
    }

    public int recursionLimit() { return recursionLimit; }

    /** Reports the progress of runs under this budget to {@code listener} about every {@code everyMillis}; returns this. */
    public Budget onProgress(long everyMillis, Progress listener) {
        progressEvery = Math.max(1, everyMillis);
        progress = listener;
        return this;
    }

    /** Makes this the budget of the calling thread's run and starts its clock. */
    public void activate() {
        steps = 0;
        outputBytes = 0;
        started = System.currentTimeMillis();
        deadline = maxMillis == Long.MAX_VALUE ? Long.MAX_VALUE : started + maxMillis;
        nextProgress = progress == null ? Long.MAX_VALUE : started + progressEvery;
        CURRENT.set(this);
    }

    public static void deactivate() { CURRENT.remove(); }

    /** Counts one interpreter step; the clock is read every {@value #CLOCK_EVERY} steps to keep this cheap. */
    public void step() {
        long s = ++steps;
        if (s > maxSteps) {
            throw new PyError("BudgetError", "the run passed its budget of " + maxSteps + " steps (an endless loop?)");
        }
        if ((s & (CLOCK_EVERY - 1)) == 0) {
            long now = System.currentTimeMillis();
            if (now > deadline) {
                throw new PyError("BudgetError", "the run passed its time budget of " + maxMillis + " ms (an endless loop?)");
            }
            if (now >= nextProgress) {
                nextProgress = now + progressEvery;
                progress.report(s, now - started, stdout);
            }
        }
    }

    /** Checks a tensor about to be allocated against the element budget. */
    public void allocate(long elements) {
        if (elements > maxElements) {
            throw new PyError("BudgetError", "a tensor of " + elements + " elements passes the budget of "
                    + maxElements + " elements per tensor");
        }
    }

    /**
     * Counts text about to be printed against the output budget: answers how many of its chars fit,
     * {@code s.length()} when all do. The caller writes those, then throws {@link #outputError()}.
     */
    public int output(String s) {
        if (maxOutput == Long.MAX_VALUE) return s.length();
        long bytes = outputBytes;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // UTF-8: a surrogate pair is 4 bytes, 2 per half.
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            if (bytes > maxOutput) {
                outputBytes = maxOutput;
                return Character.isLowSurrogate(c) ? i - 1 : i;
            }
        }
        outputBytes = bytes;
        return s.length();
    }

    /** The error that ends a run whose output passed {@link #maxOutput}. */
    public PyError outputError() {
        return new PyError("BudgetError", "the run's output passed its budget of " + maxOutput
                + " bytes (printing in a long loop?)");
    }

    public long steps() { return steps; }

    /** Milliseconds since the run started. */
    public long elapsedMillis() { return System.currentTimeMillis() - started; }
}
