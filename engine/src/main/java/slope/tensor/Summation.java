package slope.tensor;

/**
 * Float sums in PyTorch's order (ATen's cascade_sum in SumKernel.cpp): float32 values are
 * accumulated in float32, in interleaved partial sums and cascade levels, so a sum prints the
 * same last digit as PyTorch's. Other dtypes are summed exactly in double.
 */
final class Summation {
    /** Lanes of ATen's Vectorized<float> on the CPUs PyTorch's reference output was recorded on. */
    static final int VECTOR_LANES = 16;
    private static final int ILP = 4;
    private static final int LEVELS = 4;

    private Summation() {}

    /** Sum of a row that is contiguous in memory (the reduced dim is the innermost one). */
    static double sum(double[] x, int base, int n, DType dt) {
        if (!dt.floating) {
            double s = 0;
            for (int i = 0; i < n; i++) s += x[base + i];
            return s;
        }
        double acc = 0;
        if (n >= VECTOR_LANES) {
            int vectors = n / VECTOR_LANES;
            double[] lanes = new double[VECTOR_LANES];
            for (int l = 0; l < VECTOR_LANES; l++) lanes[l] = rowSum(x, base + l, VECTOR_LANES, vectors, dt);
            for (int i = vectors * VECTOR_LANES; i < n; i++) acc = dt.round(acc + x[base + i]);
            for (int l = 0; l < VECTOR_LANES; l++) acc = dt.round(acc + lanes[l]);
        } else {
            acc = rowSum(x, base, 1, n, dt);
        }
        return dt.round(0 + acc);
    }

    /** Sum of {@code n} values {@code stride} apart with ATen's four interleaved partial sums. */
    private static double rowSum(double[] x, int base, int stride, int n, DType dt) {
        int rows = n / ILP;
        double[] partial = cascade(x, base, stride * ILP, stride, ILP, rows, dt);
        for (int i = rows * ILP; i < n; i++) partial[0] = dt.round(partial[0] + x[base + i * stride]);
        for (int k = 1; k < ILP; k++) partial[0] = dt.round(partial[0] + partial[k]);
        return partial[0];
    }

    /** ATen's multi_row_sum: {@code nrows} running sums, each folded into coarser levels every 2^p steps. */
    private static double[] cascade(double[] x, int base, int rowStride, int colStride, int nrows, int size, DType dt) {
        int levelPower = Math.max(4, ceilLog2(size) / LEVELS);
        int levelStep = 1 << levelPower;
        int levelMask = levelStep - 1;
        double[][] acc = new double[LEVELS][nrows];
        int i = 0;
        while (i + levelStep <= size) {
            for (int j = 0; j < levelStep; j++, i++) {
                for (int k = 0; k < nrows; k++) acc[0][k] = dt.round(acc[0][k] + x[base + i * rowStride + k * colStride]);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < nrows; k++) {
                    acc[j][k] = dt.round(acc[j][k] + acc[j - 1][k]);
                    acc[j - 1][k] = 0;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) break;
            }
        }
        for (; i < size; i++) {
            for (int k = 0; k < nrows; k++) acc[0][k] = dt.round(acc[0][k] + x[base + i * rowStride + k * colStride]);
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < nrows; k++) acc[0][k] = dt.round(acc[0][k] + acc[j][k]);
        }
        return acc[0];
    }

    private static int ceilLog2(int n) {
        if (n <= 1) return 0;
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }
}
