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

    /** Central differences of f at x (float64), to hold an analytic gradient against. */
    private static final String FINITE_DIFFERENCES = """
            def numeric_grad(f, x, h=1e-6):
                g = torch.zeros_like(x)
                flat = g.view(-1)
                for i in range(x.numel()):
                    e = torch.zeros(x.numel(), dtype=x.dtype)
                    e[i] = h
                    e = e.view(x.shape)
                    flat[i] = (f(x + e) - f(x - e)) / (2 * h)
                return g
            """;

    @Test
    void choleskyFactorsAPositiveDefiniteMatrixAndDifferentiates() {
        // A = [[4, 2], [2, 3]] = L L^T with L = [[2, 0], [1, sqrt(2)]]
        assertEquals("tensor([[2.0000, 0.0000],\n        [1.0000, 1.4142]], grad_fn=<LinalgCholeskyExBackward0>)\n"
                + "tensor([[2.0000, 1.0000],\n        [0.0000, 1.4142]])\nTrue\n_LinAlgError linalg.cholesky: The factorization"
                + " could not be completed because the input is not positive-definite (the leading minor of order 2 is not"
                + " positive-definite).\n", run(FINITE_DIFFERENCES + """
                A = torch.tensor([[4., 2.], [2., 3.]], requires_grad=True)
                print(torch.linalg.cholesky(A))
                print(torch.linalg.cholesky(A.detach(), upper=True))
                M = torch.tensor([[1., 0.5, 0.], [0.2, 1., 0.3], [0., 0.4, 1.]], dtype=torch.float64, requires_grad=True)
                weights = torch.arange(1., 10., dtype=torch.float64).view(3, 3)
                f = lambda M: (torch.linalg.cholesky(M @ M.T + torch.eye(3, dtype=torch.float64)) * weights).sum()
                f(M).backward()
                print(torch.allclose(M.grad, numeric_grad(f, M.detach()), atol=1e-6))
                try:
                    torch.linalg.cholesky(torch.tensor([[1., 2.], [2., 1.]]))
                except torch.linalg.LinAlgError as e:
                    print(type(e).__name__, e)
                """));
    }

    @Test
    void lstsqFitsALineAndDifferentiatesInBothArguments() {
        // the least-squares line through (0, 1), (1, 3), (2, 5.2), (3, 6.8): intercept 1.06, slope 1.96 (np.linalg.lstsq)
        assertEquals("torch.return_types.linalg_lstsq(\nsolution=tensor([[1.0600],\n        [1.9600]]),\nresiduals=tensor([]),"
                + "\nrank=tensor(2),\nsingular_values=tensor([]))\n"
                + "tensor([1.0600, 1.9600], dtype=torch.float64, grad_fn=<LinalgLstsqBackward0>)\nTrue True\n",
                run(FINITE_DIFFERENCES + """
                X = torch.tensor([[1., 0.], [1., 1.], [1., 2.], [1., 3.]])
                print(torch.linalg.lstsq(X, torch.tensor([[1.], [3.], [5.2], [6.8]])))
                A = X.double().requires_grad_()
                b = torch.tensor([1., 3., 5.2, 6.8], dtype=torch.float64, requires_grad=True)
                w = torch.tensor([1., -2.], dtype=torch.float64)
                solution = torch.linalg.lstsq(A, b).solution
                (solution * w).sum().backward()
                print(solution)
                print(torch.allclose(A.grad, numeric_grad(lambda A: (torch.linalg.lstsq(A, b.detach()).solution * w).sum(), A.detach())),
                      torch.allclose(b.grad, numeric_grad(lambda b: (torch.linalg.lstsq(A.detach(), b).solution * w).sum(), b.detach())))
                """));
    }
}
