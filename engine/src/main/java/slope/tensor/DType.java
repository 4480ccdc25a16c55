package slope.tensor;

/** Element types, named as PyTorch names them. Values are held as doubles and rounded to the dtype after every op. */
public enum DType {
    BOOL("torch.bool", "torch.BoolTensor", false),
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

    /** The value as this dtype would store it. */
    public double round(double v) {
        // comparisons, not a switch: javac's enum switch reads a lookup table behind a class-init check
        if (this == FLOAT32) return (float) v;
        if (this == FLOAT64) return v;
        if (this == INT64) return (double) (long) v;
        return v != 0 ? 1 : 0;
    }

    /** PyTorch's type promotion for two tensor operands: bool < int64 < float32 < float64. */
    public static DType promote(DType a, DType b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
