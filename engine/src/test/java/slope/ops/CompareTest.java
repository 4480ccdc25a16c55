package slope.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** Comparisons as PyTorch gives them: bool tensors, and {@code allclose}'s one answer. */
class CompareTest {
    @Test
    void iscloseComparesWithinToleranceAndEqualNanPairsNans() {
        assertEquals("""
                tensor([ True, False, False])
                tensor([ True, False,  True])
                tensor([ True,  True, False])
                tensor([ True, False])
                tensor([True, True])
                """, RunOutput.of("""
                import torch
                a = torch.tensor([1.0, 2.0, float('nan')])
                b = torch.tensor([1.0 + 1e-6, 2.1, float('nan')])
                print(torch.isclose(a, b))
                print(torch.isclose(a, b, equal_nan=True))
                print(a.isclose(b, rtol=0.1))
                print(torch.isclose(torch.tensor([1, 2]), torch.tensor([1, 3])))
                print(torch.isclose(torch.tensor([float('inf'), 0.0]), torch.tensor([float('inf'), -0.0])))
                """));
    }

    @Test
    void allcloseAnswersForEveryElementOutsideTheGraph() {
        assertEquals("True False True True\n", RunOutput.of("""
                import torch
                a = torch.tensor([1.0, 2.0, float('nan')])
                b = torch.tensor([1.0 + 1e-6, 2.1, float('nan')])
                x = torch.tensor([1.0, 2.0], requires_grad=True)
                print(torch.allclose(a[:1], b[:1]), torch.allclose(a, b), a.allclose(b, rtol=0.1, equal_nan=True),
                      torch.allclose(x * 2, torch.tensor([2.0, 4.0])))
                """));
    }

    @Test
    void equalComparesShapesAndValuesInTheCommonDtype() {
        assertEquals("True False False False True\n", RunOutput.of("""
                import torch
                print(torch.equal(torch.tensor([1, 2]), torch.tensor([1., 2.])), torch.tensor([1.]).equal(torch.ones(2)),
                      torch.equal(torch.tensor([float('nan')]), torch.tensor([float('nan')])),
                      torch.tensor([[1, 2]]).equal(torch.tensor([[1, 3]])),
                      torch.equal(torch.tensor(16777217), torch.tensor(16777216.)))
                """));
    }

    @Test
    void operandsOfTwoDtypesAreAnError() {
        assertEquals("!RuntimeError: Float did not match Double", RunOutput.of(
                "import torch\ntorch.allclose(torch.tensor([1.0]), torch.tensor([1.0], dtype=torch.float64))\n"));
    }
}
