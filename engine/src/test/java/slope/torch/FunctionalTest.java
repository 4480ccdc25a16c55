package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.autograd.functional: the examples of PyTorch's documentation, with fixed inputs. */
class FunctionalTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nfrom torch.autograd.functional import jacobian, hessian, vjp, jvp, vhp, hvp\n"
                + code);
    }

    @Test
    void jacobianOfOneAndOfTwoInputs() {
        assertEquals("""
                tensor([[[1.0000, 2.7183],
                         [0.0000, 0.0000]],

                        [[0.0000, 0.0000],
                         [2.7183, 1.6487]]])
                (tensor([[5.4366, 0.0000],
                        [0.0000, 5.4366]]), tensor([[3., 0.],
                        [0., 3.]]))
                None False
                """, run("""
                def exp_reducer(x):
                    return x.exp().sum(dim=1)
                print(jacobian(exp_reducer, torch.tensor([[0.0, 1.0], [1.0, 0.5]])))
                def exp_adder(x, y):
                    return 2 * x.exp() + 3 * y
                print(jacobian(exp_adder, (torch.ones(2), torch.ones(2))))
                j = jacobian(lambda x: x ** 2, torch.tensor([1.0, 2.0], requires_grad=True))
                print(j.grad_fn, j.requires_grad)
                """));
    }

    @Test
    void hessianIsTheJacobianOfTheGradient() {
        assertEquals("""
                tensor([[[[ 6.,  0.],
                          [ 0.,  0.]],

                         [[ 0., 12.],
                          [ 0.,  0.]]],


                        [[[ 0.,  0.],
                          [ 3.,  0.]],

                         [[ 0.,  0.],
                          [ 0., 18.]]]])
                ((tensor([[4., 0.],
                        [0., 4.]]), tensor([[0., 0.],
                        [0., 0.]])), (tensor([[0., 0.],
                        [0., 0.]]), tensor([[6., 0.],
                        [0., 6.]])))
                """, run("""
                print(hessian(lambda x: x.pow(3).sum(), torch.tensor([[1.0, 2.0], [0.5, 3.0]])))
                print(hessian(lambda x, y: (2 * x.pow(2) + 3 * y.pow(2)).sum(), (torch.ones(2), torch.ones(2))))
                """));
    }

    @Test
    void vjpGivesTheOutputAndTheVectorJacobianProduct() {
        assertEquals("(tensor([3.7183, 4.3670]), tensor([[1.0000, 2.7183],\n        [2.7183, 1.6487]]))\n", run("""
                print(vjp(lambda x: x.exp().sum(dim=1), torch.tensor([[0.0, 1.0], [1.0, 0.5]]), torch.ones(2)))
                """));
    }

    @Test
    void jvpVhpAndHvpGiveTheOutputAndTheProduct() {
        assertEquals("""
                (tensor([1., 4.]), tensor([2., 0.]))
                (tensor([1., 4.]), tensor([2., 0.]))
                (tensor(8.), tensor(12.))
                (tensor(9.), tensor([6., 0.])) (tensor(9.), tensor([6., 0.]))
                v has invalid size: should be torch.Size([2]) but got torch.Size([3]).
                !RuntimeError: The Tensor returned by the function given to hvp should contain a single element""", run("""
                x, v = torch.tensor([1.0, 2.0]), torch.tensor([1.0, 0.0])
                print(jvp(lambda x: x ** 2, x, v))
                print(jvp(lambda a, b: a * b, (x, x), (v, v)))
                print(jvp(lambda x: x ** 3, torch.tensor(2.0)))
                cube = lambda x: (x ** 3).sum()
                print(vhp(cube, x, v), hvp(cube, x, v))
                try:
                    jvp(lambda x: x * 2, x, torch.ones(3))
                except RuntimeError as e:
                    print(e)
                hvp(lambda x: x * 2, x, v)
                """));
    }

    @Test
    void anOutputIndependentOfAnInputIsZerosOrInStrictModeAnError() {
        assertEquals("tensor([[0., 0.],\n        [0., 0.]])\n"
                + "Output 0 of the user-provided function is independent of input 1. This is not allowed in strict mode.\n"
                + "!RuntimeError: Output 0 of the user-provided function does not require gradients. The outputs must be"
                + " computed in a differentiable manner from the input when running in strict mode.", run("""
                print(jacobian(lambda x: torch.ones(2), torch.ones(2)))
                try:
                    jacobian(lambda x, y: x * 2, (torch.ones(2), torch.ones(2)), strict=True)
                except RuntimeError as e:
                    print(e)
                jacobian(lambda x: torch.ones(2), torch.ones(2), strict=True)
                """));
    }
}
