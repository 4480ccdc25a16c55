package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * In-place methods on tensors in the graph: each takes over its op's grad_fn, so the gradient flows through the op,
 * and saves what PyTorch saves (a clone of self, the other operands and the result as they are).
 */
class InPlaceMethodsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\nx = torch.tensor([1., 4.], requires_grad=True)\n" + code);
    }

    @Test
    void anInPlaceOpBecomesTheTensorsGradFnAndItsGradientFlows() {
        assertEquals("tensor([1., 2.], grad_fn=<SqrtBackward0>) tensor([0.5000, 0.2500])\n"
                + "tensor([0., 2.], grad_fn=<ReluBackward0>) tensor([0., 1.])\n"
                + "tensor([ 2.7183, 54.5981], grad_fn=<ExpBackward0>) tensor([ 2.7183, 54.5981])\n", run("""
                y = x * 1
                y.sqrt_()
                y.sum().backward()
                print(y, x.grad)
                x.grad = None
                h = x - 2
                h.relu_()
                h.sum().backward()
                print(h, x.grad)
                x.grad = None
                k = x * 1
                k.exp_().sum().backward()
                print(k, x.grad)
                """));
    }

    @Test
    void opsThatReadTheirInputReadItsValueFromBeforeTheWrite() {
        // PyTorch saves a clone of self for in-place ops, so clamp_ and mul_ still know the old values
        assertEquals("tensor([1., 3.], grad_fn=<ClampBackward1>) tensor([1., 0.])\n"
                + "tensor([ 3., 16.], grad_fn=<MulBackward0>) tensor([3., 4.]) tensor([1., 4.])\n"
                + "tensor([0., 4.], grad_fn=<MaskedFillBackward0>) tensor([0., 1.])\n", run("""
                z = x * 1
                z.clamp_(0, 3)
                z.sum().backward()
                print(z, x.grad)
                x.grad = None
                c = torch.tensor([3., 4.], requires_grad=True)
                m = x * 1
                m.mul_(c)
                m.sum().backward()
                print(m, x.grad, c.grad)
                x.grad = None
                f = x * 1
                f.masked_fill_(torch.tensor([True, False]), 0.)
                f.sum().backward()
                print(f, x.grad)
                """));
    }

    @Test
    void copyInTheGraphSendsTheGradientToTheSource() {
        assertEquals("tensor([ 9., 16.], grad_fn=<CopyBackwards>) tensor([0., 0.]) tensor([6., 8.])\n", run("""
                b = torch.tensor([3., 4.], requires_grad=True)
                c = x * 1
                c.copy_(b * b)
                c.sum().backward()
                print(c, x.grad, b.grad)
                """));
    }

    @Test
    void writingASavedResultLaterFailsBackwardAndLeavesMustNotBeWritten() {
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.\n"
                + "tensor([2., 3.], requires_grad=True)\n"
                + "!RuntimeError: one of the variables needed for gradient computation has been modified by an inplace"
                + " operation: [torch.FloatTensor [2]], which is output 0 of AddBackward0, is at version 2; expected version 1"
                + " instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with"
                + " torch.autograd.set_detect_anomaly(True, check_nan=False).", run("""
                try:
                    x.relu_()
                except RuntimeError as e:
                    print(e)
                with torch.no_grad():
                    x.clamp_(2, 3)
                print(x)
                q = x * 1
                q.exp_()
                q.add_(1)
                q.sum().backward()
                """));
    }

    @Test
    void zeroAndFillCutTheGradientToWhatCameBefore() {
        assertEquals("tensor([0., 0.], grad_fn=<ZeroBackward0>) tensor([1., 1.])\n"
                + "tensor([3., 3.], grad_fn=<FillBackward2>) tensor([3., 3.])\n", run("""
                y = x * 2
                y.zero_()
                (y + x).sum().backward()
                print(y, x.grad)
                x.grad = None
                z = x * 2
                z.fill_(3.)
                (z * x).sum().backward()
                print(z, x.grad)
                """));
    }
}
