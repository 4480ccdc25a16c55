package slope.autograd;

import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;

/**
 * The backward rules of the elementary ops on doubles, for scalar graphs (micrograd's kind): the gradient of input
 * {@code i} from the output's {@code g}, reading the op's inputs or what it saved ({@code saved[0]} is the result
 * of the ops that save it). Each rounds where the op's tensor rule, beside the op in slope.ops, rounds, so both give
 * the same bits. An operand is rounded to the result's dtype, as Kernels does, when it has another (a Python
 * number). Negation multiplies by -1, as neg does: TeaVM's wasm drops the sign of -(0.0).
 *
 * <p>Numbered and taken by one switch rather than a lambda per op: V8 guesses the targets of an indirect call,
 * inlines them into the backward pass, and throws that code away when a program brings a rule it has not seen
 * (W5 after W1 compiled Autograd.run twice, with a fifth of W5's time spent waiting for it). A switch leaves
 * nothing to guess.
 */
public final class ScalarRules {
    private ScalarRules() {}

    /** No rule on doubles: a pass through the node takes the tensor rules. */
    public static final int NONE = 0;
    public static final int ADD = 1, SUB = 2, NEG = 3, MUL = 4, DIV = 5, SQUARE = 6, RECIPROCAL = 7, CUBE = 8,
            LOG = 9, SQRT = 10, EXP = 11, TANH = 12, SIGMOID = 13, RELU = 14;

    static double apply(int rule, double g, int i, Tensor[] in, Tensor[] saved, DType dt) {
        switch (rule) {
            case ADD: return g;
            case SUB: return i == 0 ? g : -1.0 * g;
            case NEG: return -1.0 * g;
            case MUL: return dt.round(g * value(in[1 - i], dt));
            case DIV: { // g / b, and -g * ((a / b) / b)
                double b = value(in[1], dt);
                return i == 0 ? dt.round(g / b) : dt.round(-1.0 * g * dt.round(dt.round(value(in[0], dt) / b) / b));
            }
            case SQUARE: return square(g, value(in[0], dt), dt);
            case RECIPROCAL: { // -g * (y * y)
                double y = saved[0].item();
                return dt.round(-1.0 * g * dt.round(y * y));
            }
            case CUBE: { // g * (x ** 2 * 3), x ** 2 as pow's zero-dim square
                double x = value(in[0], dt);
                return dt.round(g * dt.round(dt.round(x * x) * 3));
            }
            case LOG: return dt.round(g / in[0].item());
            case SQRT: return dt.round(g / dt.round(saved[0].item() * 2)); // g / (y * 2)
            case EXP: return dt.round(g * saved[0].item());
            case TANH: return Kernels.tanhBackward(g, saved[0].item(), dt);
            case SIGMOID: { // (g * (1 - y)) * y
                double y = saved[0].item();
                return dt.round(dt.round(g * dt.round(1 - y)) * y);
            }
            case RELU: return Kernels.reluBackward(g, saved[0].item());
            default: throw new IllegalStateException("no scalar rule " + rule);
        }
    }

    /** g * (x * 2), the gradient of x ** 2 with its two roundings; Arithmetic's zero-dim squareBackward too. */
    public static double square(double g, double x, DType dt) { return dt.round(g * dt.round(x * 2)); }

    private static double value(Tensor t, DType dt) { return dt.round(t.item()); }
}
