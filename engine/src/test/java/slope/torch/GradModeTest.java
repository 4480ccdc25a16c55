package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** {@code torch.no_grad()} and {@code torch.enable_grad()} as PyTorch's grad_mode gives them: blocks and decorators. */
class GradModeTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nx = torch.tensor(2.0, requires_grad=True)\n" + code);
    }

    @Test
    void aBlockRecordsNothingAndRestoresTheMode() {
        assertEquals("False None True\n", run("with torch.no_grad():\n    y = x * 2\nprint(y.requires_grad, y.grad_fn, torch.is_grad_enabled())\n"));
    }

    @Test
    void aDecoratedFunctionRunsInTheModeWithItsArguments() {
        assertEquals("inside False\ntensor(8.) False True tensor(4.)\ntensor(4., grad_fn=<MulBackward0>)\n", run("""
                @torch.no_grad()
                def f(a, k=3):
                    print('inside', torch.is_grad_enabled())
                    return a * k
                @torch.no_grad
                def g(a):
                    return a * 2
                y = f(x, k=4)
                print(y, y.requires_grad, torch.is_grad_enabled(), g(x))
                with torch.no_grad():
                    @torch.enable_grad()
                    def h(a):
                        return a * a
                    print(h(x))
                """));
    }

    @Test
    void inferenceModeRecordsNothingAsNoGradDoesAndFalseChangesNothing() {
        assertEquals("tensor(4.) False tensor(4., grad_fn=<MulBackward0>)\ntensor(6.) tensor(8.) False\n", run("""
                with torch.inference_mode():
                    y = x * 2
                with torch.inference_mode(False):
                    z = x * 2
                print(y, y.requires_grad, z)
                @torch.inference_mode()
                def f(a):
                    return a * 3
                @torch.inference_mode
                def g(a):
                    return a * 4
                with torch.no_grad():
                    with torch.inference_mode(mode=False):
                        print(f(x), g(x), (x * 2).requires_grad)
                """));
    }

    @Test
    void setGradEnabledSetsTheModeWhenCalledAndABlockPutsItBack() {
        assertEquals("False False\nTrue\nFalse\nFalse True\n", run("""
                torch.set_grad_enabled(False)
                print((x * 2).requires_grad, torch.is_grad_enabled())
                with torch.set_grad_enabled(True):
                    print((x * 2).requires_grad)
                print(torch.is_grad_enabled())
                torch.set_grad_enabled(True)
                @torch.set_grad_enabled(False)
                def f(t):
                    return t * 2
                print(f(x).requires_grad, torch.is_grad_enabled())
                torch.set_grad_enabled(False)
                torch.autograd.set_detect_anomaly(True)
                """));
        // the next run on this thread starts afresh
        assertEquals("True False\n", run("print(torch.is_grad_enabled(), torch.is_anomaly_enabled())\n"));
    }

    @Test
    void anomalyDetectionNamesTheNodeThatReturnedNan() {
        String nan = "Function 'SqrtBackward0' returned nan values in its 0th output.\n";
        assertEquals("tensor(nan)\n" + nan + "False\n" + nan + "False True\n", run("""
                z = torch.tensor(0.0, requires_grad=True)
                (torch.sqrt(z) * 0).backward()
                print(z.grad)
                with torch.autograd.detect_anomaly():
                    try:
                        (torch.sqrt(z) * 0).backward()
                    except RuntimeError as e:
                        print(e)
                print(torch.is_anomaly_enabled())
                torch.autograd.set_detect_anomaly(True)
                v = torch.tensor([0.0, 1.0], requires_grad=True)
                try:
                    (v.sqrt() * torch.tensor([0.0, 1.0])).sum().backward()
                except RuntimeError as e:
                    print(e)
                with torch.autograd.set_detect_anomaly(False):
                    print(torch.is_anomaly_enabled(), end=' ')
                print(torch.is_anomaly_enabled())
                """));
    }

    @Test
    void aDecoratedFunctionKeepsItsName() {
        assertEquals("evaluate <function evaluate\n", run("""
                @torch.no_grad()
                def evaluate(a):
                    return a * 2
                print(evaluate.__name__, repr(evaluate).split(' at ')[0])
                """));
    }

    @Test
    void aDecoratedMethodBindsToItsInstance() {
        // the custom optimizer of PyTorch's tutorials: step() updates the parameters in place, outside the graph
        assertEquals("tensor(1.4580, requires_grad=True)\n", run("""
                class PlainSGD(torch.optim.Optimizer):
                    def __init__(self, params, lr=0.1):
                        super().__init__(params, dict(lr=lr))
                    @torch.no_grad()
                    def step(self):
                        for group in self.param_groups:
                            for p in group['params']:
                                p -= group['lr'] * p.grad
                opt = PlainSGD([x], lr=0.2)
                for i in range(3):
                    opt.zero_grad()
                    (x * x / 4).backward()
                    opt.step()
                print(x)
                """));
    }
}
