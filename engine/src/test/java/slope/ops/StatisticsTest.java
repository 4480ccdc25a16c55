package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.tensor.Tensor;

/** var, std and norm: their gradients against finite differences, and PyTorch's grad_fn names. */
class StatisticsTest {
    @Test
    void varAndStdGradientsOverAllElementsAndOverDims() {
        for (int[] s : new int[][] {{4}, {2, 3}, {2, 3, 2}}) {
            check(x -> Statistics.var(x[0], null, 1, false), input(s, 1, false));
            check(x -> Statistics.std(x[0], null, 0, false), input(s, 2, false));
        }
        check(x -> Statistics.var(x[0], new int[] {1}, 1, false), input(new int[] {3, 4}, 3, false));
        check(x -> Statistics.std(x[0], new int[] {0}, 1, true), input(new int[] {3, 4}, 4, false));
        check(x -> Statistics.var(x[0], new int[] {0, 2}, 0, true), input(new int[] {2, 3, 2}, 5, false));
        checkSecond(x -> Statistics.var(x[0], null, 1, false), input(new int[] {2, 3}, 6, false));
        checkSecond(x -> Statistics.std(x[0], new int[] {1}, 1, false), input(new int[] {2, 3}, 7, false));
    }

    @Test
    void normGradient() {
        for (int[] s : new int[][] {{}, {5}, {3, 4}, {2, 3, 2}}) check(x -> Statistics.norm(x[0]), input(s, 8, false));
        checkSecond(x -> Statistics.norm(x[0]), input(new int[] {3, 3}, 9, false));
    }

    @Test
    void vectorNormsOfEveryOrderOverDims() {
        for (double ord : new double[] {1, 2, 3, 0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            check(x -> Statistics.vectorNorm(x[0], ord, new int[] {1}, false), input(new int[] {3, 4}, 10, false));
            check(x -> Statistics.vectorNorm(x[0], ord, new int[] {0, 2}, true), input(new int[] {2, 3, 2}, 11, false));
        }
        checkSecond(x -> Statistics.vectorNorm(x[0], 3, new int[] {0}, false), input(new int[] {3, 2}, 12, false));
        Tensor v = new Tensor(new double[] {3, -4, 0, 1}, new int[] {2, 2}, slope.tensor.DType.FLOAT32);
        assertEquals("[5.0, 1.0]", java.util.Arrays.toString(Statistics.vectorNorm(v, 2, new int[] {1}, false).values()));
        assertEquals("[7.0, 1.0]", java.util.Arrays.toString(Statistics.vectorNorm(v, 1, new int[] {1}, false).values()));
        assertEquals("[4.0, 1.0]", java.util.Arrays.toString(Statistics.vectorNorm(v, Double.POSITIVE_INFINITY, new int[] {1}, false).values()));
        assertEquals("[2.0, 1.0]", java.util.Arrays.toString(Statistics.vectorNorm(v, 0, new int[] {1}, false).values()));
    }

    @Test
    void namedAsInPyTorch() {
        Tensor x = new Tensor(new double[] {1.5, -2.0, 0.25, 3.0, 0.5, 1.0, -1.25, 2.0, 4.0, -0.5, 0.75, -3.0},
                new int[] {3, 4}, slope.tensor.DType.FLOAT32).requiresGrad(true);
        assertEquals("VarBackward0", Statistics.var(x, null, 1, false).gradFn().name);
        assertEquals("StdBackward0", Statistics.std(x, null, 1, false).gradFn().name);
        assertEquals("LinalgVectorNormBackward0", Statistics.norm(x).gradFn().name);
    }
}
