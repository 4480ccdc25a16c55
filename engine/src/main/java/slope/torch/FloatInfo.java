package slope.torch;

import slope.lang.Foreign;
import slope.lang.ForeignType;
import slope.run.PyError;
import slope.tensor.DType;

/**
 * {@code torch.finfo(dtype)} and {@code np.finfo(dtype)}: the limits of a float dtype (eps, min, max, tiny), as
 * tutorials use them against division by zero. NumPy's are scalars of the dtype, torch's Python floats.
 */
public final class FloatInfo implements Foreign {
    final DType dtype;
    private final boolean numpy;

    private FloatInfo(DType dtype, boolean numpy) {
        this.dtype = dtype;
        this.numpy = numpy;
    }

    public static FloatInfo of(DType dtype, boolean numpy) {
        if (!dtype.floating) {
            throw PyError.type(numpy ? "data type " + dtype.torchName.substring(6) + " not inexact"
                    : "torch.finfo() requires a floating point input type. Use torch.iinfo to handle '" + dtype.torchName + "'");
        }
        return new FloatInfo(dtype, numpy);
    }

    private Object value(double v) { return numpy ? slope.numpy.NdArray.numpyScalar(v, dtype) : (Object) v; }

    private boolean single() { return dtype == DType.FLOAT32; }

    double eps() { return single() ? 0x1p-23 : 0x1p-52; } // constants: TeaVM's Math.ulp(double) is wrong

    double max() { return single() ? Float.MAX_VALUE : Double.MAX_VALUE; }

    double tiny() { return single() ? Float.MIN_NORMAL : Double.MIN_NORMAL; }

    static final ForeignType TYPE = new ForeignType("torch", "finfo") {
        @Override
        public String repr(Object self) {
            FloatInfo f = (FloatInfo) self;
            return f.single()
                    ? "finfo(resolution=1e-06, min=-3.40282e+38, max=3.40282e+38, eps=1.19209e-07, smallest_normal=1.17549e-38,"
                        + " tiny=1.17549e-38, dtype=float32)"
                    : "finfo(resolution=1e-15, min=-1.79769e+308, max=1.79769e+308, eps=2.22045e-16, smallest_normal=2.22507e-308,"
                        + " tiny=2.22507e-308, dtype=float64)";
        }
    }.property("eps", f -> ((FloatInfo) f).value(((FloatInfo) f).eps()))
            .property("max", f -> ((FloatInfo) f).value(((FloatInfo) f).max()))
            .property("min", f -> ((FloatInfo) f).value(-((FloatInfo) f).max()))
            .property("tiny", f -> ((FloatInfo) f).value(((FloatInfo) f).tiny()))
            .property("smallest_normal", f -> ((FloatInfo) f).value(((FloatInfo) f).tiny()))
            .property("resolution", f -> ((FloatInfo) f).value(((FloatInfo) f).single() ? 1e-6 : 1e-15))
            .property("bits", f -> ((FloatInfo) f).single() ? 32L : 64L)
            .property("dtype", f -> ((FloatInfo) f).single() ? "float32" : "float64");

    @Override
    public ForeignType pyType() { return TYPE; }
}
