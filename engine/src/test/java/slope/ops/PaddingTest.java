package slope.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.input;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Constant padding widens the last dims from the back, crops with negative widths, and its gradient crops again. */
class PaddingTest {
    @Test
    void padsTheLastDimFirstAndCropsWithNegativeWidths() {
        Tensor x = new Tensor(new double[] {1, 2, 3, 4, 5, 6}, new int[] {2, 3}, DType.FLOAT32);
        Tensor y = Padding.constantPad(x, new int[] {-1, 1, 1, 0}, 9);
        assertArrayEquals(new int[] {3, 3}, y.shape);
        assertEquals("[9.0, 9.0, 9.0, 2.0, 3.0, 9.0, 5.0, 6.0, 9.0]", Arrays.toString(y.values()));
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        check(t -> Padding.constantPad(t[0], new int[] {2, -1, 0, 1}, 0.5), input(new int[] {2, 3, 4}, 1, false));
    }
}
