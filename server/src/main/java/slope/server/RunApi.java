package slope.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
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
 */
final class RunApi implements AutoCloseable {
    /** Deep Python recursion needs the stack ./slope gives the CLI (-Xss16m). */
    private static final long STACK_BYTES = 16L << 20;
    private static final Logger LOG = LoggerFactory.getLogger("slope.run");

    private final Settings.Runs limits;
    private final ThreadPoolExecutor pool;
    final LongAdder completed = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder rejected = new LongAdder();

    RunApi(Settings.Runs limits) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.queue())),
                r -> {
                    Thread t = new Thread(null, r, "slope-run-" + n.incrementAndGet(), STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
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
        String source = code.asText();
        if (source.getBytes(StandardCharsets.UTF_8).length > Snippet.MAX_CODE_BYTES) {
            ctx.status(413).json(Map.of("error", "code is over 64 KiB (" + Snippet.MAX_CODE_BYTES + " bytes of UTF-8)"));
            return;
        }
        Future<RunResult> run;
        try {
            run = pool.submit(() -> Runner.run(source, new Budget(limits.maxSteps(), limits.maxMillis(), limits.maxElements())));
        } catch (RejectedExecutionException e) {
            rejected.increment();
            ctx.header("Retry-After", "5").status(429)
                    .json(Map.of("error", "the server's run queue is full: try again shortly, or run in the browser"));
            return;
        }
        long started = System.nanoTime();
        RunResult result;
        try {
            // The budget ends the run; the margin covers the wait in the queue and rendering the figures.
            result = run.get(limits.maxMillis() * (limits.queue() + 2L) + 10_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            run.cancel(true);
            failed.increment();
            LOG.error("run failed", e);
            ctx.status(500).json(Map.of("error", "the run failed inside the server"));
            return;
        }
        completed.increment();
        LOG.info("{} run {} bytes of code: {} in {} ms", ctx.ip(), source.length(),
                result.ok() ? "ok" : result.error.type, (System.nanoTime() - started) / 1_000_000);
        ctx.contentType("application/json").result(RunResultJson.write(result));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
