package slope.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import slope.ops.InPlace;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels.BinaryOp;
import slope.tensor.Tensor;

/** Saved tensors modified in place make backward fail, as PyTorch's version counters do; unsaved ones do not. */
class VersionCounterTest {
    private static Tensor leaf() {
        return new Tensor(new double[] {1, 2}, new int[] {2}, DType.FLOAT32).requiresGrad(true);
    }

    @Test
    void squaringInPlaceThenBackwardFailsNamingTheVersions() {
        Tensor y = leaf().mul(2);
        InPlace.apply(y, BinaryOp.ADD, Tensor.scalar(1));
        InPlace.apply(y, BinaryOp.MUL, y);
        PyError e = assertThrows(PyError.class, () -> y.sum().backward());
        assertEquals("one of the variables needed for gradient computation has been modified by an inplace operation:"
                + " [torch.FloatTensor [2]], which is output 0 of MulBackward0, is at version 2; expected version 1"
                + " instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient,"
                + " with torch.autograd.set_detect_anomaly(True, check_nan=False).", e.getMessage());
    }

    @Test
    void modifyingATensorNoGradientNeedsIsAllowed() {
        Tensor x = leaf();
        Tensor y = x.mul(2);
        Tensor z = y.mul(3); // saves 3, not y: only y's gradient is wanted
        InPlace.apply(y, BinaryOp.ADD, Tensor.scalar(1));
        z.sum().backward();
        assertEquals(6.0, x.grad().values()[0]);
    }

    @Test
    void modifyingASavedInputFails() {
        Tensor x = leaf();
        Tensor y = x.mul(2);
        Tensor z = y.sin(); // SinBackward0 saves y
        InPlace.apply(y, BinaryOp.ADD, Tensor.scalar(1));
        assertThrows(PyError.class, () -> z.sum().backward());
    }

    @Test
    void writesThroughDotDataGoUnnoticedWhileDetachSharesTheCounter() {
        // PyTorch's own example of why detach() is the safer of the two
        assertEquals("""
                tensor([0., 0., 0.])
                !RuntimeError: one of the variables needed for gradient computation has been modified by an inplace\
                 operation: [torch.FloatTensor [3]], which is output 0 of SigmoidBackward0, is at version 1; expected\
                 version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its\
                 gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).""", slope.run.RunOutput.of("""
                import torch
                a = torch.tensor([1, 2, 3.], requires_grad=True)
                out = a.sigmoid()
                out.data.zero_()
                out.sum().backward()
                print(a.grad)
                out = a.sigmoid()
                c = out.detach()
                c.zero_()
                assert (out._version, c._version, out.data._version) == (1, 1, 0)
                out.sum().backward()
                """));
    }
}
