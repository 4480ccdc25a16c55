package slope.format;

/**
 * PyTorch's print options ({@code torch.set_printoptions}): digits after the point, how many elements a tensor may
 * have before it is summarized ({@code threshold}, a double for the "full" profile's infinity), how many it then
 * shows at each edge, the line width, and scientific notation forced on or off (null: the formatter chooses). One
 * set per thread, as the run on it set them; each run starts from the defaults, so that one run's choice never
 * reaches another's output.
 */
public record PrintOptions(int precision, double threshold, int edgeItems, int lineWidth, Boolean sciMode) {
    public static final PrintOptions DEFAULT = new PrintOptions(4, 1000, 3, 80, null);
    private static final ThreadLocal<PrintOptions> CURRENT = ThreadLocal.withInitial(() -> DEFAULT);

    public static PrintOptions current() { return CURRENT.get(); }

    public static void set(PrintOptions options) { CURRENT.set(options); }
}
