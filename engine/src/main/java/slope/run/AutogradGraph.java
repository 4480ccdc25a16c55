package slope.run;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import slope.autograd.Node;
import slope.tensor.Tensor;

/**
 * The autograd graph reachable from a run's tensors, for drawing: one node per grad_fn and per
 * leaf that requires grad, and an edge from each input to the op that used it.
 */
public final class AutogradGraph {
    /** {@code kind} is "op" (a grad_fn) or "leaf" (a tensor that accumulates .grad). */
    public record Vertex(int id, String kind, String label, Tensor leaf) {}

    public record Edge(int from, int to) {}

    public final List<Vertex> vertices = new ArrayList<>();
    public final List<Edge> edges = new ArrayList<>();
    private final Map<Object, Integer> ids = new IdentityHashMap<>();

    private AutogradGraph() {}

    /** At most this many vertices: a long training loop's last graph can be large, the page draws a summary. */
    static final int MAX_VERTICES = 400;

    public static AutogradGraph of(List<TensorVariable> variables) {
        AutogradGraph g = new AutogradGraph();
        Map<Tensor, String> names = new IdentityHashMap<>();
        for (TensorVariable v : variables) names.putIfAbsent(v.tensor(), v.name());
        for (TensorVariable v : variables) {
            Node fn = v.tensor().gradFn();
            if (fn != null) g.walk(fn, names);
        }
        return g;
    }

    private int vertexFor(Node n, Map<Tensor, String> names) {
        Integer id = ids.get(n);
        if (id != null) return id;
        id = vertices.size();
        ids.put(n, id);
        Tensor leaf = n.variable();
        String label = leaf == null ? n.name : names.getOrDefault(leaf, "tensor");
        vertices.add(new Vertex(id, leaf == null ? "op" : "leaf", label, leaf));
        return id;
    }

    private void walk(Node root, Map<Tensor, String> names) {
        if (ids.containsKey(root)) return;
        ArrayList<Node> stack = new ArrayList<>();
        vertexFor(root, names);
        stack.add(root);
        while (!stack.isEmpty() && vertices.size() < MAX_VERTICES) {
            Node n = stack.remove(stack.size() - 1);
            int to = ids.get(n);
            for (int i = 0; i < n.inputCount(); i++) {
                Node next = n.next(i);
                if (next == null) continue;
                boolean seen = ids.containsKey(next);
                edges.add(new Edge(vertexFor(next, names), to));
                if (!seen) stack.add(next);
            }
        }
    }
}
