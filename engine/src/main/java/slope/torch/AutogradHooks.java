package slope.torch;

import slope.autograd.Node;
import slope.lang.Args;
import slope.lang.Foreign;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyTuple;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * Python functions that autograd calls during backward: {@code tensor.register_hook(fn)}, which sees each gradient
 * computed for the tensor and may return one to use instead; {@code register_post_accumulate_grad_hook(fn)}, which
 * sees a leaf once its .grad is updated; {@code grad_fn.register_prehook} and {@code register_hook} on a node; and the
 * {@code RemovableHandle} that takes any of them off again.
 */
final class AutogradHooks {
    private AutogradHooks() {}

    static Handle register(Tensor t, Object fn) {
        Interpreter in = Interpreter.current();
        Node.Hook hook = grad -> checked(in, fn, grad, in.call(fn, grad));
        Node holder = t.registerHook(hook);
        return new Handle(() -> holder.removeHook(hook));
    }

    /**
     * {@code tensor.register_post_accumulate_grad_hook(fn)}: fn gets the leaf itself, and returns None or that leaf (as
     * {@code p.add_(...)} does in PyTorch's own example).
     */
    static Handle registerPostAccumulate(Tensor t, Object fn) {
        Interpreter in = Interpreter.current();
        Node.Hook hook = leaf -> {
            Object r = in.call(fn, leaf);
            if (r != Py.NONE && r != leaf) {
                throw PyError.runtime("Tensor post accumulate grad hooks should return None.");
            }
            return null;
        };
        Node holder = t.registerPostAccumulateHook(hook);
        return new Handle(() -> holder.removePostAccumulateHook(hook));
    }

    /** {@code grad_fn.register_prehook(fn)}: fn(grad_outputs) returns None, or a tuple to use instead. */
    static Handle registerPrehook(Node node, Object fn) {
        Interpreter in = Interpreter.current();
        Node.PreHook hook = gradOutputs ->
                checkedTuple(in, fn, gradOutputs, in.call(fn, Convert.tupleOrNone(gradOutputs)));
        node.addPreHook(hook);
        return new Handle(() -> node.removePreHook(hook));
    }

    /** {@code grad_fn.register_hook(fn)}: fn(grad_inputs, grad_outputs) returns None, or a tuple for grad_inputs. */
    static Handle registerNodeHook(Node node, Object fn) {
        Interpreter in = Interpreter.current();
        Node.PostHook hook = (gradInputs, gradOutputs) ->
                checkedTuple(in, fn, gradInputs,
                        in.call(fn, Convert.tupleOrNone(gradInputs), Convert.tupleOrNone(gradOutputs)));
        node.addPostHook(hook);
        return new Handle(() -> node.removePostHook(hook));
    }

    /** PyTorch's check of a node hook's result: None, or a value per gradient, each None or as a tensor hook's. */
    private static Tensor[] checkedTuple(Interpreter in, Object fn, Tensor[] original, Object result) {
        if (result == Py.NONE) return null;
        if (!(result instanceof PyTuple)) {
            throw PyError.type("expected tuple, but hook returned '" + in.typeName(result) + "'");
        }
        Object[] items = ((PyTuple) result).items;
        if (items.length != original.length) {
            throw PyError.runtime("hook '" + name(in, fn) + "' has returned an incorrect number of values (got "
                    + items.length + ", but expected " + original.length + ")");
        }
        Tensor[] replaced = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) {
            if (items[i] == Py.NONE) continue;
            if (original[i] == null) throw PyError.runtime("can't replace a None gradient with a non-None value");
            replaced[i] = checked(in, fn, original[i], items[i]);
        }
        return replaced;
    }

    /** What PyTorch accepts from a hook: None, or a tensor of the gradient's dtype and shape. */
    private static Tensor checked(Interpreter in, Object fn, Tensor grad, Object result) {
        if (result == Py.NONE) return null;
        if (!(result instanceof Tensor)) {
            throw PyError.type("expected Variable, but hook returned '" + in.typeName(result) + "'");
        }
        Tensor r = (Tensor) result;
        if (r.dtype != grad.dtype) {
            throw PyError.runtime("hook '" + name(in, fn) + "' has changed the type of value (was "
                    + typeString(grad.dtype) + " got " + typeString(r.dtype) + ")");
        }
        if (!java.util.Arrays.equals(r.shape, grad.shape)) {
            throw PyError.runtime("hook '" + name(in, fn) + "' has changed the size of value");
        }
        return r;
    }

    /** The hook's {@code __name__} ({@code <lambda>} for a lambda), as PyTorch's messages quote it. */
    private static String name(Interpreter in, Object fn) {
        try {
            Object n = in.getAttr(fn, "__name__");
            return n instanceof String ? (String) n : "<unknown>";
        } catch (PyError noName) {
            return "<unknown>";
        }
    }

    /** ATen's name of a CPU tensor type: {@code CPUFloatType}. */
    private static String typeString(DType d) { return "CPU" + d.scalarTypeName() + "Type"; }

    /** {@code torch.utils.hooks.RemovableHandle}: {@code remove()}, or leave a {@code with} block. */
    static final class Handle implements Foreign {
        private final Runnable remove;

        Handle(Runnable remove) { this.remove = remove; }

        void remove() { remove.run(); }

        @Override public ForeignType pyType() { return TYPE; }
    }

    static final ForeignType TYPE = new ForeignType("torch.utils.hooks", "RemovableHandle") {
        @Override public String repr(Object self) {
            return "<torch.utils.hooks.RemovableHandle object at " + Interpreter.current().address(self) + ">";
        }

        @Override public Object enter(Object self) { return self; }

        @Override public boolean exit(Object self, PyError error) {
            ((Handle) self).remove();
            return false;
        }
    }.method("remove", (self, args, kwargs) -> {
        Args.check("remove", args, kwargs, 0, 0);
        ((Handle) self).remove();
        return Py.NONE;
    });
}
