package slope.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import slope.run.RunResult;

/**
 * One server run as its watchers see it: queued, running (with the latest progress), then done. The
 * run's thread only stores the latest event here; each watcher's own thread waits for a newer one and
 * sends it, so a slow watcher never holds up the run (it just skips to the latest progress).
 */
final class ServerRun {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What an event shows of the output: its last lines, at most this many characters. */
    static final int TAIL_CHARS = 2000;
    static final int TAIL_LINES = 20;

    final String id;
    private final long maxSteps;
    private final long maxMillis;
    private final int maxWatchers;
    private long version;
    private Event latest;
    private long finishedAt;
    private int watchers;
    private boolean closed;

    /** One SSE event: {@code progress} while queued or running, then {@code done}; numbered from 1. */
    record Event(long version, String name, String json) {
        boolean last() { return name.equals("done"); }
    }

    ServerRun(String id, long maxSteps, long maxMillis, int maxWatchers) {
        this.id = id;
        this.maxSteps = maxSteps;
        this.maxMillis = maxMillis;
        this.maxWatchers = maxWatchers;
        this.latest = new Event(++version, "progress", snapshot("queued", 0, 0, "").toString());
    }

    synchronized void started() {
        publish("progress", snapshot("running", 0, 0, ""));
    }

    /** From the run's thread, every few hundred ms: copies the output's tail at once (the buffer keeps growing). */
    void progress(long steps, long elapsedMs, CharSequence stdout) {
        ObjectNode json = snapshot("running", steps, elapsedMs, tail(stdout));
        synchronized (this) {
            if (finishedAt == 0) publish("progress", json);
        }
    }

    /** The run ended; {@code result} is null when the server failed it. The event's {@code error} is null on success. */
    synchronized void finished(long steps, long elapsedMs, RunResult result) {
        if (finishedAt != 0) return;
        ObjectNode json = snapshot("done", steps, elapsedMs, result == null ? "" : tail(result.stdout));
        if (result == null) {
            serverError(json, "the run failed inside the server");
        } else if (result.error != null) {
            String message = result.error.getMessage();
            json.putObject("error").put("type", result.error.type).put("message", message == null ? "" : message)
                    .put("line", result.error.line());
        } else {
            json.putNull("error");
        }
        publish("done", json);
        finishedAt = System.nanoTime();
    }

    /** The run will not run (or end) on this server: watchers get a done with a ServerError. */
    synchronized void refused(String message) {
        if (finishedAt != 0) return;
        ObjectNode json = snapshot("done", 0, 0, "");
        serverError(json, message);
        publish("done", json);
        finishedAt = System.nanoTime();
    }

    private static void serverError(ObjectNode json, String message) {
        json.putObject("error").put("type", "ServerError").put("message", message).put("line", 0);
    }

    /** Nanoseconds since the run finished at {@code now}, or -1 while it has not. */
    synchronized long finishedNanosAgo(long now) { return finishedAt == 0 ? -1 : now - finishedAt; }

    /** Counts a watcher in; false when the run has as many as it takes. */
    synchronized boolean watch() {
        if (watchers >= maxWatchers) return false;
        watchers++;
        return true;
    }

    synchronized void unwatch() { watchers--; }

    /** Ends every watcher's wait: the server is stopping. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean closed() { return closed; }

    /**
     * The latest event if it is newer than {@code seen}, else waits up to {@code timeoutMs} for one:
     * null on timeout (time for a keep-alive) or once closed.
     */
    synchronized Event next(long seen, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (version <= seen && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return null;
            wait(Math.max(1, left / 1_000_000));
        }
        return version <= seen ? null : latest;
    }

    private void publish(String name, ObjectNode json) {
        latest = new Event(++version, name, json.toString());
        notifyAll();
    }

    /** {@code {"state", "steps", "elapsedMs", "maxSteps", "maxMillis", "stdoutTail"}} */
    private ObjectNode snapshot(String state, long steps, long elapsedMs, String stdoutTail) {
        return JSON.createObjectNode().put("state", state).put("steps", steps).put("elapsedMs", elapsedMs)
                .put("maxSteps", maxSteps).put("maxMillis", maxMillis).put("stdoutTail", stdoutTail);
    }

    /** The last {@link #TAIL_LINES} lines of the output, at most {@link #TAIL_CHARS} characters of it. */
    static String tail(CharSequence out) {
        int end = out.length();
        int start = Math.max(0, end - TAIL_CHARS);
        if (start > 0 && Character.isLowSurrogate(out.charAt(start))) start++;
        int lines = 0;
        // A final newline ends the last line; it does not start another.
        for (int i = end - 2; i >= start; i--) {
            if (out.charAt(i) == '\n' && ++lines == TAIL_LINES) {
                start = i + 1;
                break;
            }
        }
        return out.subSequence(start, end).toString();
    }
}
