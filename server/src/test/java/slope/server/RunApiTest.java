package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slope.run.Budget;
import slope.run.RunResultJson;
import slope.run.Runner;

/** Server runs: the JVM engine's run-result JSON, the budget's clean error, 429 when the queue is full. */
class RunApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private Javalin server;
    private SnippetStore store;

    private String start(Settings.Runs runs) {
        Settings settings = Settings.forTests(dir).withRuns(runs);
        store = SnippetStore.fromSettings(settings);
        server = SlopeServer.create(settings, store).start("127.0.0.1", 0);
        return "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    private static String body(String code) throws Exception {
        return JSON.writeValueAsString(Map.of("code", code));
    }

    @Test
    void aRunAnswersTheSameJsonAsTheCommandLine() throws Exception {
        String base = start(new Settings.Runs(1, 2, 10_000, 100_000_000, 1_000_000, 1000));
        String code = "import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = (x ** 2).sum()\ny.backward()\nprint(x.grad)\n";
        HttpResponse<String> r = SnippetApiTest.post(base + "/api/runs", body(code));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(RunResultJson.write(Runner.run(code, new Budget(100_000_000, 10_000, 1_000_000))), r.body());
        assertEquals("tensor([2., 4.])\n", JSON.readTree(r.body()).get("stdout").asText());
        assertEquals(400, SnippetApiTest.post(base + "/api/runs", "{\"nocode\": 1}").statusCode());
        assertTrue(SnippetApiTest.get(base + "/metrics").body().contains("slope_runs_total{outcome=\"completed\"} 1\n"));
    }

    @Test
    void aRunOverItsBudgetEndsWithTheEnginesCleanError() throws Exception {
        String base = start(new Settings.Runs(1, 2, 1_500, 100_000_000, 1_000, 1000));
        JsonNode tooBig = JSON.readTree(SnippetApiTest.post(base + "/api/runs",
                body("import torch\nprint('before')\nx = torch.zeros(100, 100)\n")).body());
        assertEquals("before\n", tooBig.get("stdout").asText());
        assertEquals("BudgetError", tooBig.get("error").get("type").asText(), tooBig.toString());
        long t0 = System.nanoTime();
        JsonNode forever = JSON.readTree(SnippetApiTest.post(base + "/api/runs", body("while True:\n    pass\n")).body());
        assertEquals("BudgetError", forever.get("error").get("type").asText(), forever.toString());
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "ended by the 1.5 s budget");
    }

    @Test
    void aFullQueueAnswers429WithRetryAfter() throws Exception {
        String base = start(new Settings.Runs(1, 1, 2_000, Long.MAX_VALUE, 1_000_000, 1000));
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        var http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 4; i++) {
            calls.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/runs"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("while True:\n    pass\n"))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0;
        int limited = 0;
        for (var call : calls) {
            HttpResponse<String> r = call.get();
            if (r.statusCode() == 429) {
                limited++;
                assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
                assertTrue(JSON.readTree(r.body()).get("error").asText().contains("queue is full"));
            } else {
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("BudgetError", JSON.readTree(r.body()).get("error").get("type").asText());
                ok++;
            }
        }
        assertEquals(2, ok, "one running, one queued");
        assertEquals(2, limited);
        assertTrue(SnippetApiTest.get(base + "/metrics").body().contains("slope_runs_total{outcome=\"rejected\"} 2\n"));
    }
}
