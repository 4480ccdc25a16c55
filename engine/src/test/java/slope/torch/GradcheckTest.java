package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** {@code torch.autograd.gradcheck}: finite differences against backward, and PyTorch's report of a mismatch. */
class GradcheckTest {
    private static final String BAD_SQUARE = """
            import torch
            from torch.autograd import gradcheck
            x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
            class BadSquare(torch.autograd.Function):
                @staticmethod
                def forward(ctx, t):
                    ctx.save_for_backward(t)
                    return t ** 2
                @staticmethod
                def backward(ctx, g):
                    t, = ctx.saved_tensors
                    return g * t  # should be 2 * g * t
            """;

    @Test
    void correctGradientsPassAndSecondDerivativesToo() {
        assertEquals("True True True True\n", RunOutput.of(BAD_SQUARE + """
                y = torch.tensor([2.0, 1.0, 0.5], dtype=torch.float64, requires_grad=True)
                print(gradcheck(lambda t: (t ** 2).sum(), (x,)), gradcheck(torch.sin, x, atol=1e-4),
                      gradcheck(lambda a, b: a * b, (x, y)), torch.autograd.gradgradcheck(lambda t: (t ** 3).sum(), (x,)))
                """));
    }

    @Test
    void aWrongBackwardIsReportedWithBothJacobians() {
        assertEquals("""
                False GradcheckError
                Jacobian mismatch for output 0 with respect to input 0,
                numerical:tensor([[2.0000, 0.0000, 0.0000],
                        [0.0000, 4.0000, 0.0000],
                        [0.0000, 0.0000, 6.0000]], dtype=torch.float64)
                analytical:tensor([[1., 0., 0.],
                        [0., 2., 0.],
                        [0., 0., 3.]], dtype=torch.float64)

                """, RunOutput.of(BAD_SQUARE + """
                from torch.autograd.gradcheck import GradcheckError
                try:
                    gradcheck(BadSquare.apply, (x,))
                except GradcheckError as e:
                    print(gradcheck(BadSquare.apply, (x,), raise_exception=False), type(e).__name__)
                    print(e)
                """));
    }

    @Test
    void anInputMustRequireGrad() {
        assertEquals("!ValueError: gradcheck expects at least one input tensor to require gradient, but none of the them"
                + " have requires_grad=True.", RunOutput.of("""
                import torch
                torch.autograd.gradcheck(lambda t: t * 2, (torch.tensor([1.0]),))
                """));
    }
}
