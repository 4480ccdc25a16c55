package slope.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** sklearn.datasets' toy data from NumPy's legacy generator, checked through micrograd's demo notebook. */
class SklearnDatasetsTest {
    private static String micrograd() throws IOException {
        try (InputStream in = SklearnDatasetsTest.class.getResourceAsStream("micrograd.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void microgradsDemoStartsWithThePublishedLossAndAccuracy() throws IOException {
        // demo.ipynb: seeds, make_moons(n_samples=100, noise=0.1), MLP(2, [16, 16, 1]); its printed first loss
        String demo = String.join("\n",
                "import random",
                "import numpy as np",
                "np.random.seed(1337)",
                "random.seed(1337)",
                "from sklearn.datasets import make_moons",
                "X, y = make_moons(n_samples=100, noise=0.1)",
                "y = y*2 - 1",
                "model = MLP(2, [16, 16, 1])",
                "print('number of parameters', len(model.parameters()))",
                "inputs = [list(map(Value, xrow)) for xrow in X]",
                "scores = list(map(model, inputs))",
                "losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(y, scores)]",
                "data_loss = sum(losses) * (1.0 / len(losses))",
                "reg_loss = 1e-4 * sum((p*p for p in model.parameters()))",
                "accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]",
                "print(data_loss + reg_loss, sum(accuracy) / len(accuracy))",
                "");
        assertEquals("number of parameters 337\nValue(data=0.8958441028683222, grad=0) 0.5\n", RunOutput.of(micrograd() + "\n" + demo));
    }

    @Test
    void datasetsHaveTheirShapesLabelsAndSeededDraws() {
        assertEquals("(10, 2) [5 5] True\n(6, 2) [3 3] True\n(8, 2) [4 4]\n[0.5488135  0.71518937] RandomState(MT19937)\n",
                RunOutput.of("import numpy as np\nfrom sklearn.datasets import make_moons, make_blobs, make_circles\n"
                        + "X, y = make_moons(n_samples=10, noise=0.1, random_state=0)\nX2, y2 = make_moons(n_samples=10, noise=0.1, random_state=0)\n"
                        + "print(X.shape, np.array([(y == 0).sum(), (y == 1).sum()]), np.array_equal(X, X2))\n"
                        + "X, y, c = make_blobs(n_samples=6, centers=2, random_state=42, return_centers=True)\n"
                        + "print(X.shape, np.array([(y == 0).sum(), (y == 1).sum()]),"
                        + " np.allclose(c, np.random.RandomState(42).uniform(-10, 10, (2, 2))))\n"
                        + "X, y = make_circles(n_samples=8, random_state=1)\nprint(X.shape, np.array([(y == 0).sum(), (y == 1).sum()]))\n"
                        + "rs = np.random.RandomState(0)\nprint(rs.rand(2), rs)\n"));
    }
}
