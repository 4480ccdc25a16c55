package slope.ops;

import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;

/** Gradients of reductions over all elements and over dims, with and without keepdim. */
class ReductionsTest {
    @Test
    void sumAndMean() {
        for (int[] s : new int[][] {{}, {4}, {2, 3}, {2, 3, 2}}) {
            check(x -> x[0].sum(), input(s, 1, false));
            check(x -> x[0].mean(), input(s, 2, false));
        }
        check(x -> Reductions.sum(x[0], new int[] {0}, false), input(new int[] {3, 4}, 3, false));
        check(x -> Reductions.sum(x[0], new int[] {-1}, true), input(new int[] {3, 4}, 4, false));
        check(x -> Reductions.sum(x[0], new int[] {0, 2}, false), input(new int[] {2, 3, 2}, 5, false));
        check(x -> Reductions.mean(x[0], new int[] {1}, true), input(new int[] {3, 4}, 6, false));
        checkSecond(x -> x[0].mul(x[0]).mean(), input(new int[] {2, 3}, 7, false));
    }

    @Test
    void maxMinAndProd() {
        check(x -> Reductions.extreme(x[0], true), input(new int[] {2, 3}, 1, false));
        check(x -> Reductions.extreme(x[0], false), input(new int[] {5}, 2, false));
        check(x -> Reductions.extreme(x[0], 1, false, true)[0], input(new int[] {3, 4}, 3, false));
        check(x -> Reductions.extreme(x[0], 0, true, false)[0], input(new int[] {3, 4}, 4, false));
        check(x -> Reductions.prod(x[0], null, false), input(new int[] {2, 3}, 5, false));
        check(x -> Reductions.prod(x[0], 1, true), input(new int[] {2, 3}, 6, false));
    }

    @Test
    void softmaxAndLogSoftmax() {
        for (int d : new int[] {0, 1, -1}) {
            check(x -> Reductions.softmax(x[0], d), input(new int[] {3, 4}, d + 2, false));
            check(x -> Reductions.logSoftmax(x[0], d), input(new int[] {3, 4}, d + 5, false));
            checkSecond(x -> Reductions.softmax(x[0], d), input(new int[] {2, 3}, d + 8, false));
        }
    }
}
