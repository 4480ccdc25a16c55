package slope.ops;

import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Gradients of + - * / ** against finite differences, with broadcasting and Python numbers on either side. */
class ArithmeticTest {
    static final int[][][] SHAPE_PAIRS = {
        {{}, {}}, {{3}, {3}}, {{2, 3}, {2, 3}}, {{2, 3}, {3}}, {{3, 1}, {1, 4}}, {{2, 1, 3}, {4, 1}}, {{}, {2, 2}},
    };

    @Test
    void addSubMulDivMatchFiniteDifferencesUnderBroadcasting() {
        for (int[][] p : SHAPE_PAIRS) {
            check(x -> Arithmetic.add(x[0], x[1]), input(p[0], 1, false), input(p[1], 2, false));
            check(x -> Arithmetic.sub(x[0], x[1]), input(p[0], 3, false), input(p[1], 4, false));
            check(x -> Arithmetic.mul(x[0], x[1]), input(p[0], 5, false), input(p[1], 6, false));
            check(x -> Arithmetic.div(x[0], x[1]), input(p[0], 7, false), input(p[1], 8, true));
        }
    }

    @Test
    void pythonNumbersOnEitherSide() {
        check(x -> x[0].mul(2.5).add(1).sub(0.5).div(3), input(new int[] {2, 3}, 1, false));
        check(x -> Arithmetic.rsub(x[0], slope.tensor.Tensor.wrap(2, slope.tensor.DType.FLOAT64)), input(new int[] {4}, 2, false));
        check(x -> Arithmetic.rpow(2.0, x[0]), input(new int[] {3}, 3, false));
        check(x -> x[0].reciprocal(), input(new int[] {2, 2}, 4, true));
        check(x -> x[0].neg(), input(new int[] {3}, 5, false));
    }

    @Test
    void powWithNumberAndTensorExponents() {
        for (double e : new double[] {2, 3, 0.5, -1, -2, 1.7, 0}) {
            check(x -> x[0].pow(e), input(new int[] {2, 3}, 6, true));
        }
        check(x -> x[0].pow(x[1]), input(new int[] {2, 3}, 7, true), input(new int[] {3}, 8, false));
    }

    @Test
    void secondDerivativesThroughArithmetic() {
        checkSecond(x -> x[0].mul(x[0]).mul(x[1]), input(new int[] {3}, 1, false), input(new int[] {3}, 2, false));
        checkSecond(x -> x[0].div(x[1]), input(new int[] {2, 2}, 3, false), input(new int[] {2}, 4, true));
        checkSecond(x -> x[0].pow(3).sub(x[0].pow(0.5)), input(new int[] {4}, 5, true));
        checkSecond(x -> x[0].pow(x[1]), input(new int[] {3}, 6, true), input(new int[] {3}, 7, true));
    }

    @Test
    void zeroDimSquaresGetTheGradientOfTheTensorPath() {
        // a zero-dim square's backward skips the tensor in between; a one-element vector takes the op-by-op path
        for (double v : new double[] {1.1, -0.3, 3.7e-3, 12345.678, 1e-30}) {
            for (DType dt : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
                Tensor scalar = Tensor.scalar(v, dt).requiresGrad(true);
                Tensor vector = new Tensor(new double[] {dt.round(v)}, new int[] {1}, dt).requiresGrad(true);
                scalar.pow(2).mul(3.3).backward();
                vector.pow(2).mul(3.3).sum().backward();
                assertEquals(vector.grad().values()[0], scalar.grad().item(), 0.0, v + " in " + dt);
            }
        }
        checkSecond(x -> x[0].pow(2).mul(x[0]), input(new int[] {}, 9, false));
    }
}
