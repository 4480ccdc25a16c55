package slope.torch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import slope.lang.Args;
import slope.lang.ForeignType;
import slope.lang.Method;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Arithmetic;
import slope.ops.Compare;
import slope.ops.CpuGenerator;
import slope.ops.InPlace;
import slope.ops.LinearAlgebra;
import slope.ops.Pointwise;
import slope.ops.Promotion;
import slope.ops.Reductions;
import slope.ops.Sampling;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * The tensor ops as Python sees them, once each: every entry is a method ({@code x.exp()}) and,
 * where PyTorch has one, a function of the torch module ({@code torch.exp(x)}).
 */
final class TensorMethods {
    private TensorMethods() {}

    /** An op taking the tensor and its parsed arguments. */
    interface Op {
        Object apply(Tensor self, Args a);
    }

    private static final class Entry {
        final String name;
        final boolean function;
        final String[] spec;
        final Args.Signature signature;
        final Op op;

        Entry(String name, boolean function, String[] spec, Op op) {
            this.name = name;
            this.function = function;
            this.spec = spec;
            this.signature = new Args.Signature(name, spec);
            this.op = op;
        }

        Object call(Object self, Object[] args, Map<String, Object> kwargs) {
            Tensor t = Convert.tensorArg(self, name, "input");
            return op.apply(t, signature.bind(args, kwargs));
        }
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    /** A method that is also a torch function. */
    static void both(String name, Op op, String... spec) { ENTRIES.add(new Entry(name, true, spec, op)); }

    /** A method only. */
    static void method(String name, Op op, String... spec) { ENTRIES.add(new Entry(name, false, spec, op)); }

    /** Another name for an entry already added (PyTorch's aliases: torch.multiply is torch.mul), as method and function alike. */
    static void alias(String alias, String name) {
        Entry e = entry(name);
        ENTRIES.add(new Entry(alias, e.function, e.spec, e.op));
    }

    /** The entry added under {@code name}. */
    private static Entry entry(String name) {
        for (int i = 0; i < ENTRIES.size(); i++) {
            if (ENTRIES.get(i).name.equals(name)) return ENTRIES.get(i);
        }
        throw new IllegalStateException("no tensor method " + name);
    }

    /** An elementwise comparison or logical op with the tensor or number {@code other}: a bool tensor. */
    static Op compare(Kernels.BinaryOp op) {
        return (t, a) -> Compare.compare(op, t, other(a, "other"));
    }

    static Tensor other(Args a, String name) {
        return Convert.tensorArg(a.get(name), "op", name);
    }

    private static Integer optDim(Args a) {
        Object d = a.getOrNone("dim", Py.NONE);
        return d == Py.NONE ? null : (int) Py.index(d);
    }

    /** A norm's order: a number, inf, or 'fro' (the 2-norm of the elements, which is what it is for vectors). */
    static double ord(Args a, String name, Object dflt) {
        Object p = a.getOrNone(name, dflt);
        if (p == Py.NONE || "fro".equals(p)) return 2;
        if (p instanceof String) throw new slope.run.PyError("NotImplementedError", "norm with p='" + p + "' is not supported");
        return a.getDouble(name);
    }

    static int[] dims(Args a) {
        Object d = a.getOrNone("dim", Py.NONE);
        if (d == Py.NONE) return null;
        if (d instanceof PyTuple || d instanceof slope.lang.PyList) return Convert.shape(new Object[] {d});
        return new int[] {(int) Py.index(d)};
    }

    /** Varargs or one sequence: {@code x.reshape(2, 3)} and {@code x.reshape((2, 3))}. */
    static int[] shapeArg(Args a, String name) {
        return Convert.shape(((PyTuple) a.get(name)).items);
    }

    private static Object maxMin(Tensor t, Args a, boolean max) {
        Object d = a.getOrNone("dim", Py.NONE);
        if (d == Py.NONE) return Reductions.extreme(t, max);
        if (d instanceof Tensor) return Pointwise.maximum(t, (Tensor) d);
        Tensor[] r = Reductions.extreme(t, (int) Py.index(d), a.getBool("keepdim", false), max);
        return ReturnTypes.of(max ? "max" : "min", r[0], r[1]);
    }

    static {
        both("add", (t, a) -> addScaled(t, other(a, "other"), a.getDouble("alpha", 1)), "other", "*", "alpha");
        both("sub", (t, a) -> Arithmetic.sub(t, other(a, "other").mul(a.getDouble("alpha", 1))), "other", "*", "alpha");
        both("mul", (t, a) -> Arithmetic.mul(t, other(a, "other")), "other");
        both("div", (t, a) -> Arithmetic.div(t, other(a, "other")), "other");
        both("true_divide", (t, a) -> Arithmetic.div(t, other(a, "other")), "other");
        both("pow", (t, a) -> Arithmetic.pow(t, other(a, "exponent")), "exponent");
        both("neg", (t, a) -> t.neg());
        both("reciprocal", (t, a) -> t.reciprocal());
        both("square", (t, a) -> t.pow(2));
        both("abs", (t, a) -> t.abs());
        both("exp", (t, a) -> t.exp());
        both("log", (t, a) -> t.log());
        both("log1p", (t, a) -> Pointwise.log1p(t));
        both("log10", (t, a) -> Pointwise.log10(t));
        both("log2", (t, a) -> Pointwise.log2(t));
        both("erf", (t, a) -> Pointwise.erf(t));
        both("sqrt", (t, a) -> t.sqrt());
        both("sin", (t, a) -> t.sin());
        both("cos", (t, a) -> t.cos());
        both("tan", (t, a) -> t.tan());
        both("tanh", (t, a) -> t.tanh());
        both("sigmoid", (t, a) -> t.sigmoid());
        both("relu", (t, a) -> t.relu());
        both("hardshrink", (t, a) -> slope.ops.Activations.hardshrink(t, a.getDouble("lambd", 0.5)), "lambd");
        both("sign", (t, a) -> t.sign());
        both("floor", (t, a) -> Pointwise.rounding(Kernels.UnaryOp.FLOOR, "FloorBackward0", t));
        both("ceil", (t, a) -> Pointwise.rounding(Kernels.UnaryOp.CEIL, "CeilBackward0", t));
        both("round", (t, a) -> Pointwise.rounding(Kernels.UnaryOp.ROUND, "RoundBackward0", t));
        both("trunc", (t, a) -> Pointwise.rounding(Kernels.UnaryOp.TRUNC, "TruncBackward0", t));
        both("fix", (t, a) -> Pointwise.rounding(Kernels.UnaryOp.TRUNC, "TruncBackward0", t));
        Op clamp = (t, a) -> Pointwise.clamp(t, bound(a.getOrNone("min", Py.NONE)), bound(a.getOrNone("max", Py.NONE)));
        both("clamp", clamp, "min", "max");
        both("clip", clamp, "min", "max");
        method("inverse", (t, a) -> slope.ops.LinearSystems.inv(t));
        method("det", (t, a) -> slope.ops.LinearSystems.det(t));
        both("clamp_min", (t, a) -> Pointwise.clamp(t, a.getDouble("min"), null, "ClampMinBackward0"), "min");
        both("clamp_max", (t, a) -> Pointwise.clamp(t, null, a.getDouble("max"), "ClampMaxBackward0"), "max");
        both("maximum", (t, a) -> Pointwise.maximum(t, other(a, "other")), "other");
        both("minimum", (t, a) -> Pointwise.minimum(t, other(a, "other")), "other");
        both("sum", (t, a) -> a.getOrNone("dim", Py.NONE) == Py.NONE ? t.sum()
                : Reductions.sum(t, dims(a), a.getBool("keepdim", false)), "dim", "keepdim");
        both("mean", (t, a) -> a.getOrNone("dim", Py.NONE) == Py.NONE ? t.mean()
                : Reductions.mean(t, dims(a), a.getBool("keepdim", false)), "dim", "keepdim");
        both("max", (t, a) -> maxMin(t, a, true), "dim", "keepdim");
        both("min", (t, a) -> maxMin(t, a, false), "dim", "keepdim");
        both("prod", (t, a) -> Reductions.prod(t, optDim(a), a.getBool("keepdim", false)), "dim", "keepdim");
        both("argmax", (t, a) -> Reductions.argExtreme(t, optDim(a), a.getBool("keepdim", false), true), "dim", "keepdim");
        both("argmin", (t, a) -> Reductions.argExtreme(t, optDim(a), a.getBool("keepdim", false), false), "dim", "keepdim");
        both("softmax", (t, a) -> Reductions.softmax(t, (int) a.getInt("dim")), "dim");
        both("log_softmax", (t, a) -> Reductions.logSoftmax(t, (int) a.getInt("dim")), "dim");
        both("var", (t, a) -> slope.ops.Statistics.var(t, dims(a), correction(a), a.getBool("keepdim", false)),
                "dim", "unbiased", "keepdim", "*", "correction");
        both("std", (t, a) -> slope.ops.Statistics.std(t, dims(a), correction(a), a.getBool("keepdim", false)),
                "dim", "unbiased", "keepdim", "*", "correction");
        both("norm", (t, a) -> slope.ops.Statistics.vectorNorm(t, ord(a, "p", "fro"), dims(a), a.getBool("keepdim", false)),
                "p", "dim", "keepdim", "dtype");
        both("matmul", (t, a) -> LinearAlgebra.matmul(t, other(a, "other")), "other");
        both("mm", (t, a) -> LinearAlgebra.mm(t, other(a, "mat2")), "mat2");
        both("mv", (t, a) -> LinearAlgebra.mv(t, other(a, "vec")), "vec");
        both("dot", (t, a) -> LinearAlgebra.dot(t, other(a, "other")), "other");
        both("bmm", (t, a) -> LinearAlgebra.bmm(t, other(a, "mat2")), "mat2");
        both("reshape", (t, a) -> Views.reshape(t, shapeArg(a, "shape")), "*shape");
        method("view", (t, a) -> Views.view(t, shapeArg(a, "size")), "*size"); // ATen names it size, reshape shape
        both("transpose", (t, a) -> t.transpose((int) a.getInt("dim0"), (int) a.getInt("dim1")), "dim0", "dim1");
        both("t", (t, a) -> Views.t(t));
        both("permute", (t, a) -> Views.permute(t, shapeArg(a, "dims")), "*dims");
        both("unsqueeze", (t, a) -> Views.unsqueeze(t, (int) a.getInt("dim")), "dim");
        both("select", (t, a) -> Views.select(t, Shape.wrapDim((int) a.getInt("dim"), t.dim()), a.getInt("index")),
                "dim", "index");
        both("squeeze", (t, a) -> Views.squeeze(t, optDim(a)), "dim");
        method("expand", (t, a) -> t.expand(shapeArg(a, "size")), "*size");
        method("expand_as", (t, a) -> t.expand(other(a, "other").shape), "other");
        method("view_as", (t, a) -> Views.view(t, other(a, "other").shape), "other");
        method("reshape_as", (t, a) -> Views.reshape(t, other(a, "other").shape), "other");
        both("flatten", (t, a) -> Views.flatten(t, (int) a.getInt("start_dim", 0), (int) a.getInt("end_dim", -1)),
                "start_dim", "end_dim");
        both("clone", (t, a) -> Views.clone(t));
        method("contiguous", (t, a) -> t.isContiguous() ? t : Views.clone(t));
        both("detach", (t, a) -> t.detach());
        method("item", (t, a) -> Convert.scalar(t.item(), t.dtype));
        method("tolist", (t, a) -> Convert.toList(t));
        both("numel", (t, a) -> (long) t.numel());
        method("nelement", (t, a) -> (long) t.numel());
        method("dim", (t, a) -> (long) t.dim());
        method("size", (t, a) -> a.getOrNone("dim", Py.NONE) == Py.NONE ? new TorchSize(t.shape)
                : (Object) (long) t.size((int) a.getInt("dim")), "dim");
        method("backward", (t, a) -> {
            Object g = a.getOrNone("gradient", Py.NONE);
            t.backward(g == Py.NONE ? null : Convert.tensorArg(g, "backward", "gradient"),
                    a.getBool("retain_graph", a.getBool("create_graph", false)), a.getBool("create_graph", false));
            return Py.NONE;
        }, "gradient", "retain_graph", "create_graph");
        // derivatives.yaml's entries for the in-place fills: zero_ is ZeroBackward0, fill_.Scalar the third FillBackward
        method("zero_", (t, a) -> InPlace.fill(t, 0, "ZeroBackward0"));
        method("fill_", (t, a) -> InPlace.fill(t, a.getDouble("value"), "FillBackward2"), "value");
        method("copy_", (t, a) -> InPlace.copy(t, other(a, "src")), "src");
        method("add_", (t, a) -> InPlace.addScaled(t, other(a, "other"), a.getDouble("alpha", 1)), "other", "*", "alpha");
        method("sub_", (t, a) -> InPlace.addScaled(t, other(a, "other"), -a.getDouble("alpha", 1)), "other", "*", "alpha");
        method("mul_", (t, a) -> InPlace.apply(t, Kernels.BinaryOp.MUL, other(a, "other")), "other");
        // The optimizers' updates, rounded as ATen's CPU kernels round them: addcmul and lerp fuse their last multiply-add.
        // slope.optim.Fused rounds the same way element by element (OptimizersTest holds the two together).
        method("addcmul_", (t, a) -> {
            Tensor t1 = other(a, "tensor1"), t2 = other(a, "tensor2");
            double v = a.getDouble("value", 1);
            if (inGraph(t, t1, t2)) return InPlace.apply(t, Kernels.BinaryOp.ADD, t1.mul(v).mul(t2));
            return InPlace.copy(t, fusedAddcmul(t, t1, t2, v));
        }, "tensor1", "tensor2", "*", "value");
        method("addcdiv_", (t, a) -> InPlace.apply(t, Kernels.BinaryOp.ADD,
                other(a, "tensor1").mul(a.getDouble("value", 1)).div(other(a, "tensor2"))), "tensor1", "tensor2", "*", "value");
        method("lerp_", (t, a) -> {
            double w = a.getDouble("weight");
            Tensor end = other(a, "end");
            // ATen's vectorized lerp: fma(w, end - self, self), or fma(w - 1, end - self, end) for large weights.
            boolean small = Math.abs(w) < 0.5;
            Tensor coeff = Tensor.wrap(t.dtype.round(small ? w : w - 1), DType.FLOAT64);
            Tensor exact = Kernels.binary(Kernels.BinaryOp.MUL, end.sub(t), coeff, DType.FLOAT64, DType.FLOAT64);
            return InPlace.copy(t, Kernels.binary(Kernels.BinaryOp.ADD, small ? t : end, exact, DType.FLOAT64, t.dtype));
        }, "end", "weight");
        method("addcmul", (t, a) -> {
            Tensor t1 = other(a, "tensor1"), t2 = other(a, "tensor2");
            double v = a.getDouble("value", 1);
            return inGraph(t, t1, t2) ? t.add(t1.mul(v).mul(t2)) : fusedAddcmul(t, t1, t2, v);
        }, "tensor1", "tensor2", "*", "value");
        // the random fills draw as ATen's kernels do (ops.Sampling), from generator= or the default generator
        method("uniform_", (t, a) -> InPlace.copy(t, Sampling.uniform(t.shape.clone(), t.dtype, a.getDouble("from", 0),
                a.getDouble("to", 1), RandomFunctions.generator(a))), "from", "to", "*", "generator");
        method("normal_", (t, a) -> InPlace.copy(t, Sampling.normal(t.shape.clone(), t.dtype, a.getDouble("mean", 0),
                a.getDouble("std", 1), RandomFunctions.generator(a), t.isContiguous())), "mean", "std", "*", "generator");
        method("random_", (t, a) -> {
            CpuGenerator g = RandomFunctions.generator(a);
            if (a.getOrNone("to", Py.NONE) != Py.NONE) {
                return InPlace.copy(t, Sampling.randint(a.getInt("from"), a.getInt("to"), t.shape.clone(), t.dtype, g));
            }
            if (a.has("from")) return InPlace.copy(t, Sampling.randint(0, a.getInt("from"), t.shape.clone(), t.dtype, g));
            if (t.dtype != DType.INT64) throw PyError.runtime("Slope's random_() without bounds takes an int64 tensor");
            double[] d = new double[t.numel()];
            for (int i = 0; i < d.length; i++) d[i] = Sampling.random63(g);
            return InPlace.copy(t, new Tensor(d, t.shape.clone(), DType.INT64));
        }, "from", "to", "*", "generator");
        method("bernoulli_", (t, a) -> InPlace.copy(t, Sampling.bernoulli(t.shape.clone(), t.dtype, a.getDouble("p", 0.5),
                RandomFunctions.generator(a))), "p", "*", "generator");
        method("exponential_", (t, a) -> InPlace.copy(t, Sampling.exponential(t.shape.clone(), t.dtype, a.getDouble("lambd", 1),
                RandomFunctions.generator(a))), "lambd", "*", "generator");
        method("bernoulli", (t, a) -> Sampling.bernoulli(t, RandomFunctions.generator(a)), "*", "generator");
        method("multinomial", (t, a) -> RandomFunctions.multinomial(t, a), "num_samples", "replacement", "*", "generator");
        method("div_", (t, a) -> InPlace.apply(t, Kernels.BinaryOp.DIV, other(a, "other")), "other");
        method("requires_grad_", (t, a) -> t.requiresGrad(a.getBool("requires_grad", true)), "requires_grad");
        both("is_floating_point", (t, a) -> t.dtype.floating);
        method("retain_grad", (t, a) -> {
            t.retainGrad();
            return Py.NONE;
        });
        method("register_hook", (t, a) -> AutogradHooks.register(t, a.get("hook")), "hook");
        method("register_post_accumulate_grad_hook", (t, a) -> AutogradHooks.registerPostAccumulate(t, a.get("hook")),
                "hook");
        method("float", (t, a) -> TensorType.cast(t, DType.FLOAT32));
        method("double", (t, a) -> TensorType.cast(t, DType.FLOAT64));
        method("long", (t, a) -> TensorType.cast(t, DType.INT64));
        method("int", (t, a) -> TensorType.cast(t, DType.INT32));
        method("bool", (t, a) -> TensorType.cast(t, DType.BOOL));
        method("to", (t, a) -> {
            Object d = a.getOrNone("dtype", Py.NONE);
            return d instanceof DType ? TensorType.cast(t, (DType) d) : t;
        }, "dtype");
        method("type", (t, a) -> a.getOrNone("dtype", Py.NONE) == Py.NONE ? t.dtype.tensorType
                : TensorType.cast(t, Convert.dtype(a.get("dtype"))), "dtype");
        method("numpy", (t, a) -> {
            if (t.requiresGrad()) {
                throw PyError.runtime("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
            }
            return slope.numpy.NdArray.of(t.detach()); // shares the storage, as PyTorch's does
        });
        both("eq", compare(Kernels.BinaryOp.EQ), "other");
        both("ne", compare(Kernels.BinaryOp.NE), "other");
        both("gt", compare(Kernels.BinaryOp.GT), "other");
        both("ge", compare(Kernels.BinaryOp.GE), "other");
        both("lt", compare(Kernels.BinaryOp.LT), "other");
        both("le", compare(Kernels.BinaryOp.LE), "other");
        both("logical_not", (t, a) -> Compare.logicalNot(t));
        both("any", (t, a) -> Compare.compare(Kernels.BinaryOp.NE, t.to(DType.FLOAT64).abs().sum(), zero()));
        both("all", (t, a) -> Compare.compare(Kernels.BinaryOp.EQ,
                Compare.compare(Kernels.BinaryOp.EQ, t, zero()).to(DType.INT64).sum(), zero()));
        both("isnan", (t, a) -> Compare.isnan(t));
        both("isclose", TensorMethods::isclose, "other", "rtol", "atol", "equal_nan");
        both("equal", (t, a) -> Compare.equal(t, other(a, "other")), "other");
        both("allclose", (t, a) -> {
            for (double v : isclose(t, a).values()) if (v == 0) return false;
            return true;
        }, "other", "rtol", "atol", "equal_nan");
        RearrangeMethods.register();
        StatisticsMethods.register();
        MathMethods.register();
        ShapeMethods.register();
        for (String name : new String[] {"relu", "sigmoid", "tanh", "exp", "log", "log1p", "log10", "log2", "sqrt", "rsqrt",
                "sin", "cos", "tan", "erf", "neg", "abs", "sign", "reciprocal", "square", "pow", "floor", "ceil", "round",
                "trunc", "clamp", "clip", "clamp_min", "clamp_max", "masked_fill", "fmod", "remainder", "floor_divide"}) {
            inPlaceForm(name);
        }
    }

    /** {@code name_}, the in-place form of op {@code name}: its result written into the tensor, its grad_fn the tensor's. */
    private static void inPlaceForm(String name) {
        Entry e = entry(name);
        method(name + "_", (t, a) -> InPlace.rebase(t, x -> (Tensor) e.op.apply(x, a)), e.spec);
    }

    private static Tensor isclose(Tensor t, Args a) {
        return Compare.isclose(t, other(a, "other"), a.getDouble("rtol", 1e-5), a.getDouble("atol", 1e-8),
                a.getBool("equal_nan", false));
    }

    /** {@code t.add(other, alpha=a)}: outside the graph with one fused multiply-add, as ATen's add kernel. */
    private static Tensor addScaled(Tensor t, Tensor other, double alpha) {
        if (alpha == 1) return Arithmetic.add(t, other);
        boolean graph = slope.autograd.GradMode.isEnabled() && (t.requiresGrad() || other.requiresGrad());
        if (graph || !t.dtype.floating || t.dtype != Promotion.result(t, other)
                || !java.util.Arrays.equals(t.shape, slope.tensor.Shape.broadcast(t.shape, other.shape))) {
            return Arithmetic.add(t, other.mul(alpha));
        }
        return InPlace.addScaled(new Tensor(t.values().clone(), t.shape, t.dtype), other, alpha);
    }

    private static boolean inGraph(Tensor... ts) {
        if (!slope.autograd.GradMode.isEnabled()) return false;
        for (Tensor t : ts) if (t.requiresGrad()) return true;
        return false;
    }

    /**
     * {@code t + (value * t1) * t2} with the last multiply and the add fused, as ATen's addcmul
     * kernel is compiled: the float32 product is exact in double, so one rounding remains.
     */
    private static Tensor fusedAddcmul(Tensor t, Tensor t1, Tensor t2, double value) {
        Tensor scaled = t1.mul(value);
        Tensor exact = Kernels.binary(Kernels.BinaryOp.MUL, scaled, t2, DType.FLOAT64, DType.FLOAT64);
        return Kernels.binary(Kernels.BinaryOp.ADD, t, exact, DType.FLOAT64, Promotion.result(t, scaled));
    }

    private static Tensor zero() { return Tensor.wrap(0, DType.INT64); }

    private static Double bound(Object o) {
        if (o == Py.NONE) return null;
        if (o instanceof Tensor) return ((Tensor) o).item();
        return o instanceof Long ? (double) (Long) o : (Double) o;
    }

    static int correction(Args a) {
        Object c = a.getOrNone("correction", Py.NONE);
        if (c != Py.NONE) return (int) Py.index(c);
        Object u = a.getOrNone("unbiased", Py.NONE);
        return u == Py.NONE || Boolean.TRUE.equals(u) ? 1 : 0;
    }

    static void install(ForeignType type) {
        for (Entry e : ENTRIES) type.method(e.name, (Method) e::call);
    }

    /** Adds the function form ({@code torch.exp(x)}) of every op that has one. */
    static void installFunctions(PyModule torch) {
        for (Entry e : ENTRIES) {
            if (e.function) torch.def(e.name, (args, kwargs) -> callFunction(e, args, kwargs));
        }
    }

    /** {@code torch.name(input, ...)}: the input positional or by keyword, and {@code out=} written into. */
    private static Object callFunction(Entry e, Object[] args, Map<String, Object> kwargs) {
        Object out = kwargs == null ? null : kwargs.get("out");
        boolean keywordInput = args.length == 0;
        if (out != null || keywordInput) {
            kwargs = kwargs == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(kwargs);
            kwargs.remove("out");
        }
        Object input;
        if (keywordInput) {
            input = kwargs.remove("input");
            if (input == null) throw PyError.type(e.name + "() missing 1 required positional arguments: \"input\"");
        } else {
            input = args[0];
            args = Py.copyOfRange(args, 1, args.length);
        }
        Object r = e.call(input, args, kwargs);
        if (out == null || out == Py.NONE) return r;
        if (!(r instanceof Tensor)) throw PyError.type(e.name + "() takes no out= argument in Slope");
        return InPlace.out(e.name, Convert.tensorArg(out, e.name, "out"), (Tensor) r);
    }
}
