package slope.ops;

import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.FloatMath;
import slope.tensor.Shape;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/** Tensors made from values: full, arange, linspace, eye, rand, randn, and helpers of other ops. */
public final class Creation {
    private Creation() {}

    public static Tensor full(int[] shape, double value, DType dtype) {
        for (int d : shape) if (d < 0) throw PyError.runtime("Trying to create tensor with negative dimension " + d + ": " + Shape.list(shape));
        double[] data = Storage.allocate(Shape.numel(shape)).data();
        double v = dtype.round(value);
        if (v != 0 || 1 / v < 0) java.util.Arrays.fill(data, v);
        return new Tensor(data, shape, dtype);
    }

    public static Tensor zerosLike(Tensor t) { return full(t.shape, 0, t.dtype); }

    /** {@code torch.arange(start, end, step)}: int64 when all three are integers, else float32. */
    public static Tensor arange(double start, double end, double step, DType dtype) {
        if (step == 0) throw PyError.runtime("step must be nonzero");
        if ((end - start) / step < 0 && end != start) {
            throw PyError.runtime("upper bound and larger bound inconsistent with step sign");
        }
        int n = (int) Math.ceil((end - start) / step);
        double[] data = Storage.allocate(Math.max(n, 0)).data();
        for (int i = 0; i < data.length; i++) data[i] = dtype.round(start + i * step);
        return new Tensor(data, new int[] {data.length}, dtype);
    }

    /**
     * {@code torch.linspace}: like ATen's linspace_kernel, the first half counts up from start and the
     * second down from end; in float32 each value is one fused multiply-add (GCC contracts
     * {@code start + step * i} in ATen's build), which shows in the last bit.
     */
    public static Tensor linspace(double start, double end, int steps, DType dtype) {
        if (steps < 0) throw PyError.runtime("number of steps must be non-negative");
        double[] data = Storage.allocate(steps).data();
        if (steps == 1) data[0] = dtype.round(start);
        if (steps > 1) {
            int half = steps / 2;
            if (dtype == DType.FLOAT32) {
                float a = (float) start, b = (float) end;
                float step = (float) ((double) (float) ((double) b - a) / (steps - 1));
                for (int i = 0; i < steps; i++) {
                    data[i] = i < half ? FloatMath.fma(step, i, a) : FloatMath.fma(-1.0f * step, steps - i - 1, b);
                }
            } else {
                double s = dtype.round((dtype.round(end) - dtype.round(start)) / (steps - 1));
                for (int i = 0; i < steps; i++) {
                    data[i] = i < half ? dtype.round(start + dtype.round(s * i))
                                       : dtype.round(end - dtype.round(s * (steps - i - 1)));
                }
            }
        }
        return new Tensor(data, new int[] {steps}, dtype);
    }

    public static Tensor eye(int n, int m, DType dtype) {
        Tensor t = full(new int[] {n, m}, 0, dtype);
        for (int i = 0; i < Math.min(n, m); i++) t.storage.data()[i * m + i] = 1;
        return t;
    }

    /** The index along {@code dim} of every position of {@code shape}, broadcastable against it. */
    static Tensor positions(int[] shape, int dim) {
        int[] s = new int[shape.length];
        java.util.Arrays.fill(s, 1);
        s[dim] = shape[dim];
        return arange(0, shape[dim], 1, DType.INT64).reshape(s);
    }

    /** The positions of true values in a 1-D bool tensor, as int64. */
    static Tensor nonzero(Tensor mask) {
        double[] m = mask.values();
        int n = 0;
        for (double v : m) if (v != 0) n++;
        double[] idx = new double[n];
        for (int i = 0, k = 0; i < m.length; i++) if (m[i] != 0) idx[k++] = i;
        return new Tensor(idx, new int[] {n}, DType.INT64);
    }

    /** For each element, the product of the others in its reduced group (prod's gradient when zeros occur). */
    static Tensor productOfOthers(Tensor x, boolean[] reduced) {
        double[] v = x.values();
        int[] shape = x.shape;
        double[] out = new double[v.length];
        int[] strides = Shape.contiguousStrides(shape);
        for (int i = 0; i < v.length; i++) {
            double p = 1;
            for (int j = 0; j < v.length; j++) {
                if (j != i && sameGroup(i, j, shape, strides, reduced)) p *= v[j];
            }
            out[i] = x.dtype.round(p);
        }
        return new Tensor(out, shape, x.dtype);
    }

    private static boolean sameGroup(int i, int j, int[] shape, int[] strides, boolean[] reduced) {
        for (int d = 0; d < shape.length; d++) {
            if (!reduced[d] && (i / strides[d]) % shape[d] != (j / strides[d]) % shape[d]) return false;
        }
        return true;
    }
}
