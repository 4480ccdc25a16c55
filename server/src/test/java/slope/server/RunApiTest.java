package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import slope.run.Budget;
import slope.run.RunResultJson;
import slope.run.Runner;

/**
 * Server runs: the JVM engine's run-result JSON, the budget's clean error, 429 when the queue is full,
 * and a run's progress as Server-Sent Events.
 */
class RunApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private LoopbackServer server;

    private String start(Settings.Runs runs) {
        server = new LoopbackServer(Settings.forTests(dir).withRuns(runs));
        return server.base;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
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

    @Test
    void aRunOverItsStepOrOutputBudgetEndsWithTheEnginesCleanError() throws Exception {
        String base = start(new Settings.Runs(1, 2, 10_000, 10_000, 1_000_000, 1000).withMaxOutput(1_000));
        HttpResponse<String> steps = SnippetApiTest.post(base + "/api/runs", body("i = 0\nwhile True:\n    i += 1\n"));
        assertEquals(200, steps.statusCode(), steps.body());
        JsonNode stepsError = JSON.readTree(steps.body()).get("error");
        assertEquals("BudgetError", stepsError.get("type").asText());
        assertEquals("the run passed its budget of 10000 steps (an endless loop?)", stepsError.get("message").asText());

        HttpResponse<String> output = SnippetApiTest.post(base + "/api/runs", body("for i in range(1000):\n    print(i)\n"));
        assertEquals(200, output.statusCode(), output.body());
        JsonNode printed = JSON.readTree(output.body());
        assertEquals("BudgetError", printed.get("error").get("type").asText());
        assertEquals("the run's output passed its budget of 1000 bytes (printing in a long loop?)",
                printed.get("error").get("message").asText());
        assertEquals(2, printed.get("error").get("line").asInt());
        assertEquals(1_000, printed.get("stdout").asText().length());
        assertTrue(printed.get("stdout").asText().startsWith("0\n1\n2\n"));
    }

    /** One Server-Sent Event as the stream carried it. */
    record Sse(String event, String id, JsonNode data) {}

    /** Opens {@code GET /api/runs/{id}/events} and reads its events until the server ends the stream. */
    private static CompletableFuture<List<Sse>> watch(String base, String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/events"))
                .header("Accept", "text/event-stream").build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(r -> {
            assertEquals(200, r.statusCode());
            assertEquals("text/event-stream", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            return events(r.body());
        });
    }

    private static List<Sse> events(Stream<String> lines) {
        List<Sse> events = new ArrayList<>();
        String event = "message";
        String id = null;
        StringBuilder data = new StringBuilder();
        for (String line : (Iterable<String>) lines::iterator) {
            if (line.isEmpty()) {
                if (data.length() > 0) {
                    try {
                        events.add(new Sse(event, id, JSON.readTree(data.toString())));
                    } catch (Exception e) {
                        throw new AssertionError("not JSON: " + data, e);
                    }
                }
                event = "message";
                data.setLength(0);
            } else if (!line.startsWith(":")) {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "event" -> event = value;
                    case "id" -> id = value;
                    case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
                    default -> { }
                }
            }
        }
        return events;
    }

    private static String body(String code, String id) throws Exception {
        return JSON.writeValueAsString(Map.of("code", code, "id", id));
    }

    @Test
    void aLongRunReportsProgressEventsWithItsOutputThenDone() throws Exception {
        String base = start(new Settings.Runs(1, 2, 20_000, 500_000_000, 1_000_000, 1000).withProgressMillis(100));
        String id = "progress-test-0001";
        // The page opens the stream and posts the run at once: the stream waits for the run to arrive.
        CompletableFuture<List<Sse>> stream = watch(base, id);
        Thread.sleep(200);
        String code = """
                import time
                t0 = time.perf_counter()
                n = 0
                while time.perf_counter() - t0 < 1.5:
                    n += 1
                    if n % 20000 == 0:
                        print('step', n)
                print('finished')
                """;
        HttpResponse<String> r = SnippetApiTest.post(base + "/api/runs", body(code, id));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(id, r.headers().firstValue("Slope-Run-Id").orElse(""));
        JsonNode result = JSON.readTree(r.body());
        assertTrue(result.get("error").isNull(), r.body());
        assertTrue(result.get("stdout").asText().endsWith("finished\n"));

        List<Sse> events = stream.get(30, TimeUnit.SECONDS);
        Sse done = events.get(events.size() - 1);
        assertEquals("done", done.event(), events.toString());
        assertEquals("done", done.data().get("state").asText());
        assertTrue(done.data().get("error").isNull(), done.toString());
        assertTrue(done.data().get("stdoutTail").asText().endsWith("finished\n"));
        List<JsonNode> running = events.stream().filter(e -> e.event().equals("progress"))
                .map(Sse::data).filter(d -> d.get("state").asText().equals("running") && d.get("steps").asLong() > 0).toList();
        assertTrue(running.size() >= 2, "progress every 100 ms of a 1.5 s run: " + events);
        for (int i = 1; i < running.size(); i++) {
            assertTrue(running.get(i).get("steps").asLong() > running.get(i - 1).get("steps").asLong(), running.toString());
            assertTrue(running.get(i).get("elapsedMs").asLong() > running.get(i - 1).get("elapsedMs").asLong(), running.toString());
        }
        JsonNode last = running.get(running.size() - 1);
        assertTrue(last.get("stdoutTail").asText().startsWith("step "), last.toString());
        assertTrue(last.get("stdoutTail").asText().split("\n").length <= ServerRun.TAIL_LINES);
        assertEquals(20_000, last.get("maxMillis").asLong());
        assertEquals(500_000_000, last.get("maxSteps").asLong());
        assertTrue(done.data().get("steps").asLong() >= last.get("steps").asLong());
        long previousId = 0;
        for (Sse e : events) {
            assertTrue(Long.parseLong(e.id()) > previousId, "event ids increase: " + events);
            previousId = Long.parseLong(e.id());
        }
    }

    @Test
    void aRunOverItsBudgetEndsItsEventStreamWithTheCleanError() throws Exception {
        String base = start(new Settings.Runs(1, 2, 1_000, 500_000_000, 1_000_000, 1000).withProgressMillis(100));
        String id = "over-budget-0001";
        CompletableFuture<List<Sse>> stream = watch(base, id);
        HttpResponse<String> r = SnippetApiTest.post(base + "/api/runs", body("print('start')\nwhile True:\n    pass\n", id));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("BudgetError", JSON.readTree(r.body()).get("error").get("type").asText());
        List<Sse> events = stream.get(30, TimeUnit.SECONDS);
        JsonNode done = events.get(events.size() - 1).data();
        assertEquals("BudgetError", done.get("error").get("type").asText(), events.toString());
        assertEquals("the run passed its time budget of 1000 ms (an endless loop?)", done.get("error").get("message").asText());
        assertEquals(2, done.get("error").get("line").asInt());
        assertEquals("start\n", done.get("stdoutTail").asText());
    }

    @Test
    void aFinishedRunCanBeWatchedByTheIdTheServerGaveIt() throws Exception {
        String base = start(new Settings.Runs(1, 2, 10_000, 500_000_000, 1_000_000, 1000));
        HttpResponse<String> r = SnippetApiTest.post(base + "/api/runs", body("print(6 * 7)\n"));
        String id = r.headers().firstValue("Slope-Run-Id").orElseThrow();
        assertTrue(RunRegistry.ID.matcher(id).matches() && id.length() == 22, id);
        List<Sse> events = watch(base, id).get(10, TimeUnit.SECONDS);
        assertEquals(1, events.size(), events.toString());
        assertEquals("done", events.get(0).event());
        assertEquals("42\n", events.get(0).data().get("stdoutTail").asText());
    }

    @Test
    void eventsOfAnUnknownRunAre404AndIdsAreChecked() throws Exception {
        String base = start(new Settings.Runs(1, 2, 10_000, 500_000_000, 1_000_000, 1000));
        long t0 = System.nanoTime();
        HttpResponse<String> unknown = SnippetApiTest.get(base + "/api/runs/no-such-run-0001/events");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(JSON.readTree(unknown.body()).get("error").asText().startsWith("no run with id no-such-run-0001"));
        assertTrue(System.nanoTime() - t0 >= RunApi.SUBSCRIBE_WAIT_MILLIS * 1_000_000, "it waited for the run's POST");
        assertEquals(404, SnippetApiTest.get(base + "/api/runs/bad%20id/events").statusCode());

        assertEquals(400, SnippetApiTest.post(base + "/api/runs", body("print(1)", "short")).statusCode());
        assertEquals(400, SnippetApiTest.post(base + "/api/runs", body("print(1)", "not/url/safe/id")).statusCode());
        assertEquals(200, SnippetApiTest.post(base + "/api/runs", body("print(1)", "my-run-00000001")).statusCode());
        HttpResponse<String> again = SnippetApiTest.post(base + "/api/runs", body("print(1)", "my-run-00000001"));
        assertEquals(409, again.statusCode(), again.body());
        HttpResponse<String> notSse = SnippetApiTest.get(base + "/api/runs/my-run-00000001/events");
        assertEquals(406, notSse.statusCode(), notSse.body());
    }
}
