package slope.format;

import slope.tensor.Tensor;

/** TEMPORARY printing until the PyTorch formatter lands. */
public final class TensorText {
    private TensorText() {}

    public static String repr(Tensor t) {
        StringBuilder sb = new StringBuilder("tensor(");
        double[] v = t.values();
        if (t.dim() == 0) sb.append(PyNumbers.fixed(v[0], 4));
        else sb.append(java.util.Arrays.toString(v));
        if (t.gradFn() != null) sb.append(", grad_fn=<").append(t.gradFn().name).append(">");
        else if (t.requiresGrad()) sb.append(", requires_grad=True");
        return sb.append(")").toString();
    }
}
