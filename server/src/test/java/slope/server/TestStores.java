package slope.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two stores every store test runs against: SQLite in a temp directory, and the real PostgreSQL
 * server that .ci/run starts and names in SLOPE_TEST_PG_URL. Under CI=true a missing PostgreSQL fails
 * the test; elsewhere the PostgreSQL cases are skipped with that reason.
 */
final class TestStores {
    static final String PG_ENV = "SLOPE_TEST_PG_URL";

    private TestStores() {}

    static String postgresUrl() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(PG_ENV + " is not set: under CI the PostgreSQL store tests must run (.ci/run starts one)");
            }
            assumeTrue(false, "PostgreSQL store tests skipped: set " + PG_ENV
                    + "=jdbc:postgresql://127.0.0.1:PORT/DB?user=postgres (.ci/run starts a server and sets it)");
        }
        return url;
    }

    /** Settings for a test server on loopback with the named store: "sqlite" (in dataDir) or "postgres". */
    static Settings settings(String kind, Path dataDir) {
        Settings s = Settings.forTests(dataDir);
        return kind.equals("postgres") ? s.withDbUrl(postgresUrl()) : s;
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("slope-store-");
    }
}
