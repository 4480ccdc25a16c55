package slope.numpy;

import java.util.Map;
import slope.lang.CmpOp;
import slope.lang.ForeignType;
import slope.lang.Foreign;
import slope.lang.Py;
import slope.run.PyError;
import slope.tensor.DType;

/**
 * A NumPy dtype ({@code np.float32}, {@code a.dtype}): prints as {@code float32}, equals its name and the
 * scalar type of the same name, and called ({@code np.float32(0.1)}) makes a scalar of that type.
 */
final class NumpyDType implements Foreign {
    final DType dtype;

    private NumpyDType(DType dtype) { this.dtype = dtype; }

    static final NumpyDType BOOL = new NumpyDType(DType.BOOL), INT32 = new NumpyDType(DType.INT32),
            INT64 = new NumpyDType(DType.INT64), FLOAT32 = new NumpyDType(DType.FLOAT32), FLOAT64 = new NumpyDType(DType.FLOAT64);

    static NumpyDType of(DType t) {
        switch (t) {
            case BOOL: return BOOL;
            case INT32: return INT32;
            case INT64: return INT64;
            case FLOAT32: return FLOAT32;
            default: return FLOAT64;
        }
    }

    static String name(DType t) { return t == DType.BOOL ? "bool" : t == DType.INT32 ? "int32" : t == DType.INT64 ? "int64" : t == DType.FLOAT32 ? "float32" : "float64"; }

    /** A dtype argument: None (null), a NumpyDType, a torch dtype, a name, or Python's float, int and bool. */
    static DType parse(Object o) {
        if (o == null || o == Py.NONE) return null;
        if (o instanceof NumpyDType) return ((NumpyDType) o).dtype;
        if (o instanceof DType) return (DType) o;
        String name = o instanceof String ? (String) o : slope.lang.Interpreter.current().typeName(o).equals("type")
                ? slope.lang.Interpreter.current().repr(o) : "";
        switch (name) {
            case "float64": case "float": case "double": case "f8": case "<class 'float'>": return DType.FLOAT64;
            case "float32": case "single": case "f4": return DType.FLOAT32;
            case "int64": case "int": case "i8": case "<class 'int'>": return DType.INT64;
            case "int32": case "i4": return DType.INT32;
            case "bool": case "?": case "<class 'bool'>": return DType.BOOL;
            default: throw PyError.type("data type " + slope.lang.Interpreter.current().repr(o) + " not understood");
        }
    }

    static final ForeignType TYPE = new ForeignType("numpy", "dtype") {
        @Override
        public String repr(Object self) { return "dtype('" + name(((NumpyDType) self).dtype) + "')"; }

        @Override
        public String str(Object self) { return name(((NumpyDType) self).dtype); }

        @Override
        public Object compare(Object self, CmpOp op, Object other) {
            if (op != CmpOp.EQ && op != CmpOp.NE) return Py.NOT_IMPLEMENTED;
            boolean same;
            try {
                same = parse(other) == ((NumpyDType) self).dtype;
            } catch (PyError e) {
                same = false;
            }
            return op == CmpOp.EQ ? same : !same;
        }

        @Override
        public Object call(Object self, Object[] args, Map<String, Object> kwargs) {
            DType t = ((NumpyDType) self).dtype;
            if (args.length == 0) return NdArray.numpyScalar(0, t);
            return NdArray.toPython(NdArray.asArray(args[0], t));
        }
    }.property("name", d -> name(((NumpyDType) d).dtype)).property("itemsize", d -> {
        DType t = ((NumpyDType) d).dtype;
        return t == DType.BOOL ? 1L : t == DType.INT32 || t == DType.FLOAT32 ? 4L : 8L;
    });

    @Override
    public ForeignType pyType() { return TYPE; }
}
