package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Widgets: a page on another origin embeds two with embed.js; both run; the widget's link and headers. */
class EmbedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Browser browser;
    private static Javalin course; // the embedding site, another origin

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws IOException {
        if (course != null) course.stop();
        if (browser != null) browser.close();
    }

    private static String store(String code, String title) throws Exception {
        var r = SnippetApiTest.post(browser.url + "api/snippets", JSON.writeValueAsString(Map.of("code", code, "title", title)));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    private Object js(String script, Object... args) {
        return browser.js().executeScript(script, args);
    }

    private String body(String attribute) {
        return browser.driver.findElement(By.tagName("body")).getDomAttribute(attribute);
    }

    @Test
    void aPageOnAnotherOriginEmbedsTwoWidgetsThatBothRunAndSizeThemselves() throws Exception {
        String a = store("import torch\nx = torch.tensor(3.0, requires_grad=True)\n(x * x).backward()\nprint(x.grad)\n", "A");
        String b = store("print('second widget')\n", "B");
        String page = "<!doctype html><title>Course</title><h1>Autodiff, week 1</h1>"
                + "<div data-slope=\"" + a + "\" data-autorun=\"1\"></div><p>Between the widgets.</p>"
                + "<div data-slope=\"" + b + "\" data-autorun=\"1\" data-readonly=\"1\" data-theme=\"dark\" data-height=\"90\"></div>"
                + "<script src=\"" + browser.url + "embed.js\"></script>";
        course = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/", ctx -> ctx.html(page));
        }).start("127.0.0.1", 0);
        browser.driver.get("http://127.0.0.1:" + course.port() + "/");
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElements(By.tagName("iframe")).size() == 2);
        List<WebElement> frames = browser.driver.findElements(By.tagName("iframe"));
        String[] expected = {"tensor(6.)\n", "second widget\n"};
        for (int i = 0; i < 2; i++) {
            browser.driver.switchTo().frame(frames.get(i));
            browser.waitUpTo(Duration.ofSeconds(120)).until(d -> "1".equals(body("data-runs")));
            assertEquals(expected[i], js("return document.getElementById('output').textContent"), "widget " + i);
            assertEquals(i == 1, js("return window.slope.editor.view.state.readOnly"), "readonly, widget " + i);
            assertEquals(i == 1 ? "dark" : "light", js("return document.documentElement.dataset.theme"));
            browser.driver.switchTo().defaultContent();
        }
        // Each iframe took its content's height from the widget's postMessage (it starts at 320px).
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> frames.stream().noneMatch(f -> f.getCssValue("height").equals("320px")));
        assertNotEquals(frames.get(0).getCssValue("height"), frames.get(1).getCssValue("height"),
                "the widget with the 90px editor is shorter");

        java.nio.file.Path shots = java.nio.file.Path.of(System.getProperty("slope.artifacts", "target"), "screenshots");
        java.nio.file.Files.createDirectories(shots);
        java.nio.file.Files.write(shots.resolve("embed.png"),
                browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // "Open in playground" carries the code as edited in the widget.
        browser.driver.switchTo().frame(frames.get(0));
        js("window.slope.editor.code = 'print(\"edited in the widget ✓\")\\n'");
        js("document.getElementById('open').dispatchEvent(new Event('pointerdown'))");
        String link = (String) js("return document.getElementById('open').href");
        browser.driver.switchTo().defaultContent();
        assertTrue(link.startsWith(browser.url + "#code="), link);
        browser.driver.get(link);
        Object ready = browser.js().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.slope.ready.then(() => done('ok'), e => done(String(e)));");
        assertEquals("ok", ready);
        assertEquals("print(\"edited in the widget ✓\")\n", js("return window.slope.editor.code"));
    }

    @Test
    void onlyTheWidgetMayBeFramedByOtherSites() throws Exception {
        String id = store("print(1)\n", "framing");
        String embedCsp = SnippetApiTest.get(browser.url + "embed/" + id).headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(embedCsp.endsWith("frame-ancestors *"), embedCsp);
        assertTrue(embedCsp.contains("script-src 'self' 'wasm-unsafe-eval';"), embedCsp);
        for (String path : new String[] {"", "s/" + id, "api/snippets/" + id}) {
            String csp = SnippetApiTest.get(browser.url + path).headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.endsWith("frame-ancestors 'self'"), path + ": " + csp);
        }
        assertEquals(404, SnippetApiTest.get(browser.url + "embed/AAAAAAAAAAA").statusCode());
    }

    @Test
    void xssPayloadsRunNowhereInTheWidget() throws Exception {
        for (String payload : SharePageTest.PAYLOADS) {
            String code = "s = " + JSON.writeValueAsString(payload) + "\nprint(s)\n# " + payload + "\n";
            String id = store(code, payload);
            browser.driver.get(browser.url + "embed/" + id + "?autorun=1");
            browser.waitUpTo(Duration.ofSeconds(60)).until(d -> "1".equals(body("data-runs")));
            assertEquals(code, js("return window.slope.editor.code"));
            assertEquals(payload + " · Slope", js("return document.title"));
            assertEquals(payload + "\n", js("return document.getElementById('output').textContent"));
            Thread.sleep(100);
            assertNull(js("return window.__xss ?? null"), "payload ran: " + payload);
        }
    }
}
