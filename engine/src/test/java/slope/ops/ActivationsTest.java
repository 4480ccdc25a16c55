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
}
