package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** The activations, distances and losses of torch.nn beyond the basic ones: values, printing and grad_fn names. */
class ActivationsAndLossesTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n" + code);
    }

    @Test
    void modulesPrintAsPyTorchPrintsThem() {
        assertEquals("Hardtanh(min_val=-1.0, max_val=1.0) ReLU6() SELU() CELU(alpha=1.0) Threshold(threshold=0.1, value=20)\n"
                + "LogSigmoid() Mish() Hardswish() Hardsigmoid() Softsign() Tanhshrink() Softmin(dim=1) GLU(dim=-1)\n"
                + "PReLU(num_parameters=1) CosineSimilarity() PairwiseDistance() SmoothL1Loss() HuberLoss() KLDivLoss()\n",
                run("print(nn.Hardtanh(), nn.ReLU6(), nn.SELU(), nn.CELU(), nn.Threshold(0.1, 20))\n"
                        + "print(nn.LogSigmoid(), nn.Mish(), nn.Hardswish(), nn.Hardsigmoid(), nn.Softsign(), nn.Tanhshrink(),"
                        + " nn.Softmin(dim=1), nn.GLU())\n"
                        + "print(nn.PReLU(), nn.CosineSimilarity(), nn.PairwiseDistance(), nn.SmoothL1Loss(), nn.HuberLoss(),"
                        + " nn.KLDivLoss())\n"));
    }

    @Test
    void piecewiseActivationsAndTheirGradients() {
        // hardswish(-4) is -4 * relu6(-1) / 6: ATen's kernel gives -0.0, which prints with its sign
        assertEquals("tensor([0., 0., 3., 6.], grad_fn=<HardtanhBackward0>) tensor([0., 0., 1., 0.])\n"
                + "tensor([-0.0000, -0.3333,  0.6667,  7.0000], grad_fn=<HardswishBackward0>) tensor([0.0000, 0.1667, 0.8333, 1.0000])\n"
                + "tensor([-1.0000, -0.2500,  1.0000,  7.0000], grad_fn=<PreluKernelBackward0>)\n",
                run("x = torch.tensor([-4.0, -1.0, 1.0, 7.0], requires_grad=True)\n"
                        + "y = F.relu6(x * 3)\nprint(y, torch.autograd.grad(y.sum(), x)[0] / 3)\n"
                        + "y = F.hardswish(x)\nprint(y, torch.autograd.grad(y.sum(), x)[0])\n"
                        + "print(nn.PReLU()(x))\n"));
    }

    @Test
    void smoothL1AndHuberAsTheDqnTutorialUsesThem() {
        assertEquals("tensor(3.6667, grad_fn=<SmoothL1LossBackward0>) tensor(6.3333, grad_fn=<HuberLossBackward0>)\n"
                + "tensor([4.2500, 4.2500, 3.2500], grad_fn=<SmoothL1LossBackward0>)\ntensor([-0.3333, -0.3333, -0.3333])\n",
                run("x = torch.tensor([-4.0, -2.5, -0.5], requires_grad=True)\nt = torch.tensor([0.5, 2.0, 3.0])\n"
                        + "loss = nn.SmoothL1Loss()(x, t)\nprint(loss, F.huber_loss(x, t, delta=2.0))\n"
                        + "print(F.smooth_l1_loss(x, t, reduction='none', beta=0.5))\nloss.backward()\nprint(x.grad)\n"));
    }

    @Test
    void klDivergenceAndTheDistances() {
        assertEquals("tensor(0.0780, grad_fn=<DivBackward0>)\n"
                + "tensor([1., 0.], grad_fn=<SumBackward1>) tensor([5.0000, 1.4142], grad_fn=<NormBackward1>)\n"
                + "tensor([[ 0.6000, -0.8000],\n        [ 0.0000,  1.0000]]) tensor([5., 1.], grad_fn=<LinalgVectorNormBackward0>)"
                + " tensor([7., 1.])\n",
                run("logp = F.log_softmax(torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True), dim=1)\n"
                        + "print(F.kl_div(logp, torch.tensor([[0.2, 0.3, 0.5]]), reduction='batchmean'))\n"
                        + "a = torch.tensor([[3.0, -4.0], [0.0, 1.0]], requires_grad=True)\n"
                        + "b = torch.tensor([[6.0, -8.0], [1.0, 0.0]])\n"
                        + "print(F.cosine_similarity(a, b), F.pairwise_distance(a, b, eps=0.0))\n"
                        + "print(F.normalize(a.detach()), a.norm(dim=1), a.detach().norm(p=1, dim=1))\n"));
    }
}
