package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.input;

import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Embedding's gradient sums the gradients of each row's picks; the padding row gets none. */
class EmbeddingTest {
    private static final Tensor INDICES = new Tensor(new double[] {1, 0, 3, 1, 1, 2}, new int[] {2, 3}, DType.INT64);

    @Test
    void gradientMatchesFiniteDifferences() {
        check(x -> Embedding.embedding(x[0], INDICES, -1), input(new int[] {4, 3}, 1, false));
    }

    @Test
    void paddingRowGetsNoGradient() {
        Tensor w = input(new int[] {4, 2}, 2, false);
        Embedding.embedding(w, INDICES, 1).sum().backward();
        assertEquals(java.util.List.of(1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0),
                java.util.Arrays.stream(w.grad().values()).boxed().toList());
    }
}
