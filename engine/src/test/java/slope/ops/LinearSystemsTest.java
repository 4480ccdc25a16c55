package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.ops.GradCheck.check;
import static slope.ops.GradCheck.checkSecond;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** inv, det and solve through LU: their values, and gradients against finite differences, twice. */
class LinearSystemsTest {
    /** A well-conditioned matrix: the fixed inputs plus a strong diagonal. */
    private static Tensor matrix(int n, int seed) {
        Tensor a = GradCheck.input(new int[] {n, n}, seed, false);
        double[] v = a.storage.forWrite();
        for (int i = 0; i < n; i++) v[i * n + i] += 3;
        return a;
    }

    @Test
    void valuesOfASmallSystem() {
        Tensor a = new Tensor(new double[] {4, 1, 2, 3}, new int[] {2, 2}, DType.FLOAT64);
        assertEquals("[0.3, -0.1, -0.2, 0.4]", Arrays.toString(LinearSystems.inv(a).values()));
        assertEquals(10.0, LinearSystems.det(a).item(), 1e-12);
        Tensor x = LinearSystems.solve(a, new Tensor(new double[] {1, 2}, new int[] {2}, DType.FLOAT64));
        assertEquals(0.1, x.values()[0], 1e-15);
        assertEquals(0.6, x.values()[1], 1e-15);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        check(t -> LinearSystems.inv(t[0]), matrix(3, 1));
        check(t -> LinearSystems.det(t[0]), matrix(3, 2));
        check(t -> LinearSystems.solve(t[0], t[1]), matrix(3, 3), GradCheck.input(new int[] {3}, 4, false));
        check(t -> LinearSystems.solve(t[0], t[1]), matrix(3, 5), GradCheck.input(new int[] {3, 2}, 6, false));
    }

    @Test
    void secondDerivativesMatchFiniteDifferences() {
        checkSecond(t -> LinearSystems.inv(t[0]), matrix(2, 7));
        checkSecond(t -> LinearSystems.det(t[0]), matrix(3, 8));
        checkSecond(t -> LinearSystems.solve(t[0], t[1]), matrix(2, 9), GradCheck.input(new int[] {2}, 10, false));
    }
}
