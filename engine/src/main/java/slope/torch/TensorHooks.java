package slope.torch;

import slope.autograd.Node;
import slope.lang.Args;
import slope.lang.Foreign;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code tensor.register_hook(fn)}: a Python function that sees each gradient computed for the tensor during
 * backward, and may return one to use instead; {@code register_post_accumulate_grad_hook(fn)}, which sees a leaf
 * once its .grad is updated; and the {@code RemovableHandle} that takes either off again.
 */
final class TensorHooks {
    private TensorHooks() {}

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
