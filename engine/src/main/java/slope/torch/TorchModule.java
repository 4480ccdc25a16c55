package slope.torch;

import java.util.ArrayList;
import java.util.List;
import slope.autograd.Autograd;
import slope.autograd.GradMode;
import slope.autograd.Node;
import slope.format.PrintOptions;
import slope.lang.Args;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyDict;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Creation;
import slope.ops.Joins;
import slope.ops.LinearSystems;
import slope.ops.Pointwise;
import slope.ops.CpuGenerator;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;

/** The {@code torch} and {@code torch.autograd} modules, and their registration with an interpreter. */
public final class TorchModule {
    private TorchModule() {}

    /** {@code torch.linalg}: norms, and inv, det, solve, cholesky and lstsq of one matrix. */
    private static PyModule linalg() {
        PyModule m = new PyModule("torch.linalg");
        m.def("inv", (args, kw) -> LinearSystems.inv(Convert.tensorArg(Args.parse("inv", args, kw, "A").get("A"), "inv", "A")));
        m.def("det", (args, kw) -> LinearSystems.det(Convert.tensorArg(Args.parse("det", args, kw, "A").get("A"), "det", "A")));
        m.def("solve", (args, kw) -> {
            Args a = Args.parse("solve", args, kw, "A", "B", "*", "left");
            return LinearSystems.solve(Convert.tensorArg(a.get("A"), "solve", "A"), Convert.tensorArg(a.get("B"), "solve", "B"));
        });
        m.def("cholesky", (args, kw) -> {
            Args a = Args.parse("cholesky", args, kw, "A", "*", "upper");
            return LinearSystems.cholesky(Convert.tensorArg(a.get("A"), "cholesky", "A"), a.getBool("upper", false));
        });
        m.def("lstsq", (args, kw) -> {
            Args a = Args.parse("lstsq", args, kw, "A", "B", "rcond", "*", "driver");
            Object driver = a.getOrNone("driver", Py.NONE);
            if (driver != Py.NONE && !"gelsy".equals(driver)) {
                throw new PyError("NotImplementedError", "Slope's linalg.lstsq has the CPU default driver 'gelsy' only");
            }
            Tensor x = LinearSystems.lstsq(Convert.tensorArg(a.get("A"), "lstsq", "A"), Convert.tensorArg(a.get("B"), "lstsq", "B"));
            // gelsy reports the rank (full, or lstsq raised), no residuals and no singular values
            Tensor none = new Tensor(new double[0], new int[] {0}, x.dtype);
            Tensor rank = Tensor.scalar(((Tensor) a.get("A")).shape[1], DType.INT64);
            return ReturnTypes.named("linalg_lstsq", new String[] {"solution", "residuals", "rank", "singular_values"}, x, none, rank, none);
        });
        m.def("vector_norm", (args, kw) -> {
            Args a = Args.parse("vector_norm", args, kw, "x", "ord", "dim", "keepdim", "*", "dtype");
            return slope.ops.Statistics.vectorNorm(Convert.tensorArg(a.get("x"), "vector_norm", "x"), TensorMethods.ord(a, "ord", 2.0),
                    TensorMethods.dims(a), a.getBool("keepdim", false));
        });
        m.def("norm", (args, kw) -> {
            Args a = Args.parse("norm", args, kw, "A", "ord", "dim", "keepdim", "*", "dtype");
            Tensor x = Convert.tensorArg(a.get("A"), "norm", "A");
            Object ord = a.getOrNone("ord", Py.NONE);
            int[] dims = TensorMethods.dims(a);
            if (ord != Py.NONE && !"fro".equals(ord) && (x.dim() == 2 || (dims != null && dims.length == 2))) {
                throw new PyError("NotImplementedError", "matrix norms other than 'fro' are not supported");
            }
            return slope.ops.Statistics.vectorNorm(x, TensorMethods.ord(a, "ord", Py.NONE), dims, a.getBool("keepdim", false));
        });
        return m;
    }

    /** Makes {@code import torch} work in {@code py}. */
    public static void install(Interpreter py) {
        py.registerType(Tensor.class, TensorType.TYPE);
        py.registerType(Node.class, AutogradTypes.NODE);
        py.registerType(DType.class, AutogradTypes.DTYPE);
        py.registerType(CpuGenerator.class, RandomFunctions.GENERATOR);
        py.addModule(torch());
        py.addModule(autograd());
        py.registerType(Parameter.class, Parameter.TYPE);
        py.addModule(NnFunctions.create());
        PyModule linalg = linalg();
        linalg.set("LinAlgError", py.errorClass("_LinAlgError", "torch._C", "RuntimeError")); // PyTorch's class is torch._C._LinAlgError
        py.addModule(linalg);
        py.addModule(OptimFunctions.create());
        py.addModule(new PyModule("torch.utils"));
        py.addPythonModule("torch.optim", OptimSource.OPTIM);
        py.addPythonModule("torch.optim.lr_scheduler", OptimSource.LR_SCHEDULER);
        py.addPythonModule("torch.nn", String.join("\n", NnSource.NN, NnContainersSource.CONTAINERS)); // joined at run time: one constant would pass 64 KB
        py.addPythonModule("torch.nn.init", NnSource.INIT);
        py.addPythonModule("torch.nn.functional", NnSource.FUNCTIONAL);
        py.addPythonModule("torch.nn.utils", NnSource.UTILS);
        py.addPythonModule("torch.utils.data", DataSource.DATA);
        for (String[] d : DeviceSource.MODULES) py.addPythonModule(d[0], d[1]);
        py.addPythonModule("torch.autograd.function", FunctionSource.FUNCTION);
        py.addPythonModule("torch.autograd.grad_mode", GradModeSource.GRAD_MODE);
        py.addPythonModule("torch.serialization", SerializationSource.SERIALIZATION);
        py.addPythonModule("torch.autograd.functional", FunctionalSource.FUNCTIONAL);
        py.addPythonModule("torch.autograd.forward_ad", ForwardAdSource.FORWARD_AD);
        py.addPythonModule("torch.func", FuncSource.FUNC);
        py.addPythonModule("torch.autograd.gradcheck", GradcheckSource.GRADCHECK);
        py.addPythonModule("torch.distributions", DistributionsSource.DISTRIBUTIONS);
        py.addPythonModule("torch.testing", TestingSource.TESTING);
        py.addPythonModule("torch.special", SpecialSource.SPECIAL);
        for (String[] d : DistributionsSource.SUBMODULES) py.addPythonModule(d[0], d[1]);
        // Submodules load on first use (`torch.nn.Linear` after `import torch` alone), as PyTorch's are reachable.
        py.module("torch.cuda");
        py.module("torch").set("device", py.module("torch.cuda").get("device"));
        py.module("torch.autograd").set("Function", py.module("torch.autograd.function").get("Function"));
        // functions of modules written in Python, which load on first use: most programs never call them
        defLater(py, "torch.autograd", "detect_anomaly", "torch.autograd.grad_mode");
        defLater(py, "torch.autograd", "gradcheck", "torch.autograd.gradcheck"); // that module then puts its own here
        defLater(py, "torch.autograd", "gradgradcheck", "torch.autograd.gradcheck");
        defLater(py, "torch", "save", "torch.serialization");
        defLater(py, "torch", "load", "torch.serialization");
        defLater(py, "torch", "vmap", "torch.func");
    }

    /** {@code module.name(...)} calls {@code source.name}, importing source on the first call. */
    private static void defLater(Interpreter py, String module, String name, String source) {
        py.module(module).def(name, (args, kw) -> py.call(py.module(source).get(name), args, kw));
    }

    static DType dtypeOr(Args a, DType dflt) {
        DType d = Convert.dtype(a.getOrNone("dtype", Py.NONE));
        return d == null ? dflt : d;
    }

    static Tensor withGrad(Tensor t, Args a) {
        return a.getBool("requires_grad", false) ? t.requiresGrad(true) : t;
    }

    /** {@code zeros(2, 3)}, {@code ones((2, 3), dtype=..., requires_grad=...)}, ... */
    private static Tensor filled(Object[] args, java.util.Map<String, Object> kwargs, String name, double value) {
        Args a = Args.parse(name, args, kwargs, "*size", "*", "dtype", "requires_grad", "device");
        return withGrad(Creation.full(Convert.shape(((PyTuple) a.get("size")).items), value, dtypeOr(a, DType.FLOAT32)), a);
    }

    private static double number(Object o) {
        if (o instanceof Tensor) return ((Tensor) o).item();
        if (o instanceof Long) return (Long) o;
        if (o instanceof Boolean) return (Boolean) o ? 1 : 0;
        if (o instanceof Double) return (Double) o;
        throw PyError.type("expected a number but got " + Interpreter.current().typeName(o));
    }

    private static boolean isFloat(Object o) {
        return o instanceof Double || (o instanceof Tensor && ((Tensor) o).dtype.floating);
    }

    private static List<Tensor> tensors(Object seq, String fn) {
        List<Tensor> r = new ArrayList<>();
        for (Object o : Convert.items(seq)) r.add(Convert.tensorArg(o, fn, "tensors"));
        return r;
    }

    private static PyModule torch() {
        PyModule m = new PyModule("torch");
        m.set("Tensor", TensorType.TYPE);
        m.set("Size", TorchSize.TYPE);
        m.set("dtype", AutogradTypes.DTYPE);
        m.set("float32", DType.FLOAT32);
        m.set("float", DType.FLOAT32);
        m.set("float64", DType.FLOAT64);
        m.set("double", DType.FLOAT64);
        m.set("int32", DType.INT32);
        m.set("int", DType.INT32);
        m.set("int64", DType.INT64);
        m.set("long", DType.INT64);
        m.set("bool", DType.BOOL);
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        m.set("__version__", "2.11.0 (Slope)");
        TensorMethods.installFunctions(m);
        RandomFunctions.install(m);

        Args.Signature tensorArgs = new Args.Signature("tensor", "data", "*", "dtype", "requires_grad", "device");
        m.def("tensor", (args, kw) -> {
            Args a = tensorArgs.bind(args, kw);
            return withGrad(Convert.fromData(a.get("data"), dtypeOr(a, null)), a);
        });
        m.def("as_tensor", (args, kw) -> {
            Args a = Args.parse("as_tensor", args, kw, "data", "*", "dtype", "device");
            Object d = a.get("data");
            if (d instanceof slope.numpy.NdArray) d = ((slope.numpy.NdArray) d).tensor();
            return d instanceof Tensor && a.getOrNone("dtype", Py.NONE) == Py.NONE ? d : Convert.fromData(d, dtypeOr(a, null));
        });
        m.def("from_numpy", (args, kw) -> {
            Object d = Args.parse("from_numpy", args, kw, "ndarray").get("ndarray");
            if (!(d instanceof slope.numpy.NdArray)) throw PyError.type("expected np.ndarray (got " + Interpreter.current().typeName(d) + ")");
            return ((slope.numpy.NdArray) d).tensor();
        });
        m.def("zeros", (args, kw) -> filled(args, kw, "zeros", 0));
        m.def("empty", (args, kw) -> filled(args, kw, "empty", 0));
        m.def("ones", (args, kw) -> filled(args, kw, "ones", 1));
        m.def("full", (args, kw) -> {
            Args a = Args.parse("full", args, kw, "size", "fill_value", "*", "dtype", "requires_grad", "device");
            Object v = a.get("fill_value");
            DType inferred = v instanceof Boolean ? DType.BOOL : v instanceof Long ? DType.INT64 : DType.FLOAT32;
            return withGrad(Creation.full(Convert.shape(new Object[] {a.get("size")}), number(v), dtypeOr(a, inferred)), a);
        });
        m.def("zeros_like", (args, kw) -> like(args, kw, "zeros_like", 0));
        m.def("ones_like", (args, kw) -> like(args, kw, "ones_like", 1));
        m.def("empty_like", (args, kw) -> like(args, kw, "empty_like", 0)); // PyTorch leaves the values unset
        m.def("full_like", (args, kw) -> {
            Args a = Args.parse("full_like", args, kw, "input", "fill_value", "*", "dtype", "requires_grad");
            Tensor t = Convert.tensorArg(a.get("input"), "full_like", "input");
            return withGrad(Creation.full(t.shape, number(a.get("fill_value")), dtypeOr(a, t.dtype)), a);
        });
        m.def("arange", (args, kw) -> {
            Args a = Args.parse("arange", args, kw, "start", "end", "step", "*", "dtype", "requires_grad", "device");
            Object s = a.get("start"), e = a.getOrNone("end", Py.NONE), st = a.getOrNone("step", Py.NONE);
            Object start = e == Py.NONE ? 0L : s, end = e == Py.NONE ? s : e, step = st == Py.NONE ? 1L : st;
            boolean floating = isFloat(start) || isFloat(end) || isFloat(step);
            DType dt = dtypeOr(a, floating ? DType.FLOAT32 : DType.INT64);
            return withGrad(Creation.arange(number(start), number(end), number(step), dt), a);
        });
        m.def("linspace", (args, kw) -> {
            Args a = Args.parse("linspace", args, kw, "start", "end", "steps", "*", "dtype", "requires_grad", "device");
            return withGrad(Creation.linspace(number(a.get("start")), number(a.get("end")), (int) a.getInt("steps"),
                    dtypeOr(a, DType.FLOAT32)), a);
        });
        m.def("eye", (args, kw) -> {
            Args a = Args.parse("eye", args, kw, "n", "m", "*", "dtype", "requires_grad");
            int n = (int) a.getInt("n");
            Object mm = a.getOrNone("m", Py.NONE);
            return withGrad(Creation.eye(n, mm == Py.NONE ? n : (int) Py.index(mm), dtypeOr(a, DType.FLOAT32)), a);
        });
        m.def("set_printoptions", (args, kw) -> {
            PrintOptions.set(printOptions(PrintOptions.current(), Args.parse("set_printoptions", args, kw,
                    "precision", "threshold", "edgeitems", "linewidth", "profile", "sci_mode")));
            return Py.NONE;
        });
        m.def("get_printoptions", (args, kw) -> {
            Args.check("get_printoptions", args, kw, 0, 0);
            PrintOptions o = PrintOptions.current();
            PyDict d = new PyDict();
            d.put("precision", (long) o.precision());
            double threshold = o.threshold(); // 1000 is an int; the full profile's inf a float
            d.put("threshold", Double.isInfinite(threshold) || threshold != Math.rint(threshold) ? (Object) threshold
                    : (Object) (long) threshold);
            d.put("edgeitems", (long) o.edgeItems());
            d.put("linewidth", (long) o.lineWidth());
            d.put("sci_mode", o.sciMode() == null ? Py.NONE : o.sciMode());
            return d;
        });
        m.def("cat", (args, kw) -> {
            Args a = Args.parse("cat", args, kw, "tensors", "dim");
            return Joins.cat(tensors(a.get("tensors"), "cat"), (int) a.getInt("dim", 0));
        });
        m.set("concat", m.get("cat"));
        m.set("concatenate", m.get("cat"));
        m.def("stack", (args, kw) -> {
            Args a = Args.parse("stack", args, kw, "tensors", "dim");
            return Joins.stack(tensors(a.get("tensors"), "stack"), (int) a.getInt("dim", 0));
        });
        ShapeMethods.installFunctions(m);
        RearrangeMethods.installFunctions(m);
        m.def("einsum", (args, kw) -> {
            Args.check("einsum", args, kw, 1, Integer.MAX_VALUE);
            if (!(args[0] instanceof String)) throw PyError.type("einsum(): argument 'equation' must be str");
            Object[] ops = args.length == 2 && !(args[1] instanceof Tensor) ? Convert.items(args[1])
                    : Py.copyOfRange(args, 1, args.length);
            List<Tensor> operands = new ArrayList<>();
            for (Object o : ops) operands.add(Convert.tensorArg(o, "einsum", "operands"));
            return slope.ops.Einsum.einsum((String) args[0], operands);
        });
        m.def("where", (args, kw) -> {
            Args a = Args.parse("where", args, kw, "condition", "input", "other");
            if (!a.has("input") && !a.has("other")) return RearrangeMethods.nonzeroTuple(Convert.tensorArg(a.get("condition"), "where", "condition"));
            return Pointwise.where(Convert.tensorArg(a.get("condition"), "where", "condition"),
                    Convert.tensorArg(a.get("input"), "where", "input"), Convert.tensorArg(a.get("other"), "where", "other"));
        });
        m.def("meshgrid", (args, kw) -> {
            Args a = Args.parse("meshgrid", args, kw, "*tensors", "*", "indexing");
            Object[] ts = ((PyTuple) a.get("tensors")).items;
            if (ts.length == 1 && !(ts[0] instanceof Tensor)) ts = Convert.items(ts[0]);
            return Grids.meshgrid(ts, a.getString("indexing", "ij"));
        });
        m.def("broadcast_tensors", (args, kw) -> {
            Args a = Args.parse("broadcast_tensors", args, kw, "*tensors");
            List<Tensor> ts = tensors(a.get("tensors"), "broadcast_tensors");
            int[] shape = new int[0];
            for (Tensor t : ts) shape = slope.tensor.Shape.broadcast(shape, t.shape);
            Object[] r = new Object[ts.size()];
            for (int i = 0; i < r.length; i++) r[i] = java.util.Arrays.equals(ts.get(i).shape, shape) ? ts.get(i) : ts.get(i).expand(shape);
            return new PyTuple(r);
        });
        m.def("is_tensor", (args, kw) -> args.length == 1 && args[0] instanceof Tensor);
        m.def("inverse", (args, kw) -> LinearSystems.inv(Convert.tensorArg(Args.parse("inverse", args, kw, "input").get("input"), "inverse", "input")));
        m.def("det", (args, kw) -> LinearSystems.det(Convert.tensorArg(Args.parse("det", args, kw, "input").get("input"), "det", "input")));
        m.def("get_default_dtype", (args, kw) -> {
            Args.check("get_default_dtype", args, kw, 0, 0);
            return DType.FLOAT32; // Slope's floats default to float32, as PyTorch's do unless set_default_dtype changes them
        });
        m.def("finfo", (args, kw) -> {
            Object t = Args.parse("finfo", args, kw, "type").getOrNone("type", Py.NONE);
            return FloatInfo.of(t == Py.NONE ? DType.FLOAT32 : Convert.dtype(t), false);
        });
        m.def("no_grad", (args, kw) -> gradMode(false, args));
        m.def("enable_grad", (args, kw) -> gradMode(true, args));
        m.def("set_grad_enabled", (args, kw) -> {
            Object mode = Args.parse("set_grad_enabled", args, kw, "mode").get("mode");
            boolean enabled = Interpreter.current().truth(mode), previous = GradMode.set(enabled);
            return new AutogradTypes.Setting(AutogradTypes.GRAD_SETTING, () -> GradMode.set(previous), enabled);
        });
        m.def("set_anomaly_enabled", (args, kw) -> {
            Args a = Args.parse("set_anomaly_enabled", args, kw, "enabled", "check_nan");
            GradMode.setAnomaly(Interpreter.current().truth(a.get("enabled")), a.getBool("check_nan", true));
            return Py.NONE;
        });
        m.def("is_anomaly_enabled", (args, kw) -> GradMode.isAnomalyEnabled());
        m.def("is_anomaly_check_nan_enabled", (args, kw) -> GradMode.isAnomalyCheckNanEnabled());
        // inference_mode records nothing, as no_grad (its tensors are not marked as inference tensors)
        m.def("inference_mode", (args, kw) -> {
            Object mode = Args.parse("inference_mode", args, kw, "mode").get("mode", Boolean.TRUE);
            boolean decorator = !(mode instanceof Boolean || mode instanceof Long); // @torch.inference_mode
            if (decorator) return AutogradTypes.decorated(false, mode);
            return new AutogradTypes.GradContext(Interpreter.current().truth(mode) ? Boolean.FALSE : null);
        });
        m.def("is_grad_enabled", (args, kw) -> slope.autograd.GradMode.isEnabled());
        return m;
    }

    private static Tensor like(Object[] args, java.util.Map<String, Object> kw, String name, double value) {
        Args a = Args.parse(name, args, kw, "input", "*", "dtype", "requires_grad", "device");
        Tensor t = Convert.tensorArg(a.get("input"), name, "input");
        return withGrad(Creation.full(t.shape, value, dtypeOr(a, t.dtype)), a);
    }

    /** torch.set_printoptions: a profile's four values first, then each option given; sci_mode always (None: auto). */
    private static PrintOptions printOptions(PrintOptions o, Args a) {
        int precision = o.precision(), edgeItems = o.edgeItems(), lineWidth = o.lineWidth();
        double threshold = o.threshold();
        String profile = a.getOrNone("profile", Py.NONE) == Py.NONE ? null : a.getString("profile", null);
        if ("default".equals(profile) || "short".equals(profile) || "full".equals(profile)) {
            boolean isShort = profile.equals("short");
            precision = isShort ? 2 : 4;
            threshold = profile.equals("full") ? Double.POSITIVE_INFINITY : 1000;
            edgeItems = isShort ? 2 : 3;
            lineWidth = 80;
        }
        if (a.getOrNone("precision", Py.NONE) != Py.NONE) precision = (int) a.getInt("precision");
        if (a.getOrNone("threshold", Py.NONE) != Py.NONE) threshold = a.getDouble("threshold");
        if (a.getOrNone("edgeitems", Py.NONE) != Py.NONE) edgeItems = (int) a.getInt("edgeitems");
        if (a.getOrNone("linewidth", Py.NONE) != Py.NONE) lineWidth = (int) a.getInt("linewidth");
        Boolean sciMode = a.getOrNone("sci_mode", Py.NONE) == Py.NONE ? null : a.getBool("sci_mode", false);
        return new PrintOptions(precision, threshold, edgeItems, lineWidth, sciMode);
    }

    /** A tensor or a sequence of them, as autograd's functions take them; None entries become null where allowed. */
    private static Tensor[] tensorList(Object o, String fn, boolean noneAllowed) {
        if (o instanceof Tensor) return new Tensor[] {(Tensor) o};
        Object[] items = Convert.items(o);
        Tensor[] r = new Tensor[items.length];
        for (int i = 0; i < items.length; i++) {
            r[i] = noneAllowed && items[i] == Py.NONE ? null : Convert.tensorArg(items[i], fn, "tensors");
        }
        return r;
    }

    /**
     * The gradients given for {@code outputs} ({@code grad_outputs}, {@code grad_tensors}): null for the implicit
     * ones, None entries for a scalar output's implicit one.
     */
    private static Tensor[] givenGradients(Object given, Tensor[] outputs, String fn) {
        if (given == Py.NONE) return null;
        Tensor[] grads = tensorList(given, fn, true);
        if (grads.length != outputs.length) {
            throw PyError.runtime("got " + outputs.length + " tensors and " + grads.length + " gradients");
        }
        return grads;
    }

    /** {@code no_grad()}, {@code enable_grad()}: a context; given a function (@torch.no_grad), it decorated. */
    private static Object gradMode(boolean enabled, Object[] args) {
        return args.length == 1 ? AutogradTypes.decorated(enabled, args[0]) : new AutogradTypes.GradContext(enabled);
    }

    /** autograd's {@code retain_graph=None}: as {@code create_graph}. */
    private static boolean retainGraph(Args a, boolean createGraph) {
        Object retain = a.getOrNone("retain_graph", Py.NONE);
        return retain == Py.NONE ? createGraph : Interpreter.current().truth(retain);
    }

    private static PyModule autograd() {
        PyModule m = new PyModule("torch.autograd");
        m.def("grad", (args, kw) -> {
            Args a = Args.parse("grad", args, kw, "outputs", "inputs", "grad_outputs", "retain_graph", "create_graph",
                    "only_inputs", "allow_unused");
            Tensor[] outputs = tensorList(a.get("outputs"), "grad", false);
            Tensor[] inputs = tensorList(a.get("inputs"), "grad", false);
            Tensor[] gradOutputs = givenGradients(a.getOrNone("grad_outputs", Py.NONE), outputs, "grad");
            boolean create = a.getBool("create_graph", false);
            return Convert.tupleOrNone(Autograd.grad(outputs, inputs, gradOutputs, retainGraph(a, create), create,
                    a.getBool("allow_unused", false)));
        });
        m.def("backward", (args, kw) -> { // one pass from every tensor, as PyTorch runs it
            Args a = Args.parse("backward", args, kw, "tensors", "grad_tensors", "retain_graph", "create_graph");
            Tensor[] tensors = tensorList(a.get("tensors"), "backward", false);
            Tensor[] grads = givenGradients(a.getOrNone("grad_tensors", Py.NONE), tensors, "backward");
            boolean create = a.getBool("create_graph", false);
            Autograd.backward(tensors, grads, retainGraph(a, create), create);
            return Py.NONE;
        });
        m.def("set_detect_anomaly", (args, kw) -> {
            Args a = Args.parse("set_detect_anomaly", args, kw, "mode", "check_nan");
            boolean wasEnabled = GradMode.isAnomalyEnabled(), wasCheckingNan = GradMode.isAnomalyCheckNanEnabled();
            GradMode.setAnomaly(Interpreter.current().truth(a.get("mode")), a.getBool("check_nan", true));
            return new AutogradTypes.Setting(AutogradTypes.ANOMALY_SETTING,
                    () -> GradMode.setAnomaly(wasEnabled, wasCheckingNan), null);
        });
        m.def("_record_function", (args, kw) -> { // Function.apply's node (FunctionSource)
            Args.check("_record_function", args, kw, 4, 4);
            return CustomFunction.record(args[0], args[1], args[2], ((PyTuple) args[3]).items);
        });
        return m;
    }
}
