package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Share links in Chromium: the Share button, /s/{id} with its code and title, and XSS payloads that never run. */
class SharePageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each payload sets window.__xss if it ever runs as script. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss='script tag'</script>",
            "<img src=x onerror=\"window.__xss='img onerror'\">",
            "</script><script>window.__xss='script break'</script>",
            "\"><svg onload=\"window.__xss='attribute break'\">",
            "' autofocus onfocus='window.__xss=\"single quote\"' x='",
            "</title><script>window.__xss='title break'</script>",
            "<a href=\"javascript:window.__xss='js url'\" id=xsslink>x</a>",
            "javascript:window.__xss='bare js url'",
            "<iframe srcdoc=\"<script>parent.__xss='srcdoc'</script>\"></iframe>",
            "--><meta http-equiv=refresh content=\"0;url=javascript:window.__xss='meta'\">");
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.close();
    }

    private String store(String code, String title) throws Exception {
        var r = SnippetApiTest.post(browser.url + "api/snippets", JSON.writeValueAsString(Map.of("code", code, "title", title)));
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("id").asText();
    }

    /** Opens a page and waits until the engine and the share link's snippet are loaded. */
    private void open(String url) {
        browser.driver.get(url);
        Object ok = browser.js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "Promise.all([window.slope.ready, window.slope.snippetLoaded]).then(() => done('ok'), e => done(String(e)));");
        assertEquals("ok", ok);
    }

    private Object js(String script, Object... args) {
        return browser.js().executeScript(script, args);
    }

    @Test
    void xssPayloadsInCodeAndTitleRunNowhere() throws Exception {
        browser.console(); // drop earlier messages
        for (String payload : PAYLOADS) {
            String code = "s = " + JSON.writeValueAsString(payload) + "\nprint(s)\n# " + payload + "\n";
            String id = store(code, payload);
            open(browser.url + "s/" + id);
            assertEquals(code, js("return window.slope.editor.code"), "the editor holds the code exactly");
            assertEquals(payload + " · Slope", js("return document.title"));
            assertEquals(payload + " · Slope",
                    js("return document.querySelector('meta[property=\"og:title\"]').content"));
            assertEquals(payload, js("return document.getElementById('title').value"));
            browser.driver.findElement(By.id("run")).click();
            browser.waitUpTo(Duration.ofSeconds(60)).until(d -> "done".equals(
                    d.findElement(By.tagName("body")).getDomAttribute("data-state")));
            assertEquals(payload + "\n", js("return document.getElementById('output').textContent"));
            if (!browser.driver.findElements(By.id("xsslink")).isEmpty()) {
                throw new AssertionError("the payload became an element: " + payload);
            }
            Thread.sleep(100); // an onerror or onload would have fired by now
            assertNull(js("return window.__xss ?? null"), "payload ran: " + payload);
            assertEquals(1L, js("return document.getElementsByTagName('title').length"), payload);
        }
        List<String> console = browser.console();
        assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy")),
                "the page itself needs nothing the CSP forbids: " + console);
    }

    @Test
    void shareButtonStoresTheCodeAndTheLinkOpensIt() throws Exception {
        open(browser.url);
        String code = "import torch\nx = torch.tensor(2.0, requires_grad=True)\ny = x ** 3\ny.backward()\nprint(x.grad)\n";
        js("window.slope.editor.code = arguments[0]; document.getElementById('title').value = 'Cube'", code);
        browser.driver.findElement(By.id("share")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(d ->
                d.findElement(By.tagName("body")).getDomAttribute("data-shared") != null);
        String link = browser.driver.findElement(By.tagName("body")).getDomAttribute("data-shared");
        assertTrue(link.matches("http://127\\.0\\.0\\.1:\\d+/s/[A-Za-z0-9_-]{11}"), link);
        assertEquals(link, browser.driver.getCurrentUrl(), "the address bar shows the link");
        assertTrue(((String) js("return document.getElementById('status').textContent")).contains(link));

        js("localStorage.setItem('slope.code', 'print(\"my draft\")')");
        open(link);
        assertEquals(code, js("return window.slope.editor.code"));
        assertEquals("print(\"my draft\")", js("return localStorage.getItem('slope.code')"),
                "opening a link keeps the reader's draft until they edit the snippet");
        assertEquals("Cube · Slope", browser.driver.getTitle());
        assertTrue(browser.driver.findElement(By.id("engine-version")).getText()
                .contains("engine " + Settings.currentEngineVersion()));
        browser.driver.findElement(By.id("run")).click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> "done".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertEquals("tensor(12.)\n", js("return document.getElementById('output').textContent"));
    }

    @Test
    void runOnServerShowsTheJvmEnginesResultInThePanels() {
        open(browser.url);
        js("window.slope.editor.code = arguments[0]",
                "import torch\nw = torch.tensor([1.0, -2.0], requires_grad=True)\n(w ** 2).sum().backward()\nprint(w.grad)\n");
        String runs = browser.driver.findElement(By.tagName("body")).getDomAttribute("data-runs");
        browser.driver.findElement(By.id("run-server")).click();
        browser.waitUpTo(Duration.ofSeconds(60)).until(d -> {
            String now = d.findElement(By.tagName("body")).getDomAttribute("data-runs");
            return now != null && !now.equals(runs);
        });
        assertEquals("tensor([ 2., -4.])\n", js("return document.getElementById('output').textContent"));
        assertTrue(((String) js("return document.getElementById('status').textContent")).contains("on the server"));
        assertTrue(browser.driver.findElement(By.id("variables")).getText().contains("w"), "the variables panel is filled too");
    }
}
