package slope.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server runs that may be watched, by id: each from its POST until a grace period after it ends
 * (a watcher that connects late still gets its {@code done}). Bounded: finished runs make room first.
 */
final class RunRegistry {
    /** Ids are url-safe: the client's own (8 to 64 of A-Z a-z 0-9 _ -) or the server's 22 random ones. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final LinkedHashMap<String, ServerRun> runs = new LinkedHashMap<>();
    private final int capacity;
    private final long graceNanos;
    private final int maxWaiting;
    private int waiting;
    private boolean closed;

    RunRegistry(int capacity, long graceMillis, int maxWaiting) {
        this.capacity = capacity;
        this.graceNanos = graceMillis * 1_000_000;
        this.maxWaiting = maxWaiting;
    }

    enum Added { OK, TAKEN, FULL }

    /** Adds a run under its id: TAKEN if that id is in use, FULL when every place holds an unfinished run. */
    synchronized Added add(ServerRun run) {
        forgetOld();
        if (runs.containsKey(run.id)) return Added.TAKEN;
        if (runs.size() >= capacity) return Added.FULL;
        runs.put(run.id, run);
        notifyAll();
        return Added.OK;
    }

    synchronized void remove(ServerRun run) {
        runs.remove(run.id, run);
    }

    /** Thrown when too many watchers already wait for runs that have not arrived. */
    static final class TooManyWaiting extends Exception {
        TooManyWaiting() { super(null, null, false, false); }
    }

    /**
     * The run with this id, waiting up to {@code waitMillis} for its POST to arrive (a page opens its
     * event stream and posts the run at the same moment); null if none comes.
     */
    synchronized ServerRun await(String id, long waitMillis) throws InterruptedException, TooManyWaiting {
        forgetOld();
        ServerRun run = runs.get(id);
        if (run != null || closed || waitMillis <= 0) return run;
        if (waiting >= maxWaiting) throw new TooManyWaiting();
        waiting++;
        try {
            long deadline = System.nanoTime() + waitMillis * 1_000_000;
            while ((run = runs.get(id)) == null && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                wait(Math.max(1, left / 1_000_000));
            }
            return run;
        } finally {
            waiting--;
        }
    }

    synchronized int size() { return runs.size(); }

    /** Wakes every waiter and watcher: the server is stopping. */
    void close() {
        List<ServerRun> all;
        synchronized (this) {
            closed = true;
            notifyAll();
            all = new ArrayList<>(runs.values());
        }
        for (ServerRun r : all) r.close();
    }

    /** Drops runs past their grace period; when still full, finished runs, oldest first. */
    private void forgetOld() {
        long now = System.nanoTime();
        runs.values().removeIf(r -> r.finishedNanosAgo(now) > graceNanos);
        for (Iterator<ServerRun> it = runs.values().iterator(); runs.size() >= capacity && it.hasNext(); ) {
            if (it.next().finishedNanosAgo(now) >= 0) it.remove();
        }
    }
}
