package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/**
 * The reference cases recorded with PyTorch (engine/src/test/resources/pytorch) print and fail the same in the page
 * as on the JVM: they reach most ops, and the wasm build's arithmetic is TeaVM's (whose Math.rint, for one, is not
 * the JVM's). PyTorchRecordingsTest holds the JVM to PyTorch's output.
 */
class RecordingsInBrowserTest {
    private static final Path RECORDINGS = Path.of(System.getProperty("slope.repo", ".."), "engine", "src", "test", "resources",
            "pytorch");

    @Test
    @SuppressWarnings("unchecked")
    void everyRecordedCasePrintsTheSameInTheBrowser() throws IOException {
        List<String> ids = new ArrayList<>(), codes = new ArrayList<>();
        for (String file : new String[] {"engine.json", "nn.json"}) {
            Map<String, Object> recorded = new Json().toType(Files.readString(RECORDINGS.resolve(file)), Map.class);
            for (Map<String, Object> c : (List<Map<String, Object>>) recorded.get("cases")) {
                ids.add(file + ":" + c.get("id"));
                codes.add((String) c.get("code"));
            }
        }
        assertTrue(codes.size() > 100, "read only " + codes.size() + " cases");
        List<Object> browserOut;
        try (Browser browser = new Browser()) {
            browser.open();
            browserOut = (List<Object>) browser.js().executeAsyncScript(
                    "const [codes, done] = arguments; (async () => { const out = [];"
                    + " for (const c of codes) { const r = await window.slope.run(c);"
                    + " out.push(r.stdout + (r.error ? '!' + r.error.type + ': ' + r.error.message : '')); }"
                    + " return out; })().then(done, e => done(['failed: ' + e]));", codes);
        }
        assertEquals(codes.size(), browserOut.size(), "browser answers: " + browserOut);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            RunResult r = Runner.run(codes.get(i), Budget.defaults());
            String jvm = r.stdout + (r.error == null ? "" : "!" + r.error.type + ": " + r.error.getMessage());
            if (!jvm.equals(browserOut.get(i))) {
                differences.add(ids.get(i) + ":\n  JVM:     " + jvm.replace("\n", "\n           ")
                        + "\n  browser: " + String.valueOf(browserOut.get(i)).replace("\n", "\n           "));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + codes.size()
                + " recorded cases print differently in the browser:\n" + String.join("\n", differences));
    }
}
