package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The NumPy recording (engine/src/test/resources/slope/numpy: numpy_cases.py as NumPy 2.4.6 printed it) prints the
 * same in the page: the wasm build's number formatting and float constants are TeaVM's, not the JVM's.
 */
class NumpyInBrowserTest {
    private static final Path CASES = Path.of(System.getProperty("slope.repo", ".."), "engine", "src", "test", "resources",
            "slope", "numpy");

    @Test
    void theNumpyRecordingPrintsTheSameInTheBrowser() throws IOException {
        String code = Files.readString(CASES.resolve("numpy_cases.py")), expected = Files.readString(CASES.resolve("numpy_cases.out"));
        Object stdout;
        try (Browser browser = new Browser()) {
            browser.open();
            stdout = browser.js().executeAsyncScript(
                    "const [code, done] = arguments; window.slope.run(code).then(r => done(r.error ? 'failed: ' + r.error.type + ': '"
                    + " + r.error.message + ' at line ' + r.error.line : r.stdout), e => done('failed: ' + e));", code);
        }
        assertEquals(expected, stdout);
    }
}
