package slope.ops;

import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import java.util.List;
import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Gradients flow back through views and indexing to the right places. */
class ViewsTest {
    private static Views.Slice slice(Long a, Long b, Long s) { return new Views.Slice(a, b, s); }

    @Test
    void reshapeTransposePermuteSqueezeExpand() {
        check(x -> x[0].reshape(3, 2).mul(x[0].reshape(3, 2)), input(new int[] {2, 3}, 1, false));
        check(x -> x[0].transpose(0, 1).mul(x[1]), input(new int[] {2, 3}, 2, false), input(new int[] {3, 2}, 3, false));
        check(x -> Views.permute(x[0], new int[] {2, 0, 1}), input(new int[] {2, 3, 4}, 4, false));
        check(x -> Views.t(x[0]).exp(), input(new int[] {2, 3}, 5, false));
        check(x -> Views.squeeze(Views.unsqueeze(x[0], 1), null).sin(), input(new int[] {3}, 6, false));
        check(x -> x[0].expand(4, 3).mul(x[1]), input(new int[] {1, 3}, 7, false), input(new int[] {4, 3}, 8, false));
        check(x -> Views.flatten(x[0], 0, -1).mul(x[0].reshape(-1)), input(new int[] {2, 2, 2}, 9, false));
    }

    @Test
    void indexingSelectsSlicesAndGathers() {
        check(x -> Views.index(x[0], List.of(1L)), input(new int[] {3, 4}, 1, false));
        check(x -> Views.index(x[0], List.of(slice(null, null, null), 2L)).exp(), input(new int[] {3, 4}, 2, false));
        check(x -> Views.index(x[0], List.of(slice(3L, null, -0L == 0 ? 2L : 1L))), input(new int[] {9}, 3, false));
        check(x -> Views.index(x[0], List.of(Views.ELLIPSIS, slice(-2L, null, null))), input(new int[] {2, 2, 3}, 4, false));
        Tensor idx = new Tensor(new double[] {2, 0, 2}, new int[] {3}, DType.INT64);
        check(x -> Views.index(x[0], List.of(idx)), input(new int[] {4, 2}, 5, false));
        Tensor mask = new Tensor(new double[] {1, 0, 1, 1}, new int[] {4}, DType.BOOL);
        check(x -> Views.index(x[0], List.of(mask)).mul(2), input(new int[] {4}, 6, false));
        checkSecond(x -> Views.index(x[0], List.of(slice(1L, null, null))).pow(3), input(new int[] {4}, 7, false));
        checkSecond(x -> Views.index(x[0], List.of(idx)).pow(3), input(new int[] {4}, 8, false));
    }
}
