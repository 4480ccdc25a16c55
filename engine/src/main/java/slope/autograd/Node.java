package slope.autograd;

import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Shape;
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

    /**
     * A function on the gradient that flows into this node's tensor ({@code register_hook}): the gradient in, a
     * replacement out, or null to keep it.
     */
    @FunctionalInterface
    public interface Hook {
        Tensor apply(Tensor grad);
    }

    /** {@code grad_fn.register_prehook}: the gradients of the node's outputs in (one here); replacements or null. */
    @FunctionalInterface
    public interface PreHook {
        Tensor[] apply(Tensor[] gradOutputs);
    }

    /** {@code grad_fn.register_hook}: the gradients for the node's inputs, and its output's; replacements or null. */
    @FunctionalInterface
    public interface PostHook {
        Tensor[] apply(Tensor[] gradInputs, Tensor[] gradOutputs);
    }

    public final String name;
    final Tensor[] inputs;
    /** Null once released, for a node that saved tensors: it can never run again (see {@link #unpack}). */
    private Rule rule;
    private final boolean savesTensors;
    final long sequence;
    /** The leaf whose {@code .grad} this node fills; only for {@code AccumulateGrad}. */
    final Tensor variable;
    /**
     * The rule on doubles ({@link ScalarRules}) and the output's dtype, when the output is zero-dim and the op has
     * such a rule: scalar graphs run it instead of {@link Rule} and allocate nothing per node.
     */
    int scalarRule;
    DType scalarType;
    /** The non-leaf output whose {@code .grad} is kept, after {@code retain_grad()}. */
    Tensor retained;
    /** The hooks of this node's tensor, in the order they were registered; null while it has none. */
    private java.util.ArrayList<Hook> hooks;
    /** An AccumulateGrad's hooks that see its leaf once .grad holds the pass's sum; null while it has none. */
    private java.util.ArrayList<Hook> postAccumulateHooks;
    /** The node's own hooks, before and after it runs; null while it has none. */
    private java.util.ArrayList<PreHook> preHooks;
    private java.util.ArrayList<PostHook> postHooks;
    private boolean released;
    /** Which of {@link #saved}'s result, input 0 and input 1 (bits 0, 1, 2) were saved before release freed them. */
    private int freedSlots;
    /** Scratch state of the backward pass that last reached this node (see {@link Autograd}). */
    long walk = -1;
    int pending;
    Tensor buffer;
    boolean bufferOwned;
    /** The gradient summed so far by a scalar walk, and whether any has arrived (the walk's buffer). */
    double scalarGrad;
    boolean scalarArrived;
    boolean needed;
    /** The walk's stack and order: the next input to visit, the node it came from, the next in post-order. */
    int cursor;
    Node caller;
    Node laterInOrder;
    /** The tensors the rule reads, with their storage versions when saved (PyTorch's SavedVariable). */
    private Tensor[] saved;
    /** Null while every saved version is 0, as for the fresh tensors of a scalar graph: one allocation less per op. */
    private int[] savedVersions;

    Node(String name, Tensor[] inputs, Rule rule, boolean savesTensors, Tensor variable) {
        this(name, inputs, rule, savesTensors, variable, variable != null ? Long.MAX_VALUE : GradMode.nextSequence());
    }

    private Node(String name, Tensor[] inputs, Rule rule, boolean savesTensors, Tensor variable, long sequence) {
        this.name = name;
        this.inputs = inputs;
        this.rule = rule;
        this.savesTensors = savesTensors;
        this.variable = variable;
        this.sequence = sequence;
    }

    /**
     * What a backward rule reads from the forward pass (PyTorch's SavedVariables): a second backward
     * through a node that saved something fails once the graph is freed, and a saved tensor written in
     * place since fails the version check.
     */
    public enum Saves {
        /** Only the incoming gradient (add, sum, views). */
        NOTHING,
        /** Each input that another input's gradient needs (x * w saves w for x's and x for w's). */
        INPUTS,
        /** The op's result (exp, tanh, sqrt, softmax, ...). */
        RESULT,
        /** Only indices or masks: no values whose in-place change would matter. */
        INDICES
    }

    /**
     * Makes {@code out} the result of op {@code name} when the graph is being recorded (grad mode
     * on and some input requires grad); otherwise returns it untouched, with no node built.
     */
    public static Tensor record(Tensor out, String name, Saves saves, Rule rule, Tensor... inputs) {
        boolean any = false;
        for (Tensor t : inputs) any |= requires(t);
        GradMode mode = any ? GradMode.state() : null; // one thread-local lookup for the mode and the sequence number
        return mode != null && mode.enabled ? recorded(mode, out, name, saves, rule, ScalarRules.NONE, inputs) : out;
    }

    // One and two inputs, the common cases, build the inputs array only once a node is made: most
    // calls record nothing (backward rules, no_grad, constants).

    public static Tensor record(Tensor out, String name, Saves saves, Rule rule, Tensor a) {
        return record(out, name, saves, rule, ScalarRules.NONE, a);
    }

    public static Tensor record(Tensor out, String name, Saves saves, Rule rule, Tensor a, Tensor b) {
        return record(out, name, saves, rule, ScalarRules.NONE, a, b);
    }

    /** With the rule on doubles as well, for the elementary ops of scalar graphs. */
    public static Tensor record(Tensor out, String name, Saves saves, Rule rule, int scalar, Tensor a) {
        GradMode mode = requires(a) ? GradMode.state() : null;
        return mode != null && mode.enabled ? recorded(mode, out, name, saves, rule, scalar, new Tensor[] {a}) : out;
    }

    public static Tensor record(Tensor out, String name, Saves saves, Rule rule, int scalar, Tensor a, Tensor b) {
        GradMode mode = requires(a) || requires(b) ? GradMode.state() : null;
        return mode != null && mode.enabled ? recorded(mode, out, name, saves, rule, scalar, new Tensor[] {a, b}) : out;
    }

    private static boolean requires(Tensor t) { return t != null && t.requiresGrad(); }

    private static Tensor recorded(GradMode mode, Tensor out, String name, Saves saves, Rule rule, int scalar,
                                   Tensor[] inputs) {
        Node node = new Node(name, inputs, rule, saves != Saves.NOTHING, null, mode.sequence++);
        if (saves != Saves.NOTHING) node.save(out, saves);
        if (scalar != ScalarRules.NONE && out.shape.length == 0) { // then every input is zero-dim too: they broadcast to it
            node.scalarRule = scalar;
            node.scalarType = out.dtype;
        }
        return out.recordedBy(node);
    }

    /**
     * Records what PyTorch would save: the result, or each input another input's gradient needs (x * w
     * saves w for x's gradient and x for w's), or the only input of a unary op.
     */
    private void save(Tensor out, Saves saves) {
        if (saves == Saves.INDICES) return;
        Tensor[] keep;
        if (saves == Saves.RESULT) {
            keep = new Tensor[] {out};
        } else {
            // counted, then filled: TeaVM's Arrays.copyOf of an object array goes through reflection
            int count = 0;
            for (int i = 0; i < inputs.length; i++) if (savesInput(i)) count++;
            if (count == 0) return;
            if (count == inputs.length) {
                keep = inputs; // shared until savedAs changes an entry
            } else {
                keep = new Tensor[count];
                count = 0;
                for (int i = 0; i < inputs.length; i++) if (savesInput(i)) keep[count++] = inputs[i];
            }
        }
        saved = keep;
        for (int i = 0; i < saved.length; i++) {
            int version = saved[i].version();
            if (version != 0) savedVersion(i, version);
            saved[i].storage.expectReads(); // by backward: tensor.Lazy keeps pending values rather than recompute them
        }
    }

    /**
     * Whether input {@code i} is saved: the only input, or one another input's gradient needs. Python
     * numbers are not: nothing can write to them in place, so they never fail the version check.
     */
    private boolean savesInput(int i) {
        if (inputs[i] == null || inputs[i].isWrappedNumber()) return false;
        if (inputs.length == 1) return true;
        for (int j = 0; j < inputs.length; j++) {
            if (j != i && inputs[j] != null && inputs[j].requiresGrad()) return true;
        }
        return false;
    }

    /** The in-place ops compute on a copy {@code stand} of {@code real}: saved, it stands for real at {@code version}. */
    public void savedAs(Tensor stand, Tensor real, int version) {
        if (saved == null) return;
        if (saved == inputs) saved = inputs.clone(); // the inputs stay what they were: the graph's edges
        for (int i = 0; i < saved.length; i++) {
            if (saved[i] == stand) {
                saved[i] = real;
                savedVersion(i, version);
            }
        }
    }

    /** PyTorch's check when a saved tensor is unpacked: it must not have been modified in place since. */
    private void checkVersions() {
        if (saved == null) return;
        for (int i = 0; i < saved.length; i++) {
            Tensor t = saved[i];
            int expected = savedVersions == null ? 0 : savedVersions[i];
            if (t.version() != expected) throw modifiedInPlace(t, expected);
        }
    }

    private void savedVersion(int i, int version) {
        if (savedVersions == null) savedVersions = new int[saved.length];
        savedVersions[i] = version;
    }

    /** PyTorch's message for a saved tensor written in place since: its own method, out of the hot check. */
    private static PyError modifiedInPlace(Tensor t, int expected) {
        return PyError.runtime("one of the variables needed for gradient computation has been modified by an"
                + " inplace operation: [" + t.dtype.tensorType + " " + Shape.list(t.shape) + "]"
                + (t.gradFn() != null ? ", which is output 0 of " + t.gradFn().name + "," : "")
                + " is at version " + t.version() + "; expected version " + expected
                + " instead. Hint: enable anomaly detection to find the operation that failed to compute its"
                + " gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).");
    }

    /** Whether the gradient of this input is wanted; rules skip work for inputs that are not. */
    public static boolean wants(Tensor input) {
        return input.requiresGrad();
    }

    /** The AccumulateGrad node of a leaf; {@link Tensor#accumulator()} keeps the one instance. */
    public static Node accumulatorFor(Tensor leaf) {
        // a new array, not a shared constant: a static initializer would cost every call into Node a call in TeaVM's wasm
        return new Node("AccumulateGrad", new Tensor[0], null, false, leaf);
    }

    public int inputCount() { return inputs.length; }

    public Tensor input(int i) { return inputs[i]; }

    /** The node an input's gradient flows to: its grad_fn, its AccumulateGrad, or null (PyTorch's None). */
    public Node next(int i) {
        Tensor t = inputs[i];
        if (t == null || !t.requiresGrad()) return null;
        return of(t);
    }

    /** The node a tensor's gradient flows into: its grad_fn, or its AccumulateGrad when it is a leaf. */
    static Node of(Tensor t) {
        return t.gradFn() != null ? t.gradFn() : t.accumulator();
    }

    public Tensor variable() { return variable; }

    /** Adds a hook of the tensor whose gradient this node receives (see {@link Tensor#registerHook}). */
    public void addHook(Hook hook) { hooks = added(hooks, hook); }

    public void removeHook(Hook hook) { hooks = removed(hooks, hook); }

    /** Adds a hook that this AccumulateGrad calls with its leaf once .grad is updated (see Tensor). */
    public void addPostAccumulateHook(Hook hook) { postAccumulateHooks = added(postAccumulateHooks, hook); }

    public void removePostAccumulateHook(Hook hook) { postAccumulateHooks = removed(postAccumulateHooks, hook); }

    public void addPreHook(PreHook hook) { preHooks = added(preHooks, hook); }

    public void removePreHook(PreHook hook) { preHooks = removed(preHooks, hook); }

    public void addPostHook(PostHook hook) { postHooks = added(postHooks, hook); }

    public void removePostHook(PostHook hook) { postHooks = removed(postHooks, hook); }

    private static <T> java.util.ArrayList<T> added(java.util.ArrayList<T> list, T hook) {
        if (list == null) list = new java.util.ArrayList<>(1);
        list.add(hook);
        return list;
    }

    private static <T> java.util.ArrayList<T> removed(java.util.ArrayList<T> list, T hook) {
        if (list == null) return null;
        list.remove(hook);
        return list.isEmpty() ? null : list;
    }

    boolean hasHooks() { return hooks != null || postAccumulateHooks != null || preHooks != null || postHooks != null; }

    /** The output's gradient after the node's pre-hooks; null when one took it away. */
    Tensor runPreHooks(Tensor grad) {
        if (preHooks == null) return grad;
        Tensor[] grads = {grad};
        for (PreHook h : registered(preHooks)) {
            Tensor[] replaced = h.apply(grads);
            if (replaced != null) grads = replaced;
        }
        return grads[0];
    }

    /** The node's gradients for its inputs after its post-hooks, which also see the output's gradient. */
    Tensor[] runPostHooks(Tensor[] gradInputs, Tensor gradOutput) {
        if (postHooks == null) return gradInputs;
        for (PostHook h : registered(postHooks)) {
            Tensor[] replaced = h.apply(gradInputs, new Tensor[] {gradOutput});
            if (replaced != null) gradInputs = replaced;
        }
        return gradInputs;
    }

    /** The gradient after the tensor's hooks, each given what the one before it returned. */
    Tensor runHooks(Tensor grad) {
        if (hooks == null) return grad;
        for (Hook h : registered(hooks)) {
            Tensor replaced = h.apply(grad);
            if (replaced != null) grad = replaced;
        }
        return grad;
    }

    /** The post-accumulate hooks, with the leaf whose .grad now holds this pass's gradient. */
    void runPostAccumulateHooks() {
        if (postAccumulateHooks == null) return;
        for (Hook h : registered(postAccumulateHooks)) h.apply(variable);
    }

    /** The hooks registered now, even if one of them removes another while they run. */
    private static <T> java.util.List<T> registered(java.util.ArrayList<T> list) {
        // by hand: TeaVM's copy of an object array goes through reflection
        java.util.ArrayList<T> copy = new java.util.ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) copy.add(list.get(i));
        return copy;
    }

    public void retain(Tensor output) { this.retained = output; }

    /** Whether {@code output}'s gradient is kept ({@code retains_grad}). */
    public boolean retains(Tensor output) { return retained == output; }

    Tensor[] apply(Tensor grad) {
        unpack();
        return rule.apply(grad);
    }

    /** {@link ScalarRules} of input {@code i}; {@link #unpack} first, once per pass through the node. */
    double applyScalar(double g, int i) {
        return ScalarRules.apply(scalarRule, g, i, inputs, saved, scalarType);
    }

    /** What PyTorch checks before a rule reads its saved tensors: the graph is not freed, and none was written since. */
    void unpack() {
        if (released && savesTensors) {
            throw PyError.runtime("Trying to backward through the graph a second time (or directly access saved tensors"
                    + " after they have already been freed). Saved intermediate values of the graph are freed when you"
                    + " call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through"
                    + " the graph a second time or if you need to access saved tensors after calling backward.");
        }
        checkVersions();
    }

    /**
     * After a pass without retain_graph: a second pass through a node that saved something fails ({@link #unpack}).
     * With {@code dropValues}, as PyTorch frees a node's SavedVariables, the saved tensors go, and the rule that holds
     * them; and the inputs keep only what the edges need ({@link Tensor#edgeOnly}). A result kept after backward,
     * as in {@code losses.append(loss)}, then keeps the graph's nodes but not each step's intermediate values. A
     * scalar graph has none worth freeing.
     */
    void release(boolean dropValues) {
        released = true;
        if (!dropValues) return;
        if (savesTensors) {
            for (int which = -1; which <= 1; which++) if (savedTensor(which) != null) freedSlots |= slotBit(which);
            rule = null;
            saved = null;
            savedVersions = null;
        }
        for (int i = 0; i < inputs.length; i++) if (inputs[i] != null) inputs[i] = inputs[i].edgeOnly();
    }

    /**
     * {@code grad_fn._saved_self} (input 0), {@code _saved_other} (input 1) or {@code _saved_result} (which = -1):
     * what the rule saved, checked as a backward pass checks it; null when this node saved no such tensor.
     * An input comes back as itself; the result as a new tensor of the same values and node, as PyTorch unpacks it.
     */
    public Tensor saved(int which) {
        if ((freedSlots & slotBit(which)) != 0) unpack(); // freed by release: PyTorch's error
        Tensor t = savedTensor(which);
        if (t == null) return null;
        unpack();
        return which >= 0 ? t : t.detach().recordedBy(this);
    }

    /** The tensor saved as input {@code which}, or as the result (-1); null when none was. */
    private Tensor savedTensor(int which) {
        if (saved == null) return null;
        for (Tensor t : saved) {
            boolean isInput = false;
            for (Tensor in : inputs) isInput |= in == t;
            if (which < 0 ? !isInput : which < inputs.length && inputs[which] == t) return t;
        }
        return null;
    }

    private static int slotBit(int which) { return 1 << (which + 1); }

    @Override
    public String toString() { return "<" + name + " object>"; }
}
