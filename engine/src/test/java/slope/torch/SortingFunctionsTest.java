package slope.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import slope.run.RunOutput;

/**
 * kthvalue: their values (NumPy's for the same inputs, float32
 * rounded as ATen rounds), dtypes, grad_fn and ATen's messages.
 */
class SortingFunctionsTest {
    private static String run(String code) {
        return RunOutput.of("import torch\n" + code);
    }

    /** Runs each call and prints its RuntimeError's message. */
    private static String errors(String... calls) {
        StringBuilder s = new StringBuilder("for f in [");
        for (String c : calls) s.append("lambda: ").append(c).append(", ");
        return s.append("]:\n    try:\n        f()\n    except RuntimeError as e:\n        print(e)\n").toString();
    }

    @Test
    void kthvalueIsTheKthSmallestWithItsIndexAndGradient() {
        // the first two are PyTorch's documented examples; a nan counts as the largest value
        assertEquals("torch.return_types.kthvalue(\nvalues=tensor(4.),\nindices=tensor(3))\n"
                + "torch.return_types.kthvalue(\nvalues=tensor([[4., 5., 6.]]),\nindices=tensor([[1, 1, 1]]))\n"
                + "tensor([4., nan], grad_fn=<KthvalueBackward0>) tensor([0, 1])\ntensor([[1., 0., 0.],\n        [0., 1., 0.]])\n"
                + "tensor(5.) tensor(0)\n",
                run("print(torch.kthvalue(torch.arange(1., 6.), 4))\nprint(torch.kthvalue(torch.arange(1., 7.).reshape(2, 3), 2, 0, True))\n"
                        + "a = torch.tensor([[4., 1., 3.], [2., float('nan'), 0.]], requires_grad=True)\nv, i = a.kthvalue(3, dim=1)\n"
                        + "print(v, i)\nv.sum().backward()\nprint(a.grad)\nprint(*torch.kthvalue(torch.tensor(5.), 1))\n"));
    }

    @Test
    void kthvalueOfTiesReportsTheIndexAtensQuickselectLeavesThere() {
        // ATen's quick_select_template swaps (value, index) pairs; traced by hand, the second smallest of
        // [3, 1, 2, 2, 5] ends at index 3, not the first 2 at index 2
        assertEquals("tensor(2.) tensor(3)\n", run("print(*torch.kthvalue(torch.tensor([3., 1., 2., 2., 5.]), 2))\n"));
    }

    @Test
    void kthvalueRejectsAKOutsideTheDim() {
        assertEquals("kthvalue(): selected number k out of range for dimension 0\nkthvalue(): selected number k out of range for dimension 1\n",
                run("x = torch.ones(2, 3)\n" + errors("torch.kthvalue(x, 3, 0)", "x.kthvalue(0)")));
    }
}
