package slope.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import io.javalin.plugin.bundled.GlobalHeadersPlugin;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slope service: the playground page, slope.wasm and its loader from the classpath
 * ({@code /public}, filled by the build), share links ({@code /s/{id}}, and their preview images), widgets ({@code /embed/{id}}),
 * the snippet API, server runs ({@code POST /api/runs}, under the server's budget), {@code /healthz} and
 * {@code /metrics}. Configuration comes from {@link Settings} (environment variables only).
 */
public final class SlopeServer {
    public static final int DEFAULT_PORT = 7070;
    /** Above the 64 KiB of code: JSON escapes (\n, \", \\uXXXX) make a body longer than its code. */
    static final int MAX_BODY_BYTES = 512 * 1024;
    /**
     * No inline script anywhere. style-src needs 'unsafe-inline': CodeMirror 6 injects its theme as
     * style elements (checked in Chromium: with style-src 'self' it logs "Applying inline style violates
     * ... 'style-src 'self''" from app.js). A per-response nonce passed to EditorView.cspNonce would remove it.
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    /**
     * The engine's worker also needs 'unsafe-eval': TeaVM's wasm-gc loader builds its JS glue with
     * {@code new Function} (checked in Chromium: the engine does not load without it). The worker has no
     * DOM and evaluates only the loader's own strings; the page itself keeps the strict policy above.
     */
    static final String WORKER_CSP = CSP.replace("script-src 'self' 'wasm-unsafe-eval'",
            "script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'");
    /** Only the widget may be framed by other sites. */
    static final String EMBED_CSP = CSP.replace("frame-ancestors 'self'", "frame-ancestors *");
    /** How long a share page waits for its preview image; past it the page names none (a crawler would time out). */
    static final java.time.Duration PAGE_WAITS_FOR_PREVIEW = java.time.Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger("slope.http");

    private SlopeServer() {}

    public static Javalin create(Settings settings, SnippetStore store) {
        ObjectMapper mapper = new ObjectMapper();
        PageTemplate page = new PageTemplate("index.html");
        PageTemplate widget = new PageTemplate("embed.html");
        RunApi runs = new RunApi(settings.runs());
        Metrics metrics = new Metrics(() -> {
            try {
                return store.count();
            } catch (java.sql.SQLException e) {
                return -1;
            }
        }, runs);
        PreviewImages previews = new PreviewImages(settings.runs());
        SnippetApi snippets = new SnippetApi(store, settings, previews);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.generateEtags = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
                sf.mimeTypes.add("application/wasm", "wasm");
                sf.mimeTypes.add("text/javascript", "js");
                // Revalidate on every load: an unchanged slope.wasm answers 304 from its ETag, a new build is seen at once.
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            config.registerPlugin(new GlobalHeadersPlugin(h -> {
                h.contentSecurityPolicy(CSP);
                h.xContentTypeOptionsNoSniff();
                h.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN);
            }));
            // One budget per client address and route (the plugin keeps one limiter per time unit).
            config.registerPlugin(new RateLimitPlugin(rl -> rl.setKeyFunction(ctx -> ctx.ip() + " " + ctx.method() + " " + routeOf(ctx))));
            config.requestLogger.http((ctx, ms) -> {
                String route = routeOf(ctx);
                metrics.record(ctx.method().name(), route, ctx.statusCode(), ms / 1000.0);
                LOG.info("{} {} {} {} {}ms {}", ctx.ip(), ctx.method(), ctx.path(), ctx.statusCode(),
                        String.format("%.1f", ms), route);
            });
            config.routes.exception(JacksonException.class, (e, ctx) ->
                    ctx.status(400).json(Map.of("error", "malformed JSON: " + e.getOriginalMessage())));
            // Javalin's own 4xx (429 from the rate limit, 413 over maxRequestSize) as JSON like ours.
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 429) ctx.header("Retry-After", "60");
                ctx.status(e.getStatus()).json(Map.of("error", e.getStatus() == 429
                        ? "too many requests from this address: try again in a minute" : e.getMessage()));
            });
            config.routes.exception(java.sql.SQLException.class, (e, ctx) -> {
                LOG.error("database error on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(503).json(Map.of("error", "the snippet store is unavailable"));
            });

            config.routes.after("/worker.js", ctx -> ctx.header("Content-Security-Policy", WORKER_CSP));
            config.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
            config.routes.get("/metrics", ctx ->
                    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.render()));
            config.routes.get("/", ctx -> html(ctx, page.render(settings.engineVersion(), null, null)));
            config.routes.get("/index.html", ctx -> html(ctx, page.render(settings.engineVersion(), null, null)));
            config.routes.get("/s/{id}", ctx -> {
                Snippet s = snippets.lookup(ctx.pathParam("id"));
                if (s == null) {
                    notFound(ctx);
                    return;
                }
                String link = snippets.shareUrl(ctx, s.id());
                // The page names og:image only if the run draws one: wait a little for a fresh snippet's preview.
                ctx.future(() -> previews.imageFor(s, link, PAGE_WAITS_FOR_PREVIEW).thenAccept(image ->
                        html(ctx, page.render(settings.engineVersion(), s, link, image))));
            });
            config.routes.get("/s/{id}/preview.png", ctx -> previews.serve(ctx, snippets.lookup(ctx.pathParam("id"))));
            // Some unfurlers ask HEAD first; Javalin's default HEAD answers 200 text/plain, which says no image.
            config.routes.head("/s/{id}/preview.png", ctx -> previews.serve(ctx, snippets.lookup(ctx.pathParam("id"))));
            config.routes.get("/embed/{id}", ctx -> {
                ctx.header("Content-Security-Policy", EMBED_CSP);
                Snippet s = snippets.lookup(ctx.pathParam("id"));
                if (s == null) {
                    notFound(ctx);
                    return;
                }
                html(ctx, widget.render(settings.engineVersion(), s, snippets.shareUrl(ctx, s.id())));
            });
            config.routes.post("/api/snippets", ctx -> {
                // Per client address and route; over the limit Javalin answers 429 Too Many Requests.
                ctx.with(RateLimitPlugin.class).requestPerTimeUnit(settings.snippetPostsPerMinute(), TimeUnit.MINUTES);
                snippets.create(ctx);
            });
            config.routes.get("/api/snippets/{id}", snippets::read);
            config.routes.post("/api/runs", ctx -> {
                ctx.with(RateLimitPlugin.class).requestPerTimeUnit(settings.runs().postsPerMinute(), TimeUnit.MINUTES);
                runs.create(ctx);
            });
            config.routes.get("/api/runs/{id}/events", runs::events);
            config.events.serverStopped(runs::close);
            config.events.serverStopped(previews::close);
        });
    }

    private static void notFound(Context ctx) {
        ctx.status(404).contentType("text/html; charset=utf-8").result("<!doctype html><title>Not found · Slope</title>"
                + "<p>No snippet has this link. <a href=\"/\">Open the playground</a>.</p>");
    }

    private static void html(Context ctx, String body) {
        ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(body);
    }

    /** The route template (/s/{id}), so metrics have one series per route, not one per snippet. */
    private static String routeOf(Context ctx) {
        try {
            String p = ctx.endpoint().path;
            if (p != null && !p.isEmpty() && !p.equals("*")) return p;
        } catch (RuntimeException ignored) {
            // no endpoint matched: static files and 404s
        }
        return ctx.statusCode() == 404 ? "unmatched" : "static";
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment();
        SnippetStore store = SnippetStore.fromSettings(settings);
        Javalin app = create(settings, store).start(settings.host(), settings.port());
        Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        String host = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        System.out.println("Slope: http://" + host + ":" + app.port() + "/ (engine " + settings.engineVersion()
                + ", snippets in " + store.describe() + ")");
    }
}
