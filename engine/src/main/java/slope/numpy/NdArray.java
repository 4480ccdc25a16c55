package slope.numpy;

import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PyTuple;
import slope.ops.Joins;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Tensor;
import slope.torch.Convert;

/**
 * A NumPy array: a tensor outside autograd with NumPy's Python face ({@link NdArrayType}). Being a tensor, it
 * goes wherever torch and pyplot take one ({@code torch.tensor(a)}, {@code plt.plot(x, y)}), and
 * {@code t.numpy()} and {@code torch.from_numpy(a)} share one storage, as in PyTorch.
 */
public final class NdArray extends Tensor {
    private NdArray(Tensor t) { super(t.storage, t.shape, t.strides, t.offset, t.dtype); }

    /** NumPy's repr, {@code array([1., 2.])}: what the page's variables panel shows for an array. */
    @Override
    public String toString() { return ArrayFormat.repr(shape, values(), dtype); }

    /** The dtype as NumPy names it, {@code numpy.float64}, for the variables panel. */
    public String dtypeName() { return "numpy." + NumpyDType.name(dtype); }

    /** A tensor over this array's storage ({@code torch.from_numpy}): writes to either show in the other. */
    public Tensor tensor() { return new Tensor(storage, shape, strides, offset, dtype); }

    /** {@code t} as an array over the same storage. */
    public static NdArray of(Tensor t) { return t instanceof NdArray ? (NdArray) t : new NdArray(t); }

    /**
     * {@code np.asarray(o, dtype)}: an array as it is (cast when a dtype is given), a tensor's values, or nested
     * lists and tuples of numbers and arrays, with NumPy's defaults: int64 for ints, float64 once a float appears.
     */
    static NdArray asArray(Object o, DType dtype) {
        if (o instanceof Tensor) {
            Tensor t = ((Tensor) o).detach();
            return of(dtype == null || dtype == t.dtype ? t : t.to(dtype));
        }
        if ((o instanceof PyList || o instanceof PyTuple) && holdsArrays(o)) {
            java.util.List<Tensor> rows = new java.util.ArrayList<>();
            for (Object item : Convert.items(o)) rows.add(asArray(item, null));
            return asArray(Joins.stack(promoted(rows), 0), dtype);
        }
        if (o instanceof String || o == Py.NONE) throw PyError.type("Slope's numpy arrays hold numbers, not " + slope.lang.Interpreter.current().typeName(o));
        Tensor probe = Convert.fromData(o, dtype);
        // Convert makes float32 once a float appears, as torch does; NumPy's floats are float64
        if (dtype == null && probe.dtype == DType.FLOAT32) probe = Convert.fromData(o, DType.FLOAT64);
        return of(probe);
    }

    private static boolean holdsArrays(Object seq) {
        for (Object item : Convert.items(seq)) if (item instanceof Tensor) return true;
        return false;
    }

    /** Arrays brought to one dtype, for stacking and joining. */
    static java.util.List<Tensor> promoted(java.util.List<Tensor> parts) {
        DType common = DType.BOOL;
        for (Tensor t : parts) common = DType.promote(common, t.dtype);
        java.util.List<Tensor> out = new java.util.ArrayList<>();
        for (Tensor t : parts) out.add(t.dtype == common ? t : t.to(common));
        return out;
    }

    /** A float array of {@code t}: ints and bools become float64, as NumPy's float functions return. */
    static Tensor floating(Tensor t) { return t.dtype.floating ? t : t.to(DType.FLOAT64); }

    /**
     * What NumPy returns where a result has no dims: a Python float, int or bool for float64, int64 and bool
     * (NumPy's scalars print and compute as those do), else a 0-d array, which prints as its scalar.
     */
    static Object toPython(Tensor t) {
        if (t.dim() != 0) return of(t);
        return numpyScalar(t.item(), t.dtype);
    }

    /** A NumPy scalar of the dtype: a Python float, int or bool, or a 0-d array for the others. */
    public static Object numpyScalar(double v, DType dtype) {
        switch (dtype) {
            case FLOAT64: return v;
            case INT64: return (long) v;
            case BOOL: return v != 0;
            default: return of(Tensor.scalar(v, dtype));
        }
    }

    /** A result array, or its scalar when it has no dims. */
    static Object result(Tensor t) { return t.dim() == 0 ? toPython(t) : of(t); }
}
