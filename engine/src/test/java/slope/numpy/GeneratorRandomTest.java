package slope.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;
import slope.run.RunOutput;

/** np.random.default_rng's errors and defaults; its draws are checked against NumPy's in NumpyRecordingsTest. */
class GeneratorRandomTest {
    /** The ValueError NumPy raises for {@code call}, on the line of the call. */
    private static void raises(String message, String call) {
        RunResult r = Runner.run("import numpy as np\nrng = np.random.default_rng(0)\nx = " + call + "\n", Budget.defaults());
        assertEquals("ValueError: " + message, r.error.pythonLine(), call);
        assertEquals(3, r.error.line(), call);
    }

    @Test
    void badArgumentsRaiseNumpysValueErrors() {
        raises("high <= 0", "rng.integers(0)");
        raises("high < 0", "rng.integers(-3, endpoint=True)");
        raises("low >= high", "rng.integers(5, 5)");
        raises("low > high", "rng.integers(5, 4, endpoint=True)");
        raises("low is out of bounds for int32", "rng.integers(-2**31 - 1, 0, dtype=np.int32)");
        raises("scale < 0", "rng.normal(0, -1)");
        raises("scale < 0", "rng.exponential(-1)");
        raises("high - low < 0", "rng.uniform(2, 1)");
        raises("Cannot take a larger sample than population when replace is False", "rng.choice(3, 5, replace=False)");
        raises("a must be a positive integer unless no samples are taken", "rng.choice(0)");
        raises("a cannot be empty unless no samples are taken", "rng.choice([])");
        raises("Probabilities do not sum to 1. See Notes section of docstring for more information.", "rng.choice(3, p=[0.5, 0.6, 0.1])");
        raises("a and p must have same size", "rng.choice(3, p=[0.5, 0.5])");
        raises("Probabilities are not non-negative", "rng.choice(2, p=[1.5, -0.5])");
        raises("Fewer non-zero entries in p than size", "rng.choice(3, 2, replace=False, p=[1.0, 0.0, 0.0])");
        raises("expected non-negative integer", "np.random.default_rng(-1)");
    }

    @Test
    void anUnseededGeneratorIsSeededWithZero() {
        assertEquals("True Generator(PCG64)\n", RunOutput.of("import numpy as np\n"
                + "print(np.random.default_rng().random() == np.random.default_rng(0).random(), np.random.default_rng())\n"));
    }
}
