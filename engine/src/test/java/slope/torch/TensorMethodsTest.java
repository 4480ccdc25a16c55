package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.Budget;
import slope.run.RunResult;
import slope.run.Runner;

/** Tensor methods and properties beyond the recorded cases: what PyTorch prints for each. */
class TensorMethodsTest {
    private static String run(String code) {
        RunResult r = Runner.run("import torch\n" + code, Budget.defaults());
        return r.stdout + (r.error == null ? "" : "!" + r.error.pythonLine());
    }

    @Test
    void typeWithoutADtypeNamesTheTensorType() {
        assertEquals("torch.FloatTensor torch.DoubleTensor torch.LongTensor torch.BoolTensor tensor([1.], dtype=torch.float64)\n",
                run("x = torch.tensor([1.0])\n"
                        + "print(x.type(), x.double().type(), torch.tensor([1]).type(), torch.tensor([True]).type(), x.type(torch.float64))\n"));
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
}
