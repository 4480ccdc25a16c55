package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.input;

import java.util.List;
import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** einsum against the ops it stands for, and its gradients against finite differences. */
class EinsumTest {
    @Test
    void equationsGiveWhatTheirOpsGive() {
        assertEquals("True True True tensor(15.) tensor(11.)\n"
                + "tensor([[  1.,  10., 100.],\n        [  2.,  20., 200.]])\n", RunOutput.of("""
                import torch
                a, b = torch.randn(2, 3), torch.randn(3, 4)
                q, k = torch.randn(2, 3, 4), torch.randn(2, 5, 4)
                print(torch.allclose(torch.einsum('ij,jk->ik', a, b), a @ b), torch.equal(torch.einsum('ij->ji', a), a.t()),
                      torch.allclose(torch.einsum('bqd,bkd->bqk', q, k), q @ k.transpose(1, 2)),
                      torch.einsum('ij->', torch.arange(6.).reshape(2, 3)), torch.einsum('i,i', torch.tensor([1., 2.]), torch.tensor([3., 4.])))
                print(torch.einsum('i,j->ij', [torch.tensor([1., 2.]), torch.tensor([1., 10., 100.])]))
                """));
        assertEquals("!RuntimeError: einsum(): the number of subscripts in the equation (2) does not match the number of dimensions"
                + " (1) for operand 0 and no ellipsis was given", RunOutput.of("import torch\ntorch.einsum('ij->i', torch.ones(3))\n"));
    }

    @Test
    void ellipsisAndRepeatedSubscripts() {
        assertEquals("True torch.Size([2, 4, 3]) torch.Size([2]) torch.Size([2, 3]) torch.Size([2, 3, 4])\n"
                + "tensor([0., 4., 8.]) tensor(12.) tensor(12., grad_fn=<TraceBackward0>)\n"
                + "!RuntimeError: einsum(): subscript i is repeated for operand 0 but the sizes don't match, 2 != 3", RunOutput.of("""
                import torch
                b, c = torch.randn(2, 3, 4), torch.randn(2, 4, 5)
                print(torch.allclose(torch.einsum('...ij,...jk->...ik', b, c), b @ c), torch.einsum('...ij->...ji', b).shape,
                      torch.einsum('b...,b...->b', b, b).shape, torch.einsum('...i,i', b, torch.ones(4)).shape, torch.einsum('...', b).shape)
                a = torch.arange(9.).reshape(3, 3)
                print(torch.einsum('ii->i', a), torch.einsum('ii', a), torch.trace(a.requires_grad_()))
                torch.einsum('ii->i', torch.ones(2, 3))
                """));
    }

    @Test
    void gradientsFollowTheOpsItIsMadeOf() {
        check(x -> Einsum.einsum("ii->", List.of(x[0])), input(new int[] {3, 3}, 5, false));
        check(x -> Einsum.einsum("...ij,...j->...i", List.of(x[0], x[1])), input(new int[] {2, 2, 3}, 6, false), input(new int[] {3}, 7, false));
        check(x -> Rearrange.trace(x[0]), input(new int[] {2, 3}, 8, false));
        check(x -> Rearrange.diagonal(x[0], -1, 2, 0), input(new int[] {3, 2, 4}, 9, false));
        check(x -> Einsum.einsum("ij,jk->ik", List.of(x[0], x[1])), input(new int[] {2, 3}, 1, false), input(new int[] {3, 2}, 2, false));
        check(x -> Einsum.einsum("bij,bj->bi", List.of(x[0], x[1])), input(new int[] {2, 2, 3}, 3, false), input(new int[] {2, 3}, 4, false));
    }
}
