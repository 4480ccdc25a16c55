package slope.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * Serves the playground page: the bundled page, slope.wasm and its loader from the classpath
 * ({@code /public}, filled by the build), plus {@code GET /healthz}. Programs run in the browser,
 * so nothing here executes user code.
 */
public final class SlopeServer {
    public static final int DEFAULT_PORT = 7070;

    private SlopeServer() {}

    public static Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 64 * 1024;
            config.http.generateEtags = true;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
                sf.mimeTypes.add("application/wasm", "wasm");
                sf.mimeTypes.add("text/javascript", "js");
                // Revalidate on every load: an unchanged slope.wasm answers 304 from its ETag, a new build is seen at once.
                sf.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
            });
            config.routes.get("/healthz", ctx -> ctx.contentType("application/json").result("{\"status\":\"ok\"}"));
        });
    }

    public static void main(String[] args) {
        String env = System.getenv("PORT");
        int port = env == null || env.isBlank() ? DEFAULT_PORT : Integer.parseInt(env.trim());
        String host = System.getenv().getOrDefault("HOST", "127.0.0.1");
        Javalin app = create().start(host, port);
        System.out.println("Slope: http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/");
    }
}
