package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** tanh_backward as one fused kernel, like ATen's, and its own derivative. */
class TanhBackwardTest {
    @Test
    void oneMinusSquareIsFusedInFloat32() {
        // PyTorch 2.11 (backward-exact): d/dx tanh(3.1) prints -0.008084817789494991 (fused), not ...83362197876
        Tensor y = new Tensor(new double[] {(float) Math.tanh((float) 3.1)}, new int[] {1}, DType.FLOAT32);
        Tensor one = new Tensor(new double[] {1}, new int[] {1}, DType.FLOAT32);
        assertEquals(0.008084817789494991, Pointwise.tanhBackward(one, y).values()[0]);
    }

    @Test
    void gradientsOfTheBackward() {
        check(x -> Pointwise.tanhBackward(x[0], x[1]), input(new int[] {2, 3}, 1, false), input(new int[] {2, 3}, 2, false));
        checkSecond(x -> x[0].tanh(), input(new int[] {4}, 3, false));
    }
}
