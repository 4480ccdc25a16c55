package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.autograd.Function subclasses: forward off the graph, one node whose rule is the user's backward. */
class CustomFunctionTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    /** The Legendre polynomial of PyTorch's "Learning PyTorch with Examples". */
    private static final String P3 = """
            class LegendrePolynomial3(torch.autograd.Function):
                @staticmethod
                def forward(ctx, input):
                    ctx.save_for_backward(input)
                    print('grad enabled in forward:', torch.is_grad_enabled())
                    return 0.5 * (5 * input ** 3 - 3 * input)
                @staticmethod
                def backward(ctx, grad_output):
                    input, = ctx.saved_tensors
                    return grad_output * 1.5 * (5 * input ** 2 - 1)
            """;

    @Test
    void aCustomFunctionsGradientsAreItsBackwards() {
        assertEquals("""
                grad enabled in forward: False
                tensor([-1.0000, -0.4375,  1.0000], grad_fn=<LegendrePolynomial3Backward>) LegendrePolynomial3Backward False
                True
                tensor([6.0000, 0.3750, 6.0000])
                """, run(P3 + """
                x = torch.tensor([-1.0, 0.5, 1.0], requires_grad=True)
                y = LegendrePolynomial3.apply(x)
                print(y, y.grad_fn.name(), y.is_leaf)
                y.sum().backward()
                same = x.detach().requires_grad_()
                (0.5 * (5 * same ** 3 - 3 * same)).sum().backward()
                print(bool((x.grad == same.grad).all()))
                print(x.grad)
                """));
    }

    @Test
    void underCreateGraphTheBackwardIsDifferentiatedAgain() {
        // d/dx 1.5 (5x^2 - 1) = 15x
        assertEquals("grad enabled in forward: False\ntensor([-15.0000,   7.5000,  15.0000])\n", run(P3 + """
                x = torch.tensor([-1.0, 0.5, 1.0], requires_grad=True)
                g, = torch.autograd.grad(LegendrePolynomial3.apply(x).sum(), x, create_graph=True)
                g.sum().backward()
                print(x.grad)
                """));
    }

    @Test
    void theContextKeepsWhatForwardPutsOnItAndNonTensorArgumentsGetNone() {
        assertEquals("(True, False, False)\ntensor([3., 3.]) None\n", run("""
                class Scale(torch.autograd.Function):
                    @staticmethod
                    def forward(ctx, x, c, k):
                        print(ctx.needs_input_grad)
                        ctx.k = k
                        return x * k + c
                    @staticmethod
                    def backward(ctx, g):
                        return g * ctx.k, None, None
                x = torch.tensor([1.0, 2.0], requires_grad=True)
                c = torch.tensor([0.5, 0.5])
                Scale.apply(x, c, 3.0).sum().backward()
                print(x.grad, c.grad)
                """));
    }

    private static final String DOUBLE = """
            class Double(torch.autograd.Function):
                @staticmethod
                def forward(ctx, x):
                    return x * 2
                @staticmethod
                def backward(ctx, g):
                    return g * 2
            x = torch.tensor([1.0, 2.0], requires_grad=True)
            """;

    @Test
    void withoutTheGraphApplyOnlyRunsForward() {
        assertEquals("tensor([2., 4.]) None\n", run(DOUBLE + """
                with torch.no_grad():
                    y = Double.apply(x)
                print(y, y.grad_fn)
                """));
    }

    @Test
    void aBackwardReturningTheWrongNumberOfGradientsFailsAsInPyTorch() {
        assertEquals("!RuntimeError: function BadBackward returned an incorrect number of gradients (expected 1, got 2)",
                run(DOUBLE + """
                        class Bad(Double):
                            @staticmethod
                            def backward(ctx, g):
                                return g, g
                        Bad.apply(x).sum().backward()
                        """));
    }
}
