package slope.torch;

import slope.autograd.GradMode;
import slope.autograd.Node;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyTuple;
import slope.run.PyError;
import slope.tensor.Tensor;

/**
 * The node of a user's {@code torch.autograd.Function} ({@link FunctionSource}): forward's output becomes the result
 * of {@code <Name>Backward}, whose rule is the class's backward. One output tensor; backward returns a gradient (or
 * None) for every argument of forward, as in PyTorch.
 */
final class CustomFunction {
    private CustomFunction() {}

    /** {@code output} recorded as made by {@code cls} from {@code args}, when the graph is on and an argument needs it. */
    static Object record(Object cls, Object ctx, Object output, Object[] args) {
        int[] at = tensorPositions(args);
        Tensor[] inputs = new Tensor[at.length];
        boolean any = false;
        for (int k = 0; k < at.length; k++) {
            inputs[k] = (Tensor) args[at[k]];
            any |= inputs[k].requiresGrad();
        }
        if (!any || !GradMode.isEnabled()) return output;
        Interpreter py = Interpreter.current();
        if (!(output instanceof Tensor)) {
            throw new PyError("NotImplementedError", "Slope's autograd.Function records one output tensor; forward returned "
                    + py.typeName(output));
        }
        String name = py.getAttr(cls, "__name__") + "Backward";
        Tensor result = (Tensor) output;
        for (Tensor t : inputs) if (t == result) result = result.detach(); // an input returned as is: a new tensor for the node
        Node.Rule rule = grad -> gradients(py.call(py.getAttr(cls, "backward"), ctx, grad), name, args.length, at, inputs);
        return Node.record(result, name, Node.Saves.NOTHING, rule, inputs);
    }

    private static int[] tensorPositions(Object[] args) {
        int n = 0;
        for (Object a : args) if (a instanceof Tensor) n++;
        int[] at = new int[n];
        n = 0;
        for (int i = 0; i < args.length; i++) if (args[i] instanceof Tensor) at[n++] = i;
        return at;
    }

    /** backward's result, one entry per argument of forward, as the gradients of the tensor arguments. */
    private static Tensor[] gradients(Object r, String name, int expected, int[] at, Tensor[] inputs) {
        Object[] grads = r instanceof PyTuple ? ((PyTuple) r).items : new Object[] {r};
        if (grads.length != expected) {
            throw PyError.runtime("function " + name + " returned an incorrect number of gradients (expected " + expected
                    + ", got " + grads.length + ")");
        }
        Tensor[] result = new Tensor[at.length];
        for (int k = 0; k < at.length; k++) {
            Object g = grads[at[k]];
            if (g != Py.NONE && inputs[k].requiresGrad()) result[k] = Convert.tensorArg(g, name, "grad");
        }
        return result;
    }
}
