package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Link previews: /s/{id} names og:image only when the snippet's run draws a figure, and /s/{id}/preview.png is that figure. */
class PreviewImageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PLOT = "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\n";
    /** matplotlib's first line colour, tab:blue. */
    private static final int TAB_BLUE = 0x1f77b4;

    @TempDir
    Path dir;
    private LoopbackServer server;
    private String base;

    private void start(Settings settings) {
        server = new LoopbackServer(settings);
        base = server.base;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        server = null;
    }

    /** Stores a snippet (made unique, so no earlier run of the test has drawn it) and answers its id. */
    private String store(String code, String title) throws Exception {
        HttpResponse<String> r = SnippetApiTest.post(base + "/api/snippets",
                JSON.writeValueAsString(Map.of("code", code + "\n# " + UUID.randomUUID() + "\n", "title", title)));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    private static HttpResponse<byte[]> getBytes(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String meta(String page, String property) {
        var m = java.util.regex.Pattern.compile("<meta (?:property|name)=\"" + java.util.regex.Pattern.quote(property)
                + "\" content=\"([^\"]*)\">").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    private static void assertNoPreview(String base, String id) throws Exception {
        String page = SnippetApiTest.get(base + "/s/" + id).body();
        assertTrue(page.contains("<meta property=\"og:title\""), page);
        assertEquals(null, meta(page, "og:image"), "no figure, no og:image");
        assertEquals(null, meta(page, "twitter:card"));
        HttpResponse<String> png = SnippetApiTest.get(base + "/s/" + id + "/preview.png");
        assertEquals(404, png.statusCode(), png.body());
        assertTrue(png.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(JSON.readTree(png.body()).get("error").asText().contains("no preview"), png.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSnippetThatPlotsHasItsFigureAsOgImageRightAfterItIsStored(String kind) throws Exception {
        Settings settings = TestStores.settings(kind, dir);
        start(settings);
        String title = "<b>\"Squares\" & 'more'</b>";
        String id = store(PLOT, title);

        // A crawler following the link at once: the page has waited for the run.
        String page = SnippetApiTest.get(base + "/s/" + id).body();
        String png = base + "/s/" + id + "/preview.png";
        assertEquals(png, meta(page, "og:image"), page);
        assertEquals("image/png", meta(page, "og:image:type"));
        assertEquals("1200", meta(page, "og:image:width"));
        assertEquals("630", meta(page, "og:image:height"));
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        assertEquals("&lt;b&gt;&quot;Squares&quot; &amp; &#39;more&#39;&lt;/b&gt; · Slope", meta(page, "og:title"), "the title is escaped");
        assertFalse(page.contains("<b>\"Squares"), page);

        HttpResponse<byte[]> r = getBytes(png);
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(SlopeServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertLinePlot(r.body());
        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(URI.create(png)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertEquals("image/png", head.headers().firstValue("Content-Type").orElse(""), "an unfurler asking HEAD first");

        stop();
        start(settings); // a new process knows no preview: it draws it again when the page is asked for
        String again = SnippetApiTest.get(base + "/s/" + id).body();
        assertEquals(base + "/s/" + id + "/preview.png", meta(again, "og:image"), again);
        assertLinePlot(getBytes(base + "/s/" + id + "/preview.png").body());
    }

    /** The PNG is 1200x630, white where the 640x480 figure does not reach, with the line in tab:blue. */
    private static void assertLinePlot(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "the body decodes as an image");
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        int blue = 0, dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (near(rgb, TAB_BLUE)) blue++;
                if (near(rgb, 0x000000)) dark++;
            }
        }
        assertTrue(blue > 1000, "the line's pixels: " + blue);
        assertTrue(dark > 1000, "the axes, ticks and labels: " + dark);
        assertEquals(0xffffff, image.getRGB(5, 315) & 0xffffff, "the figure keeps its 4:3 aspect, centred on white");
        assertEquals(0xffffff, image.getRGB(1194, 315) & 0xffffff);
    }

    private static boolean near(int rgb, int target) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xff) - ((target >> shift) & 0xff)) > 24) return false;
        }
        return true;
    }

    @Test
    void aSnippetWithoutFiguresHasNoOgImageAndItsPreview404s() throws Exception {
        start(Settings.forTests(dir));
        assertNoPreview(base, store("import torch\nprint(torch.tensor([1.0, 2.0]) * 2)\n", "No plot"));
    }

    @Test
    void aSnippetWhoseRunFailsHasNoPreviewEvenIfItDrewFirst() throws Exception {
        start(Settings.forTests(dir));
        assertNoPreview(base, store(PLOT + "raise ValueError('after the plot')\n", "Fails after plotting"));
        assertNoPreview(base, store("print(undefined_name)\n" + PLOT, "Fails before plotting"));
    }

    @Test
    void aPreviewNotReadyInTimeIsLeftOutOfThePageUntilItIs() throws Exception {
        try (PreviewImages previews = new PreviewImages(Settings.forTests(dir).runs())) {
            Snippet slow = new Snippet("SlowSnippet", "for i in range(300000):\n    pass\n" + PLOT + "plt.title('Slow')\n",
                    "", Settings.currentEngineVersion(), 0);
            assertEquals(null, previews.imageFor(slow, "http://h/s/SlowSnippet", Duration.ofMillis(1)).get(),
                    "still running: the page names no image");
            PageTemplate.Image image = previews.imageFor(slow, "http://h/s/SlowSnippet", Duration.ofSeconds(60)).get();
            assertEquals(new PageTemplate.Image("http://h/s/SlowSnippet/preview.png", 1200, 630, "Figure: Slow"), image);
        }
    }

    @Test
    void unknownSnippetsHaveNoPreview() throws Exception {
        start(Settings.forTests(dir));
        HttpResponse<String> r = SnippetApiTest.get(base + "/s/AAAAAAAAAAA/preview.png");
        assertEquals(404, r.statusCode());
        JsonNode error = JSON.readTree(r.body());
        assertTrue(error.get("error").asText().contains("no snippet with id"), r.body());
    }

    @Test
    void theImageUrlUsesThePublicUrlWhenOneIsSet() throws Exception {
        start(Settings.from(Map.of("SLOPE_PUBLIC_URL", "https://slope.example/", "SLOPE_DATA_DIR", dir.toString())));
        String id = store(PLOT, "Behind a proxy");
        String page = SnippetApiTest.get(base + "/s/" + id).body();
        assertEquals("https://slope.example/s/" + id, meta(page, "og:url"));
        assertEquals("https://slope.example/s/" + id + "/preview.png", meta(page, "og:image"), page);
    }
}
