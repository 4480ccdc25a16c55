package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.Function;
import slope.autograd.Autograd;
import slope.tensor.DType;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * Checks autograd against central finite differences in float64: the gradient of
 * {@code sum(f(inputs) * w)} for a fixed random weighting {@code w}, and, for second
 * derivatives, the same check applied to the first gradient built with create_graph.
 */
final class GradCheck {
    static final double EPS = 1e-6, TOL = 1e-5;

    private GradCheck() {}

    /** Inputs in float64 with values from a fixed sequence, kept away from 0 where {@code positive}. */
    static Tensor input(int[] shape, int seed, boolean positive) {
        int n = Shape.numel(shape);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double x = Math.sin(1.7 * (i + 1) + seed * 0.91) * 1.3;
            v[i] = positive ? Math.abs(x) + 0.3 : (Math.abs(x) < 0.05 ? x + 0.2 : x);
        }
        return new Tensor(v, shape, DType.FLOAT64).requiresGrad(true);
    }

    static double weightedSum(Tensor y) {
        double[] v = y.values();
        double s = 0;
        for (int i = 0; i < v.length; i++) s += v[i] * weight(i);
        return s;
    }

    /** The sum of the products of the values of two tensors of the same shape. */
    static double dot(Tensor a, Tensor b) {
        assertEquals(java.util.Arrays.toString(a.shape), java.util.Arrays.toString(b.shape));
        double[] x = a.values(), y = b.values();
        double s = 0;
        for (int i = 0; i < x.length; i++) s += x[i] * y[i];
        return s;
    }

    static double weight(int i) { return Math.cos(0.37 * i + 0.1) + 0.2; }

    static Tensor weights(int[] shape) {
        int n = Shape.numel(shape);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) w[i] = weight(i);
        return new Tensor(w, shape, DType.FLOAT64);
    }

    /** Asserts that backward through {@code f} matches finite differences for every input. */
    static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        Tensor y = f.apply(inputs);
        Tensor scalar = y.mul(weights(y.shape)).sum();
        Tensor[] grads = Autograd.grad(new Tensor[] {scalar}, inputs, null, false, false, true);
        for (int k = 0; k < inputs.length; k++) {
            double[] x = inputs[k].storage.forWrite(); // written in place below
            for (int i = 0; i < x.length; i++) {
                double keep = x[i];
                x[i] = keep + EPS;
                double up = weightedSum(f.apply(inputs));
                x[i] = keep - EPS;
                double down = weightedSum(f.apply(inputs));
                x[i] = keep;
                double numeric = (up - down) / (2 * EPS);
                double analytic = grads[k] == null ? 0 : grads[k].values()[i];
                assertEquals(numeric, analytic, TOL * (1 + Math.abs(numeric)),
                        "d/d input " + k + "[" + i + "]");
            }
        }
    }

    /** Asserts that the gradient of {@code f}, built with create_graph, itself has correct gradients. */
    static void checkSecond(Function<Tensor[], Tensor> f, Tensor... inputs) {
        check(xs -> {
            Tensor y = f.apply(xs);
            Tensor scalar = y.mul(weights(y.shape)).sum();
            Tensor[] g = Autograd.grad(new Tensor[] {scalar}, new Tensor[] {xs[0]}, null, true, true, true);
            assertNotNull(g[0]);
            return g[0];
        }, inputs);
    }
}
