package slope.numpy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import slope.lang.Args;
import slope.lang.BinOp;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Compare;
import slope.ops.InPlace;
import slope.ops.Joins;
import slope.ops.Pointwise;
import slope.ops.Rearrange;
import slope.ops.Sorting;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Kernels.UnaryOp;
import slope.tensor.Tensor;
import slope.torch.Convert;

/**
 * {@code import numpy as np}: the part of NumPy that autodiff tutorials use around torch (building data,
 * the NumPy versions of a training loop, arrays for plots), computed by Slope's tensor kernels with NumPy's
 * dtypes, promotion and printing. {@code np.random} is NumPy's legacy generator and its default_rng Generator, draw for draw.
 */
public final class NumpyModule {
    private NumpyModule() {}

    /** Makes {@code import numpy} work in {@code py}. */
    public static void install(Interpreter py) {
        NumpyPrintOptions.set(NumpyPrintOptions.DEFAULT); // np.set_printoptions holds for one run
        py.registerType(NdArray.class, NdArrayType.TYPE);
        py.registerType(NumpyDType.class, NumpyDType.TYPE); // torch's t.numpy() makes arrays without an import
        py.registerType(slope.random.Pcg64.class, GeneratorRandom.PCG64);
        py.addModulesLater(in -> {
            in.addModule(create());
            PyModule random = LegacyRandom.create(); // numpy.random, numpy.linalg: addModule sets them on numpy
            GeneratorRandom.addTo(random);
            in.addModule(random);
            in.addModule(Linalg.create(in));
        }, "numpy", "numpy.random", "numpy.linalg");
        py.addPythonModule("sklearn", "");
        py.addPythonModule("sklearn.datasets", SklearnSource.DATASETS);
    }

    private static NdArray array(Object o) { return NdArray.asArray(o, null); }

    private static DType dtype(Args a, DType dflt) {
        DType t = NumpyDType.parse(a.getOrNone("dtype", Py.NONE));
        return t == null ? dflt : t;
    }

    private static int[] shape(Object o) { return Convert.shape(new Object[] {o}); }

    /** A Python number's NumPy dtype: int64, float64 or bool. */
    private static DType kind(Object v) { return v instanceof Double ? DType.FLOAT64 : v instanceof Boolean ? DType.BOOL : DType.INT64; }

    private static NdArray filled(int[] shape, double value, DType dtype) { return NdArray.of(slope.ops.Creation.full(shape, value, dtype)); }

    static PyModule create() {
        PyModule m = new PyModule("numpy");
        m.set("__version__", "2.1.0");
        m.set("ndarray", NdArrayType.TYPE);
        m.set("pi", Math.PI);
        m.set("e", Math.E);
        m.set("inf", Double.POSITIVE_INFINITY);
        m.set("nan", Double.NaN);
        m.set("newaxis", Py.NONE);
        for (NumpyDType d : new NumpyDType[] {NumpyDType.FLOAT32, NumpyDType.FLOAT64, NumpyDType.INT32, NumpyDType.INT64}) {
            m.set(NumpyDType.name(d.dtype), d);
        }
        m.set("bool_", NumpyDType.BOOL);
        m.set("intp", NumpyDType.INT64);
        m.set("double", NumpyDType.FLOAT64);
        m.set("single", NumpyDType.FLOAT32);
        creation(m);
        elementwise(m);
        joins(m);
        for (Map.Entry<String, Object[]> e : NdArrayType.SHARED.entrySet()) {
            NdArrayType.ArrayOp op = (NdArrayType.ArrayOp) e.getValue()[0];
            String[] params = (String[]) e.getValue()[1], spec = new String[params.length + 1];
            spec[0] = "a";
            System.arraycopy(params, 0, spec, 1, params.length);
            m.def(e.getKey(), (args, kw) -> {
                Args a = Args.parse(e.getKey(), args, kw, spec);
                return op.apply(array(a.get("a")), a);
            });
        }
        m.set("amax", m.get("max"));
        m.set("amin", m.get("min"));
        m.set("around", m.get("round"));
        return m;
    }

    private static void creation(PyModule m) {
        m.def("array", (args, kw) -> {
            Args a = Args.parse("array", args, kw, "object", "dtype", "copy", "ndmin");
            Object o = a.get("object");
            NdArray r = NdArray.asArray(o, dtype(a, null));
            // np.array copies: an array or tensor it did not have to convert would still share its memory
            return o instanceof Tensor && r.storage == ((Tensor) o).storage ? NdArray.of(Views.clone(r)) : r;
        });
        m.def("asarray", (args, kw) -> {
            Args a = Args.parse("asarray", args, kw, "a", "dtype");
            return NdArray.asArray(a.get("a"), dtype(a, null));
        });
        m.def("set_printoptions", (args, kw) -> {
            Args a = Args.parse("set_printoptions", args, kw, "precision", "threshold", "edgeitems", "linewidth", "suppress",
                    "nanstr", "infstr", "formatter", "sign", "floatmode", "*", "legacy", "override_repr");
            for (String unsupported : new String[] {"nanstr", "infstr", "formatter", "sign", "floatmode", "legacy", "override_repr"}) {
                if (a.getOrNone(unsupported, Py.NONE) != Py.NONE) {
                    throw new PyError("NotImplementedError", "set_printoptions(" + unsupported + "=...) is not supported");
                }
            }
            NumpyPrintOptions o = NumpyPrintOptions.current();
            int precision = a.getOrNone("precision", Py.NONE) == Py.NONE ? o.precision() : (int) a.getInt("precision");
            if (precision < 0) throw PyError.value("precision must be >= 0");
            NumpyPrintOptions.set(new NumpyPrintOptions(precision,
                    a.getOrNone("threshold", Py.NONE) == Py.NONE ? o.threshold() : (int) Math.min(Integer.MAX_VALUE, a.getDouble("threshold")),
                    a.getOrNone("edgeitems", Py.NONE) == Py.NONE ? o.edgeItems() : (int) a.getInt("edgeitems"),
                    a.getOrNone("linewidth", Py.NONE) == Py.NONE ? o.lineWidth() : (int) a.getInt("linewidth"),
                    a.getOrNone("suppress", Py.NONE) == Py.NONE ? o.suppress() : a.getBool("suppress", false)));
            return Py.NONE;
        });
        m.def("get_printoptions", (args, kw) -> {
            Args.check("get_printoptions", args, kw, 0, 0);
            NumpyPrintOptions o = NumpyPrintOptions.current();
            slope.lang.PyDict d = new slope.lang.PyDict();
            d.put("edgeitems", (long) o.edgeItems());
            d.put("threshold", (long) o.threshold());
            d.put("floatmode", "maxprec");
            d.put("precision", (long) o.precision());
            d.put("suppress", o.suppress());
            d.put("linewidth", (long) o.lineWidth());
            return d;
        });
        m.def("finfo", (args, kw) -> slope.torch.FloatInfo.of(NumpyDType.parse(Args.parse("finfo", args, kw, "dtype").get("dtype")), true));
        m.def("copy", (args, kw) -> NdArray.of(Views.clone(array(Args.parse("copy", args, kw, "a").get("a")))));
        for (String name : new String[] {"zeros", "empty", "ones"}) {
            double value = name.equals("ones") ? 1 : 0; // empty: zeros, as a run must print the same every time
            m.def(name, (args, kw) -> {
                Args a = Args.parse(name, args, kw, "shape", "dtype");
                return filled(shape(a.get("shape")), value, dtype(a, DType.FLOAT64));
            });
        }
        m.def("full", (args, kw) -> {
            Args a = Args.parse("full", args, kw, "shape", "fill_value", "dtype");
            return filled(shape(a.get("shape")), a.getDouble("fill_value"), dtype(a, kind(a.get("fill_value"))));
        });
        for (String name : new String[] {"zeros_like", "ones_like", "empty_like", "full_like"}) {
            m.def(name, (args, kw) -> {
                Args a = name.equals("full_like") ? Args.parse(name, args, kw, "a", "fill_value", "dtype")
                        : Args.parse(name, args, kw, "a", "dtype");
                NdArray like = array(a.get("a"));
                double v = name.equals("ones_like") ? 1 : name.equals("full_like") ? a.getDouble("fill_value") : 0;
                return filled(like.shape, v, dtype(a, like.dtype));
            });
        }
        m.def("arange", (args, kw) -> {
            Args a = Args.parse("arange", args, kw, "start", "stop", "step", "dtype");
            Object start = a.get("start"), stop = a.getOrNone("stop", Py.NONE), step = a.getOrNone("step", Py.NONE);
            boolean ints = start instanceof Long && (stop == Py.NONE || stop instanceof Long) && (step == Py.NONE || step instanceof Long);
            double from = stop == Py.NONE ? 0 : a.getDouble("start"), to = stop == Py.NONE ? a.getDouble("start") : a.getDouble("stop");
            double by = step == Py.NONE ? 1 : a.getDouble("step");
            if (by == 0) throw new PyError("ZeroDivisionError", "division by zero");
            int n = (int) Math.max(0, Math.ceil((to - from) / by));
            DType dt = dtype(a, ints ? DType.INT64 : DType.FLOAT64);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = dt.round(from + i * by);
            return NdArray.of(new Tensor(v, new int[] {n}, dt));
        });
        m.def("linspace", (args, kw) -> {
            Args a = Args.parse("linspace", args, kw, "start", "stop", "num", "endpoint", "retstep", "dtype");
            double start = a.getDouble("start"), stop = a.getDouble("stop");
            int num = (int) a.getInt("num", 50);
            if (num < 0) throw PyError.value("Number of samples, " + num + ", must be non-negative.");
            boolean endpoint = a.getBool("endpoint", true);
            double div = endpoint ? num - 1 : num, step = (stop - start) / div;
            double[] v = new double[num];
            // NumPy's arithmetic: i * step + start, the last value stop itself
            for (int i = 0; i < num; i++) v[i] = step == 0 ? i / div * (stop - start) + start : i * step + start;
            if (endpoint && num > 1) v[num - 1] = stop;
            DType dt = dtype(a, DType.FLOAT64);
            for (int i = 0; i < num; i++) v[i] = dt.round(v[i]);
            NdArray r = NdArray.of(new Tensor(v, new int[] {num}, dt));
            return a.getBool("retstep", false) ? new PyTuple(r, num > 1 ? step : Double.NaN) : r;
        });
        m.def("logspace", (args, kw) -> {
            Args a = Args.parse("logspace", args, kw, "start", "stop", "num", "endpoint", "base", "dtype");
            Object lin = Interpreter.current().call(m.get("linspace"), new Object[] {a.get("start"), a.get("stop"), a.get("num", 50L),
                a.get("endpoint", true)}, null);
            double base = a.getDouble("base", 10.0);
            return NdArray.of(slope.ops.Arithmetic.rpow(base, (Tensor) lin).to(dtype(a, DType.FLOAT64)));
        });
        m.def("eye", (args, kw) -> {
            Args a = Args.parse("eye", args, kw, "N", "M", "k", "dtype");
            int n = (int) a.getInt("N"), cols = a.getOrNone("M", Py.NONE) == Py.NONE ? n : (int) a.getInt("M"), k = (int) a.getInt("k", 0);
            double[] v = new double[n * cols];
            for (int i = 0; i < n; i++) if (i + k >= 0 && i + k < cols) v[i * cols + i + k] = 1;
            return NdArray.of(new Tensor(v, new int[] {n, cols}, dtype(a, DType.FLOAT64)));
        });
        m.def("identity", (args, kw) -> {
            Args a = Args.parse("identity", args, kw, "n", "dtype");
            return NdArray.of(slope.ops.Creation.eye((int) a.getInt("n"), (int) a.getInt("n"), dtype(a, DType.FLOAT64)));
        });
        m.def("meshgrid", (args, kw) -> {
            Args a = Args.parse("meshgrid", args, kw, "*xi", "indexing");
            Object[] xs = ((PyTuple) a.get("xi")).items;
            boolean xy = a.getString("indexing", "xy").equals("xy");
            int[] full = new int[xs.length];
            for (int i = 0; i < xs.length; i++) full[i] = array(xs[i]).numel();
            if (xy && xs.length > 1) {
                int t = full[0];
                full[0] = full[1];
                full[1] = t;
            }
            Object[] out = new Object[xs.length];
            for (int i = 0; i < xs.length; i++) {
                int at = xy && i < 2 && xs.length > 1 ? 1 - i : i;
                int[] one = new int[xs.length];
                java.util.Arrays.fill(one, 1);
                one[at] = full[at];
                out[i] = NdArray.of(Views.clone(Views.expand(Views.reshape(array(xs[i]), one), full)));
            }
            return new PyTuple(out);
        });
    }

    /** The float functions (float64 for int input, as NumPy's ufuncs pick their loop), the rest keeping the dtype. */
    private static void elementwise(PyModule m) {
        Object[][] floats = {{"sin", UnaryOp.SIN}, {"cos", UnaryOp.COS}, {"tan", UnaryOp.TAN}, {"tanh", UnaryOp.TANH},
            {"exp", UnaryOp.EXP}, {"log", UnaryOp.LOG}, {"log2", UnaryOp.LOG2}, {"log10", UnaryOp.LOG10},
            {"sqrt", UnaryOp.SQRT}, {"log1p", UnaryOp.LOG1P}, {"expm1", UnaryOp.EXPM1}, {"floor", UnaryOp.FLOOR},
            {"ceil", UnaryOp.CEIL}, {"trunc", UnaryOp.TRUNC}};
        for (Object[] f : floats) {
            UnaryOp op = (UnaryOp) f[1];
            m.def((String) f[0], (args, kw) -> {
                Tensor x = NdArray.floating(array(Args.parse((String) f[0], args, kw, "x", "out").get("x")));
                return NdArray.result(Kernels.unary(op, x, x.dtype));
            });
        }
        Object[][] keeping = {{"abs", UnaryOp.ABS}, {"absolute", UnaryOp.ABS}, {"sign", UnaryOp.SIGN}, {"negative", UnaryOp.NEG}};
        for (Object[] f : keeping) {
            UnaryOp op = (UnaryOp) f[1];
            m.def((String) f[0], (args, kw) -> {
                NdArray x = array(Args.parse((String) f[0], args, kw, "x", "out").get("x"));
                return NdArray.result(Kernels.unary(op, x, x.dtype));
            });
        }
        m.def("square", (args, kw) -> {
            NdArray x = array(Args.parse("square", args, kw, "x", "out").get("x"));
            return NdArray.result(slope.ops.Arithmetic.mul(x, x));
        });
        Object[][] binary = {{"add", BinOp.ADD}, {"subtract", BinOp.SUB}, {"multiply", BinOp.MUL}, {"divide", BinOp.TRUEDIV},
            {"true_divide", BinOp.TRUEDIV}, {"power", BinOp.POW}, {"floor_divide", BinOp.FLOORDIV}, {"mod", BinOp.MOD},
            {"matmul", BinOp.MATMUL}};
        for (Object[] f : binary) {
            BinOp op = (BinOp) f[1];
            m.def((String) f[0], (args, kw) -> {
                Args a = Args.parse((String) f[0], args, kw, "x1", "x2", "out");
                Tensor r = NdArrayType.apply(op, operand(a.get("x1")), operand(a.get("x2")));
                return out(a, r);
            });
        }
        m.def("maximum", (args, kw) -> extremes(Args.parse("maximum", args, kw, "x1", "x2", "out"), true));
        m.def("minimum", (args, kw) -> extremes(Args.parse("minimum", args, kw, "x1", "x2", "out"), false));
        m.def("where", (args, kw) -> {
            Args a = Args.parse("where", args, kw, "condition", "x", "y");
            Tensor cond = Compare.compare(Kernels.BinaryOp.NE, array(a.get("condition")), Tensor.wrap(0, DType.INT64));
            Tensor[] xy = NdArrayType.operands(array(a.get("x")), array(a.get("y")));
            return NdArray.result(Pointwise.where(cond, xy[0], xy[1]));
        });
        m.def("outer", (args, kw) -> {
            Args a = Args.parse("outer", args, kw, "a", "b");
            Tensor[] ab = NdArrayType.operands(Views.reshape(array(a.get("a")), new int[] {-1, 1}), Views.reshape(array(a.get("b")), new int[] {1, -1}));
            return NdArray.of(slope.ops.Arithmetic.mul(ab[0], ab[1]));
        });
        m.def("isclose", (args, kw) -> close(Args.parse("isclose", args, kw, "a", "b", "rtol", "atol", "equal_nan")));
        m.def("allclose", (args, kw) -> {
            Tensor c = close(Args.parse("allclose", args, kw, "a", "b", "rtol", "atol", "equal_nan"));
            for (double v : c.values()) if (v == 0) return false;
            return true;
        });
        m.def("array_equal", (args, kw) -> {
            Args a = Args.parse("array_equal", args, kw, "a1", "a2");
            NdArray x = array(a.get("a1")), y = array(a.get("a2"));
            return java.util.Arrays.equals(x.shape, y.shape) && Compare.equal(NdArray.floating(x), NdArray.floating(y));
        });
        m.def("isnan", (args, kw) -> NdArray.result(Compare.isnan(array(Args.parse("isnan", args, kw, "x").get("x")))));
        m.def("isinf", (args, kw) -> NdArray.result(Compare.compare(Kernels.BinaryOp.EQ,
                Pointwise.abs(array(Args.parse("isinf", args, kw, "x").get("x"))), Tensor.wrap(Double.POSITIVE_INFINITY, DType.FLOAT64))));
        m.def("isfinite", (args, kw) -> {
            NdArray x = array(Args.parse("isfinite", args, kw, "x").get("x"));
            Tensor finite = Compare.compare(Kernels.BinaryOp.LT, Pointwise.abs(x), Tensor.wrap(Double.POSITIVE_INFINITY, DType.FLOAT64));
            return NdArray.result(finite);
        });
        m.def("sort", (args, kw) -> {
            Args a = Args.parse("sort", args, kw, "a", "axis");
            return NdArray.of(Sorting.sort(array(a.get("a")), (int) a.getInt("axis", -1), false)[0]);
        });
        m.def("unique", (args, kw) -> NdArray.of(Rearrange.unique(array(Args.parse("unique", args, kw, "ar").get("ar")))[0]));
        m.def("tile", (args, kw) -> {
            Args a = Args.parse("tile", args, kw, "A", "reps");
            NdArray x = array(a.get("A"));
            int[] reps = Convert.shape(new Object[] {a.get("reps")});
            Tensor t = x;
            while (t.dim() < reps.length) t = Views.unsqueeze(t, 0); // NumPy promotes A to reps' length
            int[] full = new int[t.dim()];
            java.util.Arrays.fill(full, 1);
            System.arraycopy(reps, 0, full, full.length - reps.length, reps.length);
            return NdArray.of(Rearrange.repeat(t, full));
        });
        m.def("repeat", (args, kw) -> {
            Args a = Args.parse("repeat", args, kw, "a", "repeats", "axis");
            Object axis = a.getOrNone("axis", Py.NONE);
            return NdArray.of(Rearrange.repeatInterleave(array(a.get("a")), (int) a.getInt("repeats"), axis == Py.NONE ? null : (int) Py.index(axis)));
        });
        m.def("flip", (args, kw) -> {
            Args a = Args.parse("flip", args, kw, "m", "axis");
            NdArray x = array(a.get("m"));
            return NdArray.of(Rearrange.flip(x, NdArrayType.axes(a, x)));
        });
        m.def("roll", (args, kw) -> {
            Args a = Args.parse("roll", args, kw, "a", "shift", "axis");
            NdArray x = array(a.get("a"));
            Object axis = a.getOrNone("axis", Py.NONE);
            return NdArray.of(Rearrange.roll(x, Convert.shape(new Object[] {a.get("shift")}), axis == Py.NONE ? new int[0] : NdArrayType.axes(a, x)));
        });
        for (String name : new String[] {"triu", "tril"}) {
            m.def(name, (args, kw) -> {
                Args a = Args.parse(name, args, kw, "m", "k");
                return NdArray.of(Rearrange.triangle(array(a.get("m")), (int) a.getInt("k", 0), name.equals("triu")));
            });
        }
        m.def("trace", (args, kw) -> NdArray.result(Rearrange.trace(array(Args.parse("trace", args, kw, "a").get("a")))));
        m.def("einsum", (args, kw) -> {
            Args a = Args.parse("einsum", args, kw, "subscripts", "*operands");
            List<Tensor> ops = new ArrayList<>();
            for (Object o : ((PyTuple) a.get("operands")).items) ops.add(array(o));
            return NdArray.result(slope.ops.Einsum.einsum(a.getString("subscripts", ""), NdArray.promoted(ops)));
        });
        m.def("cumprod", (args, kw) -> {
            Args a = Args.parse("cumprod", args, kw, "a", "axis");
            NdArray x = array(a.get("a"));
            Object axis = a.getOrNone("axis", Py.NONE);
            Tensor t = axis == Py.NONE ? Views.reshape(x, new int[] {-1}) : x;
            int d = axis == Py.NONE ? 0 : slope.tensor.Shape.wrapDim((int) Py.index(axis), t.dim());
            double[] v = t.values().clone();
            DType dt = t.dtype == DType.BOOL ? DType.INT64 : t.dtype;
            int n = t.shape[d], inner = 1;
            for (int k = d + 1; k < t.dim(); k++) inner *= t.shape[k];
            for (int i = 0; i < v.length; i++) {
                int along = i / inner % n;
                if (along > 0) v[i] = dt.round(v[i - inner] * v[i]);
            }
            return NdArray.of(new Tensor(v, t.shape.clone(), dt));
        });
        // the inverse and hyperbolic trigonometric functions, in double as NumPy's float64 loops compute them
        Object[][] moreFloats = {{"arcsin", (DoubleUnaryOperator) Math::asin}, {"arccos", (DoubleUnaryOperator) Math::acos},
            {"arctan", (DoubleUnaryOperator) Math::atan}, {"sinh", (DoubleUnaryOperator) Math::sinh},
            {"cosh", (DoubleUnaryOperator) Math::cosh}, {"degrees", (DoubleUnaryOperator) e -> e * (180.0 / Math.PI)},
            {"radians", (DoubleUnaryOperator) e -> e * (Math.PI / 180.0)}};
        for (Object[] f : moreFloats) {
            DoubleUnaryOperator fn = (DoubleUnaryOperator) f[1];
            m.def((String) f[0], (args, kw) -> {
                Tensor x = NdArray.floating(array(Args.parse((String) f[0], args, kw, "x").get("x")));
                double[] v = x.values().clone();
                for (int i = 0; i < v.length; i++) v[i] = x.dtype.round(fn.applyAsDouble(v[i]));
                return NdArray.result(new Tensor(v, x.shape.clone(), x.dtype));
            });
        }
        m.def("arctan2", (args, kw) -> {
            Args a = Args.parse("arctan2", args, kw, "x1", "x2");
            Tensor[] yx = NdArrayType.operands(NdArray.floating(array(a.get("x1"))), NdArray.floating(array(a.get("x2"))));
            int[] shape = slope.tensor.Shape.broadcast(yx[0].shape, yx[1].shape);
            double[] y = Views.expand(yx[0], shape).values(), xv = Views.expand(yx[1], shape).values();
            double[] out = new double[y.length];
            DType dt = DType.promote(yx[0].dtype, yx[1].dtype);
            for (int i = 0; i < out.length; i++) out[i] = dt.round(Math.atan2(y[i], xv[i]));
            return NdArray.result(new Tensor(out, shape, dt));
        });
        m.def("diff", (args, kw) -> {
            Args a = Args.parse("diff", args, kw, "a", "n", "axis");
            Tensor x = array(a.get("a"));
            int d = slope.tensor.Shape.wrapDim((int) a.getInt("axis", -1), x.dim());
            for (long k = a.getInt("n", 1); k > 0; k--) {
                int len = x.shape[d];
                Tensor hi = Views.slice(x, d, new Views.Slice(1L, null, null)), lo = Views.slice(x, d, new Views.Slice(0L, (long) len - 1, 1L));
                x = x.dtype == DType.BOOL ? Compare.compare(Kernels.BinaryOp.NE, hi, lo) : slope.ops.Arithmetic.sub(hi, lo);
            }
            return NdArray.of(x);
        });
        m.def("histogram", (args, kw) -> {
            Args a = Args.parse("histogram", args, kw, "a", "bins", "range", "density", "weights");
            if (a.getOrNone("weights", Py.NONE) != Py.NONE || !(a.get("bins", 10L) instanceof Long)) {
                throw new PyError("NotImplementedError", "histogram takes a number of bins, without weights");
            }
            Object range = a.getOrNone("range", Py.NONE);
            Double lo = null, hi = null;
            if (range != Py.NONE) {
                Object[] r = Convert.items(range);
                lo = NdArray.floating(array(r[0])).item();
                hi = NdArray.floating(array(r[1])).item();
                if (lo > hi) throw PyError.value("max must be larger than min in range parameter.");
            }
            double[][] h;
            try {
                h = slope.plot.Patches.histogram(NdArray.floating(array(a.get("a"))).values(), (int) a.getInt("bins", 10), lo, hi);
            } catch (IllegalArgumentException e) {
                throw PyError.value(e.getMessage());
            }
            int bins = h[0].length;
            Tensor counts = new Tensor(h[0], new int[] {bins}, DType.INT64), edges = new Tensor(h[1], new int[] {bins + 1}, DType.FLOAT64);
            if (a.getBool("density", false)) {
                double total = 0;
                for (double c : h[0]) total += c;
                double[] density = new double[bins];
                for (int i = 0; i < bins; i++) density[i] = h[0][i] / total / (h[1][i + 1] - h[1][i]);
                counts = new Tensor(density, new int[] {bins}, DType.FLOAT64);
            }
            return new PyTuple(NdArray.of(counts), NdArray.of(edges));
        });
        m.def("bincount", (args, kw) -> {
            Args a = Args.parse("bincount", args, kw, "x", "weights", "minlength");
            NdArray x = array(a.get("x"));
            Object w = a.getOrNone("weights", Py.NONE);
            return NdArray.of(slope.ops.Statistics.bincount(x, w == Py.NONE ? null : NdArray.floating(array(w)),
                    (int) a.getInt("minlength", 0), DType.FLOAT64));
        });
        m.def("count_nonzero", (args, kw) -> {
            Args a = Args.parse("count_nonzero", args, kw, "a", "axis", "*", "keepdims");
            NdArray x = array(a.get("a"));
            Tensor nonzero = Compare.compare(Kernels.BinaryOp.NE, x, Tensor.wrap(0, DType.INT64)).to(DType.INT64);
            return NdArray.result(slope.ops.Reductions.sum(nonzero, NdArrayType.axes(a, x), a.getBool("keepdims", false)));
        });
        m.def("median", (args, kw) -> {
            Args a = Args.parse("median", args, kw, "a", "axis", "out", "overwrite_input", "keepdims");
            Tensor x = NdArray.floating(array(a.get("a")));
            Object axis = a.getOrNone("axis", Py.NONE);
            // NumPy's median averages the two middle values of an even count (torch's takes the lower one)
            Tensor flat = axis == Py.NONE ? Views.reshape(x, new int[] {-1}) : x;
            int d = axis == Py.NONE ? 0 : slope.tensor.Shape.wrapDim((int) Py.index(axis), x.dim()), n = flat.shape[d];
            Tensor sorted = Sorting.sort(flat, d, false)[0];
            Tensor lo = Views.select(sorted, d, (n - 1) / 2), hi = Views.select(sorted, d, n / 2);
            Tensor m2 = slope.ops.Arithmetic.div(slope.ops.Arithmetic.add(lo, hi), Tensor.wrap(2, DType.INT64));
            return NdArray.result(a.getBool("keepdims", false) && axis != Py.NONE ? Views.unsqueeze(m2, d) : m2);
        });
        m.def("expand_dims", (args, kw) -> {
            Args a = Args.parse("expand_dims", args, kw, "a", "axis");
            return NdArray.of(Views.unsqueeze(array(a.get("a")), (int) a.getInt("axis")));
        });
    }

    private static Tensor operand(Object o) {
        Tensor t = NdArrayType.operand(o);
        return t != null ? t : array(o);
    }

    /** The result written into {@code out=} when given (NumPy's in-place form), else returned. */
    private static Object out(Args a, Tensor r) {
        Object out = a.getOrNone("out", Py.NONE);
        if (out == Py.NONE) return NdArray.result(r);
        if (out instanceof PyTuple) out = ((PyTuple) out).items[0];
        if (!(out instanceof NdArray)) throw PyError.type("return arrays must be of ArrayType");
        InPlace.copy((NdArray) out, r);
        return out;
    }

    private static Object extremes(Args a, boolean max) {
        Tensor[] xy = NdArrayType.operands(operand(a.get("x1")), operand(a.get("x2")));
        Tensor x = xy[0].isWrappedNumber() ? Views.clone(xy[0]) : xy[0], y = xy[1].isWrappedNumber() ? Views.clone(xy[1]) : xy[1];
        return out(a, max ? Pointwise.maximum(x, y) : Pointwise.minimum(x, y));
    }

    private static Tensor close(Args a) {
        Tensor[] xy = NdArrayType.operands(NdArray.floating(array(a.get("a"))), NdArray.floating(array(a.get("b"))));
        return NdArray.of(Compare.isclose(xy[0], xy[1], a.getDouble("rtol", 1e-5), a.getDouble("atol", 1e-8), a.getBool("equal_nan", false)));
    }

    private static List<Tensor> arrays(Object seq) {
        List<Tensor> parts = new ArrayList<>();
        for (Object o : Interpreter.current().toArray(seq)) parts.add(array(o));
        if (parts.isEmpty()) throw PyError.value("need at least one array to concatenate");
        return NdArray.promoted(parts);
    }

    /** {@code np.c_[a, b]} (1-D parts as columns, joined along the last axis) and {@code np.r_[a, b]} (end to end). */
    private static final class Joiner implements slope.lang.Foreign {
        final boolean columns;

        Joiner(boolean columns) { this.columns = columns; }

        static final slope.lang.ForeignType TYPE = new slope.lang.ForeignType("numpy.lib._index_tricks_impl", "AxisConcatenator") {
            @Override
            public Object getItem(Object self, Object key) {
                boolean columns = ((Joiner) self).columns;
                Object[] items = key instanceof PyTuple ? ((PyTuple) key).items : new Object[] {key};
                List<Tensor> parts = new ArrayList<>();
                for (Object item : items) {
                    Tensor t = item instanceof slope.lang.PySlice ? range((slope.lang.PySlice) item) : array(item);
                    if (t.dim() == 0) t = Views.reshape(t, new int[] {1});
                    parts.add(columns && t.dim() == 1 ? Views.reshape(t, new int[] {-1, 1}) : t);
                }
                parts = NdArray.promoted(parts);
                return NdArray.of(Joins.cat(parts, columns ? -1 : 0));
            }

            @Override
            public String repr(Object self) { return "<numpy.lib._index_tricks_impl." + (((Joiner) self).columns ? "CClass" : "RClass") + " object>"; }
        };

        /** {@code start:stop:step} in np.r_ is arange's range. */
        private static Tensor range(slope.lang.PySlice s) {
            long start = s.start == Py.NONE ? 0 : Py.index(s.start), stop = Py.index(s.stop), step = s.step == Py.NONE ? 1 : Py.index(s.step);
            return slope.ops.Creation.arange(start, stop, step, DType.INT64);
        }

        @Override
        public slope.lang.ForeignType pyType() { return TYPE; }
    }

    private static void joins(PyModule m) {
        m.set("c_", new Joiner(true));
        m.set("r_", new Joiner(false));
        m.def("concatenate", (args, kw) -> {
            Args a = Args.parse("concatenate", args, kw, "arrays", "axis");
            return NdArray.of(Joins.cat(arrays(a.get("arrays")), (int) a.getInt("axis", 0)));
        });
        m.def("stack", (args, kw) -> {
            Args a = Args.parse("stack", args, kw, "arrays", "axis");
            return NdArray.of(Joins.stack(arrays(a.get("arrays")), (int) a.getInt("axis", 0)));
        });
        m.def("vstack", (args, kw) -> {
            List<Tensor> parts = arrays(Args.parse("vstack", args, kw, "tup").get("tup"));
            List<Tensor> rows = new ArrayList<>();
            for (Tensor t : parts) rows.add(t.dim() < 2 ? Views.reshape(t, new int[] {1, -1}) : t); // atleast_2d
            return NdArray.of(Joins.cat(rows, 0));
        });
        m.def("hstack", (args, kw) -> {
            List<Tensor> parts = arrays(Args.parse("hstack", args, kw, "tup").get("tup"));
            return NdArray.of(Joins.cat(parts, parts.get(0).dim() == 1 ? 0 : 1));
        });
        m.def("append", (args, kw) -> {
            Args a = Args.parse("append", args, kw, "arr", "values", "axis");
            Tensor arr = array(a.get("arr")), values = array(a.get("values"));
            if (a.getOrNone("axis", Py.NONE) == Py.NONE) { // both flattened, as NumPy appends without an axis
                arr = Views.reshape(arr, new int[] {-1});
                values = Views.reshape(values, new int[] {-1});
            }
            return NdArray.of(Joins.cat(NdArray.promoted(List.of(arr, values)), (int) a.getInt("axis", 0)));
        });
        m.def("column_stack", (args, kw) -> {
            List<Tensor> cols = new ArrayList<>();
            for (Tensor t : arrays(Args.parse("column_stack", args, kw, "tup").get("tup"))) {
                cols.add(t.dim() < 2 ? Views.reshape(t, new int[] {-1, 1}) : t);
            }
            return NdArray.of(Joins.cat(cols, 1));
        });
    }
}
