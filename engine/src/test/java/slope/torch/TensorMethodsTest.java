package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** Tensor methods and properties beyond the recorded cases: what PyTorch prints for each. */
class TensorMethodsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    @Test
    void typeWithoutADtypeNamesTheTensorType() {
        assertEquals("torch.FloatTensor torch.DoubleTensor torch.LongTensor torch.BoolTensor tensor([1.], dtype=torch.float64)\n",
                run("x = torch.tensor([1.0])\n"
                        + "print(x.type(), x.double().type(), torch.tensor([1]).type(), torch.tensor([True]).type(), x.type(torch.float64))\n"));
    }

    @Test
    void aZeroDimTensorFormatsAsItsNumberInFStrings() {
        // Tensor.__format__: f"{loss}" shows the Python float, print(loss) the tensor
        assertEquals("loss 0.6931471824645996 0.693 3 tensor([1.]) | tensor(0.6931, grad_fn=<LogBackward0>)\n"
                + "Parameter containing:\ntensor(1., requires_grad=True)\n!TypeError: unsupported format string passed to Tensor.__format__",
                run("x = torch.tensor(0.5, requires_grad=True)\nloss = (x + 1.5).log()\n"
                        + "print(f'loss {loss} {loss:.3f} {torch.tensor(3)} {torch.tensor([1.0])} |', loss)\n"
                        + "print(f'{torch.nn.Parameter(torch.tensor(1.0))}')\nprint(f'{torch.ones(2):.2f}')\n"));
    }

    @Test
    void bincountAndHistcCountAsTheDocsShow() {
        assertEquals("tensor([1, 2, 0, 1]) tensor([0.5000, 3.0000]) tensor([1, 0, 2, 0])\n"
                + "tensor([0., 2., 1., 0.]) tensor([2., 2.]) tensor([0., 2., 0.])\n",
                run("print(torch.bincount(torch.tensor([0, 1, 1, 3])), torch.bincount(torch.tensor([0, 1, 1]),"
                        + " weights=torch.tensor([0.5, 1.0, 2.0])), torch.tensor([2, 2, 0]).bincount(minlength=4))\n"
                        + "print(torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3),"
                        + " torch.histc(torch.tensor([0.0, 0.25, 0.5, 1.0]), bins=2), torch.histc(torch.tensor([5.0, 5.0]), bins=3))\n"));
    }

    @Test
    void selectTakesOneIndexAlongADimAsIndexingDoes() {
        assertEquals("tensor([2., 5.], grad_fn=<SelectBackward0>) tensor([3., 4., 5.], grad_fn=<SelectBackward0>)\n"
                + "tensor([[0., 0., 1.],\n        [0., 0., 1.]])\n",
                run("x = torch.arange(6.).view(2, 3).requires_grad_()\ny = x.select(1, -1)\ny.sum().backward()\n"
                        + "print(y, torch.select(x, 0, 1))\nprint(x.grad)\n"));
    }

    @Test
    void sizesMayBeGivenByNameAsPyTorchsParserTakesThem() {
        assertEquals("torch.Size([2, 3]) torch.Size([]) torch.Size([2, 3]) torch.Size([3, 2]) torch.Size([2, 3])\n"
                + "!TypeError: argument for zeros() given by name ('size') and position (1)",
                run("x = torch.arange(6.)\nprint(torch.zeros(size=(2, 3)).shape, torch.randn(size=()).shape,"
                        + " x.view(size=(2, 3)).shape, x.reshape(shape=(3, 2)).shape, x.view((2, 3)).shape)\n"
                        + "torch.zeros(2, size=(3,))\n"));
    }

    @Test
    void isFloatingPointAsAMethodAndAFunction() {
        assertEquals("True False True False\n", run("a, b = torch.tensor(1.0), torch.tensor(1)\n"
                + "print(a.is_floating_point(), b.is_floating_point(), torch.is_floating_point(a), torch.is_floating_point(b))\n"));
    }

    @Test
    void retainsGradIsTrueOnlyOnANonLeafThatCalledRetainGrad() {
        assertEquals("False True False\n", run("x = torch.tensor(1.0, requires_grad=True)\ny = x * 2\ny.retain_grad()\n"
                + "print(x.retains_grad, y.retains_grad, (x * 3).retains_grad)\n"));
    }

    @Test
    void outWritesTheResultIntoTheGivenTensorAndReturnsIt() {
        assertEquals("tensor([[2., 2.],\n        [2., 2.]]) True tensor([3., 8.])\n", run("""
                t = torch.ones(2, 2)
                y = torch.rand_like(t)
                r = torch.matmul(t, t.T, out=y)
                z = torch.zeros(2)
                torch.mul(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]), out=z)
                print(y, r is y, z)
                """));
    }

    @Test
    void outTakesNoPartInAutogradAndKeepsItsShapeAndDtype() {
        String[][] cases = {
            {"torch.mul(torch.ones(2, requires_grad=True), 2.0, out=torch.zeros(2))",
             "RuntimeError: mul(): functions with out=... arguments don't support automatic differentiation, but one of the"
                     + " arguments requires grad."},
            {"torch.mul(torch.ones(3), 2.0, out=torch.zeros(2))",
             "RuntimeError: mul(): out has shape [2] but the result has shape [3], and Slope cannot resize out"},
            {"torch.mul(torch.ones(2), 2.5, out=torch.zeros(2, dtype=torch.int64))",
             "RuntimeError: result type Float can't be cast to the desired output type Long"},
        };
        for (String[] c : cases) assertEquals("!" + c[1], run(c[0] + "\n"), c[0]);
    }

    @Test
    void theInputOfATorchFunctionMayBeAKeywordButNotMissing() {
        assertEquals("tensor(1.)\n!TypeError: exp() missing 1 required positional arguments: \"input\"",
                run("print(torch.exp(input=torch.tensor(0.0)))\ntorch.exp()\n"));
    }

    @Test
    void numpyKeywordsNameTorchParameters() {
        // PyTorch's argument parser takes them for every native: axis for dim, keepdims for keepdim
        assertEquals("tensor([[3., 5.]]) tensor([3., 5.])\n", run("""
                x = torch.tensor([[1.0, 2.0], [2.0, 3.0]])
                print(x.sum(axis=0, keepdims=True), torch.sum(x, axis=1))
                """));
    }

    @Test
    void int32TensorsCountPromoteAndPrintAsPyTorchs() {
        // makemore's bigram counts: torch.zeros((27, 27), dtype=torch.int32), N[ix1, ix2] += 1
        assertEquals("""
                tensor([[0, 1],
                        [5, 0]], dtype=torch.int32) tensor(6) torch.int64
                torch.float32 torch.int64 torch.float32 torch.IntTensor
                tensor([ 1, -2], dtype=torch.int32) tensor(-2147483643, dtype=torch.int32)
                """, run("""
                N = torch.zeros((2, 2), dtype=torch.int32)
                N[0, 1] += 1
                N[torch.tensor(1), torch.tensor(0)] += 5
                print(N, N.sum(), N.sum().dtype)
                print((N + 1.5).dtype, (N + torch.tensor([1, 2])).dtype, (N / 2).dtype, N.type())
                print(torch.tensor([1.7, -2.7]).int(), torch.tensor(2**31 + 5).int())
                """));
    }

    @Test
    void log10AndLog2WithTheirGradients() {
        // makemore plots lossi.append(loss.log10().item()); gradients 1 / (x ln 10) and 1 / (x ln 2)
        assertEquals("tensor([2., 3.], grad_fn=<Log10Backward0>) tensor([0.0043, 0.0004])\n"
                + "tensor([1., 3.], grad_fn=<Log2Backward0>) tensor([0.7213, 0.1803])\n", run("""
                x = torch.tensor([100.0, 1000.0], requires_grad=True)
                y = x.log10()
                y.sum().backward()
                print(y, x.grad)
                z = torch.tensor([2.0, 8.0], requires_grad=True)
                w = torch.log2(z)
                w.sum().backward()
                print(w, z.grad)
                """));
    }
}
