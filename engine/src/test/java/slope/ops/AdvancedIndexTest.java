package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** Indexing with several index tensors, as PyTorch (NumPy) does it; expected outputs are PyTorch's. */
class AdvancedIndexTest {
    @Test
    void rowsAndColumnsPickOneElementEach() {
        assertEquals("""
                tensor([ 1., 11., 11.], grad_fn=<IndexBackward0>)
                tensor([[0., 1., 0., 0.],
                        [0., 0., 0., 0.],
                        [0., 0., 0., 2.]])
                tensor([ 0., 11.], grad_fn=<IndexBackward0>)
                """, RunOutput.of("""
                import torch
                x = torch.arange(12.).reshape(3, 4).requires_grad_()
                y = x[torch.tensor([0, 2, 2]), torch.tensor([1, 3, 3])]
                print(y)
                y.sum().backward()
                print(x.grad)  # a position picked twice gets both gradients
                print(x[range(0, 3, 2), [0, -1]])
                """));
    }

    @Test
    void theIndexShapeReplacesAdjacentDimsAndLeadsOtherwise() {
        assertEquals("""
                tensor([[ 1, 11],
                        [13, 23]])
                tensor([[ 1,  5,  9],
                        [14, 18, 22]])
                torch.Size([2, 2, 4]) torch.Size([1, 3])
                """, RunOutput.of("""
                import torch
                z = torch.arange(24).reshape(2, 3, 4)
                print(z[:, [0, 2], [1, 3]])
                print(z[[0, 1], :, [1, 2]])
                print(z[[[0], [1]], [0, 2]].shape, z[1:, [0, 1, 2], [0]].shape)
                """));
    }

    @Test
    void assignmentWritesThePickedPositions() {
        // Karpathy's backprop exercise: dlogprobs[range(n), Yb] = -1.0/n and dlogits[range(n), Yb] -= 1
        assertEquals("""
                tensor([[-0.5000,  0.0000,  0.0000],
                        [ 0.0000,  0.0000, -0.5000]])
                tensor([[-0.5000,  0.0000,  1.0000],
                        [ 0.0000,  0.0000, -1.5000]])
                """, RunOutput.of("""
                import torch
                n, y = 2, torch.tensor([0, 2])
                d = torch.zeros(n, 3)
                d[range(n), y] = -1.0 / n
                print(d)
                d[range(n), y] -= torch.tensor([0.0, 1.0])
                d[[0], [2]] = 1
                print(d)
                """));
    }

    @Test
    void indexErrorsAreTorchs() {
        assertEquals("!IndexError: shape mismatch: indexing tensors could not be broadcast together with shapes [2], [3]",
                RunOutput.of("import torch\ntorch.zeros(3, 4)[torch.tensor([0, 1]), torch.tensor([0, 1, 2])]\n"));
        assertEquals("!IndexError: index 5 is out of bounds for dimension 0 with size 3",
                RunOutput.of("import torch\ntorch.zeros(3, 4)[[0, 5], [0, 1]]\n"));
    }
}
