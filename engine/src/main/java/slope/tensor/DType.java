package slope.tensor;

/** Element types, named as PyTorch names them. Values are held as doubles and rounded to the dtype after every op. */
public enum DType {
    BOOL("torch.bool", "torch.BoolTensor", false),
    INT32("torch.int32", "torch.IntTensor", false),
    INT64("torch.int64", "torch.LongTensor", false),
    FLOAT32("torch.float32", "torch.FloatTensor", true),
    FLOAT64("torch.float64", "torch.DoubleTensor", true);

    public final String torchName;
    /** The tensor type's name on the CPU, as {@code x.type()} and PyTorch's messages give it. */
    public final String tensorType;
    public final boolean floating;

    DType(String torchName, String tensorType, boolean floating) {
        this.torchName = torchName;
        this.tensorType = tensorType;
        this.floating = floating;
    }

    /** ATen's name of the scalar type, as its messages give it: {@code Float}, {@code Long}. */
    public String scalarTypeName() {
        return tensorType.substring("torch.".length(), tensorType.length() - "Tensor".length());
    }

    /** The C type's name, as ATen's messages give it: {@code float}, {@code long int}. */
    public String cName() {
        switch (this) {
            case FLOAT32: return "float";
            case FLOAT64: return "double";
            case INT64: return "long int";
            case INT32: return "int";
            default: return "bool";
        }
    }

    /** The value as this dtype would store it. */
    public double round(double v) {
        // by ordinal, compile-time constants: wherever TeaVM inlines this, reading FLOAT32 and the others (or
        // javac's enum switch table) would cost a call to DType's class initializer
        int k = ordinal();
        if (k == ORDINAL_FLOAT32) return (float) v;
        if (k == ORDINAL_FLOAT64) return v;
        if (k == ORDINAL_INT64) return (double) (long) v;
        if (k == ORDINAL_INT32) return (double) (int) (long) v; // wraps, as a C cast of an integer does
        return v != 0 ? 1 : 0;
    }

    private static final int ORDINAL_INT32 = 1, ORDINAL_INT64 = 2, ORDINAL_FLOAT32 = 3, ORDINAL_FLOAT64 = 4;

    /** PyTorch's type promotion for two tensor operands: bool < int32 < int64 < float32 < float64. */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
