package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import slope.format.Json;
import slope.run.RunOutput;

/**
 * Runs the reference cases recorded with real PyTorch 2.11 (tools/cases, recorded by
 * tools/pytorch-record.py into src/test/resources/pytorch) and expects the same stdout and,
 * where PyTorch raised, the same error line. Cases Slope does not match yet are listed in
 * {@link #KNOWN_GAPS} with the reason; such a case fails if it starts to match, so the list stays true.
 */
class PyTorchRecordingsTest {
    static final Map<String, String> KNOWN_GAPS = Map.ofEntries(
        Map.entry("cpu-capability", "Slope has no CPU capability query"),
        Map.entry("sum-08", "sums values from torch.sin, which PyTorch computes with Intel MKL (vmsSin), not correctly rounded"),
        Map.entry("sum-14", "sums values from torch.sin, which PyTorch computes with Intel MKL (vmsSin), not correctly rounded"),
        Map.entry("sum-16", "sums values from torch.sin, which PyTorch computes with Intel MKL (vmsSin), not correctly rounded"),
        Map.entry("sum-17", "sums values from torch.sin, which PyTorch computes with Intel MKL (vmsSin), not correctly rounded"),
        Map.entry("sum-18", "sums values from torch.sin, which PyTorch computes with Intel MKL (vmsSin), not correctly rounded"),
        Map.entry("sum-dims", "sums values from torch.sin, which PyTorch computes with Intel MKL (vmsSin), not correctly rounded"),
        Map.entry("mm-3", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("mm-5", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("mm-8", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("mm-17", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("mm-33", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("mm-64", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("mm-100", "inputs from torch.sin/cos (MKL's vmsSin/vmsCos, not correctly rounded) and the product from MKL's sgemm, whose order is not public"),
        Map.entry("pointwise-exact", "cos(1.0): PyTorch's x86 build computes sin/cos/tan/tanh/exp/log/sqrt with Intel MKL (vmsCos, HA), not correctly rounded and closed source"),
        Map.entry("backward-exact", "sin's gradient is cos, which PyTorch's x86 build computes with Intel MKL (vmsCos, HA), not correctly rounded"));

    /** Object addresses ({@code <MulBackward0 object at 0x7fe5d0377190>}) differ from run to run in PyTorch too. */
    private static final Pattern ADDRESS = Pattern.compile("object at 0x[0-9a-f]+");

    static String withoutAddresses(String s) { return ADDRESS.matcher(s).replaceAll("object at 0x..."); }

    record Case(String file, String id, String code, String stdout, String error) {
        @Override public String toString() { return file + ":" + id; }
    }

    static List<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (String file : new String[] {"engine.json", "nn.json"}) {
            String json;
            try (InputStream in = PyTorchRecordingsTest.class.getResourceAsStream("/pytorch/" + file)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> recorded = (List<Map<String, Object>>) ((Map<String, Object>) Json.parse(json)).get("cases");
            for (Map<String, Object> c : recorded) {
                all.add(new Case(file, (String) c.get("id"), (String) c.get("code"), (String) c.get("stdout"),
                        (String) c.get("error")));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(Case c) {
        String got = withoutAddresses(RunOutput.of(c.code()));
        String want = withoutAddresses(c.stdout() + (c.error() == null ? "" : "!" + c.error()));
        String gap = KNOWN_GAPS.get(c.id());
        if (gap == null) {
            assertEquals(want, got, c.id());
        } else {
            assertTrue(!want.equals(got), c.id() + " now matches PyTorch: remove it from KNOWN_GAPS (" + gap + ")");
        }
    }
}
