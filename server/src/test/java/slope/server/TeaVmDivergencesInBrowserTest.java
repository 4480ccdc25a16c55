package slope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.Runner;

/**
 * Where TeaVM's wasm computes differently from the JVM, the engine works around it; each program here prints what
 * PyTorch and CPython print, on the JVM and in the page alike.
 */
class TeaVmDivergencesInBrowserTest {
    /** The program's stdout on the JVM, then in the page, each held against {@code expected}. */
    private static void printsTheSameInThePage(String program, String expected) throws IOException {
        assertEquals(expected, Runner.run(program, Budget.defaults()).stdout);
        try (Browser browser = new Browser()) {
            browser.open();
            Object stdout = browser.js().executeAsyncScript(
                    "const [code, done] = arguments; window.slope.run(code).then(r => done(r.stdout), e => done('failed: ' + e));",
                    program);
            assertEquals(expected, stdout);
        }
    }

    @Test
    void theGradientsOfSubtractionNegationAndRsubAreNegativeZeroInTheBrowser() throws IOException {
        // TeaVM's wasm computes -(0.0) as 0.0, so the engine negates by multiplying by -1, the scalar backward pass too
        printsTheSameInThePage(String.join("\n",
                "import torch",
                "a = torch.tensor(1.0, requires_grad=True)",
                "b = torch.tensor(2.0, requires_grad=True)",
                "(0 * (a - b)).backward()",
                "c = torch.tensor(3.0, requires_grad=True)",
                "(0 * (-c)).backward()",
                "d = torch.tensor(3.0, requires_grad=True)",
                "(0 * (1 - d)).backward()",
                "print(a.grad, b.grad, c.grad, d.grad)",
                ""), "tensor(0.) tensor(-0.) tensor(-0.) tensor(-0.)\n");
    }

    @Test
    void smallArgumentsOfLog1pAndExpm1AndTheBitsOfUlpAndLdexp() throws IOException {
        // TeaVM's wasm computes log1p as log(1 + x), expm1 as exp(x) - 1 and gets Math.ulp and Math.scalb wrong
        printsTheSameInThePage(String.join("\n",
                "import math, torch",
                "print(math.log1p(1e-10), math.expm1(1e-10), math.ulp(1.0), math.ulp(0.0), math.ldexp(1.0, 1023), math.ldexp(1.0, -1074))",
                "print(torch.log1p(torch.tensor([1e-10], dtype=torch.float64)).item(), math.frexp(1e-310))",
                ""), "9.999999999500001e-11 1.00000000005e-10 2.220446049250313e-16 5e-324 8.98846567431158e+307 5e-324\n"
                + "9.999999999500001e-11 (0.5752618031559393, -1029)\n");
    }

    @Test
    void log10SinhAndTanhAsCsLibmGivesThem() throws IOException {
        // TeaVM's wasm takes log10 as log(x) / ln 10 and sinh and tanh from exp (0.0 for 1e-300): FloatMath ports fdlibm's,
        // for Python's math and for the tensor kernels alike
        printsTheSameInThePage(String.join("\n",
                "import math",
                "print(math.log10(1000), math.log10(2), math.log10(1e-300), math.tanh(0.5), math.tanh(1e-300), math.tanh(-2.0), math.sinh(1e-300), math.sinh(0.1))",
                "import torch",
                "print(torch.tensor([1e-30]).tanh(), torch.tensor([1e-300], dtype=torch.float64).tanh().item(),"
                    + " torch.tensor([1e-300], dtype=torch.float64).sinh().item(), torch.tensor([1000.0], dtype=torch.float64).log10().item())",
                ""), "3.0 0.3010299956639812 -300.0 0.46211715726000974 1e-300 -0.9640275800758169 1e-300 0.10016675001984403\n"
                + "tensor([1.0000e-30]) 1e-300 1e-300 3.0\n");
    }

    @Test
    void anExceptionThrownIntoAGeneratorReachesItsHandlersAndFinallyInTheBrowser() throws IOException {
        // TeaVM's wasm loses a local written inside a try block that then throws: Generator takes gen.throw's exception
        // before its try. Also TeaVM's regex, which loses categories inside [^...]: re spells negated sets another way.
        printsTheSameInThePage(String.join("\n",
                "import re",
                "from contextlib import contextmanager",
                "def g():",
                "    try:",
                "        yield 1",
                "    except ValueError as e:",
                "        print('caught inside', e)",
                "        yield 2",
                "    finally:",
                "        print('finally')",
                "it = g()",
                "print(next(it), it.throw(ValueError('x')))",
                "it.close()",
                "@contextmanager",
                "def step(name):",
                "    try:",
                "        yield name",
                "    finally:",
                "        print('leave', name)",
                "try:",
                "    with step('b'):",
                "        1 / 0",
                "except ZeroDivisionError:",
                "    print('caught outside')",
                "print(re.findall(r'[^\\W\\d]+', 'ab1 \u00e7\u00e92'), re.sub(r'(\\w)(\\d)', r'\\2\\1', 'a1 b2'), re.split(r'\\D+', 'x12y3'))",
                ""), "caught inside x\n1 2\nfinally\nleave b\ncaught outside\n['ab', '\u00e7\u00e9'] 1a 2b ['', '12', '3']\n");
    }
}
