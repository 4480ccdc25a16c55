package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** Backward hooks as PyTorch runs them: a tensor's on each of its gradients before it is read, a node's around it. */
class AutogradHooksTest {
    @Test
    void aHookSeesTheGradientOfANonLeafAndOfALeaf() {
        assertEquals("y sees tensor(3.)\nx sees tensor(12.)\ntensor(12.)\n", RunOutput.of("""
                import torch
                x = torch.tensor(2.0, requires_grad=True)
                x.register_hook(lambda g: print('x sees', g))
                y = x ** 2
                y.register_hook(lambda g: print('y sees', g))
                (3 * y).backward()
                print(x.grad)
                """));
    }

    @Test
    void aReturnedTensorReplacesTheGradient() {
        // PyTorch's docstring example on a leaf, and a non-leaf whose doubled gradient reaches its input
        assertEquals("tensor([2., 4., 6.])\ntensor([ 0., 12.])\n", RunOutput.of("""
                import torch
                v = torch.tensor([0., 0., 0.], requires_grad=True)
                h = v.register_hook(lambda grad: grad * 2)
                v.backward(torch.tensor([1., 2., 3.]))
                print(v.grad)
                w = torch.tensor([0., 3.], requires_grad=True)
                s = w ** 2
                s.register_hook(lambda g: g * 2)
                s.sum().backward()
                print(w.grad)
                """));
    }

    @Test
    void hooksRunOnceOnTheSummedGradientInTheOrderTheyWereRegistered() {
        assertEquals("second sees tensor(7.)\ntensor(7.)\n", RunOutput.of("""
                import torch
                x = torch.tensor(3.0, requires_grad=True)
                x.register_hook(lambda g: g + 1)
                x.register_hook(lambda g: print('second sees', g))
                (x * x).backward()
                print(x.grad)
                """));
    }

    @Test
    void removeAndLeavingAWithBlockTakeTheHookOff() {
        assertEquals("tensor(0.) tensor(4.) tensor(7.)\n", RunOutput.of("""
                import torch
                x = torch.tensor(1.0, requires_grad=True)
                h = x.register_hook(lambda g: g * 0)
                (x * 4).backward()
                first = x.grad.clone()
                h.remove()
                h.remove()
                (x * 4).backward()
                second = x.grad.clone()
                with x.register_hook(lambda g: g * 0):
                    (x * 5).backward()
                (x * 3).backward()
                print(first, second, x.grad)
                """));
    }

    @Test
    void aRetainedGradientIsTheOneAfterTheHooks() {
        assertEquals("tensor(60.) tensor(10.)\n", RunOutput.of("""
                import torch
                x = torch.tensor(3.0, requires_grad=True)
                y = x * x
                y.retain_grad()
                y.register_hook(lambda g: g * 10)
                (y + 1).backward()
                print(x.grad, y.grad)
                """));
    }

    @Test
    void autogradGradReturnsTheHookedGradientAndHooksFollowCreateGraph() {
        assertEquals("grad mode False\ntensor([4., 4.]) None\ngrad mode True\ntensor(12., grad_fn=<MulBackward0>)\n",
                RunOutput.of("""
                        import torch
                        a = torch.tensor([1., 2.], requires_grad=True)
                        a.register_hook(lambda g: g + 1)
                        a.register_hook(lambda g: print('grad mode', torch.is_grad_enabled()))
                        g, = torch.autograd.grad((a * 3).sum(), a)
                        print(g, a.grad)
                        c = torch.tensor(2.0, requires_grad=True)
                        d = c ** 3
                        d.register_hook(lambda g: print('grad mode', torch.is_grad_enabled()))
                        print(torch.autograd.grad(d, c, create_graph=True)[0])
                        """));
    }

    @Test
    void postAccumulateGradHooksSeeTheLeafOnceItsGradIsUpdated() {
        // PyTorch's docstring example: an SGD step inside backward
        assertEquals("""
                tensor([-0.0100, -0.0200, -0.0300], requires_grad=True)
                [4.0, 7.0]
                post accumulate grad hooks cannot be registered on non-leaf tensors
                tensor([-0.0100, -0.0200, -0.0300], requires_grad=True) tensor([2., 3., 4.])
                """, RunOutput.of("""
                import torch
                v = torch.tensor([0., 0., 0.], requires_grad=True)
                lr = 0.01
                h = v.register_post_accumulate_grad_hook(lambda p: p.add_(p.grad, alpha=-lr))
                v.backward(torch.tensor([1., 2., 3.]))
                print(v)
                x = torch.tensor(2.0, requires_grad=True)
                seen = []
                x.register_post_accumulate_grad_hook(lambda p: seen.append(p.grad.item()))
                (x * x).backward()
                (x * 3).backward()
                print(seen)
                try:
                    (x * 2).register_post_accumulate_grad_hook(print)
                except RuntimeError as e:
                    print(e)
                h.remove()
                v.backward(torch.tensor([1., 1., 1.]))
                print(v, v.grad)
                """));
    }

    @Test
    void nodeHooksSeeAndMayReplaceTheGradientsAroundTheirNode() {
        // PyTorch's docstring examples of Node.register_hook and register_prehook, then what each hook is given
        assertEquals("""
                tensor([2., 2., 2.]) tensor([1., 1., 1.]) tensor([2., 2., 2.])
                inputs (tensor(3.), None) outputs (tensor(1.),)
                tensor(3.) tensor(3.)
                can't replace a None gradient with a non-None value
                """, RunOutput.of("""
                import torch
                a = torch.tensor([0., 0., 0.], requires_grad=True)
                b = a.clone()
                handle = b.grad_fn.register_hook(lambda gI, gO: (gO[0] * 2,))
                b.sum().backward(retain_graph=True)
                first = a.grad
                handle.remove()
                a.grad = None
                b.sum().backward(retain_graph=True)
                second = a.grad
                a.grad = None
                b.grad_fn.register_prehook(lambda gI: (gI[0] * 2,))
                b.sum().backward(retain_graph=True)
                print(first, second, a.grad)
                x = torch.tensor(2.0, requires_grad=True)
                y = x * 3
                y.grad_fn.register_hook(lambda gi, go: print('inputs', gi, 'outputs', go))
                y.backward()
                after_y = x.grad.clone()
                z = x * x
                z.grad_fn.register_prehook(lambda go: (None,))
                z.backward()
                print(after_y, x.grad)
                w = x * 2
                w.grad_fn.register_hook(lambda gi, go: (gi[0], gi[0]))
                try:
                    w.backward()
                except RuntimeError as e:
                    print(e)
                """));
    }

    @Test
    void theHandlePrintsAsPyTorchs() {
        String out = RunOutput.of("import torch\nprint(torch.tensor(1.0, requires_grad=True).register_hook(print))\n");
        assertTrue(out.matches("<torch\\.utils\\.hooks\\.RemovableHandle object at 0x[0-9a-f]+>\n"), out);
    }

    @Test
    void pytorchsErrors() {
        assertEquals("!RuntimeError: cannot register a hook on a tensor that doesn't require gradient",
                RunOutput.of("import torch\ntorch.tensor(1.0).register_hook(print)\n"));
        assertEquals("!RuntimeError: hook '<lambda>' has changed the size of value", backwardWith("lambda g: g.sum()"));
        assertEquals("!RuntimeError: hook 'wider' has changed the type of value (was CPUFloatType got CPUDoubleType)",
                backwardWith("wider"));
        assertEquals("!TypeError: expected Variable, but hook returned 'int'", backwardWith("lambda g: 1"));
    }

    /** A backward pass through a two-element leaf with {@code hook} on it. */
    private static String backwardWith(String hook) {
        return RunOutput.of("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\ndef wider(g):\n"
                + "    return g.double()\nx.register_hook(" + hook + ")\n(x * 2).sum().backward()\n");
    }
}
