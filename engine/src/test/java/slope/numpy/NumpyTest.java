package slope.numpy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** numpy as tutorials use it next to torch: NumPy's printing, promotion, legacy random numbers and the bridge to tensors. */
class NumpyTest {
    private static String run(String code) { return RunOutput.of("import numpy as np\nimport torch\n" + code); }

    @Test
    void floatsPrintWithOneWidthAndAtMostEightDecimals() {
        assertEquals("[0.         0.33333333 0.66666667 1.        ]\narray([0.        , 0.33333333, 0.66666667, 1.        ])\n"
                + "[0.  0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1. ]\n[[ 1.5   2.  ]\n [ 3.25 -4.  ]]\n",
                run("print(np.linspace(0, 1, 4))\nprint(repr(np.linspace(0, 1, 4)))\nprint(np.linspace(0, 1, 11))\n"
                        + "print(np.array([[1.5, 2.0], [3.25, -4.0]]))\n"));
    }

    @Test
    void smallOrWideRangesPrintInScientificNotation() {
        assertEquals("[1.e-05 1.e+00] [1.2345e-04 1.2300e+02]\n[[ 1.0e+00 -2.5e-07]] [1.23456789e+08 1.00000000e+00]\n[nan  1. inf]\n",
                run("print(np.array([1e-5, 1.0]), np.array([0.00012345, 123.0]))\n"
                        + "print(np.array([[1.0, -2.5e-7]]), np.array([123456789.0, 1.0]))\n"
                        + "print(np.array([np.nan, 1.0, np.inf]))\n"));
    }

    @Test
    void longArraysWrapAtSeventyFiveColumnsAndSummarizeBeyondAThousand() {
        assertEquals("[ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23\n 24 25 26 27 28 29]\n"
                + "[   0    1    2 ... 1997 1998 1999]\n"
                + "array([0.        , 0.09090909, 0.18181818, 0.27272727, 0.36363636,\n"
                + "       0.45454545, 0.54545455, 0.63636364, 0.72727273, 0.81818182,\n"
                + "       0.90909091, 1.        ])\n",
                run("print(np.arange(30))\nprint(np.arange(2000))\nprint(repr(np.linspace(0, 1, 12)))\n"));
    }

    @Test
    void otherDtypesAndShapes() {
        assertEquals("[[[ 0  1]\n  [ 2  3]]\n\n [[ 4  5]\n  [ 6  7]]\n\n [[ 8  9]\n  [10 11]]]\n"
                + "[ True False] array([0., 0., 0.], dtype=float32) array([[1, 2],\n       [3, 4]])\n"
                + "3.5 array(3.5) [] array([], dtype=float64) 0.1 int64 (3,)\n",
                run("print(np.arange(12).reshape(3, 2, 2))\n"
                        + "print(np.array([True, False]), repr(np.zeros(3, dtype=np.float32)), repr(np.array([[1, 2], [3, 4]])))\n"
                        + "print(np.array(3.5), repr(np.array(3.5)), np.array([]), repr(np.array([])), np.float32(0.1),"
                        + " np.arange(3).dtype, np.arange(3).shape)\n"));
    }

    @Test
    void intsMeetingFloatsBecomeFloat64AndInPlaceOpsKeepTheDtype() {
        assertEquals("[0.5 1. ] float64 float32 2.5 6\n"
                + "!UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                run("a = np.array([1, 2, 3, 4])\n"
                        + "print(a[:2] / 2, (a * 1.5).dtype, (np.ones(2, dtype=np.float32) * 2.5).dtype, a.mean(), a[:3].sum())\n"
                        + "a += 1.5\n"));
    }

    @Test
    void arrayCopiesAndAsarrayShares() {
        assertEquals("[9 1 2] tensor([1., 1.]) [5. 1.] [7 1 2]\n",
                run("a = np.arange(3)\nb = np.array(a)\nb[0] = 9\nt = torch.ones(2)\nc = np.array(t)\nc[0] = 5\n"
                        + "d = np.asarray(a)\nd[0] = 7\nprint(b, t, c, a)\n"));
    }

    @Test
    void legacyRandomDrawsNumpysNumbers() {
        assertEquals("0.5488135039273248 [0.71518937 0.60276338]\n[1.76405235 0.40015721 0.97873798 2.2408932  1.86755799]\n"
                + "[0.37454012 0.95071431 0.73199394]\n[5 0 3 3 7 9 3 5 2 4]\n[2 8 4 9 1 6 7 3 0 5]\n[ 1.62434536 -0.61175641 -0.52817175]\n",
                run("np.random.seed(0)\nprint(np.random.rand(), np.random.rand(2))\n"
                        + "np.random.seed(0)\nprint(np.random.randn(5))\n"
                        + "np.random.seed(42)\nprint(np.random.rand(3))\n"
                        + "np.random.seed(0)\nprint(np.random.randint(0, 10, size=10))\n"
                        + "np.random.seed(0)\nprint(np.random.permutation(10))\n"
                        + "np.random.seed(1)\nprint(np.random.normal(size=3))\n"));
    }

    @Test
    void theBlitzNumpyBridgeSharesMemory() {
        assertEquals("t: tensor([1., 1., 1., 1., 1.])\nn: [1. 1. 1. 1. 1.]\nt: tensor([2., 2., 2., 2., 2.])\nn: [2. 2. 2. 2. 2.]\n"
                + "t: tensor([2., 2., 2., 2., 2.], dtype=torch.float64)\nn: [2. 2. 2. 2. 2.]\ntensor([1., 2.], dtype=torch.float64)\n",
                run("t = torch.ones(5)\nprint(f't: {t}')\nn = t.numpy()\nprint(f'n: {n}')\n"
                        + "t.add_(1)\nprint(f't: {t}')\nprint(f'n: {n}')\n"
                        + "n = np.ones(5)\nt = torch.from_numpy(n)\nnp.add(n, 1, out=n)\nprint(f't: {t}')\nprint(f'n: {n}')\n"
                        + "print(torch.tensor(np.array([1.0, 2.0])))\n"));
    }

    @Test
    void handsOnMlNormalEquationGivesTheBooksTheta() {
        // Geron's chapter 4: np.c_ builds the design matrix, linalg.inv solves the normal equation
        assertEquals("[[4.21509616]\n [2.77011339]]\n[1 2 0 4] [0 2 4] [  1.  10. 100.]\n-2.0000000000000004 [2. 3.]\nLinAlgError Singular matrix\n",
                run("np.random.seed(42)\nX = 2 * np.random.rand(100, 1)\ny = 4 + 3 * X + np.random.randn(100, 1)\n"
                        + "X_b = np.c_[np.ones((100, 1)), X]\n"
                        + "print(np.linalg.inv(X_b.T.dot(X_b)).dot(X_b.T).dot(y))\n"
                        + "print(np.r_[np.array([1, 2]), 0, np.array([4])], np.r_[0:5:2], np.logspace(0, 2, 3))\n"
                        + "print(np.linalg.det(np.array([[1.0, 2.0], [3.0, 4.0]])), np.linalg.solve(np.array([[3.0, 1.0], [1.0, 2.0]]),"
                        + " np.array([9.0, 8.0])))\n"
                        + "try:\n    np.linalg.inv(np.zeros((2, 2)))\nexcept np.linalg.LinAlgError as e:\n    print(type(e).__name__, e)\n"));
    }

    @Test
    void theNumpyWarmUpOfLearningPyTorchWithExamplesFitsTheSine() {
        String out = run(String.join("\n",
                "import math",
                "x = np.linspace(-math.pi, math.pi, 2000)",
                "y = np.sin(x)",
                "a, b, c, d = np.random.randn(), np.random.randn(), np.random.randn(), np.random.randn()",
                "first = None",
                "for t in range(2000):",
                "    y_pred = a + b * x + c * x ** 2 + d * x ** 3",
                "    loss = np.square(y_pred - y).sum()",
                "    first = loss if first is None else first",
                "    grad_y_pred = 2.0 * (y_pred - y)",
                "    a -= 1e-6 * grad_y_pred.sum()",
                "    b -= 1e-6 * (grad_y_pred * x).sum()",
                "    c -= 1e-6 * (grad_y_pred * x ** 2).sum()",
                "    d -= 1e-6 * (grad_y_pred * x ** 3).sum()",
                "print(type(loss).__name__, loss < first / 10, abs(b - 0.85) < 0.05, abs(d + 0.092) < 0.01)",
                ""));
        assertEquals("float True True True\n", out);
    }
}
