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

    @Test
    void aTensorGraphFreedByBackwardStillShowsItsEdgesAndRunsAgainWhereNothingWasSaved() {
        // after backward the nodes keep no values: what was saved is gone, as PyTorch says; the rest still works
        assertEquals("""
                ((<AccumulateGrad object at 0x7f0000001000>, 0), (None, 0))
                'MulBackward0' object has no attribute '_saved_result'
                Trying to backward through the graph a second time
                tensor([2., 2., 2.])
                tensor([4., 4., 4.])
                tensor([2., 2., 2.]) CatBackward0 ((<AccumulateGrad object at 0x7f0000001000>, 0), (None, 0))
                """, RunOutput.of("""
                import torch
                x = torch.tensor([1., 2., 3.], requires_grad=True)
                y = (x * torch.tensor([2., 2., 2.])).sum()
                y.backward()
                m = y.grad_fn.next_functions[0][0]
                print(m.next_functions)
                try:
                    m._saved_result
                except AttributeError as e:
                    print(e)
                try:
                    m._saved_other
                except RuntimeError as e:
                    print(str(e)[:50])
                x.grad = None
                z = (x + x).sum()
                z.backward()
                print(x.grad)
                z.backward()
                print(x.grad)
                x.grad = None
                c = torch.cat([x, torch.ones(2)]).sum()
                c.backward()
                c.backward()
                print(x.grad, c.grad_fn.next_functions[0][0].name(), c.grad_fn.next_functions[0][0].next_functions)
                """));
    }

    @Test
    void nllLossAndEmbeddingSaveTheirIndicesSoASecondPassFails() {
        assertEquals("""
                Trying to backward through the graph a second time
                Trying to backward through the graph a second time
                """, RunOutput.of("""
                import torch
                import torch.nn.functional as F
                x = torch.randn(3, 4, requires_grad=True)
                w = torch.randn(5, 2, requires_grad=True)
                for y in [F.nll_loss(x, torch.tensor([0, 3, 1])), F.embedding(torch.tensor([4, 0]), w).sum()]:
                    y.backward()
                    try:
                        y.backward()
                    except RuntimeError as e:
                        print(str(e)[:50])
                """));
    }
}
