package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import slope.run.Budget;
import slope.run.Runner;

/** The public golden cases give the same stdout in the page (wasm, window.slope.run) as on the JVM (Runner). */
class GoldenInBrowserTest {
    private static final Path GOLDEN = Path.of(System.getProperty("slope.repo", ".."), "..", "shared", "golden", "public.json");

    @Test
    @SuppressWarnings("unchecked")
    void everyPublicCaseGivesTheJvmsStdoutInTheBrowser() throws IOException {
        if (!Files.exists(GOLDEN)) {
            String message = "the golden cases are missing: " + GOLDEN.toAbsolutePath().normalize()
                    + " (shared/golden/public.json beside the repository)";
            if ("true".equals(System.getenv("CI"))) fail(message);
            Assumptions.abort(message);
        }
        Map<String, Object> golden = new Json().toType(Files.readString(GOLDEN), Map.class);
        List<Map<String, Object>> cases = (List<Map<String, Object>>) golden.get("cases");
        assertTrue(cases.size() > 0, "no cases in " + GOLDEN);
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> c : cases) codes.add((String) c.get("code"));

        List<Object> browserOut;
        try (Browser browser = new Browser()) {
            browser.open();
            browserOut = (List<Object>) browser.js().executeAsyncScript(
                    "const [codes, done] = arguments; (async () => { const out = [];"
                    + " for (const c of codes) { const r = await window.slope.run(c); out.push(r.stdout); }"
                    + " return out; })().then(done, e => done(['failed: ' + e]));", codes);
        }
        assertEquals(cases.size(), browserOut.size(), "browser answers: " + browserOut);

        List<String> differences = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String jvm = Runner.run(codes.get(i), Budget.defaults().recursionLimit(400)).stdout;
            if (!jvm.equals(browserOut.get(i))) {
                differences.add(cases.get(i).get("id") + ":\n  JVM:     " + jvm.replace("\n", "\n           ")
                        + "\n  browser: " + String.valueOf(browserOut.get(i)).replace("\n", "\n           "));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + cases.size()
                + " golden cases print differently in the browser:\n" + String.join("\n", differences));
    }
}
