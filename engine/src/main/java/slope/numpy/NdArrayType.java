package slope.numpy;

import java.util.Map;
import slope.lang.Args;
import slope.lang.BinOp;
import slope.lang.CmpOp;
import slope.lang.ForeignType;
import slope.lang.Py;
import slope.lang.PyIter;
import slope.lang.PyList;
import slope.lang.PyTuple;
import slope.lang.UnaryOp;
import slope.ops.Arithmetic;
import slope.ops.Compare;
import slope.ops.InPlace;
import slope.ops.LinearAlgebra;
import slope.ops.Pointwise;
import slope.ops.Reductions;
import slope.ops.Statistics;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Tensor;
import slope.torch.Convert;

/** {@code numpy.ndarray} for the interpreter: NumPy's operators, type promotion, indexing, printing and methods. */
final class NdArrayType extends ForeignType {
    /** A method of arrays that is also a function of the module ({@code a.sum(axis=0)} and {@code np.sum(a, axis=0)}). */
    @FunctionalInterface
    interface ArrayOp {
        Object apply(NdArray a, Args args);
    }

    /** The methods that numpy also has as functions, with their parameters after the array. */
    static final Map<String, Object[]> SHARED = new java.util.LinkedHashMap<>();

    private static void shared(String name, ArrayOp op, String... spec) { SHARED.put(name, new Object[] {op, spec}); }

    private NdArrayType() {
        super("numpy", "ndarray");
        property("shape", a -> shapeTuple(((Tensor) a).shape));
        property("ndim", a -> (long) ((Tensor) a).dim());
        property("size", a -> (long) ((Tensor) a).numel());
        property("dtype", a -> NumpyDType.of(((Tensor) a).dtype));
        property("T", a -> NdArray.of(Views.reverseDims((Tensor) a)));
        method("tolist", (a, args, kw) -> {
            Args.check("tolist", args, kw, 0, 0);
            return Convert.toList((Tensor) a);
        });
        method("item", (a, args, kw) -> {
            Args.check("item", args, kw, 0, 0);
            Tensor t = (Tensor) a;
            if (t.numel() != 1) throw PyError.value("can only convert an array of size 1 to a Python scalar");
            double v = t.values()[0];
            return t.dtype.floating ? (Object) v : t.dtype == DType.BOOL ? (Object) (v != 0) : (Object) (long) v; // Python's own types
        });
        method("copy", (a, args, kw) -> NdArray.of(Views.clone((Tensor) a)));
        method("astype", (a, args, kw) -> {
            Args p = Args.parse("astype", args, kw, "dtype", "order", "casting", "subok", "copy");
            return NdArray.of(((Tensor) a).to(NumpyDType.parse(p.get("dtype"))).detach());
        });
        method("fill", (a, args, kw) -> {
            InPlace.fill((Tensor) a, Args.parse("fill", args, kw, "value").getDouble("value"));
            return Py.NONE;
        });
        method("flatten", (a, args, kw) -> NdArray.of(Views.clone(Views.reshape((Tensor) a, new int[] {-1}))));
        for (Map.Entry<String, Object[]> e : SHARED.entrySet()) {
            ArrayOp op = (ArrayOp) e.getValue()[0];
            String[] spec = (String[]) e.getValue()[1];
            method(e.getKey(), (a, args, kw) -> op.apply((NdArray) a, Args.parse(e.getKey(), args, kw, spec)));
        }
    }

    static PyTuple shapeTuple(int[] shape) {
        Object[] items = new Object[shape.length];
        for (int i = 0; i < shape.length; i++) items[i] = (long) shape[i];
        return new PyTuple(items);
    }

    /** axis=None (every dim), an int or a tuple of ints. */
    static int[] axes(Args a, Tensor t) {
        Object ax = a.getOrNone("axis", Py.NONE);
        if (ax == Py.NONE) {
            int[] all = new int[t.dim()];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        if (ax instanceof PyTuple || ax instanceof PyList) return Convert.shape(new Object[] {ax});
        return new int[] {(int) Py.index(ax)};
    }

    private static Integer axis(Args a) {
        Object ax = a.getOrNone("axis", Py.NONE);
        return ax == Py.NONE ? null : (int) Py.index(ax);
    }

    private static Object reduced(Tensor r) { return NdArray.result(r); }

    static {
        shared("sum", (a, p) -> reduced(a.dim() == 0 ? a : Reductions.sum(a, axes(p, a), p.getBool("keepdims", false))), "axis", "dtype", "out", "keepdims");
        shared("mean", (a, p) -> reduced(Reductions.mean(NdArray.floating(a), axes(p, a), p.getBool("keepdims", false))), "axis", "dtype", "out", "keepdims");
        shared("max", (a, p) -> reduced(Reductions.amax(a, axes(p, a), p.getBool("keepdims", false), true)), "axis", "out", "keepdims");
        shared("min", (a, p) -> reduced(Reductions.amax(a, axes(p, a), p.getBool("keepdims", false), false)), "axis", "out", "keepdims");
        shared("std", (a, p) -> reduced(Statistics.std(NdArray.floating(a), axes(p, a), p.getDouble("ddof", 0), p.getBool("keepdims", false))),
                "axis", "dtype", "out", "ddof", "keepdims");
        shared("var", (a, p) -> reduced(Statistics.var(NdArray.floating(a), axes(p, a), p.getDouble("ddof", 0), p.getBool("keepdims", false))),
                "axis", "dtype", "out", "ddof", "keepdims");
        shared("prod", (a, p) -> reduced(Reductions.prod(a, axis(p), p.getBool("keepdims", false))), "axis", "dtype", "out", "keepdims");
        shared("argmax", (a, p) -> reduced(Reductions.argExtreme(a, axis(p), false, true)), "axis");
        shared("argmin", (a, p) -> reduced(Reductions.argExtreme(a, axis(p), false, false)), "axis");
        shared("any", (a, p) -> reduced(Reductions.amax(nonzero(a), axes(p, a), p.getBool("keepdims", false), true)), "axis", "out", "keepdims");
        shared("all", (a, p) -> reduced(Reductions.amax(nonzero(a), axes(p, a), p.getBool("keepdims", false), false)), "axis", "out", "keepdims");
        shared("cumsum", (a, p) -> {
            Integer ax = axis(p);
            Tensor t = ax == null ? Views.reshape(a, new int[] {-1}) : a;
            return NdArray.of(slope.ops.Rearrange.cumsum(t, ax == null ? 0 : ax, t.dtype.floating ? t.dtype : DType.INT64));
        }, "axis", "dtype", "out");
        shared("reshape", (a, p) -> {
            PyTuple s = (PyTuple) p.get("shape");
            return NdArray.of(Views.reshape(a, Convert.shape(s.items)));
        }, "*shape", "order");
        shared("ravel", (a, p) -> NdArray.of(Views.reshape(a, new int[] {-1})), "order");
        shared("transpose", (a, p) -> {
            Object[] axes = ((PyTuple) p.get("axes")).items;
            return NdArray.of(axes.length == 0 ? Views.reverseDims(a) : Views.permute(a, Convert.shape(axes)));
        }, "*axes");
        shared("squeeze", (a, p) -> {
            Integer ax = axis(p);
            return NdArray.of(ax == null ? Views.squeeze(a, null) : Views.squeeze(a, ax));
        }, "axis");
        shared("dot", (a, p) -> NdArray.result(LinearAlgebra.matmul(a, operands(a, NdArray.asArray(p.get("b"), null))[1])), "b");
        shared("clip", (a, p) -> {
            Object lo = p.getOrNone("a_min", Py.NONE), hi = p.getOrNone("a_max", Py.NONE);
            Tensor t = lo instanceof Double || hi instanceof Double ? NdArray.floating(a) : a;
            return NdArray.of(Pointwise.clamp(t, lo == Py.NONE ? null : p.getDouble("a_min"), hi == Py.NONE ? null : p.getDouble("a_max")));
        }, "a_min", "a_max");
        shared("round", (a, p) -> {
            double scale = Math.pow(10, p.getInt("decimals", 0));
            Tensor t = scale == 1 ? a : Arithmetic.mul(a, Tensor.wrap(scale, DType.FLOAT64));
            Tensor r = Kernels.unary(Kernels.UnaryOp.ROUND, t, t.dtype);
            return NdArray.result(scale == 1 ? r : Arithmetic.div(r, Tensor.wrap(scale, DType.FLOAT64)));
        }, "decimals", "out");
        shared("argsort", (a, p) -> NdArray.of(slope.ops.Sorting.sort(a, (int) p.getInt("axis", -1), false)[1]), "axis", "kind", "order");
    }

    static final NdArrayType TYPE = new NdArrayType(); // after SHARED is filled: the constructor reads it

    /** Each element as a bool: nonzero. */
    private static Tensor nonzero(Tensor t) { return Compare.compare(Kernels.BinaryOp.NE, t, Tensor.wrap(0, DType.INT64)); }

    /**
     * An operand of an operator: an array, a Python number (which, as in NumPy 2, does not widen a float32
     * array) or a list; null for anything else, a torch tensor included (the tensor's own operator answers).
     */
    static Tensor operand(Object o) {
        if (o instanceof NdArray) return (NdArray) o;
        if (o instanceof Double) return Tensor.wrap((Double) o, DType.FLOAT64);
        if (o instanceof Long) return Tensor.wrap((Long) o, DType.INT64);
        if (o instanceof Boolean) return Tensor.wrap((Boolean) o ? 1 : 0, DType.BOOL);
        if (o instanceof PyList || o instanceof PyTuple) return NdArray.asArray(o, null);
        return null;
    }

    /**
     * The two operands as NumPy promotes them where torch would not: an int or bool array meeting a float
     * becomes float64 (torch would make float32), and so do both sides of a true division.
     */
    static Tensor[] operands(Tensor a, Tensor b, boolean toFloat) {
        boolean floating = toFloat || a.dtype.floating || b.dtype.floating;
        return new Tensor[] {floating && !a.isWrappedNumber() ? NdArray.floating(a) : a,
            floating && !b.isWrappedNumber() ? NdArray.floating(b) : b};
    }

    static Tensor[] operands(Tensor a, Tensor b) { return operands(a, b, false); }

    /** {@code a op b} with NumPy's promotion; null for an operator arrays do not have. */
    static Tensor apply(BinOp op, Tensor a, Tensor b) {
        Tensor[] t = operands(a, b, op == BinOp.TRUEDIV);
        switch (op) {
            case ADD: return Arithmetic.add(t[0], t[1]);
            case SUB: return Arithmetic.sub(t[0], t[1]);
            case MUL: return Arithmetic.mul(t[0], t[1]);
            case TRUEDIV: return Arithmetic.div(t[0], t[1]);
            case FLOORDIV: return Arithmetic.floorDivide(t[0], t[1]);
            case MOD: return Arithmetic.remainder(t[0], t[1]);
            case POW: return Arithmetic.pow(t[0], t[1]);
            case MATMUL: return LinearAlgebra.matmul(t[0], t[1]);
            case AND: return Compare.compare(Kernels.BinaryOp.AND, t[0], t[1]);
            case OR: return Compare.compare(Kernels.BinaryOp.OR, t[0], t[1]);
            case XOR: return Compare.compare(Kernels.BinaryOp.XOR, t[0], t[1]);
            default: return null;
        }
    }

    @Override
    public Object binary(Object self, BinOp op, Object other, boolean reflected) {
        Tensor o = operand(other);
        if (o == null) return Py.NOT_IMPLEMENTED;
        Tensor r = reflected ? apply(op, o, (Tensor) self) : apply(op, (Tensor) self, o);
        return r == null ? Py.NOT_IMPLEMENTED : NdArray.result(r);
    }

    /** {@code a op= b} writes into a, refusing a float result in an int array as NumPy's same_kind casting does. */
    @Override
    public Object inplace(Object self, BinOp op, Object other) {
        Tensor a = (Tensor) self, o = operand(other);
        if (o == null) return Py.NOT_IMPLEMENTED;
        Tensor r = apply(op, a, o);
        if (r == null) return Py.NOT_IMPLEMENTED;
        if (r.dtype.floating && !a.dtype.floating) {
            throw new PyError("UFuncTypeError", "Cannot cast ufunc '" + ufuncName(op) + "' output from dtype('"
                    + NumpyDType.name(r.dtype) + "') to dtype('" + NumpyDType.name(a.dtype) + "') with casting rule 'same_kind'");
        }
        InPlace.copy(a, r);
        return self;
    }

    private static String ufuncName(BinOp op) {
        switch (op) {
            case ADD: return "add";
            case SUB: return "subtract";
            case MUL: return "multiply";
            case TRUEDIV: return "divide";
            case POW: return "power";
            default: return op.name().toLowerCase();
        }
    }

    @Override
    public Object unary(Object self, UnaryOp op) {
        Tensor t = (Tensor) self;
        switch (op) {
            case NEG: return NdArray.of(Arithmetic.neg(t));
            case POS: return self;
            case ABS: return NdArray.of(Pointwise.abs(t));
            default:
                if (t.dtype == DType.BOOL) return NdArray.of(Compare.logicalNot(t));
                if (t.dtype.floating) throw PyError.type("ufunc 'invert' not supported for the input types");
                return NdArray.of(Arithmetic.sub(Arithmetic.neg(t), Tensor.wrap(1, DType.INT64)));
        }
    }

    @Override
    public Object compare(Object self, CmpOp op, Object other) {
        Tensor o = operand(other);
        if (o == null) {
            if (op == CmpOp.EQ) return false;
            if (op == CmpOp.NE) return true;
            return Py.NOT_IMPLEMENTED;
        }
        return NdArray.result(Compare.compare(Convert.comparison(op), (Tensor) self, o));
    }

    @Override
    public boolean truth(Object self) {
        Tensor t = (Tensor) self;
        if (t.numel() != 1) {
            throw PyError.value("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
        }
        return t.item() != 0;
    }

    @Override
    public long len(Object self) {
        Tensor t = (Tensor) self;
        if (t.dim() == 0) throw PyError.type("len() of unsized object");
        return t.shape[0];
    }

    @Override
    public PyIter iter(Object self) {
        Tensor t = (Tensor) self;
        if (t.dim() == 0) throw PyError.type("iteration over a 0-d array");
        int[] i = {0};
        return () -> i[0] < t.shape[0] ? NdArray.result(Views.select(t, 0, i[0]++)) : null;
    }

    @Override
    public Object getItem(Object self, Object key) {
        return NdArray.result(Views.index((Tensor) self, Convert.indexItems(backwardSlices((Tensor) self, key))));
    }

    /**
     * The key with each slice of negative step ({@code a[::-1]}) as the list of positions it picks, which torch's
     * indexing takes (it has no negative steps); NumPy returns a view, this a copy, which reads the same.
     */
    private static Object backwardSlices(Tensor t, Object key) {
        Object[] items = key instanceof PyTuple ? ((PyTuple) key).items.clone() : new Object[] {key};
        boolean any = false;
        for (int i = 0, dim = 0; i < items.length; i++) {
            Object k = items[i];
            if (k instanceof slope.lang.PySlice && ((slope.lang.PySlice) k).step instanceof Long && (Long) ((slope.lang.PySlice) k).step < 0
                    && dim < t.dim()) {
                long[] ix = ((slope.lang.PySlice) k).indices(t.shape[dim]);
                PyList positions = new PyList();
                for (long p = ix[0]; ix[2] < 0 ? p > ix[1] : p < ix[1]; p += ix[2]) positions.add(p);
                items[i] = positions;
                any = true;
            }
            if (k != Py.NONE) dim++;
        }
        return !any ? key : key instanceof PyTuple ? new PyTuple(items) : items[0];
    }

    @Override
    public void setItem(Object self, Object key, Object value) {
        Tensor a = (Tensor) self;
        Views.setIndex(a, Convert.indexItems(key), NdArray.asArray(value, a.dtype));
    }

    /** copy.copy and copy.deepcopy of an array copy its data, as ndarray.__copy__ does. */
    @Override
    public Object copy(Object self, java.util.function.UnaryOperator<Object> deep) {
        return NdArray.of(slope.ops.Views.clone(((Tensor) self).detach()));
    }

    @Override
    public String repr(Object self) {
        Tensor t = (Tensor) self;
        return ArrayFormat.repr(t.shape, t.values(), t.dtype);
    }

    @Override
    public String str(Object self) {
        Tensor t = (Tensor) self;
        return ArrayFormat.str(t.shape, t.values(), t.dtype);
    }

    @Override
    public String format(Object self, String spec) {
        Tensor t = (Tensor) self;
        if (spec.isEmpty()) return str(self);
        if (t.dim() != 0) throw PyError.type("unsupported format string passed to numpy.ndarray.__format__");
        return slope.lang.Interpreter.current().format(t.dtype.floating ? (Object) t.item() : (Object) (long) t.item(), spec);
    }

    @Override
    public double toFloat(Object self) {
        Tensor t = (Tensor) self;
        if (t.dim() != 0) throw PyError.type("only 0-dimensional arrays can be converted to Python scalars"); // NumPy 2.4
        return t.item();
    }

    @Override
    public long toInt(Object self) {
        Tensor t = (Tensor) self;
        if (t.dim() != 0 && t.dtype.floating) throw PyError.type("only integer scalar arrays can be converted to a scalar index");
        return (long) single(t);
    }

    private static double single(Tensor t) {
        if (t.numel() != 1) throw PyError.type("only length-1 arrays can be converted to Python scalars");
        return t.item();
    }
}
