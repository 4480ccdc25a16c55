package slope.autograd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/**
 * The backward pass: {@code tensor.backward()} and {@code torch.autograd.grad}. Nodes run in
 * PyTorch's order (the most recently created ready node first), and each node's incoming
 * gradients are summed in the order they arrive, so float32 results match PyTorch bit for bit.
 */
public final class Autograd {
    private Autograd() {}

    /** {@code root.backward(gradient, retain_graph, create_graph)}: accumulates into the leaves' {@code .grad}. */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph, boolean createGraph) {
        run(new Tensor[] {root}, new Tensor[] {gradient}, retainGraph, createGraph, null);
    }

    /** {@code torch.autograd.backward(roots, gradients, ...)}: one pass from all roots; a null gradient is implicit. */
    public static void backward(Tensor[] roots, Tensor[] gradients, boolean retainGraph, boolean createGraph) {
        run(roots, gradients == null ? new Tensor[roots.length] : gradients.clone(), retainGraph, createGraph, null);
    }

    /**
     * {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)}:
     * returns the gradients of the inputs without touching any {@code .grad}.
     */
    public static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs, boolean retainGraph,
                                boolean createGraph, boolean allowUnused) {
        Map<Node, Integer> targets = new HashMap<>();
        for (int i = 0; i < inputs.length; i++) {
            Tensor in = inputs[i];
            if (!in.requiresGrad()) {
                throw PyError.runtime("One of the differentiated Tensors does not require grad");
            }
            targets.put(Node.of(in), i);
        }
        Tensor[] found = new Tensor[inputs.length];
        run(outputs, gradOutputs == null ? new Tensor[outputs.length] : gradOutputs.clone(), retainGraph, createGraph,
                new Capture(targets, found));
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null && !allowUnused) {
                throw PyError.runtime("One of the differentiated Tensors appears to not have been used in the graph."
                        + " Set allow_unused=True if this is the desired behavior.");
            }
        }
        return found;
    }

    /** Where {@code autograd.grad} collects gradients instead of accumulating them into leaves. */
    private static final class Capture {
        final Map<Node, Integer> targets;
        final Tensor[] found;

        Capture(Map<Node, Integer> targets, Tensor[] found) {
            this.targets = targets;
            this.found = found;
        }
    }

    /** The backward pass from {@code roots}; {@code rootGrads}, the caller's own array, gets the implicit seeds. */
    private static void run(Tensor[] roots, Tensor[] rootGrads, boolean retainGraph, boolean createGraph,
                            Capture capture) {
        check(roots, rootGrads);
        GradMode mode = GradMode.state();
        Node postOrder = collect(roots, mode.walks++);
        ReadyQueue ready = mode.takeQueue();
        boolean scalar = capture == null && !createGraph && roots.length == 1 && scalarGraph(postOrder, roots[0], rootGrads[0]);
        try {
            if (scalar) {
                runScalar(Node.of(roots[0]), rootGrads[0] == null ? 1 : rootGrads[0].item(), ready,
                        mode.anomaly && mode.checkNan);
            } else {
                runTensors(roots, implicitSeeds(roots, rootGrads), createGraph, capture, postOrder, mode, ready);
            }
        } finally {
            forget(postOrder, retainGraph, !scalar);
            mode.returnQueue(ready);
        }
    }

    /** {@link #run}'s walk with the tensor rules, for any graph. */
    private static void runTensors(Tensor[] roots, Tensor[] rootGrads, boolean createGraph, Capture capture,
                                   Node postOrder, GradMode mode, ReadyQueue ready) {
        boolean previous = mode.enabled;
        List<Storage> leafSums = null; // leaves' gradients summed by sumLater, computed together at the end
        try {
            if (capture != null) markNeeded(postOrder, capture.targets);
            for (int i = 0; i < roots.length; i++) accumulate(Node.of(roots[i]), rootGrads[i]);
            for (int i = 0; i < roots.length; i++) {
                Node n = Node.of(roots[i]);
                if (n.pending == 0 && (i == 0 || !ready.contains(n))) ready.add(n);
            }
            mode.enabled = createGraph;
            while (!ready.isEmpty()) {
                Node node = ready.poll();
                Tensor grad = node.buffer;
                boolean owned = node.bufferOwned;
                node.buffer = null;
                if (node.hasHooks()) { // before anything reads the gradient, as PyTorch's tensor pre-hooks
                    grad = node.runHooks(grad);
                    owned = false; // a hook may keep the gradient it saw, or the one it returned
                }
                if (capture != null) {
                    Integer slot = capture.targets.get(node);
                    if (slot != null) capture.found[slot] = grad;
                }
                // the node's own pre-hooks, after the tensor's and autograd.grad's capture; (None,) leaves no gradient
                if (node.hasHooks()) grad = node.runPreHooks(grad);
                if (node.variable != null) {
                    if (grad != null && capture == null) {
                        if (accumulateIntoLeaf(node.variable, grad, owned, createGraph)) {
                            if (leafSums == null) leafSums = new ArrayList<>(2);
                            leafSums.add(node.variable.gradInBackward().storage);
                        }
                        node.runPostAccumulateHooks();
                        node.runPostHooks(new Tensor[0], grad); // AccumulateGrad computes no gradients to replace
                    }
                    continue;
                }
                if (node.retained != null && capture == null && grad != null) {
                    node.retained.setGrad(createGraph ? grad : grad.detach());
                }
                if (capture != null && !node.needed) continue;
                // without a gradient the node computes none, but its inputs still hear that it ran
                Tensor[] grads = grad == null ? new Tensor[node.inputs.length]
                        : node.runPostHooks(node.apply(grad), grad);
                if (mode.anomaly && mode.checkNan) checkNan(node, grads);
                expectReadsOfShared(grads);
                for (int i = 0; i < node.inputs.length; i++) {
                    Node next = node.next(i);
                    if (next == null) continue;
                    if (grads[i] != null) {
                        accumulate(next, conform(grads[i], node.inputs[i], capture == null && !createGraph && next.variable != null));
                    }
                    if (--next.pending == 0 && next.buffer != null) ready.add(next);
                }
            }
            if (leafSums != null) Storage.computeTogether(leafSums);
        } finally {
            mode.enabled = previous;
        }
    }

    /**
     * Whether {@link #runScalar} can take this pass: no node has hooks, every node has a {@link ScalarRules} rule,
     * and every gradient, from the root's to the leaves', is a zero-dim value of the one dtype of the tensor it
     * flows into.
     */
    private static boolean scalarGraph(Node postOrder, Tensor root, Tensor rootGrad) {
        // a given gradient has the root's shape already (check)
        if (root.shape.length != 0 || rootGrad != null && rootGrad.dtype != root.dtype) return false;
        for (Node n = postOrder; n != null; n = n.laterInOrder) {
            if (n.hasHooks()) return false; // a hook takes and returns tensors
            if (n.variable != null) {
                Tensor old = n.variable.gradInBackward();
                if (n.variable.shape.length != 0 || old != null && old.dtype != n.variable.dtype) return false;
                continue;
            }
            if (n.scalarRule == ScalarRules.NONE || n.retained != null) return false;
            for (int i = 0; i < n.inputs.length; i++) {
                Tensor t = n.inputs[i];
                if (t != null && t.requiresGrad() && t.dtype != n.scalarType) return false;
            }
        }
        return true;
    }

    /**
     * {@link #run}'s walk for a scalar graph, on doubles: the same order, the same sums in the same order,
     * the same roundings, so the same bits as the tensor rules give, without a tensor per gradient.
     */
    private static void runScalar(Node root, double seed, ReadyQueue ready, boolean checkNan) {
        root.scalarGrad = seed;
        root.scalarArrived = true;
        ready.add(root);
        while (!ready.isEmpty()) {
            Node node = ready.poll();
            double g = node.scalarGrad;
            if (node.variable != null) {
                accumulateIntoLeaf(node.variable, g);
                continue;
            }
            node.unpack();
            for (int i = 0; i < node.inputs.length; i++) {
                Node next = node.next(i);
                if (next == null) continue;
                double add = node.applyScalar(g, i);
                if (checkNan && Double.isNaN(add)) throw returnedNan(node, i);
                next.scalarGrad = next.scalarArrived ? node.scalarType.round(next.scalarGrad + add) : add;
                next.scalarArrived = true;
                if (--next.pending == 0) ready.add(next);
            }
        }
    }

    /** Anomaly detection's check of a node's gradients, as PyTorch's engine makes it after each node. */
    private static void checkNan(Node node, Tensor[] grads) {
        for (int i = 0; i < grads.length; i++) {
            if (grads[i] == null) continue;
            for (double v : grads[i].values()) if (Double.isNaN(v)) throw returnedNan(node, i);
        }
    }

    private static PyError returnedNan(Node node, int output) {
        return PyError.runtime("Function '" + node.name + "' returned nan values in its " + output + "th output.");
    }

    /** {@link #accumulateIntoLeaf} of a zero-dim gradient {@code g} in the leaf's dtype. */
    private static void accumulateIntoLeaf(Tensor leaf, double g) {
        Tensor old = leaf.gradInBackward();
        if (old == null) leaf.setGrad(Tensor.ofValue(g, leaf.dtype));
        else old.addInPlaceUnchecked(g);
    }

    /** PyTorch's checks of the roots and of the gradients given for them. */
    private static void check(Tensor[] roots, Tensor[] rootGrads) {
        for (int i = 0; i < roots.length; i++) {
            Tensor r = roots[i];
            if (!r.requiresGrad()) {
                throw PyError.runtime("element " + i + " of tensors does not require grad and does not have a grad_fn");
            }
            Tensor g = rootGrads[i];
            if (g == null) {
                if (r.numel() != 1) throw PyError.runtime("grad can be implicitly created only for scalar outputs");
            } else if (!java.util.Arrays.equals(g.shape, r.shape)) {
                throw PyError.runtime("Mismatch in shape: grad_output[" + i + "] has a shape of "
                        + slope.format.TensorRepr.size(g.shape) + " and output[" + i + "] has a shape of "
                        + slope.format.TensorRepr.size(r.shape) + ".");
            }
        }
    }

    /** Fills in the implicit gradient (ones) of each root given none; returns the array. */
    private static Tensor[] implicitSeeds(Tensor[] roots, Tensor[] rootGrads) {
        for (int i = 0; i < roots.length; i++) {
            Tensor r = roots[i];
            if (rootGrads[i] == null) rootGrads[i] = r.shape.length == 0 ? Tensor.ofValue(1, r.dtype) : Tensor.onesLike(r);
        }
        return rootGrads;
    }

    /**
     * Unlinks the walk's nodes (else a leaf's AccumulateGrad would keep the whole graph alive) and releases them,
     * with their values unless the graph was scalar ({@link Node#release}).
     */
    private static void forget(Node postOrder, boolean retainGraph, boolean dropValues) {
        for (Node n = postOrder; n != null; ) {
            Node later = n.laterInOrder;
            n.laterInOrder = null;
            n.buffer = null;
            if (!retainGraph) n.release(dropValues);
            n = later;
        }
    }

    /**
     * The nodes ready to run, the highest sequence number (most recently created) first: a binary
     * max-heap on an array, without PriorityQueue's comparator calls and boxing-free.
     */
    static final class ReadyQueue {
        private Node[] heap = new Node[8];
        private int size;

        boolean isEmpty() { return size == 0; }

        /** Empties it for the next pass (one that failed leaves nodes behind). */
        void clear() {
            while (size > 0) heap[--size] = null;
        }

        boolean contains(Node n) {
            for (int i = 0; i < size; i++) if (heap[i] == n) return true;
            return false;
        }

        void add(Node n) {
            if (size == heap.length) heap = copy(heap, size * 2);
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                Node p = heap[parent];
                if (p.sequence >= n.sequence) break;
                heap[i] = p;
                i = parent;
            }
            heap[i] = n;
        }

        Node poll() {
            Node top = heap[0];
            Node last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= size) break;
                    if (child + 1 < size && heap[child + 1].sequence > heap[child].sequence) child++;
                    if (heap[child].sequence <= last.sequence) break;
                    heap[i] = heap[child];
                    i = child;
                }
                heap[i] = last;
            }
            return top;
        }
    }

    /**
     * Every node reachable from the roots, each with the count of edges into it, linked in post-order
     * through {@code laterInOrder}; returns the first. The depth-first walk keeps its stack in the
     * nodes as well ({@code caller}, {@code cursor}), so finding the graph allocates nothing.
     */
    private static Node collect(Tensor[] roots, long walk) {
        Node first = null, last = null;
        for (Tensor rootTensor : roots) {
            Node root = Node.of(rootTensor);
            if (root.walk == walk) continue;
            visit(root, walk, null);
            Node n = root;
            while (n != null) {
                if (n.cursor == n.inputs.length) {
                    if (last == null) first = n;
                    else last.laterInOrder = n;
                    last = n;
                    Node caller = n.caller;
                    n.caller = null;
                    n = caller;
                    continue;
                }
                Node next = n.next(n.cursor++);
                if (next == null) continue;
                if (next.walk != walk) {
                    visit(next, walk, n);
                    next.pending = 1;
                    n = next;
                } else {
                    next.pending++;
                }
            }
        }
        return first;
    }

    /** Arrays.copyOf, which in TeaVM goes through reflection for object arrays. */
    private static Node[] copy(Node[] nodes, int length) {
        Node[] r = new Node[length];
        System.arraycopy(nodes, 0, r, 0, Math.min(length, nodes.length));
        return r;
    }

    private static void visit(Node n, long walk, Node caller) {
        n.walk = walk;
        n.pending = 0;
        n.buffer = null;
        n.needed = false;
        n.scalarArrived = false;
        n.cursor = 0;
        n.caller = caller;
        n.laterInOrder = null;
    }

    /** For autograd.grad: the nodes whose rules lead to a requested input; the rest need not run. */
    private static void markNeeded(Node postOrder, Map<Node, Integer> targets) {
        for (Node n = postOrder; n != null; n = n.laterInOrder) {
            boolean need = targets.containsKey(n);
            for (int i = 0; i < n.inputs.length && !need; i++) {
                Node next = n.next(i);
                need = next != null && next.needed;
            }
            n.needed = need;
        }
    }

    private static void accumulate(Node node, Tensor grad) {
        Tensor old = node.buffer;
        node.buffer = old == null ? grad : old.add(grad);
        node.bufferOwned = old != null; // a sum made here is referenced nowhere else
    }

    /** A gradient sent to several inputs (x + y) is read once for each: tensor.Lazy computes it once. */
    private static void expectReadsOfShared(Tensor[] grads) {
        for (int i = 0; i < grads.length; i++) {
            for (int j = i + 1; j < grads.length; j++) {
                if (grads[i] != null && grads[i] == grads[j]) grads[i].storage.expectReads();
            }
        }
    }

    /**
     * PyTorch's validate_outputs: a broadcast gradient is summed back to the input's shape and dtype. For a scalar
     * float32 leaf ({@code leafSum}) a large pending gradient is summed later, with the others (a linear fit's slope and
     * intercept share one pass over the data).
     */
    private static Tensor conform(Tensor grad, Tensor input, boolean leafSum) {
        if (leafSum && input.shape.length == 0 && grad.shape.length != 0 && input.dtype == DType.FLOAT32) {
            Tensor later = grad.sumLater();
            if (later != null) return later;
        }
        if (!java.util.Arrays.equals(grad.shape, input.shape)) grad = grad.sumTo(input.shape);
        if (grad.dtype != input.dtype) grad = grad.to(input.dtype);
        return grad;
    }

    /** Returns whether the leaf's .grad is a pending sum ({@link Tensor#sumLater}), for the caller to compute with the others. */
    private static boolean accumulateIntoLeaf(Tensor leaf, Tensor grad, boolean owned, boolean createGraph) {
        Tensor old = leaf.gradInBackward();
        boolean laterSum = grad.shape.length == 0 && grad.storage.isPending(); // made by conform for this leaf alone
        if (laterSum && old == null) {
            leaf.setGrad(grad);
            return true;
        }
        if (old == null) {
            // A private dense copy: the incoming gradient may be a broadcast view or shared with
            // another leaf, and later backward passes add into .grad in place. A sum of several
            // gradients made by this pass is private already: PyTorch's AccumulateGrad steals it too.
            if (createGraph) leaf.setGradInBackward(grad, false); // the new graph holds it
            else if (owned && grad.isContiguous() && grad.offset == 0) leaf.setGradInBackward(grad, true);
            else leaf.setGradInBackward(denseCopy(grad), true);
        } else if (createGraph) {
            leaf.setGrad(old.add(grad));
            leaf.gradInBackward().storage.compute(); // now (tensor.Lazy): backward does the work, not whoever reads .grad
        } else {
            old.addInPlaceUnchecked(grad);
        }
        return false;
    }

    private static Tensor denseCopy(Tensor t) {
        if (t.dim() == 0) return Tensor.ofValue(t.item(), t.dtype); // a scalar needs no strided walk
        return new Tensor(slope.tensor.Kernels.gather(t), t.shape, t.dtype);
    }
}
