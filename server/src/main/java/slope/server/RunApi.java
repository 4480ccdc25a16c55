package slope.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.RunResultJson;
import slope.run.Runner;

/**
 * {@code POST /api/runs}: the JVM engine runs the code under the server's budget on a bounded pool
 * and answers the same run-result JSON as the page and {@code ./slope run --json}. A full queue is 429.
 * {@code GET /api/runs/{id}/events}: the run's progress as Server-Sent Events while it runs, then {@code done}.
 */
final class RunApi implements AutoCloseable {
    /** Deep Python recursion needs the stack ./slope gives the CLI (-Xss16m). */
    private static final long STACK_BYTES = 16L << 20;
    /** How long an event stream waits for its run's POST: a page opens both at once. */
    static final long SUBSCRIBE_WAIT_MILLIS = 3_000;
    /** A finished run can still be watched this long (its done event). */
    static final long GRACE_MILLIS = 30_000;
    /** Watchers per run, and event streams waiting for their run at once. */
    static final int MAX_WATCHERS = 4;
    static final int MAX_WAITING = 32;
    /** A comment this often keeps an idle stream open through proxies and shows whether the watcher left. */
    static final long KEEP_ALIVE_MILLIS = 10_000;
    /** The response header that names the run (its events: {@code /api/runs/ID/events}). */
    static final String RUN_ID_HEADER = "Slope-Run-Id";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger("slope.run");

    private final Settings.Runs limits;
    private final ThreadPoolExecutor pool;
    private final RunRegistry registry;
    final LongAdder completed = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder rejected = new LongAdder();

    RunApi(Settings.Runs limits) {
        this.limits = limits;
        this.pool = enginePool("slope-run-", limits.workers(), limits.queue());
        this.registry = new RunRegistry(4 * (limits.workers() + limits.queue()) + 16, GRACE_MILLIS, MAX_WAITING);
    }

    int queueLength() {
        return pool.getQueue().size();
    }

    int running() {
        return pool.getActiveCount();
    }

    void create(Context ctx) throws InterruptedException {
        JsonNode body = ctx.bodyAsClass(JsonNode.class);
        JsonNode code = body == null ? null : body.get("code");
        if (code == null || !code.isTextual()) {
            ctx.status(400).json(Map.of("error", "the body must be a JSON object {\"code\": \"...\"}"));
            return;
        }
        JsonNode idNode = body.get("id");
        if (idNode != null && !idNode.isNull() && !(idNode.isTextual() && RunRegistry.ID.matcher(idNode.asText()).matches())) {
            ctx.status(400).json(Map.of("error", "\"id\" must be 8 to 64 characters of A-Z, a-z, 0-9, _ and -"));
            return;
        }
        String source = code.asText();
        if (source.getBytes(StandardCharsets.UTF_8).length > Snippet.MAX_CODE_BYTES) {
            ctx.status(413).json(Map.of("error", "code is over 64 KiB (" + Snippet.MAX_CODE_BYTES + " bytes of UTF-8)"));
            return;
        }
        String id = idNode == null || idNode.isNull() ? newId() : idNode.asText();
        Budget budget = new Budget(limits.maxSteps(), limits.maxMillis(), limits.maxElements(), limits.maxOutput());
        ServerRun watched = new ServerRun(id, budget.maxSteps, budget.maxMillis, MAX_WATCHERS);
        RunRegistry.Added added = registry.add(watched);
        if (added == RunRegistry.Added.TAKEN) {
            ctx.status(409).json(Map.of("error", "a run with this id is running or just ended: send a new id"));
            return;
        }
        if (added == RunRegistry.Added.FULL) {
            queueFull(ctx);
            return;
        }
        budget.onProgress(limits.progressMillis(), watched::progress);
        Future<RunResult> run;
        try {
            run = pool.submit(() -> {
                watched.started();
                RunResult result = null;
                try {
                    result = Runner.run(source, budget);
                    return result;
                } finally {
                    watched.finished(budget.steps(), budget.elapsedMillis(), result);
                }
            });
        } catch (RejectedExecutionException e) {
            watched.refused("the server's run queue is full");
            registry.remove(watched);
            queueFull(ctx);
            return;
        }
        long started = System.nanoTime();
        RunResult result;
        try {
            // The budget ends the run; the margin covers the wait in the queue and rendering the figures.
            result = run.get(limits.maxMillis() * (limits.queue() + 2L) + 10_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            run.cancel(true);
            watched.refused("the run failed inside the server");
            failed.increment();
            LOG.error("run {} failed", id, e);
            ctx.status(500).json(Map.of("error", "the run failed inside the server"));
            return;
        }
        completed.increment();
        LOG.info("{} run {} ({} bytes of code): {} in {} ms", ctx.ip(), id, source.length(),
                result.ok() ? "ok" : result.error.type, (System.nanoTime() - started) / 1_000_000);
        ctx.header(RUN_ID_HEADER, id).contentType("application/json").result(RunResultJson.write(result));
    }

    private void queueFull(Context ctx) {
        rejected.increment();
        ctx.header("Retry-After", "5").status(429)
                .json(Map.of("error", "the server's run queue is full: try again shortly, or run in the browser"));
    }

    /** 22 base64url characters: 128 random bits. */
    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * {@code GET /api/runs/{id}/events}: {@code progress} events ({@code state} queued or running, {@code steps},
     * {@code elapsedMs}, the budget's {@code maxSteps} and {@code maxMillis}, {@code stdoutTail}) as the run
     * goes, then one {@code done} (the same and {@code error}), and the stream ends. 404 for an unknown id.
     */
    void events(Context ctx) throws InterruptedException {
        String id = ctx.pathParam("id");
        ServerRun run;
        try {
            run = RunRegistry.ID.matcher(id).matches() ? registry.await(id, SUBSCRIBE_WAIT_MILLIS) : null;
        } catch (RunRegistry.TooManyWaiting e) {
            ctx.header("Retry-After", "1").status(429).json(Map.of("error", "too many event streams are waiting for their runs"));
            return;
        }
        if (run == null) {
            ctx.status(404).json(Map.of("error", "no run with id " + id + " (a run is forgotten "
                    + GRACE_MILLIS / 1000 + " s after it ends)"));
            return;
        }
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            ctx.status(406).json(Map.of("error", "this is an event stream: ask for Accept: text/event-stream"));
            return;
        }
        if (!run.watch()) {
            ctx.header("Retry-After", "5").status(429).json(Map.of("error", "this run has " + MAX_WATCHERS + " watchers already"));
            return;
        }
        try {
            new SseHandler(client -> stream(run, client)).handle(ctx);
        } catch (RuntimeException e) {
            run.unwatch(); // the stream never started
            throw e;
        }
    }

    /** On Javalin's async thread: sends each newer event until done, a keep-alive comment while nothing changes. */
    private static void stream(ServerRun run, SseClient client) {
        try {
            long seen = 0;
            while (!client.terminated()) {
                ServerRun.Event e = run.next(seen, KEEP_ALIVE_MILLIS);
                if (e == null) {
                    if (run.closed()) break;
                    client.sendComment("running");
                    continue;
                }
                client.sendEvent(e.name(), e.json(), Long.toString(e.version()));
                seen = e.version();
                if (e.last()) break;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            run.unwatch();
            client.close();
        }
    }

    /**
     * A bounded pool of daemon threads for engine runs, {@code queue} waiting at most (beyond it submit
     * throws RejectedExecutionException), each thread with the stack deep Python recursion needs.
     */
    static ThreadPoolExecutor enginePool(String threadPrefix, int workers, int queue) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)),
                r -> {
                    Thread t = new Thread(null, r, threadPrefix + n.incrementAndGet(), STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void close() {
        registry.close();
        pool.shutdownNow();
    }
}
