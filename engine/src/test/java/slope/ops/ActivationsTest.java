package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;
import slope.tensor.Tensor;

/** Gradients of the torch.nn activations in Activations. */
class ActivationsTest {
    @Test
    void leakyRelu() {
        check(x -> Activations.leakyRelu(x[0], 0.01), input(new int[] {3, 4}, 1, false));
        check(x -> Activations.leakyRelu(x[0], 0.3), input(new int[] {5}, 2, false));
        checkSecond(x -> Activations.leakyRelu(x[0], 0.2).mul(x[0]), input(new int[] {4}, 3, false));
    }

    @Test
    void siluEluAndSoftplus() {
        check(x -> Activations.silu(x[0]), input(new int[] {3, 4}, 4, false));
        checkSecond(x -> Activations.silu(x[0]), input(new int[] {4}, 5, false));
        check(x -> Activations.elu(x[0], 0.7), input(new int[] {3, 4}, 6, false));
        check(x -> Activations.softplus(x[0], 2, 20), input(new int[] {3, 4}, 7, false));
        check(x -> Activations.softplus(x[0].mul(30), 1, 20), input(new int[] {6}, 8, false));
    }

    @Test
    void seluCeluAndTheClampedOnes() {
        check(x -> Activations.elu(x[0], 1.6732632423543772, 1.0507009873554805, 1), input(new int[] {3, 4}, 11, false));
        check(x -> Activations.elu(x[0], 0.5, 1, 2), input(new int[] {3, 4}, 12, false));
        check(x -> Activations.hardtanh(x[0], -0.5, 0.7), input(new int[] {3, 4}, 13, false));
        check(x -> Activations.threshold(x[0], 0.1, 20), input(new int[] {3, 4}, 14, false));
        check(x -> Activations.hardsigmoid(x[0].mul(3)), input(new int[] {3, 4}, 15, false));
        check(x -> Activations.hardswish(x[0].mul(3)), input(new int[] {3, 4}, 16, false));
    }

    @Test
    void hardshrinkAndSoftshrinkZeroTheBandAndKeepNaN() {
        check(x -> Activations.hardshrink(x[0], 0.3), input(new int[] {3, 4}, 21, false));
        check(x -> Activations.softshrink(x[0], 0.3), input(new int[] {3, 4}, 22, false));
        // the band is closed, lambd is compared in float32 (0.1 keeps nothing at 0.1), NaN passes with its gradient,
        // and softshrink's x * 0 in the band gives -0. for a negative x
        assertEquals("tensor([    nan, -2.0000,  0.0000,  0.0000,  0.5000],\n       grad_fn=<HardshrinkBackward0>)\n"
                + "tensor([    nan, -1.6000, -0.0000,  0.1000,  0.1000],\n       grad_fn=<SoftshrinkBackward0>)\n"
                + "tensor([2., 2., 0., 1., 2.])\n"
                + "tensor([0., -0.]) Hardshrink(0.5) Softshrink(0.25)\n"
                + "!RuntimeError: lambda must be greater or equal to 0, but found to be -0.5.",
            RunOutput.of("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
                + "x = torch.tensor([float('nan'), -2.0, -0.4, 0.5, 0.50001], requires_grad=True)\n"
                + "h = F.hardshrink(x)\ns = x.hardshrink(0.5) * 0 + F.softshrink(x, 0.4)\nprint(h)\nprint(F.softshrink(x, 0.4))\n"
                + "(h.sum() + s.sum()).backward()\nprint(x.grad)\n"
                + "print(F.softshrink(torch.tensor([0.1, -0.1]), 0.1), nn.Hardshrink(), nn.Softshrink(0.25))\n"
                + "F.softshrink(x, -0.5)\n"));
    }

    @Test
    void logSigmoidMishGluAndPrelu() {
        check(x -> Activations.logSigmoid(x[0].mul(10)), input(new int[] {3, 4}, 17, false));
        check(x -> Activations.mish(x[0]), input(new int[] {3, 4}, 18, false));
        check(x -> Activations.glu(x[0], 1), input(new int[] {3, 4}, 19, false));
        check(x -> Activations.prelu(x[0], x[1]), input(new int[] {2, 3, 2}, 20, false), input(new int[] {3}, 21, false));
        check(x -> Activations.prelu(x[0], x[1]), input(new int[] {5}, 22, false), input(new int[] {1}, 23, false));
        checkSecond(x -> Activations.mish(x[0]), input(new int[] {4}, 24, false));
        checkSecond(x -> Activations.glu(x[0], 0), input(new int[] {4}, 25, false));
    }

    @Test
    void geluExactAndTanh() {
        for (boolean tanh : new boolean[] {false, true}) {
            check(x -> Activations.gelu(x[0], tanh), input(new int[] {3, 4}, 9, false));
            checkSecond(x -> Activations.gelu(x[0], tanh), input(new int[] {5}, 10, false));
        }
    }

    /** ATen keeps x where not {@code x <= threshold}: NaN stays NaN, and its gradient passes (threshold_backward). */
    @Test
    void reluAndThresholdPassNaNAndItsGradient() {
        assertEquals("tensor([nan, 0., 0., 2.]) tensor([1., 0., 0., 1.])\n"
                + "tensor([nan, 5., 5., 2.]) tensor([1., 0., 0., 1.])\n"
                + "tensor(1.)\n", RunOutput.of(String.join("\n",
                "import torch",
                "x = torch.tensor([float('nan'), -1.0, 0.0, 2.0], requires_grad=True)",
                "y = torch.relu(x)",
                "y.sum().backward()",
                "print(y.detach(), x.grad)",
                "x.grad = None",
                "z = torch.nn.functional.threshold(x, 0.0, 5.0)",
                "z.sum().backward()",
                "print(z.detach(), x.grad)",
                "s = torch.tensor(float('nan'), requires_grad=True)",
                "torch.relu(s).backward()",
                "print(s.grad)")));
    }

    /** relu's gradient is threshold_backward, itself differentiable: its grad_fn is PyTorch's. */
    @Test
    void reluGradientIsThresholdBackwardAndDifferentiable() {
        assertEquals("tensor([0., 1.], grad_fn=<ThresholdBackwardBackward0>)\n", RunOutput.of(String.join("\n",
                "import torch",
                "x = torch.tensor([-1.0, 2.0], requires_grad=True)",
                "g, = torch.autograd.grad(torch.relu(x).sum(), x, create_graph=True)",
                "print(g)")));
        checkSecond(x -> x[0].relu().mul(x[0]), input(new int[] {3, 4}, 19, false));
        checkSecond(x -> x[0].relu().mul(x[0]), input(new int[] {}, 20, false));
    }

    /** The dense kernel of relu's gradient against ATen's rule {@code result <= 0 ? 0 : grad}, bit for bit. */
    @Test
    void reluBackwardKernelKeepsTheGradientExactlyWhereTheResultIsPositiveOrNaN() {
        double negNaN = Double.longBitsToDouble(0xfff8000000000000L);
        double[] results = {Double.NaN, negNaN, -0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1.5, -1.5,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] grads = {Double.NaN, negNaN, -0.0, 0.0, 2.25, -3.0, Double.NEGATIVE_INFINITY};
        int n = results.length * grads.length;
        double[] r = new double[n], g = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = results[i % results.length];
            g[i] = grads[i / results.length];
        }
        for (slope.tensor.DType dt : new slope.tensor.DType[] {slope.tensor.DType.FLOAT32, slope.tensor.DType.FLOAT64}) {
            double[] y = slope.tensor.Kernels.binary(slope.tensor.Kernels.BinaryOp.RELU_BACKWARD, new Tensor(g, new int[] {n}, dt),
                    new Tensor(r, new int[] {n}, dt), dt, dt).values();
            for (int i = 0; i < n; i++) {
                double expected = r[i] <= 0 ? 0.0 : g[i];
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(y[i]), g[i] + " at " + r[i] + ", " + dt);
            }
        }
    }
}
