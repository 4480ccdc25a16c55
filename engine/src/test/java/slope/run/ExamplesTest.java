package slope.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every program in examples/ runs and prints what PyTorch prints for it. */
class ExamplesTest {
    private static String run(String name) throws IOException {
        String code = Files.readString(Path.of("..", "examples", name));
        RunResult r = Runner.run(code, Budget.defaults());
        assertNull(r.error, () -> name + ": " + r.error.pythonLine());
        return r.stdout;
    }

    @Test
    void scalarAutogradPrintsElevenAsPyTorchDoes() throws IOException {
        assertEquals("tensor(11.)\n", run("autograd_basics.py"));
    }

    @Test
    void moduleTrainedWithAdamFitsSine() throws IOException {
        String out = run("nn_module_adam.py");
        assertTrue(out.startsWith("epoch   0  loss "), out);
        double loss = Double.parseDouble(out.substring(out.lastIndexOf("final loss ") + 11).trim());
        assertTrue(loss < 0.002, out);
        assertEquals(out, run("nn_module_adam.py"), "seeded with torch.manual_seed, so every run prints the same");
    }

    @Test
    void numpyByHandAndAutogradFindTheSameCubic() throws IOException {
        String[] lines = run("numpy_vs_autograd.py").split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("NumPy:    y = "), lines[0]);
        assertEquals(lines[0].substring("NumPy:   ".length()), lines[1].substring("autograd:".length()));
    }

    @Test
    void microgradsValueClassGivesPyTorchsGradients() throws IOException {
        String[] lines = run("micrograd_from_scratch.py").split("\n");
        assertEquals("micrograd: Value(data=2.0604, grad=1.0000)", lines[0]);
        assertEquals("  dloss/dw1 = -0.717761  dloss/dw2 = 0.358881  dloss/db = -0.358881", lines[1]);
        assertEquals("PyTorch:   tensor(2.0604, dtype=torch.float64, grad_fn=<PowBackward0>)", lines[2]);
        assertEquals(lines[1], lines[3], "the same gradients from both");
    }

    @Test
    void smallCnnLearnsBars() throws IOException {
        String out = run("small_cnn.py");
        assertTrue(out.startsWith("Net(\n  (conv): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))\n"), out);
        assertTrue(out.endsWith("test accuracy 1.00\n"), out);
    }

    @Test
    void twoByTwoExampleGivesTwoXPlusTwo() throws IOException {
        assertEquals("tensor(54., grad_fn=<SumBackward0>)\ntensor([[ 4.,  6.],\n        [ 8., 10.]])\n",
                run("tensor_2x2.py"));
    }

    @Test
    void gradientDescentRecoversSlopeTwoAndInterceptThree() throws IOException {
        String out = run("linear_fit.py");
        assertEquals("k = 2.0000, b = 3.0000", out.substring(out.lastIndexOf("k = ")).trim());
    }

    @Test
    void higherDerivativesMatchCalculus() throws IOException {
        String[] v = run("second_derivative.py").trim().split(" ");
        double x = 1.5;
        assertEquals(3 * x * x + Math.cos(x), Double.parseDouble(v[0]), 1e-5);
        assertEquals(6 * x - Math.sin(x), Double.parseDouble(v[1]), 1e-5);
        assertEquals(6 - Math.cos(x), Double.parseDouble(v[2]), 1e-5);
    }

    @Test
    void aCustomFunctionsBackwardAgreesWithTheJacobian() throws IOException {
        assertEquals("tensor([ 1.,  8., 27.], grad_fn=<CubeBackward>)\ntensor([ 3., 12., 27.])\ntensor([ 3., 12., 27.])\n",
                run("custom_function.py"));
    }

    @Test
    void adamReachesTheRosenbrockMinimum() throws IOException {
        assertEquals("tensor([1.0000, 1.0000], requires_grad=True)\n0.0\n", run("rosenbrock_adam.py"));
    }

    @Test
    void nnLinearWithSgdRecoversSlopeTwoAndInterceptThree() throws IOException {
        String out = run("nn_linear_regression.py");
        assertTrue(out.contains("Linear(in_features=1, out_features=1, bias=True)\n"), out);
        assertEquals("k = 2.0000, b = 3.0000", out.substring(out.lastIndexOf("k = ")).trim());
    }

    @Test
    void twoLayerMlpLearnsXor() throws IOException {
        String out = run("nn_xor.py");
        double loss = Double.parseDouble(out.substring(out.indexOf("final loss ") + 11, out.indexOf("\npredictions")));
        assertTrue(loss < 0.01, out);
        assertTrue(out.endsWith("predictions [0, 1, 1, 0]\n"), out);
        assertEquals(out, run("nn_xor.py"), "seeded with torch.manual_seed, so every run prints the same");
    }
}
