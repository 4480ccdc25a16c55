package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.optim.LBFGS: the quasi-Newton steps with and without the strong Wolfe line search, driven by a closure. */
class LbfgsTest {
    private static String run(String code) { return RunOutput.of("import torch\n" + code); }

    @Test
    void strongWolfeLineSearchSolvesRosenbrockInOneStepCall() {
        assertEquals("12.5 True tensor([1.0000, 1.0000])\n",
                run("x = torch.tensor([-1.5, 2.0], requires_grad=True)\n"
                        + "opt = torch.optim.LBFGS([x], lr=1, max_iter=100, line_search_fn='strong_wolfe')\n"
                        + "def closure():\n    opt.zero_grad()\n    loss = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2\n"
                        + "    loss.backward()\n    return loss\n"
                        + "first = opt.step(closure).item()\nprint(first, closure().item() < 1e-8, x.detach())\n"));
    }

    @Test
    void fixedStepsSolveAQuadraticAndKeepTheirStateOnTheFirstParameter() {
        assertEquals("True True\n",
                run("torch.manual_seed(0)\nA = torch.randn(5, 5)\nA = A @ A.T + 5 * torch.eye(5)\nb = torch.randn(5)\n"
                        + "x = torch.zeros(5, requires_grad=True)\nopt = torch.optim.LBFGS([x])\n"
                        + "def closure():\n    opt.zero_grad()\n    loss = 0.5 * x @ A @ x - b @ x\n    loss.backward()\n    return loss\n"
                        + "opt.step(closure)\n"
                        + "print((A @ x - b).abs().max().item() < 1e-4, opt.state[x]['n_iter'] == opt.state[x]['func_evals'])\n"));
    }

    @Test
    void printsItsSettingsAndRefusesParameterGroups() {
        assertEquals("LBFGS (\nParameter Group 0\n    history_size: 100\n    line_search_fn: None\n    lr: 1\n    max_eval: 25\n"
                + "    max_iter: 20\n    tolerance_change: 1e-09\n    tolerance_grad: 1e-07\n)\n"
                + "!ValueError: LBFGS doesn't support per-parameter options (parameter groups)",
                run("a, b = torch.ones(1, requires_grad=True), torch.ones(1, requires_grad=True)\n"
                        + "print(torch.optim.LBFGS([a]))\ntorch.optim.LBFGS([{'params': [a]}, {'params': [b]}])\n"));
    }
}
