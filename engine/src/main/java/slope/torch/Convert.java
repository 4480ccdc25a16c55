package slope.torch;

import java.util.ArrayList;
import java.util.List;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PySlice;
import slope.lang.PyTuple;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/** Python values to tensors, shapes, dtypes and index keys, and tensor values back to Python. */
public final class Convert {
    private Convert() {}

    /** An operand: a tensor, or a Python number as a wrapped number. Null when it is neither. */
    static Tensor operand(Object o) {
        if (o instanceof Tensor) return (Tensor) o;
        if (o instanceof Double) return Tensor.wrap((Double) o, DType.FLOAT64);
        if (o instanceof Long) return Tensor.wrap((Long) o, DType.INT64);
        if (o instanceof Boolean) return Tensor.wrap((Boolean) o ? 1 : 0, DType.BOOL);
        return null;
    }

    static Tensor tensorArg(Object o, String fn, String param) {
        Tensor t = operand(o);
        if (t == null) {
            throw PyError.type(fn + "(): argument '" + param + "' (position 1) must be Tensor, not "
                    + Interpreter.current().typeName(o));
        }
        return t;
    }

    /** {@code torch.tensor(data)}: nested lists and tuples of numbers; int64 for ints, float32 once a float appears. */
    public static Tensor fromData(Object data, DType dtype) {
        if (data instanceof Tensor) {
            Tensor t = (Tensor) data;
            return new Tensor(t.values().clone(), t.shape, t.dtype).to(dtype == null ? t.dtype : dtype);
        }
        if (data instanceof Double && (dtype == null || dtype == DType.FLOAT32)) {
            return Tensor.scalar((Double) data); // the common torch.tensor(2.0), without the nested-list walk
        }
        List<Integer> shape = new ArrayList<>();
        Object probe = data;
        while (isSequence(probe)) {
            Object[] items = items(probe);
            shape.add(items.length);
            if (items.length == 0) break;
            probe = items[0];
        }
        int[] dims = new int[shape.size()];
        for (int i = 0; i < dims.length; i++) dims[i] = shape.get(i);
        double[] values = new double[Shape.numel(dims)];
        DType[] kind = {DType.BOOL};
        int[] at = {0};
        fill(data, dims, 0, values, at, kind);
        DType dt = dtype != null ? dtype : (values.length == 0 && dims.length > 0 ? DType.FLOAT32 : kind[0]);
        for (int i = 0; i < values.length; i++) values[i] = dt.round(values[i]);
        return new Tensor(values, dims, dt);
    }

    private static void fill(Object o, int[] dims, int depth, double[] out, int[] at, DType[] kind) {
        if (depth == dims.length) {
            if (isSequence(o)) throw PyError.value("expected sequence of length " + 0 + " at dim " + depth + " (got " + items(o).length + ")");
            double v;
            DType k;
            if (o instanceof Boolean) { v = (Boolean) o ? 1 : 0; k = DType.BOOL; }
            else if (o instanceof Long) { v = (Long) o; k = DType.INT64; }
            else if (o instanceof Double) { v = (Double) o; k = DType.FLOAT32; }
            else if (o instanceof Tensor && ((Tensor) o).numel() == 1) {
                Tensor t = (Tensor) o;
                v = t.item();
                k = t.dtype == DType.FLOAT64 ? DType.FLOAT32 : t.dtype;
            } else {
                throw PyError.type("new(): invalid data type '" + Interpreter.current().typeName(o) + "'");
            }
            if (k.ordinal() > kind[0].ordinal()) kind[0] = k;
            out[at[0]++] = v;
            return;
        }
        if (!isSequence(o)) {
            throw PyError.type("new(): invalid data type '" + Interpreter.current().typeName(o) + "'");
        }
        Object[] items = items(o);
        if (items.length != dims[depth]) {
            throw PyError.value("expected sequence of length " + dims[depth] + " at dim " + depth + " (got "
                    + items.length + ")");
        }
        for (Object it : items) fill(it, dims, depth + 1, out, at, kind);
    }

    static boolean isSequence(Object o) {
        return o instanceof PyList || o instanceof PyTuple || (o instanceof Tensor && ((Tensor) o).dim() > 0);
    }

    public static Object[] items(Object o) {
        if (o instanceof PyList) return ((PyList) o).toArray();
        if (o instanceof PyTuple) return ((PyTuple) o).items;
        Tensor t = (Tensor) o;
        Object[] r = new Object[t.shape[0]];
        for (int i = 0; i < r.length; i++) r[i] = Views.select(t, 0, i);
        return r;
    }

    /** A shape given as {@code f(2, 3)}, {@code f((2, 3))}, {@code f([2, 3])} or {@code f(x.shape)}. */
    public static int[] shape(Object[] args) {
        Object[] dims = args;
        if (args.length == 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList || args[0] instanceof TorchSize)) {
            dims = args[0] instanceof TorchSize ? ((TorchSize) args[0]).items() : items(args[0]);
        }
        int[] s = new int[dims.length];
        for (int i = 0; i < s.length; i++) s[i] = (int) Py.index(dims[i]);
        return s;
    }

    static DType dtype(Object o) {
        if (o == null || o == Py.NONE) return null;
        if (o instanceof DType) return (DType) o;
        throw PyError.type("dtype must be a torch.dtype, not " + Interpreter.current().typeName(o));
    }

    /** The kernel of a rich comparison ({@code <}, {@code ==}, ...). */
    public static slope.tensor.Kernels.BinaryOp comparison(slope.lang.CmpOp op) {
        switch (op) {
            case LT: return slope.tensor.Kernels.BinaryOp.LT;
            case LE: return slope.tensor.Kernels.BinaryOp.LE;
            case GT: return slope.tensor.Kernels.BinaryOp.GT;
            case GE: return slope.tensor.Kernels.BinaryOp.GE;
            case EQ: return slope.tensor.Kernels.BinaryOp.EQ;
            default: return slope.tensor.Kernels.BinaryOp.NE;
        }
    }

    /** A Python number from one tensor value: float, int or bool by dtype. */
    static Object scalar(double v, DType dt) {
        if (dt.floating) return v;
        if (dt == DType.BOOL) return v != 0;
        return (long) v;
    }

    /** Tensors, some missing, as Python's tuple of them with None where one is missing (gradients). */
    static PyTuple tupleOrNone(Tensor[] ts) {
        Object[] items = new Object[ts.length];
        for (int i = 0; i < items.length; i++) items[i] = ts[i] == null ? Py.NONE : ts[i];
        return new PyTuple(items);
    }

    /** {@code .tolist()}: nested lists of Python numbers. */
    public static Object toList(Tensor t) {
        if (t.dim() == 0) return scalar(t.item(), t.dtype);
        PyList l = new PyList();
        for (int i = 0; i < t.shape[0]; i++) l.add(toList(Views.select(t.detach(), 0, i)));
        return l;
    }

    /** An index key ({@code x[1, :, None]}) as the items {@link Views#index} takes. */
    public static List<Object> indexItems(Object key) {
        List<Object> items = new ArrayList<>();
        Object[] parts = key instanceof PyTuple ? ((PyTuple) key).items : new Object[] {key};
        for (Object p : parts) {
            if (p instanceof Long) items.add(p);
            else if (p instanceof PySlice) {
                PySlice s = (PySlice) p;
                items.add(new Views.Slice(bound(s.start), bound(s.stop), bound(s.step)));
            } else if (p == Py.NONE) items.add(Views.NEW_AXIS);
            else if (p == Py.ELLIPSIS) items.add(Views.ELLIPSIS);
            else if (p instanceof Tensor) {
                Tensor t = (Tensor) p;
                items.add(t.dim() == 0 && (t.dtype == DType.INT64 || t.dtype == DType.INT32) ? (Object) (long) t.item() : t);
            } else if (p instanceof PyList) items.add(fromData(p, null));
            else if (p instanceof Long || p instanceof Boolean) items.add(Py.index(p));
            else if (p instanceof PyTuple || Interpreter.current().typeName(p).equals("range")) {
                // a sequence inside the key indexes like a list: x[range(n), y] picks one element per row
                Object[] seq = Interpreter.current().toArray(p);
                items.add(fromData(new PyList(seq, seq.length), null));
            } else items.add(Py.index(p));
        }
        return items;
    }

    private static Long bound(Object o) {
        return o == null || o == Py.NONE ? null : Py.index(o);
    }
}
