package slope.autograd;

import slope.run.PyError;
import slope.tensor.Tensor;

/**
 * One {@code grad_fn}: the op that made a tensor, its inputs, and the rule that turns the
 * gradient of its output into gradients of its inputs. Rules are written with ordinary tensor
 * ops, so running them with the graph on ({@code create_graph=True}) differentiates them again.
 */
public final class Node {
    /** A backward rule: gradient of the output in, one gradient per input out (null where not needed). */
    @FunctionalInterface
    public interface Rule {
        Tensor[] apply(Tensor grad);
    }

    public final String name;
    final Tensor[] inputs;
    private final Rule rule;
    private final boolean savesTensors;
    final long sequence;
    /** The leaf whose {@code .grad} this node fills; only for {@code AccumulateGrad}. */
    final Tensor variable;
    /** The non-leaf output whose {@code .grad} is kept, after {@code retain_grad()}. */
    Tensor retained;
    private boolean released;
    /** Scratch state of the backward pass that last reached this node (see {@link Autograd}). */
    long walk = -1;
    int pending;
    Tensor buffer;
    boolean needed;

    Node(String name, Tensor[] inputs, Rule rule, boolean savesTensors, Tensor variable) {
        this.name = name;
        this.inputs = inputs;
        this.rule = rule;
        this.savesTensors = savesTensors;
        this.variable = variable;
        this.sequence = variable != null ? Long.MAX_VALUE : GradMode.nextSequence();
    }

    /** The node for an op's output. {@code savesTensors} says whether the rule needs values of the forward pass. */
    public static Node of(String name, Rule rule, boolean savesTensors, Tensor... inputs) {
        return new Node(name, inputs, rule, savesTensors, null);
    }

    /**
     * Makes {@code out} the result of op {@code name} when the graph is being recorded (grad mode
     * on and some input requires grad); otherwise returns it untouched, with no node built.
     */
    public static Tensor record(Tensor out, String name, boolean savesTensors, Rule rule, Tensor... inputs) {
        if (!GradMode.isEnabled()) return out;
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) return out.recordedBy(new Node(name, inputs, rule, savesTensors, null));
        }
        return out;
    }

    /** Whether the gradient of this input is wanted; rules skip work for inputs that are not. */
    public static boolean wants(Tensor input) {
        return input.requiresGrad();
    }

    /** The AccumulateGrad node of a leaf; {@link Tensor#accumulator()} keeps the one instance. */
    public static Node accumulatorFor(Tensor leaf) {
        return new Node("AccumulateGrad", new Tensor[0], null, false, leaf);
    }

    public int inputCount() { return inputs.length; }

    public Tensor input(int i) { return inputs[i]; }

    /** The node an input's gradient flows to: its grad_fn, its AccumulateGrad, or null (PyTorch's None). */
    public Node next(int i) {
        Tensor t = inputs[i];
        if (t == null || !t.requiresGrad()) return null;
        return t.gradFn() != null ? t.gradFn() : t.accumulator();
    }

    public Tensor variable() { return variable; }

    public void retain(Tensor output) { this.retained = output; }

    Tensor[] apply(Tensor grad) {
        if (released && savesTensors) {
            throw PyError.runtime("Trying to backward through the graph a second time (or directly access saved tensors"
                    + " after they have already been freed). Saved intermediate values of the graph are freed when you"
                    + " call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through"
                    + " the graph a second time or if you need to access saved tensors after calling backward.");
        }
        return rule.apply(grad);
    }

    void release() { released = true; }

    @Override
    public String toString() { return "<" + name + " object>"; }
}
