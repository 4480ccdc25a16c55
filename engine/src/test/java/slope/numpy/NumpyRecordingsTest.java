package slope.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * Programs printed by real NumPy (2.4.6) and by Slope. numpy_cases.py: legacy random draws, printing of every dtype
 * and shape (wrapping, summarizing, scientific notation, nan and inf), promotion, indexing, reductions, linalg.
 */
class NumpyRecordingsTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = NumpyRecordingsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each line the program prints is the line NumPy printed. */
    private static void assertPrintsRecording(String program) throws IOException {
        String[] expected = resource(program + ".out").split("\n", -1), actual = RunOutput.of(resource(program + ".py")).split("\n", -1);
        for (int i = 0; i < Math.min(expected.length, actual.length); i++) {
            assertEquals(expected[i], actual[i], "line " + (i + 1) + " of " + program + ".out");
        }
        assertEquals(expected.length, actual.length, "lines printed");
    }

    @Test
    void slopePrintsWhatNumpyPrinted() throws IOException { assertPrintsRecording("numpy_cases"); }

    /**
     * default_rng_cases.py: the Generator over PCG64 for several seeds and sizes, normal's and exponential's rare
     * ziggurat paths over 200000 draws, integers on every bounded path (32-bit Lemire, raw 32 bits, 64-bit Lemire,
     * the full 64-bit range), choice's paths (Floyd, tail shuffle, weights with and without replacement),
     * permutation and shuffle.
     */
    @Test
    void defaultRngDrawsWhatNumpyDrew() throws IOException { assertPrintsRecording("default_rng_cases"); }
}
