package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/** {@code torch.Size}: made from ints, and a tuple's + and * give sizes, as PyTorch's wrapped tuple slots do. */
class TorchSizeTest {
    private static String run(String code) {
        return RunOutput.of("import torch\ns = torch.zeros(2, 3).size()\n" + code);
    }

    @Test
    void madeFromAnIterableOfInts() {
        assertEquals("torch.Size([2, 3]) torch.Size([]) torch.Size([4]) True\n",
                run("print(torch.Size([2, 3]), torch.Size(), torch.Size((4,)), torch.Size([2, 3]) == s)\n"));
        assertEquals("!TypeError: torch.Size() takes an iterable of 'int' (item 1 is 'float')", run("torch.Size([2, 3.5])\n"));
    }

    @Test
    void concatenatedAndRepeatedAsSizes() {
        assertEquals("torch.Size([2, 3, 4]) torch.Size([1, 2, 3]) torch.Size([2, 3, 2, 3]) torch.Size([2, 3, 2, 3]) "
                        + "torch.Size([2, 3, 2, 3]) torch.Size([])\n",
                run("print(s + (4,), (1,) + s, s + s, s * 2, 2 * s, s * 0)\n"));
        assertEquals("torch.Size([2, 3, 2]) torch.Size([2, 3])\n",
                run("print(torch.zeros(s + (2,)).shape, torch.zeros(6).view(s[:1] + (3,)).shape)\n"));
    }

    @Test
    void concatenatingOtherThanATupleFailsAsATupleWould() {
        assertEquals("!TypeError: torch.Size() takes an iterable of 'int' (item 2 is 'float')", run("s + (1.5,)\n"));
        assertEquals("!TypeError: can only concatenate tuple (not \"list\") to tuple", run("s + [1]\n"));
    }

    @Test
    void repeatedPastMemoryFailsAsATupleWould() {
        assertEquals("!MemoryError", run("s * 10**9\n"));
        assertEquals(run("(2, 3) * 10**9\n"), run("s * 10**9\n"));
    }
}
