package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * torch.cdist: off ATen's matmul path, the distances and the gradients of _cdist_backward for each p, the batch dims
 * broadcast, and ATen's checks (values checked against NumPy sums over float32 differences); on it (p = 2 past 25
 * rows, or asked for), _euclidean_dist's distances, grad_fn and gradients.
 */
class CdistTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    /** The points of PyTorch's cdist docs example, both requiring grad. */
    private static final String POINTS = "x1 = torch.tensor([[0.9041, 0.0196], [-0.3108, -2.4423], [-0.4821, 1.059]], requires_grad=True)\n"
            + "x2 = torch.tensor([[-2.1763, -0.4713], [-0.6986, 1.3702]], requires_grad=True)\n";

    private static String distancesAndGrads(String p) {
        return run(POINTS + "d = torch.cdist(x1, x2, p=" + p + ")\nprint(d)\nd.sum().backward()\nprint(x1.grad, x2.grad)\n");
    }

    @Test
    void euclideanIsTheDocsExampleWithCdistBackward() {
        assertEquals("tensor([[3.1193, 2.0959],\n        [2.7138, 3.8322],\n        [2.2830, 0.3791]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[ 1.7522, -0.4870],\n        [ 0.7886, -1.7211],\n        [ 1.3132, -0.1506]]) tensor([[-2.4170, -0.1014],\n"
                + "        [-1.4370,  2.4602]])\n", distancesAndGrads("2.0"));
    }

    @Test
    void oneNormGradientIsTheSignOfTheDifference() {
        assertEquals("tensor([[3.5713, 2.9533],\n        [3.8365, 4.2003],\n        [3.2245, 0.5277]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[ 2.,  0.],\n        [ 2., -2.],\n        [ 2.,  0.]]) tensor([[-3., -1.],\n        [-3.,  3.]])\n",
                distancesAndGrads("1"));
    }

    @Test
    void infinityNormGradientGoesToTheLargestDifference() {
        assertEquals("tensor([[3.0804, 1.6027],\n        [1.9710, 3.8125],\n        [1.6942, 0.3112]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[ 2.,  0.],\n        [ 0., -2.],\n        [ 1., -1.]]) tensor([[-2.,  1.],\n        [-1.,  2.]])\n",
                distancesAndGrads("float('inf')"));
    }

    @Test
    void otherNormsAboveAndBelowTwoAndTheZeroNorm() {
        assertEquals("tensor([[3.0846, 1.8739],\n        [2.4187, 3.8138],\n        [2.0365, 0.3428]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[ 1.7288, -0.4941],\n        [ 0.6052, -1.6634],\n        [ 1.0909, -0.2595]]) tensor([[-2.2843,  0.0741],\n"
                + "        [-1.1407,  2.3428]])\n", distancesAndGrads("3.0"));
        assertEquals("tensor([[6.0307, 5.8958],\n        [7.6716, 6.6322],\n        [6.4448, 1.0468]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[ 3.3172,  1.4157],\n        [ 6.1633, -3.2918],\n        [ 4.1493,  0.2181]]) tensor([[-5.3775, -3.5843],\n"
                + "        [-8.2524,  5.2424]])\n", distancesAndGrads("0.5"));
        assertEquals("tensor([[2., 2.],\n        [2., 2.],\n        [2., 2.]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[0., 0.],\n        [0., 0.],\n        [0., 0.]]) tensor([[0., 0.],\n        [0., 0.]])\n",
                distancesAndGrads("0"));
    }

    @Test
    void batchDimsBroadcastAndTheGradientIsSummedBack() {
        // a zero distance gives a zero gradient, as the kernel's dist == 0 case
        assertEquals("tensor([[[1.4142, 1.0000, 2.2361],\n         [2.2361, 2.8284, 0.0000]],\n\n"
                + "        [[1.0000, 1.4142, 1.4142],\n         [2.0000, 3.0000, 2.2361]]], grad_fn=<CdistBackward0>)\n"
                + "tensor([[[-1.6015,  1.2599],\n         [ 1.1543,  1.6015]],\n\n        [[ 0.0000,  1.0000],\n"
                + "         [ 2.4472, -0.8944]]]) tensor([[-0.7401, -2.6015],\n        [-2.4142, -2.4142],\n        [ 1.1543,  2.0487]])\n"
                + "tensor([[2.],\n        [2.]], dtype=torch.float64)\n"
                + "tensor([], size=(0, 1)) tensor([[0., 0., 0.],\n        [0., 0., 0.]])\n",
                run("b1 = torch.tensor([[[0., 1.], [2., 2.]], [[1., 1.], [3., 0.]]], requires_grad=True)\n"
                        + "b2 = torch.tensor([[1., 0.], [0., 0.], [2., 2.]], requires_grad=True)\n"
                        + "d = torch.cdist(b1, b2)\nprint(d)\nd.sum().backward()\nprint(b1.grad, b2.grad)\n"
                        + "print(torch.cdist(torch.ones(2, 2, dtype=torch.float64), torch.zeros(1, 2, dtype=torch.float64), p=1))\n"
                        + "print(torch.cdist(torch.ones(0, 2), torch.zeros(1, 2)), torch.cdist(torch.ones(2, 0), torch.zeros(3, 0)))\n"));
    }

    @Test
    void atensChecks() {
        assertEquals("RuntimeError cdist only supports at least 2D tensors, X1 got: 1D\n"
                + "RuntimeError X1 and X2 must have the same number of columns. X1: 3 X2: 2\n"
                + "RuntimeError cdist only supports floating-point dtypes, X1 got: Long\n"
                + "RuntimeError cdist only supports non-negative p values\n"
                + "ValueError x is not a valid value for compute_mode\n"
                + "tensor([1.4142, 1.4142])\n",
                run("for f in [lambda: torch.cdist(torch.ones(3), torch.ones(2, 3)), lambda: torch.cdist(torch.ones(2, 3), torch.ones(2, 2)),\n"
                        + "          lambda: torch.cdist(torch.ones(2, 2, dtype=torch.int64), torch.ones(2, 2)),\n"
                        + "          lambda: torch.cdist(torch.ones(2, 2), torch.ones(2, 2), p=-1),\n"
                        + "          lambda: torch.cdist(torch.ones(2, 2), torch.ones(2, 2), compute_mode='x')]:\n"
                        + "    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\n"
                        + "print(torch.cdist(torch.ones(26, 2), torch.zeros(2, 2), compute_mode='donot_use_mm_for_euclid_dist')[0])\n"));
    }

    @Test
    void theMatmulPathIsEuclideanDistUnderAView() {
        // the docs example's distances and gradients as the kernel gives them, through ATen's composite
        assertEquals("tensor([[3.1193, 2.0959],\n        [2.7138, 3.8322],\n        [2.2830, 0.3791]], grad_fn=<ViewBackward0>)\n"
                + "EuclideanDistBackward0\n"
                + "tensor([[ 1.7522, -0.4870],\n        [ 0.7886, -1.7211],\n        [ 1.3132, -0.1506]]) tensor([[-2.4170, -0.1014],\n"
                + "        [-1.4370,  2.4602]])\n",
                run(POINTS + "d = torch.cdist(x1, x2, compute_mode='use_mm_for_euclid_dist')\nprint(d)\n"
                        + "print(d.grad_fn.next_functions[0][0].name())\nd.sum().backward()\nprint(x1.grad, x2.grad)\n"));
    }

    @Test
    void pastTwentyFiveRowsTheMatmulPathAgreesWithTheKernelAndDifferentiatesTwice() {
        assertEquals("ViewBackward0 CdistBackward0 True\nTrue True\n",
                run("torch.manual_seed(0)\n"
                        + "a = torch.randn(26, 3, dtype=torch.float64, requires_grad=True)\n"
                        + "b = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)\n"
                        + "mm, kernel = torch.cdist(a, b), torch.cdist(a, b, compute_mode='donot_use_mm_for_euclid_dist')\n"
                        + "print(mm.grad_fn.name(), kernel.grad_fn.name(), ((mm - kernel).abs().max() < 1e-12).item())\n"
                        + "print(torch.autograd.gradcheck(torch.cdist, (a, b)), torch.autograd.gradgradcheck(torch.cdist, (a, b)))\n"));
    }

    @Test
    void batchDimsAreFlattenedForTheMatmulAndTheGradientsSummedBack() {
        assertEquals("torch.Size([2, 3, 30, 5]) ViewBackward0 EuclideanDistBackward0\n"
                + "ViewBackward0 CloneBackward0 ExpandBackward0\n"
                + "torch.Size([2, 1, 30, 2]) torch.Size([3, 5, 2]) True True\n",
                run("torch.manual_seed(1)\n"
                        + "b1 = torch.randn(2, 1, 30, 2, dtype=torch.float64, requires_grad=True)\n"
                        + "b2 = torch.randn(3, 5, 2, dtype=torch.float64, requires_grad=True)\n"
                        + "d = torch.cdist(b1, b2)\n"
                        + "e = d.grad_fn.next_functions[0][0]\n"
                        + "print(d.shape, d.grad_fn.name(), e.name())\n"
                        + "v = e.next_functions[0][0]\n"
                        + "print(v.name(), v.next_functions[0][0].name(), v.next_functions[0][0].next_functions[0][0].name())\n"
                        + "(d * torch.arange(900.).reshape(2, 3, 30, 5)).sum().backward()\n"
                        + "g1, g2 = b1.grad, b2.grad\n"
                        + "b1.grad = b2.grad = None\n"
                        + "(torch.cdist(b1, b2, compute_mode='donot_use_mm_for_euclid_dist') * torch.arange(900.).reshape(2, 3, 30, 5)).sum().backward()\n"
                        + "print(g1.shape, g2.shape, torch.allclose(g1, b1.grad), torch.allclose(g2, b2.grad))\n"));
    }

    @Test
    void aZeroDistanceOnTheMatmulPathHasTheZeroSubgradient() {
        assertEquals("tensor([0., 0.], grad_fn=<SelectBackward0>)\ntensor([0., 0.])\n",
                run("x = torch.ones(30, 2, requires_grad=True)\nd = torch.cdist(x, torch.ones(2, 2))\nprint(d[0])\n"
                        + "d.sum().backward()\nprint(x.grad[0])\n"));
    }

    @Test
    void theGradientsOwnDerivativeIsNotImplemented() {
        assertEquals("tensor([[0.4472, 0.8944]], grad_fn=<CdistBackwardBackward0>)\n"
                + "!NotImplementedError: the derivative for '_cdist_backward' is not implemented.",
                run("x = torch.tensor([[1., 2.]], requires_grad=True)\n"
                        + "g, = torch.autograd.grad(torch.cdist(x, torch.zeros(1, 2)).sum(), x, create_graph=True)\nprint(g)\n"
                        + "g.sum().backward()\n"));
    }
}
