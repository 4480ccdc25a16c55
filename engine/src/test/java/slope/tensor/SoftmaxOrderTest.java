package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** vec::reduce_all's order, which softmax's row sum follows (16 lanes, tail into the first lanes, halves folded). */
class SoftmaxOrderTest {
    @Test
    void shortRowsAddInSequenceLongRowsInLanesThenATree() {
        float[] a = new float[13];
        a[0] = 1e8f;
        for (int i = 1; i < 13; i++) a[i] = 3;
        assertEquals(((((1e8f + 3) + 3) + 3) + 3) + 3 + 3 + 3 + 3 + 3 + 3 + 3 + 3, Kernels.reduceAllSum(a, 13));
        float[] b = new float[18];
        for (int i = 0; i < 18; i++) b[i] = i == 0 ? 1e8f : 3;
        // lanes: l0 = 1e8 + 3 (the tail's first value), l1 = 3 + 3, others 3; then l + l[+8], l + l[+4], ...
        float[] lanes = new float[16];
        for (int l = 0; l < 16; l++) lanes[l] = b[l] + (l < 2 ? b[16 + l] : 0);
        for (int h = 8; h > 0; h /= 2) for (int l = 0; l < h; l++) lanes[l] = lanes[l] + lanes[l + h];
        assertEquals(lanes[0], Kernels.reduceAllSum(b, 18));
        assertEquals(1.0000004e8f, Kernels.reduceAllSum(b, 18)); // in sequence each + 3 would vanish: 1e8
    }
}
