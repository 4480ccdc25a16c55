package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.linalg as autodiff lessons use it: the gradient of a determinant is det(A) A^-T, norms over dims. */
class LinalgTest {
    private static String run(String code) { return RunOutput.of("import torch\n" + code); }

    @Test
    void inverseDeterminantAndSolveWithTheirGradients() {
        assertEquals("tensor([[ 0.3000, -0.1000],\n        [-0.2000,  0.4000]], grad_fn=<LinalgInvExBackward0>)\n"
                + "tensor(10., grad_fn=<LinalgDetBackward0>) tensor([[ 3., -2.],\n        [-1.,  4.]])\n"
                + "tensor([0.1000, 0.6000], grad_fn=<LinalgSolveExBackward0>) tensor([0.1000, 0.3000])\n",
                run("A = torch.tensor([[4.0, 1.0], [2.0, 3.0]], requires_grad=True)\nprint(torch.linalg.inv(A))\n"
                        + "d = torch.linalg.det(A)\nd.backward()\nprint(d, A.grad)\n"
                        + "b = torch.tensor([1.0, 2.0], requires_grad=True)\nx = torch.linalg.solve(A, b)\nx.sum().backward()\n"
                        + "print(x, b.grad)\n"));
    }

    @Test
    void normsAndTheSingularError() {
        assertEquals("tensor(5.) tensor([7.]) tensor(10.) True\n_LinAlgError linalg.inv: The diagonal element 1 is zero, the"
                + " inversion could not be completed because the input matrix is singular.\n",
                run("print(torch.linalg.norm(torch.tensor([3.0, 4.0])), torch.linalg.vector_norm(torch.tensor([[3.0, 4.0]]), ord=1, dim=1),"
                        + " torch.tensor([[4.0, 1.0], [2.0, 3.0]]).det(), torch.equal(torch.inverse(torch.eye(2) * 2), torch.eye(2) / 2))\n"
                        + "try:\n    torch.linalg.inv(torch.zeros(2, 2))\nexcept torch.linalg.LinAlgError as e:\n    print(type(e).__name__, e)\n"));
    }
}
