package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Layer and batch normalization against finite differences, for input, weight and bias. */
class NormalizationTest {
    @Test
    void layerNormOverTheLastDims() {
        check(x -> Normalization.layerNorm(x[0], 1, x[1], x[2], 1e-5), input(new int[] {3, 4}, 1, false),
                input(new int[] {4}, 2, false), input(new int[] {4}, 3, false));
        check(x -> Normalization.layerNorm(x[0], 2, null, null, 1e-5), input(new int[] {2, 3, 2}, 4, false));
        checkSecond(x -> Normalization.layerNorm(x[0], 1, null, null, 1e-5), input(new int[] {2, 3}, 5, false));
    }

    @Test
    void batchNormInTrainingAndEvaluation() {
        check(x -> Normalization.batchNorm(x[0], null, null, x[1], x[2], true, 0.1, 1e-5), input(new int[] {4, 3}, 6, false),
                input(new int[] {3}, 7, false), input(new int[] {3}, 8, false));
        check(x -> Normalization.batchNorm(x[0], null, null, null, null, true, 0.1, 1e-5), input(new int[] {3, 2, 4}, 9, false));
        Tensor mean = new Tensor(new double[] {0.5, -1}, new int[] {2}, DType.FLOAT64);
        Tensor var = new Tensor(new double[] {2, 0.5}, new int[] {2}, DType.FLOAT64);
        check(x -> Normalization.batchNorm(x[0], mean, var, x[1], null, false, 0.1, 1e-5), input(new int[] {3, 2}, 10, false),
                input(new int[] {2}, 11, false));
    }

    @Test
    void trainingMovesTheRunningStatistics() {
        Tensor x = new Tensor(new double[] {1, 4, 3, 8}, new int[] {2, 2}, DType.FLOAT64);
        Tensor mean = new Tensor(new double[] {0, 0}, new int[] {2}, DType.FLOAT64);
        Tensor var = new Tensor(new double[] {1, 1}, new int[] {2}, DType.FLOAT64);
        Normalization.batchNorm(x, mean, var, null, null, true, 0.1, 1e-5);
        assertEquals(0.2, mean.values()[0], 1e-12);
        assertEquals(0.9 + 0.1 * 2, var.values()[0], 1e-12);
        assertEquals(0.9 + 0.1 * 8, var.values()[1], 1e-12);
    }
}
