package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** grad_fn._saved_*: the autograd mechanics notes' example prints what PyTorch prints. */
class SavedTensorsTest {
    @Test
    void aSavedInputIsTheTensorAndASavedResultANewOne() {
        assertEquals("""
                True True True False
                tensor(2., requires_grad=True) tensor(3., requires_grad=True) tensor([2.7183], grad_fn=<ExpBackward0>)
                'AddBackward0' object has no attribute '_saved_self'
                !RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have\
                 already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad().\
                 Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved\
                 tensors after calling backward.""", RunOutput.of("""
                import torch
                x = torch.randn(5, requires_grad=True)
                y = x.pow(2)
                e = x.exp()
                print(x.equal(y.grad_fn._saved_self), x is y.grad_fn._saved_self, e.equal(e.grad_fn._saved_result), e is e.grad_fn._saved_result)
                a, b = torch.tensor(2.0, requires_grad=True), torch.tensor(3.0, requires_grad=True)
                z = a * b
                print(z.grad_fn._saved_self, z.grad_fn._saved_other, torch.tensor([1.0], requires_grad=True).exp().grad_fn._saved_result)
                try:
                    (a + b).grad_fn._saved_self
                except AttributeError as err:
                    print(err)
                z.backward()
                z.grad_fn._saved_self
                """));
    }
}
