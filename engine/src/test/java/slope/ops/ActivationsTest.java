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
    void geluExactAndTanh() {
        for (boolean tanh : new boolean[] {false, true}) {
            check(x -> Activations.gelu(x[0], tanh), input(new int[] {3, 4}, 9, false));
            checkSecond(x -> Activations.gelu(x[0], tanh), input(new int[] {5}, 10, false));
        }
    }
}
