package slope.ops;

import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;

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
}
