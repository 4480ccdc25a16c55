package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/** The editor offers only names the engine has: each one in static/src/names.js resolves in a run. */
class CompletionNamesTest {
    private static final Path NAMES = Path.of(System.getProperty("slope.repo", ".."), "static", "src", "names.js");

    /** Where each group's names live, by the detail names.js labels the group with. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("torch", "torch"),
            Map.entry("tensor", "torch.tensor(1.0)"),
            Map.entry("torch.nn", "torch.nn"),
            Map.entry("torch.nn.functional", "torch.nn.functional"),
            Map.entry("torch.optim", "torch.optim"),
            Map.entry("torch.autograd", "torch.autograd"),
            Map.entry("torch.autograd.functional", "torch.autograd.functional"),
            Map.entry("torch.func", "torch.func"),
            Map.entry("matplotlib.pyplot", "matplotlib.pyplot"),
            Map.entry("numpy", "numpy"),
            Map.entry("numpy.random", "numpy.random"),
            Map.entry("torch.distributions", "torch.distributions"),
            Map.entry("torch.linalg", "torch.linalg"));

    @Test
    void everyOfferedNameResolves() throws IOException {
        // fn(`name name ...`, "detail"), and cls and vars alike
        Pattern groupPattern = Pattern.compile("(?:fn|cls|vars)\\(`([^`]*)`,\\s*\"([^\"]+)\"\\)");
        Matcher group = groupPattern.matcher(Files.readString(NAMES));
        StringBuilder program = new StringBuilder("""
                import torch, torch.nn, torch.nn.functional, torch.optim, torch.autograd.functional, torch.func
                import matplotlib.pyplot, numpy, numpy.random, torch.distributions, torch.linalg
                missing = []
                def check(owner, obj, names):
                    missing.extend(owner + '.' + n for n in names.split() if not hasattr(obj, n))
                """);
        int groups = 0;
        while (group.find()) {
            String detail = group.group(2);
            if (detail.equals("module")) continue; // the modules a program imports, by their usual aliases
            if (detail.equals("builtin")) {
                // no builtins module to ask: each name is looked up
                for (String name : group.group(1).trim().split("\\s+")) {
                    program.append("try:\n    ").append(name)
                            .append("\nexcept NameError:\n    missing.append('").append(name).append("')\n");
                }
                groups++;
                continue;
            }
            String owner = OWNERS.get(detail);
            assertNotNull(owner, "names.js has a group for '" + detail + "': say here where its names live");
            program.append("check('").append(detail).append("', ").append(owner).append(", '''")
                    .append(group.group(1)).append("''')\n");
            groups++;
        }
        assertTrue(groups >= 10, "read only " + groups + " groups from " + NAMES);
        RunResult r = Runner.run(program + "print(missing)\n", Budget.defaults());
        assertEquals("[]\n", r.stdout + (r.error == null ? "" : r.error.pythonLine()));
    }
}
