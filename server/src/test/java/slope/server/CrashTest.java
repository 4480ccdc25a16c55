package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Durability: a server in its own JVM takes concurrent snippet writes and is killed with SIGKILL
 * midway; a fresh server on the same store answers every snippet that got a 201.
 */
class CrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STARTED = Pattern.compile("Slope: (http://127\\.0\\.0\\.1:\\d+)/");

    @TempDir
    Path dir;

    private record Child(Process process, String base, java.util.List<String> log) {}

    private Child startChild(String dbUrl) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "slope.server.SlopeServer");
        pb.environment().put("HOST", "127.0.0.1");
        pb.environment().put("PORT", "0");
        pb.environment().put("SLOPE_DATA_DIR", dir.toString());
        pb.environment().put("SLOPE_RATE_SNIPPETS_PER_MINUTE", "1000000");
        if (dbUrl != null) pb.environment().put("SLOPE_DB_URL", dbUrl);
        else pb.environment().remove("SLOPE_DB_URL");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                java.util.List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
                Thread drain = new Thread(() -> out.lines().forEach(log::add)); // keeps the pipe from filling
                drain.setDaemon(true);
                drain.start();
                return new Child(p, m.group(1), log);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the child server did not start");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void everySnippetAcknowledgedWith201SurvivesSigkill(String kind) throws Exception {
        String dbUrl = kind.equals("postgres") ? TestStores.postgresUrl() : null;
        Child child = startChild(dbUrl);
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> code
        AtomicInteger failures = new AtomicInteger();
        String run = UUID.randomUUID().toString();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                    String code = "print(" + i + ")  # writer " + writer + " of run " + run;
                    try {
                        HttpResponse<String> r = SnippetApiTest.post(child.base() + "/api/snippets",
                                JSON.writeValueAsString(Map.of("code", code, "title", "crash " + writer)));
                        if (r.statusCode() == 201) acknowledged.put(JSON.readTree(r.body()).get("id").asText(), code);
                        else failures.incrementAndGet();
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 200 && System.nanoTime() < deadline) Thread.sleep(5);
        child.process().destroyForcibly(); // SIGKILL: no shutdown hooks, no pool close, writes in flight
        assertTrue(child.process().waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, child.process().exitValue(), "killed by SIGKILL");
        writers.shutdownNow();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(0, failures.get(), "no write was refused before the kill");
        assertTrue(acknowledged.size() >= 200, "writes acknowledged before the kill: " + acknowledged.size());
        synchronized (child.log()) {
            assertTrue(child.log().stream().filter(l -> l.matches(".*INFO slope\\.http - 127\\.0\\.0\\.1 POST /api/snippets 201 [0-9.]+ms /api/snippets"))
                    .count() >= 200 - 8, "one log line per request: " + child.log().subList(0, Math.min(5, child.log().size())));
        }

        Child again = startChild(dbUrl);
        try {
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                HttpResponse<String> r = SnippetApiTest.get(again.base() + "/api/snippets/" + e.getKey());
                assertEquals(200, r.statusCode(), "snippet " + e.getKey() + " got a 201 before the kill");
                JsonNode s = JSON.readTree(r.body());
                assertEquals(e.getValue(), s.get("code").asText());
            }
        } finally {
            again.process().destroy();
            again.process().waitFor(10, TimeUnit.SECONDS);
        }
        System.out.printf("crash test (%s): %d snippets acknowledged before SIGKILL, all readable after restart%n",
                kind, acknowledged.size());
    }
}
