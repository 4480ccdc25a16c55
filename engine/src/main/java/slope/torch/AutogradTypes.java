package slope.torch;

import java.util.Map;
import slope.autograd.GradMode;
import slope.autograd.Node;
import slope.lang.Args;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyTuple;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** Python faces of autograd objects: grad_fn nodes, dtypes, and the no_grad context. */
final class AutogradTypes {
    private AutogradTypes() {}

    /** {@code y.grad_fn}: prints as {@code <MulBackward0 object at 0x...>}, with {@code next_functions}. */
    static final ForeignType NODE = new ForeignType("torch.autograd.graph", "Node") {
        @Override public String repr(Object self) {
            Node n = (Node) self;
            return "<" + n.name + " object at " + Interpreter.current().address(self) + ">";
        }
    }.property("name", n -> ((Node) n).name)
     .property("next_functions", n -> {
         Node node = (Node) n;
         Object[] items = new Object[node.inputCount()];
         for (int i = 0; i < items.length; i++) {
             Node next = node.next(i);
             items[i] = new PyTuple(next == null ? Py.NONE : next, 0L);
         }
         return new PyTuple(items);
     })
     .property("variable", n -> {
         Object v = ((Node) n).variable();
         if (v == null) throw new PyError("AttributeError", "'" + ((Node) n).name + "' object has no attribute 'variable'");
         return v;
     })
     .property("_saved_self", n -> savedOrMissing((Node) n, 0, "_saved_self"))
     .property("_saved_other", n -> savedOrMissing((Node) n, 1, "_saved_other"))
     .property("_saved_result", n -> savedOrMissing((Node) n, -1, "_saved_result"))
     .method("name", (self, a, k) -> ((Node) self).name)
     .method("register_hook", (self, a, k) ->
             AutogradHooks.registerNodeHook((Node) self, Args.parse("register_hook", a, k, "fn").get("fn")))
     .method("register_prehook", (self, a, k) ->
             AutogradHooks.registerPrehook((Node) self, Args.parse("register_prehook", a, k, "fn").get("fn")));

    /** A node's saved tensor by PyTorch's attribute name, or the AttributeError PyTorch gives for a node without it. */
    private static Tensor savedOrMissing(Node n, int which, String name) {
        Tensor t = n.saved(which);
        if (t == null) throw new PyError("AttributeError", "'" + n.name + "' object has no attribute '" + name + "'");
        return t;
    }

    /** {@code torch.float32} and friends. */
    static final ForeignType DTYPE = new ForeignType("torch", "dtype") {
        @Override public String repr(Object self) { return ((DType) self).torchName; }
    }.property("is_floating_point", d -> ((DType) d).floating);

    /**
     * {@code torch.no_grad()} / {@code torch.enable_grad()}: turns recording off or on for the block; null leaves it as
     * it is ({@code torch.inference_mode(False)}).
     */
    static final class GradContext implements slope.lang.Foreign {
        final Boolean enabled;
        private boolean previous;

        GradContext(Boolean enabled) { this.enabled = enabled; }

        @Override public ForeignType pyType() { return CONTEXT; }
    }

    static final ForeignType CONTEXT = new ForeignType("torch.autograd.grad_mode", "no_grad") {
        @Override public Object enter(Object self) {
            GradContext c = (GradContext) self;
            c.previous = GradMode.set(c.enabled != null ? c.enabled : GradMode.isEnabled());
            return Py.NONE;
        }

        @Override public boolean exit(Object self, PyError error) {
            GradMode.set(((GradContext) self).previous);
            return false;
        }

        /** {@code @torch.no_grad()} over a function. */
        @Override public Object call(Object self, Object[] args, Map<String, Object> kwargs) {
            if (args.length != 1 || kwargs != null && !kwargs.isEmpty()) {
                throw PyError.type("a grad-mode decorator takes one function");
            }
            Boolean enabled = ((GradContext) self).enabled;
            return enabled == null ? args[0] : decorated(enabled, args[0]);
        }
    };

    /**
     * {@code torch.set_grad_enabled(mode)} and {@code torch.autograd.set_detect_anomaly(mode)}: made by a call that has
     * already set the mode, as PyTorch's constructors set it, so that a plain call sets it for the rest of the run; a
     * {@code with} block around it ends by putting back what the call replaced.
     */
    static final class Setting implements slope.lang.Foreign {
        private final ForeignType type;
        private final Runnable restore;
        /** set_grad_enabled's mode, which it keeps when used as a decorator; null for anomaly detection. */
        private final Boolean gradMode;

        Setting(ForeignType type, Runnable restore, Boolean gradMode) {
            this.type = type;
            this.restore = restore;
            this.gradMode = gradMode;
        }

        @Override public ForeignType pyType() { return type; }
    }

    private static ForeignType settingType(String name) {
        return new ForeignType("torch.autograd.grad_mode", name) {
            @Override public Object enter(Object self) { return Py.NONE; }

            @Override public boolean exit(Object self, PyError error) {
                ((Setting) self).restore.run();
                return false;
            }

            /** {@code @torch.set_grad_enabled(False)}: the mode goes back, and holds inside the function instead. */
            @Override public Object call(Object self, Object[] args, Map<String, Object> kwargs) {
                Setting s = (Setting) self;
                if (s.gradMode == null) throw PyError.type("'" + name + "' object is not callable");
                Args.check(name, args, kwargs, 1, 1);
                s.restore.run();
                return decorated(s.gradMode, args[0]);
            }
        };
    }

    static final ForeignType GRAD_SETTING = settingType("set_grad_enabled");
    static final ForeignType ANOMALY_SETTING = settingType("set_detect_anomaly");

    /** {@code fn} run with recording on or off, as under {@code with torch.set_grad_enabled(enabled)}. */
    static Object decorated(boolean enabled, Object fn) {
        Interpreter in = Interpreter.current();
        return in.call(in.module("torch.autograd.grad_mode").get("_decorated"), enabled, fn);
    }
}
