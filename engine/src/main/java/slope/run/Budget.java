package slope.run;

/**
 * Limits that end a runaway program with a clear error instead of a hang or an OutOfMemoryError:
 * interpreter steps, wall-clock time, and the elements of any one tensor. One budget per run,
 * reachable from engine code through {@link #current()} (one run per thread, as on the server).
 */
public final class Budget {
    public static final long DEFAULT_STEPS = 50_000_000L;
    public static final long DEFAULT_MILLIS = 30_000L;
    public static final long DEFAULT_ELEMENTS = 50_000_000L;

    private static final ThreadLocal<Budget> CURRENT = ThreadLocal.withInitial(Budget::unlimited);

    public final long maxSteps;
    public final long maxMillis;
    public final long maxElements;
    /** Python's recursion limit; the browser needs a lower one than CPython's 1000 (its stack is smaller). */
    private int recursionLimit = 1000;
    private long steps;
    private long deadline = Long.MAX_VALUE;

    public Budget(long maxSteps, long maxMillis, long maxElements) {
        this.maxSteps = maxSteps;
        this.maxMillis = maxMillis;
        this.maxElements = maxElements;
    }

    public static Budget defaults() { return new Budget(DEFAULT_STEPS, DEFAULT_MILLIS, DEFAULT_ELEMENTS); }

    public static Budget unlimited() { return new Budget(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE); }

    public static Budget current() { return CURRENT.get(); }

    /** Sets the recursion limit of runs under this budget; returns this. */
    public Budget recursionLimit(int limit) {
        recursionLimit = limit;
        return this;
    }

    public int recursionLimit() { return recursionLimit; }

    /** Makes this the budget of the calling thread's run and starts its clock. */
    public void activate() {
        steps = 0;
        deadline = maxMillis == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + maxMillis;
        CURRENT.set(this);
    }

    public static void deactivate() { CURRENT.remove(); }

    /** Counts one interpreter step; the clock is read every 4096 steps to keep this cheap. */
    public void step() {
        long s = ++steps;
        if (s > maxSteps) {
            throw new PyError("BudgetError", "the run passed its budget of " + maxSteps + " steps (an endless loop?)");
        }
        if ((s & 4095) == 0 && System.currentTimeMillis() > deadline) {
            throw new PyError("BudgetError", "the run passed its time budget of " + maxMillis + " ms (an endless loop?)");
        }
    }

    /** Checks a tensor about to be allocated against the element budget. */
    public void allocate(long elements) {
        if (elements > maxElements) {
            throw new PyError("BudgetError", "a tensor of " + elements + " elements passes the budget of "
                    + maxElements + " elements per tensor");
        }
    }

    public long steps() { return steps; }
}
