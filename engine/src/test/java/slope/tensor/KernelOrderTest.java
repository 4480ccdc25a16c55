package slope.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast float32 kernels against the plain loops that define their arithmetic: bit for bit, on
 * awkward sizes (blocks with and without remainders), with values whose sums round often.
 */
class KernelOrderTest {
    private static double[] floats(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (float) ((r.nextDouble() * 2 - 1) * Math.pow(2, r.nextInt(20) - 10));
        return v;
    }

    /** The defining loop: each dot product starts from its first term, each later term added with one rounding. */
    private static double[] mmReference(double[] a, int aOff, double[] b, int bOff, int m, int k, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double t = a[aOff + i * k + p] * b[bOff + p * n + j];
                    s = p == 0 ? (float) t : (float) (s + t);
                }
                c[i * n + j] = s;
            }
        }
        return c;
    }

    /** A product of m x k by k x n: the defining loop's values, and the kernel's. */
    private interface Product {
        double[][] wantAndGot(Random r, int m, int k, int n);
    }

    /** Every m, k and n of awkward sizes (4 x 4 blocks with and without remainders): the same bits. */
    private static void assertSameBitsForAllSizes(long seed, Product product) {
        Random r = new Random(seed);
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 9, 13, 17};
        for (int m : sizes) {
            for (int k : sizes) {
                for (int n : sizes) {
                    double[][] wg = product.wantAndGot(r, m, k, n);
                    for (int i = 0; i < wg[0].length; i++) {
                        assertEquals(Double.doubleToRawLongBits(wg[0][i]), Double.doubleToRawLongBits(wg[1][i]),
                                "m=" + m + " k=" + k + " n=" + n + " at " + i);
                    }
                }
            }
        }
    }

    @Test
    void float32MatrixProductMatchesTheDefiningLoopBitForBit() {
        assertSameBitsForAllSizes(7, (r, m, k, n) -> {
            double[] a = floats(r, m * k + 3), b = floats(r, k * n + 2);
            return new double[][] {mmReference(a, 3, b, 2, m, k, n), Kernels.mm(a, 3, b, 2, m, k, n, DType.FLOAT32)};
        });
    }

    @Test
    void aTransposedFloat32OperandIsReadInPlaceWithTheSameBits() {
        assertSameBitsForAllSizes(8, (r, m, k, n) -> {
            Tensor x = new Tensor(floats(r, k * m), new int[] {k, m}, DType.FLOAT32);
            Tensor y = new Tensor(floats(r, k * n), new int[] {k, n}, DType.FLOAT32);
            Tensor xt = x.transpose(0, 1); // m x k, row stride 1: read where it lies
            return new double[][] {mmReference(xt.values(), 0, y.values(), 0, m, k, n), Kernels.mm(xt, y, DType.FLOAT32)};
        });
    }

    // ATen's vectorized_inner_sum as first written here: each lane's row_sum in its own pass, in double[][]
    private static double innerSumReference(double[] x, int n) {
        int lanes = 8, vectors = n / lanes;
        double acc = 0;
        for (int i = vectors * lanes; i < n; i++) acc = (float) (acc + x[i]);
        for (int l = 0; l < lanes; l++) {
            int rows = vectors / 4;
            double[] partial = cascadeReference(x, l, lanes * 4, lanes, 4, rows);
            for (int i = rows * 4; i < vectors; i++) partial[0] = (float) (partial[0] + x[l + i * lanes]);
            for (int k = 1; k < 4; k++) partial[0] = (float) (partial[0] + partial[k]);
            acc = (float) (acc + partial[0]);
        }
        return acc;
    }

    private static double[] cascadeReference(double[] x, int base, int rowStride, int colStride, int nrows, int size) {
        int levelPower = Math.max(4, (size <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1)) / 4);
        int levelStep = 1 << levelPower, levelMask = levelStep - 1;
        double[][] acc = new double[4][nrows];
        int i = 0;
        while (i + levelStep <= size) {
            for (int j = 0; j < levelStep; j++, i++) {
                for (int k = 0; k < nrows; k++) acc[0][k] = (float) (acc[0][k] + x[base + i * rowStride + k * colStride]);
            }
            for (int j = 1; j < 4; j++) {
                for (int k = 0; k < nrows; k++) {
                    acc[j][k] = (float) (acc[j][k] + acc[j - 1][k]);
                    acc[j - 1][k] = 0;
                }
                if ((i & (levelMask << (j * levelPower))) != 0) break;
            }
        }
        for (; i < size; i++) {
            for (int k = 0; k < nrows; k++) acc[0][k] = (float) (acc[0][k] + x[base + i * rowStride + k * colStride]);
        }
        for (int j = 1; j < 4; j++) for (int k = 0; k < nrows; k++) acc[0][k] = (float) (acc[0][k] + acc[j][k]);
        return acc[0];
    }

    @Test
    void float32SumMatchesTheLaneByLaneCascadeBitForBit() {
        Random r = new Random(11);
        int[] sizes = {1, 7, 8, 9, 31, 32, 33, 100, 511, 512, 513, 4097, 70001, 1 << 18};
        for (int n : sizes) {
            double[] x = floats(r, n);
            double want = innerSumReference(x, n);
            double got = Summation.sum(new Tensor(x, new int[] {n}, DType.FLOAT32), new boolean[] {true}, 1)[0];
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), "n=" + n);
        }
    }

    @Test
    void float32SquaresAndCubesRoundEachProduct() {
        double[] x = floats(new Random(5), 1000);
        Tensor t = new Tensor(x, new int[] {1000}, DType.FLOAT32);
        double[] sq = Kernels.powScalar(t, 2, DType.FLOAT32).values(), cu = Kernels.powScalar(t, 3, DType.FLOAT32).values();
        for (int i = 0; i < x.length; i++) {
            assertEquals((double) (float) (x[i] * x[i]), sq[i]);
            assertEquals((double) (float) ((float) (x[i] * x[i]) * x[i]), cu[i]);
        }
    }
}
