package slope.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Pooling's windows as ATen cuts them, the positions max pooling reports, and gradients through each. */
class PoolingTest {
    private static final int[] ONES = {1, 1};

    private static Tensor grid(double... v) { return new Tensor(v, new int[] {1, 3, 3}, DType.FLOAT64); }

    private static String values(Tensor t) { return Arrays.toString(t.values()); }

    @Test
    void maxPoolTakesTheFirstLargestOfEachWindowAndItsPositionInThePlane() {
        Tensor x = grid(1, 5, 5, 2, 0, 3, 4, 4, 1);
        Tensor[] r = Pooling.maxPool2d(x, new int[] {2, 2}, ONES, new int[] {0, 0}, ONES, false);
        assertEquals("[5.0, 5.0, 4.0, 4.0]", values(r[0]));
        assertEquals("[1.0, 1.0, 6.0, 7.0]", values(r[1]));
        assertEquals(DType.INT64, r[1].dtype);
    }

    @Test
    void maxPoolPaddingNeverWinsAndCeilModeAddsAWindowThatStartsInside() {
        Tensor x = grid(-1, -2, -3, -4, -5, -6, -7, -8, -9);
        Tensor[] padded = Pooling.maxPool2d(x, new int[] {2, 2}, new int[] {2, 2}, ONES, ONES, false);
        assertEquals("[-1.0, -2.0, -4.0, -5.0]", values(padded[0]));
        Tensor[] ceil = Pooling.maxPool2d(x, new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, ONES, true);
        assertArrayEquals(new int[] {1, 2, 2}, ceil[0].shape);
        assertEquals("[-1.0, -3.0, -7.0, -9.0]", values(ceil[0]));
    }

    @Test
    void averagePoolCountsPaddingUnlessToldNotTo() {
        Tensor x = grid(1, 2, 3, 4, 5, 6, 7, 8, 9);
        int[] k = {2, 2}, s = {2, 2};
        assertEquals("[0.25, 1.25, 2.75, 7.0]", values(Pooling.avgPool2d(x, k, s, ONES, false, true, null)));
        assertEquals("[1.0, 2.5, 5.5, 7.0]", values(Pooling.avgPool2d(x, k, s, ONES, false, false, null)));
        assertEquals("[6.0, 8.0, 12.0, 14.0]", values(Pooling.avgPool2d(x, k, ONES, new int[] {0, 0}, false, true, 2)));
    }

    @Test
    void adaptiveWindowsOverlapWhereTheSizesDoNotDivide() {
        Tensor x = grid(1, 2, 3, 4, 5, 6, 7, 8, 9);
        // rows [0, 2) and [1, 3), columns [0, 2) and [1, 3)
        assertEquals("[3.0, 4.0, 6.0, 7.0]", values(Pooling.adaptiveAvgPool2d(x, 2, 2)));
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        int[] k = {2, 3}, s = {2, 1};
        check(t -> Pooling.maxPool2d(t[0], k, s, ONES, ONES, true)[0], input(new int[] {2, 2, 5, 6}, 1, false));
        check(t -> Pooling.avgPool2d(t[0], k, s, ONES, true, false, null), input(new int[] {2, 5, 6}, 2, false));
        check(t -> Pooling.adaptiveAvgPool2d(t[0], 3, 4), input(new int[] {2, 5, 6}, 3, false));
    }

    @Test
    void theBackwardOfEachPoolingDifferentiatesAgain() {
        int[] k = {2, 2};
        checkSecond(t -> Pooling.maxPool2d(t[0], k, ONES, new int[] {0, 0}, ONES, false)[0].pow(3), input(new int[] {1, 3, 4}, 4, false));
        checkSecond(t -> Pooling.avgPool2d(t[0], k, k, new int[] {0, 0}, false, true, null).pow(3), input(new int[] {1, 4, 4}, 5, false));
        checkSecond(t -> Pooling.adaptiveAvgPool2d(t[0], 2, 3).pow(3), input(new int[] {1, 3, 4}, 6, false));
    }
}
