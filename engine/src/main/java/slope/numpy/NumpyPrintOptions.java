package slope.numpy;

/**
 * NumPy's print options ({@code np.set_printoptions}): digits after the point, the size beyond which an array is
 * summarized, the items then shown at each edge, the line width, and {@code suppress} (small numbers in fixed
 * notation). One set per thread, reset when a run installs numpy, so one run's choice never reaches another's output.
 */
record NumpyPrintOptions(int precision, int threshold, int edgeItems, int lineWidth, boolean suppress) {
    static final NumpyPrintOptions DEFAULT = new NumpyPrintOptions(8, 1000, 3, 75, false);
    private static final ThreadLocal<NumpyPrintOptions> CURRENT = ThreadLocal.withInitial(() -> DEFAULT);

    static NumpyPrintOptions current() { return CURRENT.get(); }

    static void set(NumpyPrintOptions options) { CURRENT.set(options); }
}
