package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * searchsorted, bucketize, kthvalue, quantile and nanquantile: their values (NumPy's for the same inputs, float32
 * rounded as ATen rounds), dtypes, grad_fn and ATen's messages.
 */
class SortingFunctionsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    /** Runs each call and prints its RuntimeError's message. */
    private static String errors(String... calls) {
        StringBuilder s = new StringBuilder("for f in [");
        for (String c : calls) s.append("lambda: ").append(c).append(", ");
        return s.append("]:\n    try:\n        f()\n    except RuntimeError as e:\n        print(e)\n").toString();
    }

    @Test
    void searchsortedFindsEachValuesPlaceInItsRowByBinarySearch() {
        // PyTorch's documented examples, then NumPy's np.searchsorted for the rest
        assertEquals("tensor([[1, 3, 4],\n        [1, 2, 4]]) tensor([[2, 3, 5],\n        [1, 3, 4]]) tensor([[2, 3, 5],\n        [1, 3, 4]])\n"
                + "tensor([[1, 3, 4],\n        [1, 3, 4]]) tensor(3) tensor([0, 5, 5])\n"
                + "tensor([[1, 3],\n        [1, 3]]) tensor([[2, 3],\n        [1, 3]])\n"
                + "tensor([1, 4, 4, 0, 0], dtype=torch.int32)\ntensor([1, 1]) tensor(2)\n",
                run("seq = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])\nv = torch.tensor([[3, 6, 9], [3, 6, 9]])\n"
                        + "print(torch.searchsorted(seq, v), torch.searchsorted(seq, v, right=True), torch.searchsorted(seq, v, side='right'))\n"
                        + "s = torch.tensor([1, 3, 5, 7, 9])\n"
                        + "print(torch.searchsorted(s, v), torch.searchsorted(s, 6), torch.searchsorted(torch.tensor([9, 7, 5, 3, 1]), torch.tensor([3, 6, 9])))\n"
                        + "u = torch.tensor([[5., 1., 3.], [2., 8., 4.]])\nw = torch.tensor([[3., 6.], [3., 9.]])\n"
                        + "print(torch.searchsorted(u, w, sorter=torch.argsort(u)), torch.searchsorted(u, w, side='right', sorter=torch.argsort(u)))\n"
                        + "print(torch.searchsorted(torch.tensor([1., 2., 2., 4.]), torch.tensor([2., float('nan'), float('inf'), -float('inf'), 0.5]),"
                        + " out_int32=True))\n"
                        + "print(torch.searchsorted(torch.tensor([1, 2, 3]), torch.tensor([1.5, 2.0])), torch.searchsorted(torch.tensor([1, 2, 3]), 2.5))\n"));
    }

    @Test
    void bucketizeSearchesOneSequenceOfBoundaries() {
        assertEquals("tensor([[1, 3, 4],\n        [1, 3, 4]]) tensor([[2, 3, 5],\n        [2, 3, 5]]) tensor(3)\n",
                run("b = torch.tensor([1, 3, 5, 7, 9])\nv = torch.tensor([[3, 6, 9], [3, 6, 9]])\n"
                        + "print(torch.bucketize(v, b), torch.bucketize(v, b, right=True), torch.bucketize(2, torch.tensor([1., 2., 2., 4.]), right=True))\n"));
    }

    @Test
    void searchsortedAndBucketizeRaiseAtensMessages() {
        assertEquals("torch.searchsorted(): side can only be 'left' or 'right' but got middle\n"
                + "torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True\n"
                + "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input"
                + " value tensor must match, but we got boundaries tensor [2, 3] and input value tensor [3, 1]\n"
                + "torch.searchsorted(): input value can be a scalar only when boundaries tensor dimension is 1, but we got boundaries tensor"
                + " dim(2) and input value's dim(0) numel(1)\n"
                + "torch.searchsorted(): boundary and sorter must have the same size, but got boundary tensor [4]and got sorter tensor [3]\n"
                + "boundaries tensor must be 1 dimension, but got dim(2)\n",
                run("b = torch.tensor([1., 2., 2., 4.])\nu = torch.ones(2, 3)\n"
                        + errors("torch.searchsorted(b, b, side='middle')", "torch.searchsorted(b, b, right=True, side='left')",
                                "torch.searchsorted(u, torch.ones(3, 1))", "torch.searchsorted(u, 2.0)",
                                "torch.searchsorted(b, b, sorter=torch.tensor([0, 1, 2]))", "torch.bucketize(b, u)")));
    }

    @Test
    void kthvalueIsTheKthSmallestWithItsIndexAndGradient() {
        // the first two are PyTorch's documented examples; a nan counts as the largest value; a 0-d tensor is one line
        // (median along a dim picks through the same code)
        assertEquals("torch.return_types.kthvalue(\nvalues=tensor(4.),\nindices=tensor(3))\n"
                + "torch.return_types.kthvalue(\nvalues=tensor([[4., 5., 6.]]),\nindices=tensor([[1, 1, 1]]))\n"
                + "tensor([4., nan], grad_fn=<KthvalueBackward0>) tensor([0, 1])\ntensor([[1., 0., 0.],\n        [0., 1., 0.]])\n"
                + "tensor(5.) tensor(0) tensor(5.) tensor(0)\n",
                run("print(torch.kthvalue(torch.arange(1., 6.), 4))\nprint(torch.kthvalue(torch.arange(1., 7.).reshape(2, 3), 2, 0, True))\n"
                        + "a = torch.tensor([[4., 1., 3.], [2., float('nan'), 0.]], requires_grad=True)\nv, i = a.kthvalue(3, dim=1)\n"
                        + "print(v, i)\nv.sum().backward()\nprint(a.grad)\nprint(*torch.kthvalue(torch.tensor(5.), 1), *torch.median(torch.tensor(5.), 0))\n"));
    }

    @Test
    void kthvalueOfTiesReportsTheIndexAtensQuickselectLeavesThere() {
        // ATen's quick_select_template swaps (value, index) pairs; traced by hand, the second smallest of
        // [3, 1, 2, 2, 5] ends at index 3, not the first 2 at index 2
        assertEquals("tensor(2.) tensor(3)\n", run("print(*torch.kthvalue(torch.tensor([3., 1., 2., 2., 5.]), 2))\n"));
    }

    @Test
    void kthvalueRejectsAKOutsideTheDim() {
        assertEquals("kthvalue(): selected number k out of range for dimension 0\nkthvalue(): selected number k out of range for dimension 1\n",
                run("x = torch.ones(2, 3)\n" + errors("torch.kthvalue(x, 3, 0)", "x.kthvalue(0)")));
    }

    @Test
    void quantileInterpolatesBetweenSortedValues() {
        // the interpolation modes as PyTorch's documentation shows them; NumPy's np.quantile(method=...) for the float64 ones
        assertEquals("[1.8000000715255737, 1.0, 2.0, 1.5, 2.0] tensor(1.)\n"
                + "tensor([0.3400, 0.3500, 0.3750], dtype=torch.float64) tensor([0.5000, 0.4500, 0.4250], dtype=torch.float64)"
                + " tensor([[0.6250]], dtype=torch.float64)\n"
                + "tensor([[0.3000, 0.5500],\n        [0.3000, 0.5500]], dtype=torch.float64)\n"
                + "torch.Size([3, 2, 1])\n",
                run("a = torch.arange(4.)\n"
                        + "print([torch.quantile(a, 0.6, interpolation=m).item() for m in ['linear', 'lower', 'higher', 'midpoint', 'nearest']],"
                        + " torch.quantile(a, 0.4, interpolation='nearest'))\n"
                        + "m = torch.tensor([[0.1, 0.7, 0.3], [0.9, 0.2, 0.55]], dtype=torch.float64)\n"
                        + "print(torch.quantile(m, 0.3, dim=0), torch.quantile(m, 0.3, dim=0, interpolation='midpoint'), m.quantile(0.7, keepdim=True))\n"
                        + "print(torch.quantile(m, torch.tensor([0.3, 0.65], dtype=torch.float64), dim=1, interpolation='nearest'))\n"
                        + "print(torch.quantile(torch.ones(2, 3), torch.tensor([0.25, 0.5, 0.75]), dim=1, keepdim=True).shape)\n"));
    }

    @Test
    void quantileRanksAndLerpsInFloat32AndEndsInAnInPlaceSqueeze() {
        // ranks q * 6 in float32 (0.9 gives 5.3999996, so 0.77999991 where NumPy's float64 rank gives 0.77999998);
        // the gradient (1 - w, w) of each lerp goes back through gather and sort
        assertEquals("tensor([0.13000001, 0.19900000, 0.77999991, 0.64300001],\n       grad_fn=<SqueezeBackward4>)\n"
                + "tensor([0.39999998, 1.22000027, 0.00000000, 0.39999962, 0.98000002, 0.38000011,\n        0.62000000])\n"
                + "tensor(0.1300, grad_fn=<SqueezeBackward4>)\n",
                run("torch.set_printoptions(precision=8)\nx = torch.tensor([0.1, 0.7, 0.3, 0.9, 0.2, 0.55, 0.15], requires_grad=True)\n"
                        + "y = torch.quantile(x, torch.tensor([0.1, 0.33, 0.9, 0.77]))\nprint(y)\ny.sum().backward()\nprint(x.grad)\n"
                        + "torch.set_printoptions(precision=4)\nprint(x.quantile(0.1))\n"));
    }

    @Test
    void nanquantileRanksAmongTheValuesThatAreNotNan() {
        // PyTorch's documented example
        assertEquals("tensor(nan) tensor(1.5000)\ntensor([nan, nan]) tensor([1., 2.]) tensor([   nan, 1.5000])\n",
                run("t = torch.tensor([float('nan'), 1, 2])\nprint(t.quantile(0.5), t.nanquantile(0.5))\n"
                        + "t = torch.tensor([[float('nan'), float('nan')], [1, 2]])\n"
                        + "print(t.quantile(0.5, dim=0), t.nanquantile(0.5, dim=0), torch.nanquantile(t, 0.5, dim=1))\n"));
    }

    @Test
    void quantileRaisesAtensMessages() {
        assertEquals("quantile() q must be in the range [0, 1] but got 1.5\nquantile() q values must be in the range [0, 1]\n"
                + "quantile() input tensor must be either float or double dtype\n"
                + "quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got cubic\n"
                + "quantile() q tensor must be same dtype as the input tensor\nquantile() input tensor must be non-empty\n"
                + "quantile() input tensor is too large\nquantile() input tensor is too large\n",
                run("a = torch.arange(4.)\nbig = torch.zeros(1, 1).expand(2, 2 ** 24 + 1)\n"
                        + errors("torch.quantile(a, 1.5)", "torch.quantile(a, torch.tensor([0.5, -0.1]))",
                        "torch.quantile(torch.tensor([1, 2]), 0.5)", "torch.quantile(a, 0.5, interpolation='cubic')",
                        "torch.quantile(a, torch.tensor(0.5, dtype=torch.float64))", "torch.nanquantile(torch.tensor([]), 0.5)",
                        "big.quantile(0.5, dim=1)", "big[:, :2 ** 23 + 1].quantile(0.5)")));
    }
}
