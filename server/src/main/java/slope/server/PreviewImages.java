package slope.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/**
 * Link-preview images ({@code GET /s/{id}/preview.png}, og:image): the first figure of the snippet's run as a PNG,
 * when the run ends without error and drew one. The run starts as the snippet is stored (so a crawler that
 * follows a fresh link finds it done or nearly), or at the first request after a restart or an eviction; the share
 * page waits a little for it, because it must know whether to name an image. Snippets are immutable, so each
 * answer, image or none, is kept: in memory, within {@link #MAX_BYTES}. Runs take one thread of their own, apart
 * from {@code POST /api/runs}, so previews never take a server run's place, under the server runs' budget (at most
 * {@link #MAX_MILLIS}) with their queue length.
 */
final class PreviewImages implements AutoCloseable {
    /** The image of one snippet's figure, {@link FigurePng#WIDTH} by {@link FigurePng#HEIGHT}, and that figure's title. */
    record Png(byte[] bytes, String title) {
        PageTemplate.Image at(String url) {
            return new PageTemplate.Image(url, FigurePng.WIDTH, FigurePng.HEIGHT,
                    title.isBlank() ? "A figure drawn by the snippet's code" : "Figure: " + title.strip().replaceAll("\\s+", " "));
        }
    }

    /** About 500 previews (a line plot is 30 to 100 KB); snippets without one cost an entry each. */
    static final long MAX_BYTES = 32L << 20;
    static final int MAX_ENTRIES = 20_000;
    /** A preview's run stops sooner than a server run may: one slow snippet should not hold up the others' images. */
    static final long MAX_MILLIS = 15_000;
    private static final Logger LOG = LoggerFactory.getLogger("slope.preview");

    private final Settings.Runs limits;
    private final ThreadPoolExecutor pool;
    /** Snippet id to its preview, done or on its way; least recently used first. */
    private final LinkedHashMap<String, CompletableFuture<Optional<Png>>> byId = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PreviewImages(Settings.Runs limits) {
        this.limits = limits;
        this.pool = RunApi.enginePool("slope-preview-", 1, limits.queue());
    }

    /** The preview of {@code s}: known, on its way, or started now. Fails with RejectedExecutionException when the queue is full. */
    synchronized CompletableFuture<Optional<Png>> of(Snippet s) {
        CompletableFuture<Optional<Png>> known = byId.get(s.id());
        if (known != null) return known;
        CompletableFuture<Optional<Png>> made;
        try {
            made = CompletableFuture.supplyAsync(() -> draw(s), pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e); // not kept: a later request tries again
        }
        byId.put(s.id(), made);
        made.whenComplete((png, failure) -> {
            if (failure == null) kept(png.map(p -> p.bytes().length).orElse(0));
            else forget(s.id(), failure); // an Error such as OutOfMemoryError: not kept, a later request tries again
        });
        return made;
    }

    /** Starts the preview of a snippet just stored, if it is not known already. */
    void prepare(Snippet s) {
        of(s);
    }

    /** The preview within {@code wait}; empty when there is none, null when it is not ready in time (or the queue is full). */
    CompletableFuture<Optional<Png>> await(Snippet s, Duration wait) {
        return of(s).copy().exceptionally(e -> null).completeOnTimeout(null, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** For the share page at {@code pageUrl}: the image to name, or null when there is none or it is not ready within {@code wait}. */
    CompletableFuture<PageTemplate.Image> imageFor(Snippet s, String pageUrl, Duration wait) {
        return await(s, wait).thenApply(png -> png == null ? null : png.map(p -> p.at(pageUrl + "/preview.png")).orElse(null));
    }

    /** {@code GET /s/{id}/preview.png}: the PNG (cacheable for ever), or 404 JSON when the snippet draws none. */
    void serve(Context ctx, Snippet s) {
        if (s == null) {
            ctx.status(404).json(Map.of("error", "no snippet with id " + ctx.pathParam("id")));
            return;
        }
        ctx.future(() -> await(s, Duration.ofSeconds(10)).thenAccept(png -> {
            if (png == null) {
                ctx.header("Retry-After", "10").status(503).json(Map.of("error", "the preview is not drawn yet: try again shortly"));
            } else if (png.isEmpty()) {
                ctx.status(404).json(Map.of("error", "snippet " + s.id() + " draws no figure (or its run fails), so it has no preview"));
            } else {
                ctx.header("Cache-Control", "public, max-age=31536000, immutable").contentType("image/png").result(png.get().bytes());
            }
        }));
    }

    private Optional<Png> draw(Snippet s) {
        long started = System.nanoTime();
        String outcome;
        Optional<Png> png = Optional.empty();
        try {
            RunResult run = Runner.run(s.code(), new Budget(limits.maxSteps(), Math.min(limits.maxMillis(), MAX_MILLIS), limits.maxElements()));
            if (!run.ok()) {
                outcome = "no image: " + run.error.type;
            } else if (run.figures.isEmpty()) {
                outcome = "no figure";
            } else {
                png = Optional.of(new Png(FigurePng.render(run.figures.get(0)), run.figures.get(0).title));
                outcome = png.get().bytes().length + " bytes of PNG";
            }
        } catch (RuntimeException | StackOverflowError e) {
            outcome = "no image: " + e; // kept as none: the same snippet would fail the same way again
        }
        LOG.info("preview of {}: {} in {} ms", s.id(), outcome, (System.nanoTime() - started) / 1_000_000);
        return png;
    }

    /** Counts a finished preview and forgets the least recently used finished ones over the bounds. */
    private synchronized void kept(int size) {
        bytes += size;
        Iterator<CompletableFuture<Optional<Png>>> it = byId.values().iterator();
        while ((bytes > MAX_BYTES || byId.size() > MAX_ENTRIES) && it.hasNext()) {
            CompletableFuture<Optional<Png>> f = it.next();
            if (!f.isDone()) continue;
            if (!f.isCompletedExceptionally()) bytes -= f.join().map(p -> p.bytes().length).orElse(0);
            it.remove();
        }
    }

    private synchronized void forget(String id, Throwable failure) {
        byId.remove(id);
        LOG.error("preview of {} failed", id, failure);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
