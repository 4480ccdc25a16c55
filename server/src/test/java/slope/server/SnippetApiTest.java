package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The snippet API, share pages, headers, rate limits and metrics, over HTTP against the real server on loopback. */
class SnippetApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private LoopbackServer server;
    private String base;

    private void start(Settings settings) {
        server = new LoopbackServer(settings);
        base = server.base;
    }

    private void stop() {
        if (server != null) server.close();
        server = null;
    }

    @AfterEach
    void tearDown() {
        stop();
    }

    static HttpResponse<String> post(String url, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String snippet(String code, String title) throws Exception {
        return JSON.writeValueAsString(Map.of("code", code, "title", title));
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void createReadRestartAndReadAgain(String kind) throws Exception {
        Settings settings = TestStores.settings(kind, dir);
        start(settings);
        String code = "import torch\nx = torch.tensor(3.0, requires_grad=True)\n(x * x).backward()\nprint(x.grad)\n# "
                + UUID.randomUUID();
        HttpResponse<String> created = post(base + "/api/snippets", snippet(code, "Square's gradient"));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode c = json(created);
        String id = c.get("id").asText();
        assertEquals(Snippet.ID_LENGTH, id.length());
        assertEquals(base + "/s/" + id, c.get("url").asText());
        assertEquals(id, json(post(base + "/api/snippets", snippet(code, "Square's gradient"))).get("id").asText(),
                "the same code and title give the same link");

        stop();
        start(settings); // a new process would see the same: the store is reopened from disk or PostgreSQL
        HttpResponse<String> read = get(base + "/api/snippets/" + id);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode s = json(read);
        assertEquals(code, s.get("code").asText());
        assertEquals("Square's gradient", s.get("title").asText());
        assertEquals(Settings.currentEngineVersion(), s.get("engineVersion").asText());

        HttpResponse<String> page = get(base + "/s/" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Square&#39;s gradient · Slope</title>"), page.body());
        assertTrue(page.body().contains("<meta property=\"og:title\" content=\"Square&#39;s gradient · Slope\">"));
        assertTrue(page.body().contains("<meta property=\"og:url\" content=\"" + base + "/s/" + id + "\">"));
        assertTrue(page.body().contains("engine " + Settings.currentEngineVersion()));
        assertFalse(page.body().contains("requires_grad"), "the code is fetched as JSON, never put into the HTML");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void eachBadRequestGetsItsOwn4xxAsJson(String kind) throws Exception {
        start(TestStores.settings(kind, dir));
        String api = base + "/api/snippets";
        assertError(400, "malformed JSON", post(api, "{\"code\": \"print(1)\""));
        assertError(400, "malformed JSON", post(api, "not json"));
        assertError(400, "JSON object", post(api, "[1, 2]"));
        assertError(400, "\"code\" must be a string", post(api, "{\"title\": \"no code\"}"));
        assertError(400, "\"code\" must be a string", post(api, "{\"code\": 42}"));
        assertError(400, "\"title\" must be a string", post(api, "{\"code\": \"1\", \"title\": [1]}"));
        assertError(400, "title is over 200 characters", post(api, snippet("print(1)", "t".repeat(201))));
        assertEquals(201, post(api, snippet("print(1)", "ü".repeat(200))).statusCode(), "200 characters, not bytes");
        assertEquals(201, post(api, snippet("#".repeat(64 * 1024), "")).statusCode(), "exactly 64 KiB of code");
        assertError(413, "code is over 64 KiB", post(api, snippet("#".repeat(64 * 1024 + 1), "")));
        HttpResponse<String> huge = post(api, snippet("#".repeat(SlopeServer.MAX_BODY_BYTES + 1), ""));
        assertEquals(413, huge.statusCode(), "a body over the server's limit");
        assertTrue(json(huge).get("error").asText().length() > 0, huge.body());
        assertError(404, "no snippet with id", get(api + "/AAAAAAAAAAA"));
        assertError(404, "no snippet with id", get(api + "/short"));
        assertError(404, "no snippet with id", get(api + "/" + "%27%20OR%201=1--AAAAAAAAAAAA"));
        assertEquals(404, get(base + "/s/AAAAAAAAAAA").statusCode());
    }

    private static void assertError(int status, String message, HttpResponse<String> r) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        String error = json(r).get("error").asText();
        assertTrue(error.contains(message), "error '" + error + "' should say '" + message + "'");
    }

    @Test
    void postsOverTheRateLimitGet429NotAnError() throws Exception {
        start(Settings.forTests(dir).withSnippetPostsPerMinute(3));
        for (int i = 0; i < 3; i++) {
            assertEquals(201, post(base + "/api/snippets", snippet("print(" + i + ")", "")).statusCode());
        }
        HttpResponse<String> limited = post(base + "/api/snippets", snippet("print(4)", ""));
        assertError(429, "too many requests from this address", limited);
        assertEquals("60", limited.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, get(base + "/healthz").statusCode(), "reads are not limited");
        assertTrue(postFrom("127.0.0.2", snippet("print(5)", "")).startsWith("HTTP/1.1 201"),
                "another client address has its own budget");
        assertTrue(postFrom("127.0.0.2", snippet("print(6)", "")).startsWith("HTTP/1.1 201"));
    }

    /** A POST to /api/snippets from another loopback address (java.net.http cannot choose one): the status line. */
    private String postFrom(String address, String body) throws Exception {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), server.port(),
                java.net.InetAddress.getByName(address), 0)) {
            var out = socket.getOutputStream();
            out.write(("POST /api/snippets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        start(Settings.forTests(dir));
        String id = json(post(base + "/api/snippets", snippet("print(1)", "h"))).get("id").asText();
        for (String path : new String[] {"/", "/s/" + id, "/app.js", "/slope.wasm", "/api/snippets/" + id, "/healthz", "/nope"}) {
            HttpResponse<String> r = get(base + path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval';"), path + ": " + csp);
            assertTrue(csp.contains("frame-ancestors 'self'"), path + ": " + csp);
            assertFalse(csp.contains("'unsafe-inline'") && csp.contains("script-src 'self' 'unsafe-inline'"), csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void metricsCountRequestsByRouteAndSnippetsStored() throws Exception {
        start(Settings.forTests(dir));
        String id = json(post(base + "/api/snippets", snippet("print(1)", "m"))).get("id").asText();
        get(base + "/api/snippets/" + id);
        get(base + "/api/snippets/" + id);
        get(base + "/api/snippets/AAAAAAAAAAA");
        HttpResponse<String> m = get(base + "/metrics");
        assertEquals(200, m.statusCode());
        assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String text = m.body();
        assertTrue(text.contains("slope_http_requests_total{method=\"POST\",route=\"/api/snippets\",status=\"201\"} 1\n"), text);
        assertTrue(text.contains("slope_http_requests_total{method=\"GET\",route=\"/api/snippets/{id}\",status=\"200\"} 2\n"), text);
        assertTrue(text.contains("slope_http_requests_total{method=\"GET\",route=\"/api/snippets/{id}\",status=\"404\"} 1\n"), text);
        assertTrue(text.contains("slope_http_request_duration_seconds_count{method=\"GET\",route=\"/api/snippets/{id}\",status=\"200\"} 2\n"), text);
        assertTrue(text.contains("le=\"+Inf\"} 2\n"), text);
        assertTrue(text.contains("\nslope_snippets_stored 1\n"), text);
    }
}
