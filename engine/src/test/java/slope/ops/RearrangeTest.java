package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import slope.run.RunOutput;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** flip, repeat, gather, index_select, sort, topk, split, triu, masked_fill, cumsum, amax and logsumexp: PyTorch's outputs and gradients. */
class RearrangeTest {
    @Test
    void gradientsAgreeWithFiniteDifferences() {
        Tensor idx = new Tensor(new double[] {2, 0, 0, 1, 1, 2}, new int[] {2, 3}, DType.INT64);
        Tensor rows = new Tensor(new double[] {1, 1, 0}, new int[] {3}, DType.INT64);
        List<Function<Tensor[], Tensor>> ops = List.of(
                x -> Rearrange.flip(x[0], new int[] {0, -1}),
                x -> Rearrange.repeat(x[0], new int[] {2, 1, 2}),
                x -> Rearrange.gather(x[0], 1, idx),
                x -> Rearrange.indexSelect(x[0], 0, rows),
                x -> Sorting.sort(x[0], 1, true)[0],
                x -> Sorting.topk(x[0], 2, 1, false)[0],
                x -> Rearrange.triangle(x[0], 0, true),
                x -> Rearrange.cumsum(x[0], 1, null),
                x -> Reductions.amax(x[0], new int[] {1}, false, true),
                x -> Reductions.logsumexp(x[0], new int[] {0}, true),
                x -> Rearrange.roll(x[0], new int[] {1, -2}, new int[] {0, 1}),
                x -> Rearrange.scatter(Creation.full(new int[] {3, 3}, 0, DType.FLOAT64), 0, idx, x[0], true),
                x -> Rearrange.scatter(x[0], 1, new Tensor(new double[] {2, 0}, new int[] {2, 1}, DType.INT64),
                        Tensor.wrap(5, DType.FLOAT64), false),
                x -> Pointwise.rsqrt(x[0].abs().add(0.5)),
                x -> Rearrange.repeatInterleave(x[0], 2, 1),
                x -> Rearrange.repeatInterleave(x[0], 3, null),
                x -> Rearrange.diag(x[0], 1),
                x -> Rearrange.diag(Rearrange.diag(x[0], 0), -1),
                x -> Sorting.median(x[0], 1, false)[0],
                x -> Reductions.median(x[0]),
                x -> Arithmetic.fmod(x[0], Tensor.wrap(0.7, DType.FLOAT64)),
                x -> Rearrange.indexAdd(Creation.full(new int[] {3, 3}, 1, DType.FLOAT64), 0,
                        new Tensor(new double[] {2, 0}, new int[] {2}, DType.INT64), x[0], 1.5));
        for (Function<Tensor[], Tensor> f : ops) check(f, input(new int[] {2, 3}, 11, false));
        // the others are linear where differentiable: their gradients do not depend on x
        checkSecond(x -> Reductions.logsumexp(x[0], new int[] {1}, false), input(new int[] {2, 3}, 12, false));
    }

    @Test
    void valuesIndicesAndGradFnsAreTorchs() {
        assertEquals("""
                tensor([[3., 4., 5.],
                        [0., 1., 2.]], grad_fn=<FlipBackward0>)
                tensor([0, 1, 2, 0, 1, 2])
                tensor([[0., 0.],
                        [4., 3.]], grad_fn=<GatherBackward0>)
                tensor([3., 2., 1., 1.]) tensor([0, 2, 1, 3])
                torch.return_types.topk(
                values=tensor([5., 4.]),
                indices=tensor([1, 3]))
                (tensor([0, 1, 2]), tensor([3, 4])) (tensor([0, 1]), tensor([2, 3, 4]))
                tensor([[0., 1., 2.],
                        [-inf, -inf, -inf]], grad_fn=<MaskedFillBackward0>)
                tensor([[1, 3],
                        [3, 7]])
                tensor([2., 5.], grad_fn=<AmaxBackward0>) tensor(3.4076)
                tensor([[1., 2., 3.],
                        [2., 4., 6.]])
                torch.Size([3, 4, 2]) (3, 1) False
                tensor([3., 2., 1.]) tensor([0.0000, 0.5000, 0.5000])
                """, RunOutput.of("""
                import torch
                x = torch.arange(6.).reshape(2, 3).requires_grad_()
                print(x.flip(0))
                print(torch.arange(3).repeat(2))
                print(torch.gather(x, 1, torch.tensor([[0, 0], [1, 0]])))
                v, i = torch.sort(torch.tensor([3.0, 1.0, 2.0, 1.0]), descending=True)
                print(v, i)
                print(torch.topk(torch.tensor([1.0, 5.0, 3.0, 4.0]), 2))
                print(torch.arange(5).chunk(2), torch.arange(5).split([2, 3]))
                print(x.masked_fill(x > 2, float('-inf')))
                print(torch.tensor([[1, 2], [3, 4]]).cumsum(dim=1))
                print(x.amax(dim=1), torch.logsumexp(torch.tensor([1.0, 2.0, 3.0]), dim=0))
                print(torch.outer(torch.tensor([1., 2.]), torch.tensor([1., 2., 3.])))
                print(torch.movedim(torch.zeros(2, 3, 4), 0, -1).shape, x.stride(), x.t().is_contiguous())
                z = torch.tensor([1.0, 2.0, 2.0], requires_grad=True)
                z.cumsum(0).sum().backward()
                g = z.grad
                z.grad = None
                z.amax().backward()  # two maxima share the gradient
                print(g, z.grad)
                """));
    }

    @Test
    void rollScatterNonzeroAndUnique() {
        assertEquals("""
                tensor([3, 4, 0, 1, 2])
                tensor([[2., 1., 1.],
                        [0., 1., 0.],
                        [0., 0., 1.]], grad_fn=<ScatterAddBackward0>)
                tensor([[0., 7., 0., 0.],
                        [0., 0., 0., 7.]])
                tensor([[0, 1],
                        [1, 0]]) (tensor([1, 3]),)
                tensor([1, 2, 3]) (tensor([1., 2.]), tensor([1, 0, 1]), tensor([1, 2]))
                tensor([0.5000, 2.0000]) tensor([1., 1.]) tensor([ 3, -4])
                """, RunOutput.of("""
                import torch
                print(torch.roll(torch.arange(5), 2))
                src = torch.ones(2, 3, requires_grad=True)
                print(torch.zeros(3, 3).scatter_add(0, torch.tensor([[0, 1, 2], [0, 0, 0]]), src))
                print(torch.zeros(2, 4).scatter(1, torch.tensor([[1], [3]]), 7.0))
                print(torch.tensor([[0, 1], [2, 0]]).nonzero(), torch.nonzero(torch.tensor([0, 3, 0, 1]), as_tuple=True))
                print(torch.unique(torch.tensor([3, 1, 2, 3, 1])), torch.tensor([2., 1., 2.]).unique(return_inverse=True, return_counts=True))
                print(torch.tensor([4.0, 0.25]).rsqrt(), torch.tensor([5., -3.]).remainder(2), torch.floor_divide(torch.tensor([7, -7]), 2))
                """));
    }

    @Test
    void repeatInterleaveDiagAndTrunc() {
        assertEquals("""
                tensor([1, 1, 2, 2]) torch.Size([6, 2])
                tensor([[ 1.5000,  0.0000],
                        [ 0.0000, -2.7000]], grad_fn=<DiagEmbedBackward0>) tensor([0., 4., 8.]) tensor([1., 5.])
                tensor([ 1., -2.,  0.]) tensor([[0, 0, 0],
                        [1, 0, 0],
                        [0, 2, 0]])
                """, RunOutput.of("""
                import torch
                print(torch.tensor([1, 2]).repeat_interleave(2), torch.arange(4.).reshape(2, 2).repeat_interleave(3, dim=0).shape)
                m = torch.arange(9.).reshape(3, 3)
                print(torch.diag(torch.tensor([1.5, -2.7], requires_grad=True)), torch.diag(m), torch.diag(m, 1))
                print(torch.tensor([1.5, -2.7, 0.3]).trunc(), torch.diag(torch.tensor([1, 2]), -1))
                """));
    }

    @Test
    void medianFmodIndexAddAndMoments() {
        assertEquals("""
                tensor(2., grad_fn=<MedianBackward0>)
                torch.return_types.median(
                values=tensor([2., 1.], grad_fn=<MedianBackward1>),
                indices=tensor([2, 3]))
                tensor([-1.,  1.]) tensor([ 1, -1])
                tensor([[4., 4.],
                        [0., 0.],
                        [2., 2.]])
                (tensor(1.2910), tensor(2.5000))
                """, RunOutput.of("""
                import torch
                x = torch.tensor([[3.0, 1.0, 2.0, 5.0], [4.0, 4.0, 0.0, 1.0]], requires_grad=True)
                print(x.median())
                print(torch.median(x, dim=1))
                print(torch.fmod(torch.tensor([-3., 5.]), 2), torch.fmod(torch.tensor([7, -7]), 3))
                print(torch.zeros(3, 2).index_add(0, torch.tensor([0, 2, 0]), torch.ones(3, 2), alpha=2))
                print(torch.std_mean(torch.tensor([1., 2., 3., 4.])))
                """));
    }

    @Test
    void viewsAndErrorsAreTorchs() {
        assertEquals("""
                (tensor([[0., 1.],
                        [3., 4.]], grad_fn=<SplitBackward0>), tensor([[2.],
                        [5.]], grad_fn=<SplitBackward0>))
                (tensor([0., 1., 2.], grad_fn=<UnbindBackward0>), tensor([3., 4., 5.], grad_fn=<UnbindBackward0>))
                !RuntimeError: split_with_sizes expects split_sizes to sum exactly to 5 (input tensor's size at dimension 0), but got split_sizes=[2, 2]
                """.strip(), RunOutput.of("""
                import torch
                x = torch.arange(6.).reshape(2, 3).requires_grad_()
                print(x.split(2, dim=1))
                print(x.unbind(0))
                torch.arange(5).split([2, 2])
                """).strip());
        assertEquals("!IndexError: index 3 is out of bounds for dimension 1 with size 3",
                RunOutput.of("import torch\ntorch.zeros(2, 3).gather(1, torch.tensor([[3], [0]]))\n"));
        assertEquals("!AssertionError: Torch not compiled with CUDA enabled", RunOutput.of("import torch\ntorch.zeros(2).cuda()\n"));
    }
}
