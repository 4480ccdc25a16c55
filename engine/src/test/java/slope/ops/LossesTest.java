package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.ops.Losses.Reduction;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** The loss ops against finite differences, for every reduction, and their grad_fn names. */
class LossesTest {
    private static final Reduction[] ALL = Reduction.values();

    /** Float64 values strictly inside (0, 1), as probabilities and targets need. */
    private static Tensor unit(int[] shape, int seed) {
        Tensor x = input(shape, seed, false);
        return new Tensor(x.sigmoid().values().clone(), shape, DType.FLOAT64).requiresGrad(true);
    }

    private static Tensor classes(long... t) {
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) v[i] = t[i];
        return new Tensor(v, new int[] {t.length}, DType.INT64);
    }

    @Test
    void mseLossGradientsForInputAndTarget() {
        for (Reduction r : ALL) {
            check(x -> Losses.mseLoss(x[0], x[1], r), input(new int[] {2, 3}, 1, false), input(new int[] {2, 3}, 2, false));
        }
        checkSecond(x -> Losses.mseLoss(x[0], x[1], Reduction.MEAN), input(new int[] {4}, 3, false), input(new int[] {4}, 4, false));
    }

    @Test
    void smoothL1AndHuberGradientsOnBothSidesOfTheBend() {
        for (Reduction r : ALL) {
            for (boolean huber : new boolean[] {false, true}) {
                check(x -> Losses.smoothL1(x[0].mul(2), x[1], r, 0.8, huber), input(new int[] {2, 3}, 5, false),
                        input(new int[] {2, 3}, 6, false));
            }
        }
    }

    @Test
    void nllLossPicksTheTargetClass() {
        Tensor t = classes(2, 0, 1);
        for (Reduction r : ALL) check(x -> Losses.nllLoss(x[0], t, r, -100), input(new int[] {3, 4}, 5, false));
        check(x -> Losses.nllLoss(x[0], classes(1, -100, 3), Reduction.MEAN, -100), input(new int[] {3, 4}, 6, false));
        Tensor w = new Tensor(new double[] {0.5, 2, 1, 3}, new int[] {4}, DType.FLOAT64);
        for (Reduction r : ALL) check(x -> Losses.nllLoss(x[0], t, w, r, -100), input(new int[] {3, 4}, 18, false));
        Tensor logits = input(new int[] {3, 4}, 7, false);
        check(x -> Losses.nllLoss(Reductions.logSoftmax(x[0], 1), t, Reduction.MEAN, -100), logits);
        assertEquals("NllLossBackward0", Losses.nllLoss(logits, t, Reduction.SUM, -100).gradFn().name);
    }

    @Test
    void nllLossRejectsFloatAndMultiTargets() {
        Tensor x = input(new int[] {4, 3}, 8, false);
        PyError e = assertThrows(PyError.class, () -> Losses.nllLoss(x, new Tensor(new double[4], new int[] {4}, DType.FLOAT32),
                Reduction.MEAN, -100));
        assertEquals("expected scalar type Long but found Float", e.getMessage());
        e = assertThrows(PyError.class, () -> Losses.nllLoss(x, classes(0, 1, 5, 2), Reduction.MEAN, -100));
        assertEquals("Target 5 is out of bounds.", e.getMessage());
    }

    @Test
    void binaryCrossEntropyGradients() {
        for (Reduction r : ALL) {
            check(x -> Losses.binaryCrossEntropy(x[0], x[1], r), unit(new int[] {2, 3}, 9), unit(new int[] {2, 3}, 10));
            check(x -> Losses.binaryCrossEntropyWithLogits(x[0], x[1], r), input(new int[] {5}, 11, false), unit(new int[] {5}, 12));
        }
        Tensor w = new Tensor(new double[] {0.5, 2, 1.5}, new int[] {3}, DType.FLOAT64);
        Tensor pw = new Tensor(new double[] {3}, new int[] {1}, DType.FLOAT64);
        for (Reduction r : ALL) {
            check(x -> Losses.binaryCrossEntropy(x[0], x[1], w, r), unit(new int[] {2, 3}, 19), unit(new int[] {2, 3}, 20));
            check(x -> Losses.binaryCrossEntropyWithLogits(x[0], x[1], w, pw, r), input(new int[] {2, 3}, 21, false),
                    unit(new int[] {2, 3}, 22));
        }
        checkSecond(x -> Losses.binaryCrossEntropyWithLogits(x[0], x[1], Reduction.SUM), input(new int[] {3}, 13, false),
                unit(new int[] {3}, 14));
    }

    @Test
    void binaryCrossEntropyClampsTheLogAtMinus100() {
        Tensor p = new Tensor(new double[] {0, 1}, new int[] {2}, DType.FLOAT32);
        Tensor y = new Tensor(new double[] {1, 1}, new int[] {2}, DType.FLOAT32);
        assertEquals(50.0, Losses.binaryCrossEntropy(p, y, Reduction.MEAN).item());
    }

    @Test
    void linearAsAddmm() {
        Tensor b = input(new int[] {2}, 15, false);
        check(x -> LinearAlgebra.addmm(x[0], x[1], Views.t(x[2])), b, input(new int[] {3, 4}, 16, false),
                input(new int[] {2, 4}, 17, false));
    }
}
