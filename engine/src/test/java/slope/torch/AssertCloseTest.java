package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** {@code torch.testing.assert_close}: PyTorch's tolerances per dtype and its messages when values differ. */
class AssertCloseTest {
    private static String run(String code) {
        return RunOutput.of("""
                import torch
                def fails(f):
                    try:
                        f()
                    except (AssertionError, ValueError) as e:
                        print(type(e).__name__ + ":", e)
                """ + code);
    }

    @Test
    void closeValuesPassAndGradientsCanBeCheckedWithIt() {
        assertEquals("passed\n", run("""
                x = torch.tensor([1., 2., 3.], requires_grad=True)
                (x ** 2).sum().backward()
                torch.testing.assert_close(x.grad, 2 * x.detach())
                torch.testing.assert_close(1.0, 1.0 + 1e-9)
                torch.testing.assert_close([torch.ones(2), {'b': torch.zeros(1)}], [torch.ones(2), {'b': torch.zeros(1)}])
                torch.testing.assert_close(torch.ones(2), torch.ones(2) * 1.001, rtol=1e-2, atol=0.0)
                print("passed")
                """));
    }

    @Test
    void differencesAreReportedAsPyTorchReportsThem() {
        assertEquals("""
                AssertionError: Tensor-likes are not close!

                Mismatched elements: 1 / 4 (25.0%)
                Greatest absolute difference: 4.0 at index (1, 1) (up to 1e-05 allowed)
                Greatest relative difference: inf at index (1, 1) (up to 1.3e-06 allowed)
                AssertionError: Scalars are not close!

                Expected 1.0 but got 1.5.
                Absolute difference: 0.5 (up to 1e-05 allowed)
                Relative difference: 0.5 (up to 1.3e-06 allowed)
                AssertionError: Tensor-likes are not equal!

                Mismatched elements: 1 / 2 (50.0%)
                Greatest absolute difference: 1 at index (1,)
                Greatest relative difference: 0.3333333432674408 at index (1,)
                AssertionError: The values for attribute 'dtype' do not match: torch.float32 != torch.float64.
                ValueError: Both 'rtol' and 'atol' must be either specified or omitted, but got no atol.
                AssertionError: Tensor-likes are not close!

                Mismatched elements: 2 / 2 (100.0%)
                Greatest absolute difference: 1.0 at index (0,) (up to 1e-05 allowed)
                Greatest relative difference: 1.0 at index (0,) (up to 1.3e-06 allowed)

                The failure occurred for item [1]
                """, run("""
                fails(lambda: torch.testing.assert_close(torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([[1., 2.], [3., 0.]])))
                fails(lambda: torch.testing.assert_close(torch.tensor(1.5), torch.tensor(1.)))
                fails(lambda: torch.testing.assert_close(torch.tensor([1, 2]), torch.tensor([1, 3])))
                fails(lambda: torch.testing.assert_close(torch.ones(2), torch.ones(2, dtype=torch.float64)))
                fails(lambda: torch.testing.assert_close(torch.ones(2), torch.ones(2) * 1.001, rtol=1e-4))
                fails(lambda: torch.testing.assert_close([torch.ones(2), torch.zeros(2)], [torch.ones(2), torch.ones(2)]))
                """));
    }
}
