package slope.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** Every setting, from environment variables only (each is listed in the README). */
public record Settings(String host, int port, Path dataDir, String dbUrl, String publicUrl,
                       int snippetPostsPerMinute, Runs runs, String engineVersion) {

    /**
     * Server runs: the pool, its queue, the budget of each run (the engine's Budget, with its output
     * in bytes) and how often a running program reports progress to its watchers.
     */
    public record Runs(int workers, int queue, long maxMillis, long maxSteps, long maxElements, int postsPerMinute,
                       long maxOutput, long progressMillis) {
        /** 1 MiB: each byte travels back in the response, and several runs share the server's memory. */
        static final long DEFAULT_MAX_OUTPUT = 1L << 20;
        static final long DEFAULT_PROGRESS_MILLIS = 250;

        public Runs(int workers, int queue, long maxMillis, long maxSteps, long maxElements, int postsPerMinute) {
            this(workers, queue, maxMillis, maxSteps, maxElements, postsPerMinute, DEFAULT_MAX_OUTPUT, DEFAULT_PROGRESS_MILLIS);
        }

        static Runs from(Map<String, String> env) {
            return new Runs(intValue(env, "SLOPE_RUN_WORKERS", Math.max(1, Runtime.getRuntime().availableProcessors() - 1)),
                    intValue(env, "SLOPE_RUN_QUEUE", 8),
                    longValue(env, "SLOPE_RUN_MAX_MILLIS", 60_000L),
                    longValue(env, "SLOPE_RUN_MAX_STEPS", 500_000_000L),
                    longValue(env, "SLOPE_RUN_MAX_ELEMENTS", 50_000_000L),
                    intValue(env, "SLOPE_RATE_RUNS_PER_MINUTE", 20),
                    longValue(env, "SLOPE_RUN_MAX_OUTPUT", DEFAULT_MAX_OUTPUT),
                    longValue(env, "SLOPE_RUN_PROGRESS_MILLIS", DEFAULT_PROGRESS_MILLIS));
        }

        Runs withMaxOutput(long bytes) {
            return new Runs(workers, queue, maxMillis, maxSteps, maxElements, postsPerMinute, bytes, progressMillis);
        }

        Runs withProgressMillis(long ms) {
            return new Runs(workers, queue, maxMillis, maxSteps, maxElements, postsPerMinute, maxOutput, ms);
        }
    }

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(
                env.getOrDefault("HOST", "127.0.0.1"),
                intValue(env, "PORT", SlopeServer.DEFAULT_PORT),
                Path.of(nonBlank(env.get("SLOPE_DATA_DIR"), "data")),
                nonBlank(env.get("SLOPE_DB_URL"), null),
                nonBlank(env.get("SLOPE_PUBLIC_URL"), null),
                intValue(env, "SLOPE_RATE_SNIPPETS_PER_MINUTE", 30),
                Runs.from(env),
                currentEngineVersion());
    }

    /** Settings for tests: loopback, a free port, SQLite in {@code dataDir}. */
    static Settings forTests(Path dataDir) {
        return new Settings("127.0.0.1", 0, dataDir, null, null, 1000,
                new Runs(2, 4, 10_000L, 500_000_000L, 50_000_000L, 1000), currentEngineVersion());
    }

    Settings withDbUrl(String url) {
        return new Settings(host, port, dataDir, url, publicUrl, snippetPostsPerMinute, runs, engineVersion);
    }

    Settings withSnippetPostsPerMinute(int n) {
        return new Settings(host, port, dataDir, dbUrl, publicUrl, n, runs, engineVersion);
    }

    Settings withRuns(Runs r) {
        return new Settings(host, port, dataDir, dbUrl, publicUrl, snippetPostsPerMinute, r, engineVersion);
    }

    /** The engine's Maven version, written into the server's resources at build time. */
    static String currentEngineVersion() {
        try (InputStream in = Settings.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("engine", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String nonBlank(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static long longValue(Map<String, String> env, String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + v + "'");
        }
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        long v = longValue(env, name, fallback);
        if (v != (int) v) throw new IllegalArgumentException(name + " must be an integer, got '" + env.get(name) + "'");
        return (int) v;
    }
}
