package slope.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * numpy_cases.py printed by real NumPy (2.4.6) and by Slope: legacy random draws, printing of every dtype and
 * shape (wrapping, summarizing, scientific notation, nan and inf), promotion, indexing, reductions, linalg.
 */
class NumpyRecordingsTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = NumpyRecordingsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void slopePrintsWhatNumpyPrinted() throws IOException {
        String[] expected = resource("numpy_cases.out").split("\n", -1), actual = RunOutput.of(resource("numpy_cases.py")).split("\n", -1);
        for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
            assertEquals(expected[i], actual[i], "line " + (i + 1) + " of numpy_cases.out");
        }
        assertEquals(expected.length, actual.length, "lines printed");
    }
}
