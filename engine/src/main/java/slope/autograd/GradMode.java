package slope.autograd;

/**
 * Whether ops record the graph (off inside {@code torch.no_grad()} and while a backward pass
 * runs without {@code create_graph}), and the sequence numbers that order the backward pass.
 * Per thread, as in PyTorch, so server runs on a pool do not see each other.
 */
public final class GradMode {
    private static final ThreadLocal<GradMode> STATE = ThreadLocal.withInitial(GradMode::new);

    boolean enabled = true;
    /** Anomaly detection ({@code torch.autograd.detect_anomaly}): with checkNan, backward refuses a nan gradient. */
    boolean anomaly;
    boolean checkNan = true;
    long sequence;
    /** The id of the next backward pass, marking the nodes it visits. */
    long walks;
    /** The ready queue of the last backward pass, for the next: a scalar graph's pass is short enough that it mattered. */
    private Autograd.ReadyQueue spareQueue;

    private GradMode() {}

    public static boolean isEnabled() { return STATE.get().enabled; }

    /** Sets the mode and returns the previous one, for try/finally restoring. */
    public static boolean set(boolean enabled) {
        GradMode m = STATE.get();
        boolean prev = m.enabled;
        m.enabled = enabled;
        return prev;
    }

    static long nextSequence() { return STATE.get().sequence++; }

    /** A run starts recording, without anomaly detection, whatever the last run on this thread left set. */
    public static void startRun() {
        GradMode m = STATE.get();
        m.enabled = true;
        m.anomaly = false;
        m.checkNan = true;
    }

    public static boolean isAnomalyEnabled() { return STATE.get().anomaly; }

    public static boolean isAnomalyCheckNanEnabled() { return STATE.get().checkNan; }

    public static void setAnomaly(boolean enabled, boolean checkNan) {
        GradMode m = STATE.get();
        m.anomaly = enabled;
        m.checkNan = checkNan;
    }

    /** The spare queue, or a new one while it is in use (a backward pass inside a backward rule). */
    Autograd.ReadyQueue takeQueue() {
        Autograd.ReadyQueue q = spareQueue;
        spareQueue = null;
        return q != null ? q : new Autograd.ReadyQueue();
    }

    void returnQueue(Autograd.ReadyQueue q) {
        q.clear();
        spareQueue = q;
    }

    /** This thread's state, for callers that read the mode and take a sequence number in one lookup. */
    static GradMode state() { return STATE.get(); }
}
