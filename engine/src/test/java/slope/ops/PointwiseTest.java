package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import slope.tensor.Tensor;

/** Gradients of the elementwise functions against finite differences, first and second order. */
class PointwiseTest {
    @Test
    void roundTakesHalvesToEven() {
        Tensor x = new Tensor(new double[] {0.5, 1.5, 2.5, -0.5, -2.5, 0.49999999999999994, 4503599627370497.0}, new int[] {7},
                slope.tensor.DType.FLOAT64);
        assertEquals("[0.0, 2.0, 2.0, -0.0, -2.0, 0.0, 4.503599627370497E15]",
                java.util.Arrays.toString(Pointwise.rounding(slope.tensor.Kernels.UnaryOp.ROUND, "RoundBackward0", x).values()));
    }

    static final int[][] SHAPES = {{}, {5}, {2, 3}, {2, 1, 3}};

    private static void both(UnaryOperator<Tensor> f, boolean positive) {
        for (int[] s : SHAPES) {
            check(x -> f.apply(x[0]), input(s, s.length, positive));
            checkSecond(x -> f.apply(x[0]), input(s, s.length + 7, positive));
        }
    }

    @Test void exp() { both(Tensor::exp, false); }
    @Test void log() { both(Tensor::log, true); }
    @Test void sqrt() { both(Tensor::sqrt, true); }
    @Test void sin() { both(Tensor::sin, false); }
    @Test void cos() { both(Tensor::cos, false); }
    @Test void tan() { both(x -> x.mul(0.5).tan(), false); }
    @Test void tanh() { both(Tensor::tanh, false); }
    @Test void sigmoid() { both(Tensor::sigmoid, false); }
    @Test void log1p() { both(Pointwise::log1p, true); }
    @Test void log10() { both(Pointwise::log10, true); }
    @Test void log2() { both(Pointwise::log2, true); }
    @Test void erf() { both(Pointwise::erf, false); }

    @Test
    void piecewiseFunctionsAwayFromTheirKinks() {
        for (int[] s : SHAPES) {
            check(x -> x[0].relu(), input(s, 1, false));
            check(x -> x[0].abs(), input(s, 2, false));
            check(x -> Pointwise.clamp(x[0], -0.5, 0.7), input(s, 3, false));
            check(x -> Pointwise.clamp(x[0], 0.1, null), input(s, 4, false));
            check(x -> Pointwise.maximum(x[0], x[1]), input(s, 5, false), input(s, 6, false));
            check(x -> Pointwise.minimum(x[0], x[1]), input(s, 7, false), input(new int[] {1}, 8, false));
            check(x -> Pointwise.where(Compare.gt(x[0], 0), x[0].mul(x[1]), x[1]), input(s, 9, false), input(s, 10, false));
        }
    }
}
