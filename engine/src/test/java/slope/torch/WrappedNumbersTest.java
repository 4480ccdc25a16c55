package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** Operators reuse the tensors of Python numbers: equal numbers only, and nothing writes to them. */
class WrappedNumbersTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    @Test
    void theSameConstantsGiveTheSameResultsOnEveryStep() {
        assertEquals("tensor(7.) tensor(1.5000) tensor(-1.5000) tensor(False) tensor(4.)\n".repeat(3), run("""
            x = torch.tensor(3.0)
            for i in range(3):
                print(2 * x + 1, x - 1.5, 1.5 - x, x == 2, True + x)
            """));
    }

    @Test
    void numbersThatShareACacheSlotOrAValueKeepTheirOwnTypeAndValue() {
        assertEquals("""
            tensor(4.) tensor(36.) tensor(4.)
            tensor(2) tensor(2.) tensor(2) tensor(2)
            tensor(-0.) tensor(0.) tensor(-0.)
            """, run("""
            x = torch.tensor(3.0)
            print(x + 1, x + 33, x + 1)
            i = torch.tensor(2)
            print(i * 1, i * 1.0, i * True, i * 1)
            one = torch.tensor(1.0)
            print(one * -0.0, one * 0.0, one * -0.0)
            """));
    }

    @Test
    void inPlaceOperatorsAndGradientsLeaveTheNumbersAlone() {
        assertEquals("""
            tensor(5.) tensor(6.)
            tensor(2.) tensor(2., grad_fn=<MulBackward0>)
            tensor(3.) tensor(1.)
            """, run("""
            x = torch.tensor(3.0)
            x += 1
            x += 1
            print(x, x + 1)
            w = torch.tensor(1.0, requires_grad=True)
            (w * 2).backward()
            print(w.grad, w * 2)
            w.grad += 1
            print(w.grad, w.detach() * 1)
            """));
    }
}
