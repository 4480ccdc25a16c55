package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** {@code torch.func}'s transforms: what PyTorch's functorch returns for the same programs, nested ones included. */
class FuncTest {
    @Test
    void gradOfAFunctionAndOfItsGradient() {
        // sin(x) * x at 1: cos 1 + sin 1, then 2 cos 1 - sin 1; plain tensors out, as functorch gives them
        assertEquals("tensor(1.3818) tensor(0.2391)\n(tensor([ 3., 12.]), tensor(9.))\n", RunOutput.of("""
                import torch
                from torch.func import grad, grad_and_value
                f = lambda x: torch.sin(x) * x
                print(grad(f)(torch.tensor(1.0)), grad(grad(f))(torch.tensor(1.0)))
                print(grad_and_value(lambda x: (x ** 3).sum())(torch.tensor([1.0, 2.0])))
                """));
    }

    @Test
    void argnumsAndHasAux() {
        assertEquals("(tensor(3.), tensor(2.))\n(tensor(3.), 'aux')\ntensor(0.)\n", RunOutput.of("""
                import torch
                from torch.func import grad
                mul = lambda a, b: a * b
                print(grad(mul, argnums=(0, 1))(torch.tensor(2.0), torch.tensor(3.0)))
                print(grad(lambda a, b: (a * b, 'aux'), has_aux=True)(torch.tensor(2.0), torch.tensor(3.0)))
                print(grad(lambda a, b: b * 1.0, argnums=0)(torch.tensor(2.0), torch.tensor(3.0)))
                """));
    }

    @Test
    void vjpAndJvpGiveTheProductsOfTheJacobianWithAVector() {
        assertEquals("""
                tensor([0.8415, 0.9093, 0.1411]) (tensor([ 0.5403, -0.4161, -0.9900]),)
                tensor([0.8415, 0.9093, 0.1411]) tensor([ 0.5403, -0.4161, -0.9900])
                (tensor([1., 2., 3.]), tensor([1., 2., 3.])) (tensor([1., 4., 9.]), tensor([1., 2., 3.]))
                tensor(-0.8415)
                jvp(f, primals, tangents): Expected primals to be a tuple. E.g. it should be valid to call f(*primals).
                """, RunOutput.of("""
                import torch
                from torch.func import vjp, jvp, grad
                x = torch.tensor([1.0, 2.0, 3.0])
                out, vjp_fn = vjp(torch.sin, x)
                print(out, vjp_fn(torch.ones(3)))
                print(*jvp(torch.sin, (x,), (torch.ones(3),)))
                mul = lambda a, b: a * b
                print(vjp(mul, x, x)[1](torch.ones(3)), jvp(mul, (x, x), (torch.ones(3), torch.zeros(3))))
                print(grad(lambda t: vjp(torch.sin, t)[1](torch.ones(()))[0])(torch.tensor(1.0)))
                try:
                    jvp(torch.sin, x, torch.ones(3))
                except RuntimeError as e:
                    print(e)
                """));
    }

    @Test
    void anOutputThatDoesNotDependOnTheInputsHasZeroProducts() {
        assertEquals("(tensor([0., 0.]),) (tensor([1., 1.]), tensor([0., 0.]))\n", RunOutput.of("""
                import torch
                from torch.func import vjp, jvp
                x = torch.tensor([1., 2.])
                print(vjp(lambda t: torch.ones(2), x)[1](torch.ones(2)), jvp(lambda t: torch.ones(2), (x,), (x,)))
                """));
    }

    @Test
    void jacobiansAndTheHessian() {
        assertEquals("""
                tensor([[2., 0.],
                        [0., 4.]])
                tensor([[2., 0.],
                        [0., 4.]])
                tensor([[ 6.,  0.],
                        [ 0., 12.]])
                """, RunOutput.of("""
                import torch
                from torch.func import jacrev, jacfwd, hessian
                x = torch.tensor([1.0, 2.0])
                print(jacrev(lambda x: x ** 2)(x))
                print(jacfwd(lambda x: x ** 2)(x))
                print(hessian(lambda x: (x ** 3).sum())(x))
                """));
    }

    @Test
    void vmapOfGradGivesPerSampleGradients() {
        assertEquals("(tensor([ 1.,  2., -3.]), tensor([ 1.,  1., -1.]))\ntensor([[2., 4.],\n        [6., 8.]])\n",
                RunOutput.of("""
                        import torch
                        from torch.func import grad, vmap
                        loss = lambda w, b, x, y: (w * x + b - y) ** 2
                        xs, ys = torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.0, 4.0, 7.0])
                        per_sample = vmap(grad(loss, argnums=(0, 1)), in_dims=(None, None, 0, 0))
                        print(per_sample(torch.tensor(2.0), torch.tensor(0.5), xs, ys))
                        print(torch.vmap(grad(lambda w: (w * w).sum()))(torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
                        """));
    }

    @Test
    void functorchsErrors() {
        assertEquals("!RuntimeError: grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor"
                + " with 1 dims. Maybe you wanted to use the vjp or jacrev APIs instead?",
                RunOutput.of("import torch\ntorch.func.grad(lambda x: x * 2)(torch.tensor([1.0, 2.0]))\n"));
        assertEquals("!RuntimeError: Got argnum=2, but only 2 positional inputs",
                RunOutput.of("import torch\nmul = torch.func.grad(lambda a, b: a * b, argnums=2)\n"
                        + "mul(torch.tensor(1.0), torch.tensor(2.0))\n"));
        assertEquals("!ValueError: vmap: Expected all tensors to have the same size in the mapped dimension, got sizes"
                + " [2, 3] for the mapped dimension",
                RunOutput.of("import torch\ntorch.func.vmap(torch.mul)(torch.ones(2), torch.ones(3))\n"));
    }

    @Test
    void perSampleGradientsOverADictOfParametersWithFunctionalCall() {
        // PyTorch's per-sample-gradients tutorial: grad of a function of a parameter dict, vmapped over the batch
        assertEquals("""
                {'w': tensor([3., 4.]), 'b': tensor(1.)}
                ['weight', 'bias'] torch.Size([5, 2, 3]) True
                True Parameter
                """, RunOutput.of("""
                import torch
                from torch.func import grad, vmap, functional_call
                f = lambda p, x: (p['w'] * x).sum() + p['b']
                print(grad(f)({'w': torch.tensor([1.0, 2.0]), 'b': torch.tensor(0.5)}, torch.tensor([3.0, 4.0])))
                model = torch.nn.Linear(3, 2)
                params = {k: v.detach() for k, v in model.named_parameters()}
                def loss(params, x, y):
                    return torch.nn.functional.mse_loss(functional_call(model, params, (x.unsqueeze(0),)), y.unsqueeze(0))
                x, y = torch.randn(5, 3), torch.randn(5, 2)
                g = vmap(grad(loss), in_dims=(None, 0, 0))(params, x, y)
                by_hand = []
                for i in range(5):
                    model.zero_grad()
                    torch.nn.functional.mse_loss(model(x[i:i + 1]), y[i:i + 1]).backward()
                    by_hand.append(model.weight.grad.clone())
                print(list(g.keys()), g['weight'].shape, torch.allclose(g['weight'], torch.stack(by_hand), atol=1e-6))
                print(model.weight.requires_grad, type(model.weight).__name__)
                """));
    }
}
