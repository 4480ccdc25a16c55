package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * torch.cov and torch.corrcoef, composed as ATen's Correlation.cpp composes them: values as NumPy's np.cov and
 * np.corrcoef give them, the grad_fn of the op each ends in, gradients as NumPy's central differences, and ATen's messages.
 */
class CorrelationFunctionsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    @Test
    void covOfVariablesInRowsWithCorrectionAndWeights() {
        // PyTorch's documented example first; np.cov(..., ddof=, fweights=, aweights=) for the rest
        assertEquals("tensor([[ 1., -1.],\n        [-1.,  1.]]) tensor([[ 0.6667, -0.6667],\n        [-0.6667,  0.6667]])\n"
                + "tensor([[ 0.4651, -0.4651],\n        [-0.4651,  0.4651]])\n"
                + "tensor(2.3333) tensor(6.) tensor(inf)\n"
                + "tensor([[ 1.8107, -1.5577,  0.4438],\n        [-1.5577,  1.3536, -0.4083],\n        [ 0.4438, -0.4083,  0.5163]],"
                + " dtype=torch.float64)\n",
                run("x = torch.tensor([[0, 1, 2], [2, 1, 0]])\nprint(torch.cov(x), torch.cov(x, correction=0))\n"
                        + "print(x.cov(fweights=torch.tensor([1, 6, 1]), aweights=torch.tensor([0.4, 0.2, 0.4])))\n"
                        + "v = torch.tensor([1., 2., 4.])\n"
                        + "print(torch.cov(v), torch.cov(v, fweights=torch.tensor([2, 0, 1]), correction=2), torch.cov(torch.tensor([[1., 2.]]), correction=2))\n"
                        + "y = torch.tensor([[0.5, 1.25, 2.0, -1.0], [2.0, 1.0, 0.5, 3.0], [1.0, 1.5, 0.0, 0.25]], dtype=torch.float64)\n"
                        + "print(torch.cov(y, fweights=torch.tensor([1, 2, 3, 1]), aweights=torch.tensor([0.5, 1.0, 0.25, 2.0], dtype=torch.float64)))\n"));
    }

    @Test
    void covOfOneObservationWithOneKindOfWeightsZeroesTheInputInPlace() {
        // ATen's corner case: in.zero_() on the input (or its 1 x n view); the values are np.cov's (nan, then 0)
        assertEquals("tensor([[nan, nan],\n        [nan, nan]]) tensor([[0.],\n        [0.]])\ntensor(0.) tensor([0])\n"
                + "!RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.",
                run("x = torch.tensor([[3.], [1.]])\nprint(torch.cov(x, aweights=torch.tensor([2.])), x)\n"
                        + "v = torch.tensor([5])\nprint(torch.cov(v, fweights=torch.tensor([3])), v)\n"
                        + "torch.cov(torch.tensor([[3.], [1.]], requires_grad=True), aweights=torch.tensor([2.]))\n"));
    }

    @Test
    void covEndsInASqueezeAndItsGradientIsNumPys() {
        assertEquals("tensor([[ 1.6406, -1.4062,  0.0781],\n        [-1.4062,  1.2292, -0.0729],\n        [ 0.0781, -0.0729,  0.4740]],"
                + " grad_fn=<SqueezeBackward0>)\n"
                + "tensor([[ 1.6667,  1.8333, -3.6667,  0.1667],\n        [ 2.3333,  2.8333, -4.3333, -0.8333],\n"
                + "        [ 3.0000,  3.8333, -5.0000, -1.8333]], dtype=torch.float64)\n",
                run("y = torch.tensor([[0.5, 1.25, 2.0, -1.0], [2.0, 1.0, 0.5, 3.0], [1.0, 1.5, 0.0, 0.25]], requires_grad=True)\n"
                        + "print(torch.cov(y))\nz = y.detach().double().requires_grad_()\n"
                        + "(torch.cov(z) * torch.arange(1., 10., dtype=torch.float64).reshape(3, 3)).sum().backward()\nprint(z.grad)\n"));
    }

    @Test
    void corrcoefDividesByTheDeviationsAndClips() {
        assertEquals("tensor([[ 1.0000, -0.9903,  0.0886],\n        [-0.9903,  1.0000, -0.0955],\n        [ 0.0886, -0.0955,  1.0000]],"
                + " grad_fn=<ClampBackward1>)\n"
                + "tensor([[ 0.3436,  0.5270, -0.5670, -0.3035],\n        [ 0.4058,  0.6057, -0.6468, -0.3646],\n"
                + "        [ 0.1888, -0.1127,  0.0029, -0.0791]], dtype=torch.float64)\n"
                + "tensor(1., grad_fn=<DivBackward0>) tensor([[1., nan],\n        [nan, nan]])\n",
                run("y = torch.tensor([[0.5, 1.25, 2.0, -1.0], [2.0, 1.0, 0.5, 3.0], [1.0, 1.5, 0.0, 0.25]], requires_grad=True)\n"
                        + "print(torch.corrcoef(y))\nz = y.detach().double().requires_grad_()\ntorch.corrcoef(z).sum().backward()\nprint(z.grad)\n"
                        + "print(torch.tensor([1., 2., 4.], requires_grad=True).corrcoef(), torch.corrcoef(torch.tensor([[1., 2., 3.], [2., 2., 2.]])))\n"));
    }

    @Test
    void covAndCorrcoefRaiseAtensMessages() {
        assertEquals("cov(): expected input to have two or fewer dimensions but got an input with 3 dimensions\n"
                + "cov(): bool dtype is not supported for input\n"
                + "cov(): expected fweights to have one or fewer dimensions but got fweights with 2 dimensions\n"
                + "cov(): expected fweights to have integral dtype but got fweights with Float dtype\n"
                + "cov(): expected fweights to have the same numel as there are observations in the input but got 2 != 3\n"
                + "cov(): expected aweights to have floating point dtype but got aweights with Long dtype\n"
                + "cov(): fweights cannot be negative\ncov(): weights sum to zero, can't be normalized\n"
                + "corrcoef(): expected input to have two or fewer dimensions but got an input with 3 dimensions\n",
                run("x = torch.tensor([[0, 1, 2], [2, 1, 0]])\n"
                        + "for f in [lambda: torch.cov(torch.ones(2, 2, 2)), lambda: torch.cov(torch.tensor([True, False])),"
                        + " lambda: torch.cov(x, fweights=torch.ones(3, 1, dtype=torch.int64)), lambda: torch.cov(x, fweights=torch.tensor([1., 2., 3.])),"
                        + " lambda: torch.cov(x, fweights=torch.tensor([1, 2])), lambda: torch.cov(x, aweights=torch.tensor([1, 2, 3])),"
                        + " lambda: torch.cov(x, fweights=torch.tensor([1, -2, 3])), lambda: torch.cov(x, aweights=torch.zeros(3)),"
                        + " lambda: torch.corrcoef(torch.ones(1, 1, 1))]:\n"
                        + "    try:\n        f()\n    except RuntimeError as e:\n        print(e)\n"));
    }
}
