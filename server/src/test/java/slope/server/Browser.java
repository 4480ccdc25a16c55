package slope.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real server on loopback (port 0) and Debian's headless Chromium driven by Selenium through
 * /usr/bin/chromedriver (named explicitly, so Selenium Manager never downloads anything).
 */
final class Browser implements AutoCloseable {
    private final LoopbackServer server;
    private final Path dataDir;
    final ChromeDriver driver;
    final String url;
    private final Path profile;

    Browser() throws IOException {
        dataDir = Files.createTempDirectory("slope-data-");
        server = new LoopbackServer(Settings.forTests(dataDir));
        url = server.base + "/";
        profile = Files.createTempDirectory("slope-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("slope.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        // The console, to see Content-Security-Policy violations (Chromium logs each one as an error).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("slope.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
    }

    /** Opens the page with a clean local storage and waits until the wasm module has loaded. */
    double open() {
        driver.get(url);
        js().executeScript("localStorage.clear()");
        driver.navigate().refresh();
        Object loadMs = js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "window.slope.ready.then(ms => done(ms), e => done('failed: ' + e.message));");
        if (!(loadMs instanceof Number n)) {
            throw new AssertionError("the engine did not load: " + loadMs);
        }
        return n.doubleValue();
    }

    JavascriptExecutor js() { return driver; }

    /** Console messages since the last call. */
    java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    WebDriverWait waitUpTo(Duration d) { return new WebDriverWait(driver, d, Duration.ofMillis(20)); }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            server.close();
            for (Path dir : new Path[] {profile, dataDir}) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
