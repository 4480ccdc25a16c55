package slope.torch;

import slope.autograd.GradMode;
import slope.lang.Args;
import slope.lang.Interpreter;
import slope.lang.Method;
import slope.lang.Py;
import slope.lang.PyDict;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Creation;
import slope.ops.InPlace;
import slope.optim.Adagrad;
import slope.optim.Adam;
import slope.optim.RmsProp;
import slope.optim.Sgd;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/**
 * {@code torch._optim}: the step() and zero_grad() methods of the optimizers in torch.optim (written in Python,
 * OptimSource), so that a training step runs no interpreted code of theirs. Each reads the group's
 * hyperparameters, makes a parameter's state on its first step as PyTorch's {@code _init_group} does, and
 * runs the update of {@link slope.optim} on every parameter that has a gradient. Like PyTorch's step, the
 * updates are outside the graph; they bump the versions of the tensors they write.
 */
final class OptimFunctions {
    private OptimFunctions() {}

    static PyModule create() {
        PyModule m = new PyModule("torch._optim");
        m.defMethod("sgd_step", "step", step(group -> new Sgd(number(group, "lr"), number(group, "momentum"), number(group, "dampening"),
                number(group, "weight_decay"), flag(group, "nesterov"), flag(group, "maximize")), (sgd, group, state) -> {
            for (Tensor p : params(group)) {
                if (p.grad() == null) continue;
                PyDict s = stateOf(state, p);
                Object buffer = s.get("momentum_buffer");
                Tensor b = sgd.update(p, p.grad(), buffer == null || buffer == Py.NONE ? null : (Tensor) buffer);
                if (b != null) s.put("momentum_buffer", b);
            }
        }));
        m.defMethod("adam_step", "step", step(OptimFunctions::readAdam, (adam, group, state) -> {
            boolean amsgrad = adam.amsgrad;
            for (Tensor p : params(group)) {
                if (p.grad() == null) continue;
                PyDict s = stateOf(state, p);
                if (s.size() == 0) initAdam(s, p, amsgrad);
                Tensor[] st = stateTensors(s, amsgrad ? AMSGRAD_STATE : ADAM_STATE);
                adam.update(p, p.grad(), st[1], st[2], amsgrad ? st[3] : null, nextStep(st[0]));
            }
        }));
        m.defMethod("rmsprop_step", "step", step(group -> new RmsProp(number(group, "lr"), number(group, "alpha"),
                number(group, "eps"), number(group, "weight_decay"), number(group, "momentum"), flag(group, "centered"),
                flag(group, "maximize")), (rmsprop, group, state) -> {
            double momentum = rmsprop.momentum;
            boolean centered = rmsprop.centered;
            for (Tensor p : params(group)) {
                if (p.grad() == null) continue;
                PyDict s = stateOf(state, p);
                if (s.size() == 0) {
                    s.put("step", Tensor.ofValue(0, DType.FLOAT32));
                    s.put("square_avg", Creation.zerosLike(p));
                    if (momentum > 0) s.put("momentum_buffer", Creation.zerosLike(p));
                    if (centered) s.put("grad_avg", Creation.zerosLike(p));
                }
                nextStep(stepTensor(s));
                rmsprop.update(p, p.grad(), tensor(s, "square_avg"), centered ? tensor(s, "grad_avg") : null,
                        momentum > 0 ? tensor(s, "momentum_buffer") : null);
            }
        }));
        m.defMethod("adagrad_step", "step", step(group -> new Adagrad(number(group, "lr"), number(group, "lr_decay"),
                number(group, "weight_decay"), number(group, "eps"), flag(group, "maximize")), (adagrad, group, state) -> {
            for (Tensor p : params(group)) {
                if (p.grad() == null) continue;
                Tensor[] st = stateTensors(stateOf(state, p), ADAGRAD_STATE); // made with the optimizer, as PyTorch's Adagrad makes it
                adagrad.update(p, p.grad(), st[1], nextStep(st[0]));
            }
        }));
        m.def("zero_grad", (args, kw) -> { // zero_grad(params, set_to_none), from Module.zero_grad
            Args.check("zero_grad", args, kw, 2, 2);
            zeroGrad(args[0], truth(args[1]));
            return Py.NONE;
        });
        Args.Signature zeroGrad = new Args.Signature("zero_grad", "set_to_none");
        m.defMethod("optimizer_zero_grad", "zero_grad", (self, args, kw) -> {
            boolean toNone = truth(zeroGrad.bind(args, kw).get("set_to_none", Boolean.TRUE));
            for (Object g : groups(Interpreter.current(), self)) zeroGrad(required(group(g), "params"), toNone);
            return Py.NONE;
        });
        return m;
    }

    /** Sets each parameter's .grad to None, or fills it with zeros. */
    private static void zeroGrad(Object params, boolean toNone) {
        for (Object o : Convert.items(params)) {
            Tensor p = Convert.tensorArg(o, "zero_grad", "params");
            if (p.grad() == null) continue;
            if (toNone) p.setGrad(null);
            else InPlace.fill(p.grad(), 0);
        }
    }

    /** A parameter's Adam state on its first step, as PyTorch's {@code _init_group} makes it. */
    private static void initAdam(PyDict s, Tensor p, boolean amsgrad) {
        s.put("step", Tensor.ofValue(0, DType.FLOAT32));
        s.put("exp_avg", Creation.zerosLike(p));
        s.put("exp_avg_sq", Creation.zerosLike(p));
        if (amsgrad) s.put("max_exp_avg_sq", Creation.zerosLike(p));
    }

    private static Adam readAdam(PyDict group) {
        Object[] betas = Convert.items(required(group, "betas"));
        return new Adam(number(group, "lr"), number(betas[0]), number(betas[1]), number(group, "eps"), number(group, "weight_decay"),
                flag(group, "amsgrad"), flag(group, "maximize"), flag(group, "decoupled_weight_decay"));
    }

    /**
     * An optimizer's settings as {@code read} reads them from its param group, kept with the group until an entry
     * changes (a scheduler's new lr, say): PyTorch reads them on every step, and reading them again would give
     * the same. Not kept when a setting could change in place (a tensor lr, a list of betas).
     */
    @SuppressWarnings("unchecked")
    private static <T> T settings(PyDict group, Reader<T> read) {
        T settings = (T) kept(group, read);
        if (settings != null) return settings;
        settings = read.read(group);
        boolean fixed = true;
        for (Object[] e : group.entries()) fixed &= "params".equals(e[0]) || immutable(e[1]);
        if (fixed) group.keep(new Kept(read, settings));
        return settings;
    }

    /** The state tensors of Adam (amsgrad adds one) and Adagrad: "step" first, then as their updates take them. */
    private static final String[] ADAM_STATE = {"step", "exp_avg", "exp_avg_sq"};
    private static final String[] AMSGRAD_STATE = {"step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"};
    private static final String[] ADAGRAD_STATE = {"step", "sum"};

    /**
     * A parameter's state tensors under {@code keys}, one of the arrays above, read from its state dict and kept with
     * it until an entry changes: every step needs them, and a step changes them only in place.
     */
    private static Tensor[] stateTensors(PyDict s, String[] keys) {
        Tensor[] tensors = (Tensor[]) kept(s, keys);
        if (tensors != null) return tensors;
        tensors = new Tensor[keys.length];
        tensors[0] = stepTensor(s);
        for (int i = 1; i < keys.length; i++) tensors[i] = tensor(s, keys[i]);
        s.keep(new Kept(keys, tensors));
        return tensors;
    }

    /** What a step derived from a dict, with what it was derived by (a reader, an array of keys). */
    private static final class Kept {
        final Object by;
        final Object value;

        Kept(Object by, Object value) {
            this.by = by;
            this.value = value;
        }
    }

    /** The value kept with {@code dict} by {@code by}, or null: none, another one's, or an entry changed since. */
    private static Object kept(PyDict dict, Object by) {
        Object k = dict.derived();
        return k instanceof Kept && ((Kept) k).by == by ? ((Kept) k).value : null;
    }

    private static boolean immutable(Object v) {
        if (v instanceof PyTuple) {
            for (Object o : ((PyTuple) v).items) if (!immutable(o)) return false;
            return true;
        }
        return v instanceof Double || v instanceof Long || v instanceof Boolean || v instanceof String || v == Py.NONE;
    }

    /** An optimizer's settings from a param group's hyperparameters. */
    private interface Reader<T> {
        T read(PyDict group);
    }

    private interface GroupStep<T> {
        void run(T settings, PyDict group, PyDict state);
    }

    /**
     * An optimizer's {@code step(closure=None)}: the loss of the closure, when given, evaluated with grad enabled; then
     * {@code step} on each of {@code self.param_groups} with the settings {@code read} from it and {@code self.state},
     * the state keyed by parameter. Returns the closure's loss, or None.
     */
    private static <T> Method step(Reader<T> read, GroupStep<T> step) {
        Args.Signature signature = new Args.Signature("step", "closure");
        return (self, args, kw) -> {
            Object closure = signature.bind(args, kw).getOrNone("closure", null);
            Interpreter in = Interpreter.current();
            Object loss = Py.NONE;
            if (closure != null) {
                boolean previous = GradMode.set(true);
                try {
                    loss = in.call(closure);
                } finally {
                    GradMode.set(previous);
                }
            }
            Object state = in.getAttr(self, "state");
            if (!(state instanceof PyDict)) throw PyError.type("the optimizer's state must be a dict, not " + typeName(state));
            for (Object g : groups(in, self)) {
                PyDict group = group(g);
                step.run(settings(group, read), group, (PyDict) state);
            }
            return loss;
        };
    }

    /** The optimizer's {@code self.param_groups}, in order. */
    private static Object[] groups(Interpreter in, Object optimizer) {
        return in.toArray(in.getAttr(optimizer, "param_groups"));
    }

    private static PyDict group(Object g) {
        if (!(g instanceof PyDict)) throw PyError.type("param_group must be a dict, but got " + typeName(g));
        return (PyDict) g;
    }

    private static Tensor[] params(PyDict group) {
        Object[] items = Convert.items(required(group, "params"));
        Tensor[] r = new Tensor[items.length];
        for (int i = 0; i < r.length; i++) r[i] = Convert.tensorArg(items[i], "step", "params");
        return r;
    }

    /** The parameter's state, made empty on its first step. */
    private static PyDict stateOf(PyDict state, Tensor p) {
        Object s = state.get(p);
        if (s == null) {
            s = new PyDict();
            state.put(p, s);
        }
        return (PyDict) s;
    }

    /** The parameter's step: a one-element float32 tensor, as PyTorch keeps it ({@code tensor(1.)} after the first step). */
    private static Tensor stepTensor(PyDict s) {
        Object o = required(s, "step");
        if (!(o instanceof Tensor) || ((Tensor) o).numel() != 1) {
            throw PyError.runtime("API has changed, `state_steps` argument must contain a list of singleton tensors");
        }
        return (Tensor) o;
    }

    /** PyTorch's {@code step_t += 1}; the new count, as {@code step_t.item()} reads it. */
    private static double nextStep(Tensor step) {
        step.addInPlaceUnchecked(1); // an in-place add: the version is bumped
        return step.item();
    }

    private static Tensor tensor(PyDict s, String key) {
        return Convert.tensorArg(required(s, key), "step", key);
    }

    private static Object required(PyDict d, String key) {
        Object v = d.get(key);
        if (v == null) throw new PyError("KeyError", Py.reprString(key));
        return v;
    }

    private static double number(PyDict group, String key) { return number(required(group, key)); }

    /** A hyperparameter: a Python number, or a one-element tensor as PyTorch also takes. */
    private static double number(Object o) {
        if (o instanceof Double) return (Double) o;
        if (o instanceof Long) return (Long) o;
        if (o instanceof Boolean) return (Boolean) o ? 1 : 0;
        if (o instanceof Tensor) return ((Tensor) o).item();
        throw PyError.type("must be real number, not " + typeName(o));
    }

    private static boolean flag(PyDict group, String key) { return truth(required(group, key)); }

    private static boolean truth(Object o) { return o instanceof Boolean ? (Boolean) o : Interpreter.current().truth(o); }

    private static String typeName(Object o) { return Interpreter.current().typeName(o); }
}
