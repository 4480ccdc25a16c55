package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;
import static slope.ops.GradCheck.input;

import java.util.List;
import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** matmul in each of its forms, and cat and stack, against finite differences. */
class LinearAlgebraTest {
    @Test
    void matmulForms() {
        int[][][] pairs = {{{3}, {3}}, {{2, 3}, {3}}, {{3}, {3, 4}}, {{2, 3}, {3, 4}}, {{2, 2, 3}, {3, 2}}, {{2, 2, 3}, {2, 3, 1}}};
        for (int[][] p : pairs) {
            check(x -> x[0].matmul(x[1]), input(p[0], 1, false), input(p[1], 2, false));
        }
        checkSecond(x -> x[0].matmul(x[1]).tanh(), input(new int[] {2, 3}, 3, false), input(new int[] {3, 2}, 4, false));
    }

    @Test
    void mixedDtypesGiveTheMessageOfTheFormMatmulTakes() {
        // ATen: 1-D by 1-D is dot, whose dot_check names the scalar types; mm and mv name the C types
        assertEquals("!RuntimeError: dot : expected both vectors to have same dtype, but found Long and Float",
            RunOutput.of("import torch\ntorch.tensor([1, 2]) @ torch.tensor([1.0, 2.0])\n"));
        assertEquals("!RuntimeError: dot : expected both vectors to have same dtype, but found Float and Double",
            RunOutput.of("import torch\ntorch.ones(2).dot(torch.ones(3, dtype=torch.float64))\n"));
        assertEquals("!RuntimeError: expected m1 and m2 to have the same dtype, but got: float != long int",
            RunOutput.of("import torch\ntorch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.long)\n"));
    }

    @Test
    void catAndStack() {
        check(x -> Joins.cat(List.of(x[0], x[1]), 0), input(new int[] {2, 3}, 1, false), input(new int[] {1, 3}, 2, false));
        check(x -> Joins.cat(List.of(x[0], x[1]), 1).exp(), input(new int[] {2, 3}, 3, false), input(new int[] {2, 1}, 4, false));
        check(x -> Joins.stack(List.of(x[0], x[1]), 1), input(new int[] {2, 3}, 5, false), input(new int[] {2, 3}, 6, false));
    }
}
