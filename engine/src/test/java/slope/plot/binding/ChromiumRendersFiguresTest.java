package slope.plot.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import slope.run.RunResult;

/**
 * The examples' figures as the page shows them: inline SVG in an HTML page, loaded by headless Chromium through
 * chromedriver's W3C WebDriver protocol (plain HTTP, no Selenium). The screenshot lands in target/ to be looked at.
 * In CI (CI=true) missing Chromium fails the test; elsewhere it is skipped with a message.
 */
class ChromiumRendersFiguresTest {
    private static final List<String> EXAMPLES = List.of("linear_fit_plot.py", "rosenbrock_paths.py");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void chromiumDrawsEachExamplesFigure() throws Exception {
        Path chromium = find("chromium", "chromium-browser", "google-chrome");
        Path driver = find("chromedriver");
        if (chromium == null || driver == null) {
            String why = "headless Chromium needs chromium and chromedriver (apt-get install -y chromium chromium-driver); found "
                    + chromium + " and " + driver;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(why);
            Assumptions.assumeTrue(false, why);
        }

        List<String> svgs = new ArrayList<>();
        for (String name : EXAMPLES) {
            RunResult r = PlotExamplesTest.run(name);
            assertEquals(1, r.figures.size(), name);
            String svg = r.figures.get(0).svg;
            new FigureSvg(svg); // well-formed XML, or this fails
            svgs.add(svg);
        }
        Path dir = Files.createDirectories(Path.of("target", "chromium-figures"));
        Path page = dir.resolve("figures.html");
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Slope figures</title></head>"
                + "<body style=\"margin:0;background:#fff;overflow:hidden\">\n");
        for (String svg : svgs) html.append("<div class=\"figure\">").append(svg).append("</div>\n");
        Files.writeString(page, html.append("</body></html>\n"), StandardCharsets.UTF_8);

        byte[] png;
        String drawn;
        Path profile = Files.createTempDirectory("slope-chromium-profile");
        int port;
        try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
        Process process = new ProcessBuilder(driver.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromedriver.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        String session = null;
        try {
            waitUntilReady(base);
            String args = String.join("\",\"", "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                    "--window-size=1100,1200", "--user-data-dir=" + profile);
            String created = send("POST", base + "/session", "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\","
                    + "\"goog:chromeOptions\":{\"binary\":\"" + chromium + "\",\"args\":[\"" + args + "\"]}}}}");
            session = field(created, "sessionId");
            String at = base + "/session/" + session;
            send("POST", at + "/url", "{\"url\":\"" + page.toAbsolutePath().toUri() + "\"}");
            // Chromium's own reading of the SVG: how many figures, and how many shapes it laid out with a size.
            drawn = field(send("POST", at + "/execute/sync", "{\"script\":\"return [...document.querySelectorAll('svg')].map(s => "
                    + "s.getBoundingClientRect().width + 'x' + s.getBoundingClientRect().height + ':' + "
                    + "[...s.querySelectorAll('path,circle')].filter(e => { const b = e.getBBox(); return b.width > 0 || b.height > 0; }).length"
                    + ").join(' ')\",\"args\":[]}"), "value");
            png = Base64.getDecoder().decode(field(send("GET", at + "/screenshot", null), "value"));
        } finally {
            if (session != null) {
                try { send("DELETE", base + "/session/" + session, null); } catch (IOException | RuntimeException e) { /* the driver goes next */ }
            }
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        }
        Path shot = dir.resolve("figures.png");
        Files.write(shot, png);

        String[] figures = drawn.split(" ");
        assertEquals(2, figures.length, drawn);
        assertTrue(figures[0].startsWith("1000x400:"), drawn);
        assertTrue(figures[1].startsWith("800x600:"), drawn);
        for (String f : figures) assertTrue(Integer.parseInt(f.substring(f.indexOf(':') + 1)) >= 10, "shapes with a size in " + f);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0, red = 0, blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16, g = (rgb >> 8) & 255, b = rgb & 255;
                if (rgb != 0xffffff) notWhite++;
                if (r > 200 && g < 120 && b < 120) red++;
                if (b > 200 && r < 80 && g < 80) blue++;
            }
        }
        double share = (double) notWhite / ((long) image.getWidth() * image.getHeight());
        assertTrue(colours.size() > 100, "distinct colours in " + shot + ": " + colours.size());
        assertTrue(share > 0.03 && share < 0.6, "non-white share of " + shot + ": " + share);
        assertTrue(red > 500, "red pixels (fitted line, SGD path) in " + shot + ": " + red);
        assertTrue(blue > 200, "blue pixels (points, Adam path) in " + shot + ": " + blue);
    }

    private static Path find(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    private static void waitUntilReady(String base) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (send("GET", base + "/status", null).contains("\"ready\":true")) return;
            } catch (IOException | RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        fail("chromedriver did not become ready within 20 s");
    }

    private static String send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
        return r.body();
    }

    /** A string field of chromedriver's JSON answer (the values asked for here hold no escaped quotes). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException("no " + name + " in " + (json.length() > 500 ? json.substring(0, 500) : json));
        return m.group(1);
    }
}
