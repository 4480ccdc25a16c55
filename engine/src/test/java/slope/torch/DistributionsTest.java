package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** torch.distributions: draws through PyTorch's own calls, differentiable log_prob and rsample, printing and checks. */
class DistributionsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nfrom torch.distributions import Normal, Bernoulli, Categorical, Uniform\n" + code);
    }

    @Test
    void samplesAreTheDrawsOfTheTorchCallsPyTorchMakes() {
        // Normal.sample is torch.normal, Categorical.sample torch.multinomial, Bernoulli.sample torch.bernoulli
        assertEquals("True True True\n",
                run("torch.manual_seed(0)\na = Normal(0.0, 1.0).sample((3,))\ntorch.manual_seed(0)\nb = torch.randn(3)\n"
                        + "p = torch.tensor([0.1, 0.6, 0.3])\n"
                        + "torch.manual_seed(1)\nc = Categorical(p).sample((4,))\ntorch.manual_seed(1)\nd = torch.multinomial(p, 4, True)\n"
                        + "torch.manual_seed(2)\ne = Bernoulli(torch.full((5,), 0.3)).sample()\ntorch.manual_seed(2)\n"
                        + "f = torch.bernoulli(torch.full((5,), 0.3))\n"
                        + "print(torch.equal(a, b), torch.equal(c, d), torch.equal(e, f))\n"));
    }

    @Test
    void reinforceStyleLogProbGradients() {
        assertEquals("tensor([-0.5108, -0.5108], grad_fn=<SqueezeBackward1>) tensor(0.8979, grad_fn=<NegBackward0>)\n"
                + "tensor([ 2.0000, -1.3333,  2.0000])\n",
                run("probs = torch.tensor([0.1, 0.6, 0.3], requires_grad=True)\nm = Categorical(probs)\n"
                        + "a = torch.tensor([1, 1])\nprint(m.log_prob(a), m.entropy())\n"
                        + "(-m.log_prob(a).sum()).backward()\nprint(probs.grad)\n"));
    }

    @Test
    void normalLogProbEntropyKlAndTheReparameterizedSample() {
        assertEquals("tensor(-0.9189) tensor(1.4189) tensor(0.4431) tensor(-0.6931)\n"
                + "AddBackward0 tensor(3.)\n",
                run("from torch.distributions import kl_divergence\n"
                        + "print(Normal(0.0, 1.0).log_prob(torch.tensor(0.0)), Normal(0.0, 1.0).entropy(),"
                        + " kl_divergence(Normal(0.0, 1.0), Normal(1.0, 2.0)), Uniform(0.0, 2.0).log_prob(torch.tensor(1.0)))\n"
                        + "mu = torch.tensor(0.5, requires_grad=True)\nz = Normal(mu, 2.0).rsample((3,))\n"
                        + "print(z.grad_fn.name(), torch.autograd.grad(z.sum(), mu)[0])\n"));
    }

    @Test
    void printingAndArgumentChecksFollowPyTorch() {
        assertEquals("Normal(loc: 0.0, scale: 1.0) Normal(loc: tensor([0.]), scale: tensor([1.])) Categorical(probs: torch.Size([3]))\n"
                + "Bernoulli(probs: 0.30000001192092896) Bernoulli(logits: 0.0) tensor(0.5000)\n"
                + "!ValueError: Expected parameter scale (Tensor of shape ()) of distribution Normal(loc: 0.0, scale: -1.0) to"
                + " satisfy the constraint GreaterThan(lower_bound=0.0), but found invalid values:\n-1.0",
                run("print(Normal(0.0, 1.0), Normal(torch.tensor([0.0]), torch.tensor([1.0])), Categorical(torch.ones(3)))\n"
                        + "print(Bernoulli(0.3), Bernoulli(logits=0.0), Bernoulli(logits=0.0).probs)\nNormal(0.0, -1.0)\n"));
    }

    @Test
    void finfoGivesTheLimitsOfAFloatType() {
        assertEquals("1.1920928955078125e-07 -3.4028234663852886e+38 2.220446049250313e-16\n1.1920929e-07 1.1920928955078125e-07\n",
                RunOutput.of("import torch\nimport numpy as np\n"
                        + "print(torch.finfo(torch.float32).eps, torch.finfo(torch.float32).min, torch.finfo(torch.float64).eps)\n"
                        + "print(np.finfo(np.float32).eps, np.finfo(np.float32).eps.item())\n"));
    }
}
