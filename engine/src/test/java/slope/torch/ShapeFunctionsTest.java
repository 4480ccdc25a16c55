package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** The shape functions ATen composes from others: their values, and the grad_fn of the op they end in. */
class ShapeFunctionsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    @Test
    void tilePadsTheRepsWithLeadingOnesThenRepeats() {
        assertEquals("tensor([[1., 2., 1., 2.],\n        [3., 4., 3., 4.]], grad_fn=<RepeatBackward0>)\n"
                + "tensor([[1, 2, 3, 1, 2, 3],\n        [1, 2, 3, 1, 2, 3]])\n"
                + "tensor([[2., 2.],\n        [2., 2.]])\n",
                run("x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)\ny = x.tile((2,))\nprint(y)\n"
                        + "print(torch.tile(torch.tensor([1, 2, 3]), (2, 2)))\ny.sum().backward()\nprint(x.grad)\n"));
    }

    @Test
    void diffSubtractsNeighboursNTimesAfterPrependAndAppend() {
        assertEquals("tensor([2., 2.], grad_fn=<SubBackward0>)\ntensor([ 1., -1., -1.,  1.])\n"
                + "tensor([[ 3, -3,  3]]) tensor([1, 2, 4, 0])\ntensor([ True, False,  True])\n"
                + "tensor([], dtype=torch.int64) tensor([1, 2])\n"
                + "!RuntimeError: diff expects the shape of tensor to prepend or append to match that of input except along the"
                + " differencing dimension; input.size(0) = 2, but got tensor.size(0) = 1",
                run("a = torch.tensor([1., 4., 9., 16.], requires_grad=True)\nd = torch.diff(a, n=2)\nprint(d)\n"
                        + "d.sum().backward()\nprint(a.grad)\n"
                        + "print(torch.diff(torch.tensor([[1, 3, 2], [4, 0, 5]]), dim=0),"
                        + " torch.diff(torch.tensor([1, 3]), prepend=torch.tensor([0]), append=torch.tensor([7, 7])))\n"
                        + "print(torch.tensor([True, False, False, True]).diff())\n"
                        + "print(torch.diff(torch.tensor([1, 2, 3]), n=5), torch.diff(torch.tensor([1, 2]), n=0))\n"
                        + "torch.diff(torch.ones(2, 2), append=torch.ones(1, 2))\n"));
    }

    @Test
    void theStacksCatAtleastNdInputs() {
        assertEquals("tensor([1., 2., 1., 2.]) torch.Size([2, 4]) tensor([[1., 2.],\n        [1., 2.]]) tensor([[5.],\n        [5.]])\n"
                + "tensor([[[1., 1.],\n         [2., 2.]]]) tensor([[1., 3., 0., 0.],\n        [2., 4., 0., 0.]])\n"
                + "tensor([3., 3.], grad_fn=<CatBackward0>)\n",
                run("s = torch.tensor(5.)\nv = torch.tensor([1., 2.])\nm = torch.ones(2, 2)\n"
                        + "print(torch.hstack((v, v)), torch.hstack([m, m]).shape, torch.vstack([v, v]), torch.row_stack((s, s)))\n"
                        + "print(torch.dstack([v, v]), torch.column_stack((v, torch.tensor([3., 4.]), torch.zeros(2, 2))))\n"
                        + "w = torch.tensor(3., requires_grad=True)\nprint(torch.hstack([w, w]))\n"));
    }

    @Test
    void atleastNdReshapesScalarsAndUnsqueezesTheRest() {
        assertEquals("tensor([5.]) torch.Size([1, 1]) torch.Size([1, 2, 1]) torch.Size([2, 2, 1]) torch.Size([1, 1, 1, 1])\n"
                + "(tensor([5.]), tensor([1., 2.])) (tensor([[1., 2.]]),)\n"
                + "tensor([[3.]], grad_fn=<ViewBackward0>) tensor([[1., 2.]], grad_fn=<UnsqueezeBackward0>)\n",
                run("s = torch.tensor(5.)\nv = torch.tensor([1., 2.])\n"
                        + "print(torch.atleast_1d(s), torch.atleast_2d(s).shape, torch.atleast_3d(v).shape,"
                        + " torch.atleast_3d(torch.ones(2, 2)).shape, torch.atleast_3d(torch.ones(1, 1, 1, 1)).shape)\n"
                        + "print(torch.atleast_1d(s, v), torch.atleast_2d([v]))\n"
                        + "print(torch.atleast_2d(torch.tensor(3., requires_grad=True)), torch.atleast_2d(v.requires_grad_()))\n"));
    }

    @Test
    void countNonzeroAndArgwhereAndOneArgumentWhere() {
        assertEquals("tensor(4) tensor([1, 1, 2]) tensor(4) tensor(1)\n(tensor([0, 1, 1]), tensor([1, 0, 1]))\n"
                + "tensor([[0, 1],\n        [1, 0],\n        [1, 1]])\n",
                run("x = torch.tensor([[0, 1, 7], [2, 0, 0.5]])\n"
                        + "print(torch.count_nonzero(x), x.count_nonzero(dim=0), torch.count_nonzero(x, dim=(0, 1)),"
                        + " torch.count_nonzero(torch.tensor([True, False])))\n"
                        + "print(torch.where(torch.tensor([[0, 1], [1, 1]])))\nprint(torch.argwhere(torch.tensor([[0, 1], [1, 1]])))\n"));
    }

    @Test
    void nanToNumReplacesNonFiniteValuesAndPassesGradWhereFinite() {
        assertEquals("tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  1.5000e+00],\n       grad_fn=<NanToNumBackward0>)\n"
                + "tensor([0., 0., 0., 1.])\n"
                + "tensor([ 2.0000,  9.0000, -9.0000,  1.5000]) tensor([ 1.0000e+00, 1.7977e+308], dtype=torch.float64)\n"
                + "tensor([1., 3.]) tensor([1, 2])\n",
                run("a = torch.tensor([float('nan'), float('inf'), -float('inf'), 1.5], requires_grad=True)\n"
                        + "b = torch.nan_to_num(a)\nprint(b)\nb.sum().backward()\nprint(a.grad)\n"
                        + "print(a.detach().nan_to_num(nan=2.0, posinf=9.0, neginf=-9.0),"
                        + " torch.tensor([1., float('inf')], dtype=torch.float64).nan_to_num())\n"
                        + "c = torch.tensor([float('nan'), 3.])\nc.nan_to_num_(1.0)\nprint(c, torch.tensor([1, 2]).nan_to_num())\n"));
    }

    @Test
    void maskedSelectTakeAndTakeAlongDimPickElements() {
        assertEquals("tensor([0., 2., 3., 5.], grad_fn=<MaskedSelectBackward0>)\ntensor([[1., 0., 1.],\n        [1., 0., 1.]])\n"
                + "tensor([[4, 7],\n        [7, 3]])\n"
                + "tensor([[10.],\n        [50.]], grad_fn=<GatherBackward0>)\n"
                + "tensor([10., 20., 30., 40., 50., 60.], grad_fn=<GatherBackward0>) tensor([50.], grad_fn=<TakeBackward0>)\n"
                + "tensor([[60., 40., 50.],\n        [10., 30., 20.]], grad_fn=<GatherBackward0>)\n",
                run("y = torch.arange(6.).view(2, 3).requires_grad_()\ns = torch.masked_select(y, torch.tensor([True, False, True]))\n"
                        + "print(s)\ns.sum().backward()\nprint(y.grad)\n"
                        + "print(torch.take(torch.tensor([[4, 3], [5, 7]]), torch.tensor([[0, 3], [-1, 1]])))\n"
                        + "t = torch.tensor([[10., 30., 20.], [60., 40., 50.]], requires_grad=True)\n"
                        + "print(torch.take_along_dim(t, torch.tensor([[0], [2]]), dim=1))\n"
                        + "print(torch.take_along_dim(t, torch.argsort(t.detach().view(-1))), t.take(torch.tensor([5])))\n"
                        + "print(torch.take_along_dim(t, torch.tensor([[1], [0]]), dim=0))\n"));
    }

    @Test
    void aliasesEndInTheOpTheyName() {
        assertEquals("tensor([-1.,  2.], grad_fn=<NegBackward0>) tensor([-1.,  2.], grad_fn=<SubBackward0>)"
                + " tensor([ 2., -4.], grad_fn=<MulBackward0>)\n"
                + "tensor([ 0.5000, -1.0000], grad_fn=<DivBackward0>) tensor([1., 2.], grad_fn=<AbsBackward0>)"
                + " tensor([1., 2.], grad_fn=<AbsBackward0>)\n"
                + "tensor([[ 1.,  3.],\n        [-2.,  4.]], grad_fn=<TransposeBackward0>)"
                + " tensor([[ 1.,  3.],\n        [-2.,  4.]], grad_fn=<TransposeBackward0>)\n"
                + "torch.Size([3, 4, 2]) torch.Size([3, 4, 2]) tensor([[0., 1.]], grad_fn=<PermuteBackward0>)\n"
                + "tensor([ 1., -2.,  3.,  4.], grad_fn=<ViewBackward0>) tensor([ 1.,  3., -2.,  4.], grad_fn=<ViewBackward0>)\n"
                + "tensor([[-2.,  1.],\n        [ 4.,  3.]], grad_fn=<FlipBackward0>)"
                + " tensor([[ 3.,  4.],\n        [ 1., -2.]], grad_fn=<FlipBackward0>)\n"
                + "torch.Size([4, 2]) tensor([ 1., -2.,  1., -2.], grad_fn=<CatBackward0>)\n"
                + "!RuntimeError: Input must be >= 2-d.",
                run("v = torch.tensor([1., -2.], requires_grad=True)\nx = torch.tensor([[1., -2.], [3., 4.]], requires_grad=True)\n"
                        + "print(torch.negative(v), v.subtract(v, alpha=2), torch.multiply(v, 2))\n"
                        + "print(torch.divide(v, 2), v.absolute(), torch.absolute(v))\n"
                        + "print(torch.swapaxes(x, 0, 1), x.swapdims(0, 1))\n"
                        + "y = torch.arange(24.).view(2, 3, 4)\n"
                        + "print(torch.moveaxis(y, 0, -1).shape, y.moveaxis((0, 1), (2, 0)).shape,"
                        + " torch.moveaxis(torch.tensor([[0.], [1.]], requires_grad=True), 1, 0))\n"
                        + "print(torch.ravel(x), x.t().ravel())\nprint(torch.fliplr(x), x.flipud())\n"
                        + "print(torch.concatenate([x, x]).shape, torch.concat((v, v)))\ntorch.fliplr(torch.ones(3))\n"));
    }

    @Test
    void tensorSplitSlicesIntoSectionsOrAtIndices() {
        assertEquals("(tensor([0., 1., 2.], grad_fn=<SliceBackward0>), tensor([3., 4.], grad_fn=<SliceBackward0>),"
                + " tensor([5., 6.], grad_fn=<SliceBackward0>))\n"
                + "(tensor([0.], grad_fn=<SliceBackward0>), tensor([1., 2., 3., 4.], grad_fn=<SliceBackward0>),"
                + " tensor([5., 6.], grad_fn=<SliceBackward0>)) (tensor([[0],\n        [3]]), tensor([[1, 2],\n        [4, 5]]))\n"
                + "(tensor([0, 1, 2]), tensor([], dtype=torch.int64), tensor([1, 2, 3]))\n",
                run("x = torch.arange(7.).requires_grad_()\nprint(torch.tensor_split(x, 3))\n"
                        + "print(x.tensor_split([1, 5]), torch.tensor_split(torch.arange(6).view(2, 3), (1,), dim=1))\n"
                        + "print(torch.tensor_split(torch.arange(4), torch.tensor([3, 1])))\n"));
    }

    @Test
    void cartesianProdStacksTheFlattenedGrids() {
        assertEquals("tensor([[1., 3.],\n        [1., 4.],\n        [1., 5.],\n        [2., 3.],\n        [2., 4.],\n"
                + "        [2., 5.]], grad_fn=<StackBackward0>)\ntensor([3., 3.]) tensor([1, 2])\n",
                run("a = torch.tensor([1., 2.], requires_grad=True)\np = torch.cartesian_prod(a, torch.tensor([3., 4., 5.]))\n"
                        + "print(p)\np.sum().backward()\nprint(a.grad, torch.cartesian_prod(torch.tensor([1, 2])))\n"));
    }

    @Test
    void triangleIndicesListTheTriangleRowByRow() {
        assertEquals("tensor([[0, 1, 1, 2, 2, 2],\n        [0, 0, 1, 0, 1, 2]]) tensor([[0, 0, 0, 1, 1, 2],\n        [1, 2, 3, 2, 3, 3]])"
                + " tensor([[1],\n        [0]])\n",
                run("print(torch.tril_indices(3, 3), torch.triu_indices(3, 4, 1), torch.tril_indices(2, 3, -1))\n"));
    }

    @Test
    void msortNansumAndNanmean() {
        assertEquals("tensor([[1., 0.],\n        [2., 1.],\n        [3., 2.]], grad_fn=<SortBackward0>)\n"
                + "tensor(8., grad_fn=<NansumBackward0>) tensor([4., 4.], grad_fn=<NansumBackward0>)"
                + " tensor(2.6667, grad_fn=<DivBackward0>) tensor([[1.0000],\n        [3.5000]], grad_fn=<DivBackward0>)\n"
                + "tensor([[1., 0.],\n        [1., 1.]])\ntensor([[0.3333, 0.0000],\n        [0.3333, 0.3333]])\n",
                run("m = torch.tensor([[3., 1.], [1., 2.], [2., 0.]], requires_grad=True)\nprint(torch.msort(m))\n"
                        + "n = torch.tensor([[1., float('nan')], [3., 4.]], requires_grad=True)\ns = torch.nansum(n)\n"
                        + "print(s, n.nansum(dim=0), torch.nanmean(n), n.nanmean(dim=1, keepdim=True))\n"
                        + "s.backward()\nprint(n.grad)\nn.grad = None\nn.nanmean().backward()\nprint(n.grad)\n"));
    }

    @Test
    void unflattenViewsOneDimAsSeveral() {
        assertEquals("tensor([[ 0.,  1.,  2.,  3.],\n        [ 4.,  5.,  6.,  7.],\n        [ 8.,  9., 10., 11.]], grad_fn=<ViewBackward0>)"
                + " torch.Size([2, 2, 3])\nUnflatten(dim=1, unflattened_size=(2, 3)) torch.Size([4, 2, 3])\n"
                + "!RuntimeError: unflatten: Provided sizes [5, 2] don't multiply up to the size of dim 0 (12) in the input tensor",
                run("u = torch.arange(12.).requires_grad_()\n"
                        + "print(u.unflatten(0, (3, -1)), torch.unflatten(torch.ones(2, 6), 1, (2, 3)).shape)\n"
                        + "layer = torch.nn.Unflatten(1, (2, 3))\nprint(layer, layer(torch.ones(4, 6)).shape)\nu.unflatten(0, (5, 2))\n"));
    }

    @Test
    void cumprodsGradientReachesPastZerosAsATensCumprodBackward() {
        assertEquals("tensor([1., 2., 6.], grad_fn=<CumprodBackward0>)\ntensor([9., 4., 2.])\n"
                + "tensor([[2., 0., 0., 0.],\n        [1., 2., 0., 0.]], grad_fn=<CumprodBackward0>)\n"
                + "tensor([[ 1., 32.,  0.,  0.],\n        [ 5.,  2.,  6.,  0.]])\n"
                + "tensor([[1, 2],\n        [3, 8]]) tensor([1., 2.])\n",
                run("x = torch.tensor([1., 2., 3.], requires_grad=True)\ny = torch.cumprod(x, dim=0)\nprint(y)\n"
                        + "y.sum().backward()\nprint(x.grad)\n"
                        + "z = torch.tensor([[2., 0., 3., 4.], [1., 2., 0., 0.]], requires_grad=True)\nw = z.cumprod(1)\nprint(w)\n"
                        + "w.backward(torch.tensor([[1., 1., 1., 1.], [1., 2., 3., 4.]]))\nprint(z.grad)\n"
                        + "print(torch.tensor([[1, 2], [3, 4]]).cumprod(0), torch.tensor([1, 2]).cumprod(0, dtype=torch.float32))\n"));
    }

    @Test
    void unfoldViewsWindowsAndSumsOverlapsInItsGradient() {
        assertEquals("tensor([[1., 2., 3.],\n        [3., 4., 5.],\n        [5., 6., 7.]], grad_fn=<UnfoldBackward0>)\n"
                + "tensor([1., 1., 2., 1., 2., 1., 1.])\n"
                + "torch.Size([3, 3, 2]) tensor([[[0., 4.],\n         [1., 5.],\n         [2., 6.],\n         [3., 7.]]])\n"
                + "tensor([0., 0., 9., 0., 0.]) False\n"
                + "!RuntimeError: maximum size for tensor at dimension 0 is 7 but size is 8",
                run("x = torch.arange(1., 8.).requires_grad_()\nu = x.unfold(0, 3, 2)\nprint(u)\nu.sum().backward()\nprint(x.grad)\n"
                        + "m = torch.arange(12.).view(3, 4)\nprint(m.unfold(1, 2, 1).shape, m.unfold(0, 2, 2))\n"
                        + "v = torch.zeros(5)\nv.unfold(0, 2, 2)[1, 0] = 9.\nprint(v, x.unfold(0, 2, 3).is_contiguous())\n"
                        + "x.unfold(0, 8, 1)\n"));
    }

    @Test
    void aminmaxReturnsANamedMinMaxPair() {
        assertEquals("torch.return_types.aminmax(\nmin=tensor(-2),\nmax=tensor(5))\n"
                + "tensor(-2) tensor(5) torch.return_types.aminmax(\nmin=tensor([-2,  0]),\nmax=tensor([5, 4]))\n"
                + "tensor([[ 1.,  0., -2.]]) tensor([[4., 5., 3.]]) tensor(5)\n"
                + "torch.return_types.max(\nvalues=tensor([5, 4]),\nindices=tensor([1, 0]))\n",
                run("x = torch.tensor([[1, 5, -2], [4, 0, 3]])\nr = torch.aminmax(x)\nprint(r)\nprint(r.min, r.max, x.aminmax(dim=1))\n"
                        + "mn, mx = torch.aminmax(x.float(), dim=0, keepdim=True)\nprint(mn, mx, r[1])\nprint(torch.max(x, 1))\n"));
    }

    @Test
    void aNegativeRepeatIsPyTorchsNegativeDimensionError() {
        assertEquals("!RuntimeError: Trying to create tensor with negative dimension -2: [-2]", run("torch.tile(torch.ones(2), (-1,))\n"));
    }

    @Test
    void kronMultipliesInterleavedViewsAndEndsInAnUnsafeView() {
        // values as np.kron gives them; ATen's kron is _unsafe_view(mul(_unsafe_view(a), _unsafe_view(b)))
        assertEquals("tensor([[ 0.,  5.,  0., 10.],\n        [ 6.,  7., 12., 14.],\n        [ 0., 15.,  0., 20.],\n"
                + "        [18., 21., 24., 28.]], grad_fn=<UnsafeViewBackward0>)\n"
                + "MulBackward0 UnsafeViewBackward0\n"
                + "tensor([[18., 18.],\n        [18., 18.]])\n"
                + "tensor([[1.5000, 3.0000, 4.5000],\n        [2.0000, 4.0000, 6.0000]]) tensor([[ 0,  0,  1, -1,  2, -2],\n"
                + "        [ 3, -3,  4, -4,  5, -5]])\n"
                + "tensor(6)\n",
                run("a = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)\n"
                        + "k = torch.kron(a, torch.tensor([[0., 5.], [6., 7.]]))\nprint(k)\n"
                        + "print(k.grad_fn.next_functions[0][0].name(), k.grad_fn.next_functions[0][0].next_functions[0][0].name())\n"
                        + "k.sum().backward()\nprint(a.grad)\n"
                        + "print(torch.kron(torch.tensor([1, 2, 3]), torch.tensor([[1.5], [2.]])),"
                        + " torch.arange(6).reshape(2, 3).kron(torch.tensor([1, -1])))\n"
                        + "print(torch.kron(torch.tensor(2), torch.tensor(3)))\n"));
    }

    @Test
    void blockDiagPlacesScalarsAndRowsAsBlocksInTheResultType() {
        // the first case is the example of PyTorch's block_diag docs, with its printed output
        assertEquals("tensor([[0, 1, 0, 0, 0, 0, 0, 0, 0, 0],\n        [1, 0, 0, 0, 0, 0, 0, 0, 0, 0],\n"
                + "        [0, 0, 3, 4, 5, 0, 0, 0, 0, 0],\n        [0, 0, 6, 7, 8, 0, 0, 0, 0, 0],\n"
                + "        [0, 0, 0, 0, 0, 7, 0, 0, 0, 0],\n        [0, 0, 0, 0, 0, 0, 1, 2, 3, 0],\n"
                + "        [0, 0, 0, 0, 0, 0, 0, 0, 0, 4],\n        [0, 0, 0, 0, 0, 0, 0, 0, 0, 5],\n"
                + "        [0, 0, 0, 0, 0, 0, 0, 0, 0, 6]])\n"
                + "tensor([[1., 2., 0., 0., 0.],\n        [0., 0., 3., 0., 0.],\n        [0., 0., 0., 4., 5.],\n"
                + "        [0., 0., 0., 6., 7.]], dtype=torch.float64,\n       grad_fn=<BlockDiagBackward0>)\n"
                + "tensor([0., 1.]) tensor(7.) tensor([[13., 14.],\n        [18., 19.]], dtype=torch.float64)\n"
                + "torch.int32 tensor([[1.0000, 0.0000],\n        [0.0000, 2.5000]])\n"
                + "tensor([], size=(1, 0)) tensor([[0., 0.],\n        [1., 2.]])\n"
                + "(tensor([2., 2.], grad_fn=<ViewBackward0>), tensor(2., grad_fn=<SqueezeBackward1>),"
                + " tensor([[2.]], grad_fn=<SliceBackward0>))\n"
                + "!RuntimeError: torch.block_diag: Input tensors must have 2 or fewer dimensions. Input 1 has 3 dimensions",
                run("print(torch.block_diag(torch.tensor([[0, 1], [1, 0]]), torch.tensor([[3, 4, 5], [6, 7, 8]]), torch.tensor(7),"
                        + " torch.tensor([1, 2, 3]), torch.tensor([[4], [5], [6]])))\n"
                        + "x = torch.tensor([1., 2.], requires_grad=True)\ns = torch.tensor(3., requires_grad=True)\n"
                        + "m = torch.tensor([[4., 5.], [6., 7.]], dtype=torch.float64, requires_grad=True)\n"
                        + "z = torch.block_diag(x, s, m)\nprint(z)\n"
                        + "(z * torch.arange(20.).reshape(4, 5)).sum().backward()\nprint(x.grad, s.grad, m.grad)\n"
                        + "print(torch.block_diag(torch.tensor([1, 2], dtype=torch.int32), torch.tensor(7)).dtype,"
                        + " torch.block_diag(torch.tensor([True]), torch.tensor(2.5)))\n"
                        + "print(torch.block_diag(), torch.block_diag(torch.tensor([]), torch.tensor([[1, 2]])))\n"
                        // block_diag_backward slices each block out and squeeze(-1)s it once per missing dim: a no-op
                        // on a row, whose [1, n] gradient the engine then sums to [n] (sum_to: a sum, then a view)
                        + "x, s, m = torch.tensor([1., 2.], requires_grad=True), torch.tensor(3., requires_grad=True),"
                        + " torch.ones(1, 1, requires_grad=True)\n"
                        + "w = torch.full((3, 4), 2., requires_grad=True)\n"
                        + "print(torch.autograd.grad((torch.block_diag(x, s, m) * w).sum(), (x, s, m), create_graph=True))\n"
                        + "torch.block_diag(torch.ones(2), torch.ones(1, 1, 1))\n"));
    }

    @Test
    void cummaxAndCumminKeepTheLastTieAndTheLastNan() {
        // ATen's cummax_cummin_helper: >= (<=) moves the index to a tie, a nan sticks and each later nan takes the index
        assertEquals("torch.return_types.cummax(\nvalues=tensor([1., 3., 3., 3., nan, nan, nan, nan], grad_fn=<CummaxBackward0>),\n"
                + "indices=tensor([0, 1, 1, 3, 4, 4, 6, 6]))\n"
                + "tensor([1., 2., 0., 1., 2., 0., 2., 0.])\n"
                + "torch.return_types.cummin(\nvalues=tensor([[ 3,  1,  1],\n        [ 0,  0, -1]]),\n"
                + "indices=tensor([[0, 1, 1],\n        [0, 1, 2]]))\n"
                + "tensor([0, 1, 2, 2]) torch.return_types.cummax(\nvalues=tensor(5.),\nindices=tensor(0))\n"
                + "tensor([[1., 5.],\n        [1., 2.],\n        [1., 2.]], grad_fn=<CumminBackward0>) tensor([[0, 0],\n"
                + "        [0, 1],\n        [0, 1]])\n"
                + "tensor([[ 9.,  2.],\n        [ 0., 10.],\n        [ 0.,  0.]])\n",
                run("v = torch.tensor([1., 3., 2., 3., float('nan'), 0., float('nan'), 5.], requires_grad=True)\n"
                        + "r = torch.cummax(v, 0)\nprint(r)\nvalues, indices = r\nvalues.sum().backward()\nprint(v.grad)\n"
                        + "print(torch.tensor([[3, 1, 2], [0, 0, -1]]).cummin(dim=1))\n"
                        + "print(torch.cummin(torch.tensor([2., 1., 1., 4.]), -1).indices, torch.cummax(torch.tensor(5.), 0))\n"
                        + "w = torch.tensor([[1., 5.], [4., 2.], [4., 6.]], requires_grad=True)\n"
                        + "m = w.cummin(0)\nprint(m[0], m[1])\n"
                        + "(m.values * torch.tensor([[1., 2.], [3., 4.], [5., 6.]])).sum().backward()\nprint(w.grad)\n"));
    }
}
