package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.Runner;

/**
 * Negated zero gradients keep their sign in the page as on the JVM and in PyTorch. TeaVM's wasm computes
 * -(0.0) as 0.0, so the engine negates by multiplying by -1; the scalar backward pass must too.
 */
class SignedZeroInBrowserTest {
    private static final String PROGRAM = String.join("\n",
            "import torch",
            "a = torch.tensor(1.0, requires_grad=True)",
            "b = torch.tensor(2.0, requires_grad=True)",
            "(0 * (a - b)).backward()",
            "c = torch.tensor(3.0, requires_grad=True)",
            "(0 * (-c)).backward()",
            "d = torch.tensor(3.0, requires_grad=True)",
            "(0 * (1 - d)).backward()",
            "print(a.grad, b.grad, c.grad, d.grad)",
            "");

    @Test
    void theGradientsOfSubtractionNegationAndRsubAreNegativeZeroInTheBrowser() throws IOException {
        String expected = "tensor(0.) tensor(-0.) tensor(-0.) tensor(-0.)\n"; // as PyTorch prints them
        assertEquals(expected, Runner.run(PROGRAM, Budget.defaults()).stdout);
        try (Browser browser = new Browser()) {
            browser.open();
            Object stdout = browser.js().executeAsyncScript(
                    "const [code, done] = arguments; window.slope.run(code).then(r => done(r.stdout), e => done('failed: ' + e));",
                    PROGRAM);
            assertEquals(expected, stdout);
        }
    }
}
