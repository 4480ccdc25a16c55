package slope.numpy;

import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import slope.lang.Args;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Shape;
import slope.tensor.Tensor;
import slope.torch.Convert;

/**
 * What NumPy's two random APIs, the legacy RandomState ({@link LegacyRandom}) and the Generator
 * ({@link GeneratorRandom}), share around their draws: a scalar or an array of draws for a size, normal's
 * broadcasting, the Fisher-Yates moves of shuffle and permutation, and choice's look-up of the population.
 */
final class RandomArrays {
    private RandomArrays() {}

    /** The shape a size argument (an int or a tuple) names. */
    static int[] shape(Object size) { return Convert.shape(new Object[] {size}); }

    /** How many draws a size asks for: one for None. */
    static int count(Object size) { return size == Py.NONE ? 1 : Shape.numel(shape(size)); }

    /** One draw as a Python float when size is None, else a float64 array of them in row-major order. */
    static Object floats(Object size, DoubleSupplier draw) {
        if (size == Py.NONE) return draw.getAsDouble();
        int[] shape = shape(size);
        double[] v = new double[Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) v[i] = draw.getAsDouble();
        return NdArray.of(new Tensor(v, shape, DType.FLOAT64));
    }

    /** One draw as NumPy's scalar of the dtype when size is None (a Python int for int64), else an array of them. */
    static Object ints(Object size, DType dtype, LongSupplier draw) {
        if (size == Py.NONE) {
            long v = draw.getAsLong();
            return dtype == DType.INT64 ? (Object) v : NdArray.numpyScalar(v, dtype);
        }
        int[] shape = shape(size);
        double[] v = new double[Shape.numel(shape)];
        for (int i = 0; i < v.length; i++) v[i] = draw.getAsLong();
        return NdArray.of(new Tensor(v, shape, dtype));
    }

    /** randint's and integers' (low, high): {@code f(n)} means the range [0, n). */
    static long[] lowHigh(Args a) {
        long low = a.getInt("low");
        return a.getOrNone("high", Py.NONE) == Py.NONE ? new long[] {0, low} : new long[] {low, a.getInt("high")};
    }

    /** normal(loc, scale, size): loc + scale * gauss, with loc and scale as numbers or arrays broadcast against size. */
    static Object normal(Args a, DoubleSupplier gauss) {
        Object locArg = a.get("loc", 0.0), scaleArg = a.get("scale", 1.0);
        if (locArg instanceof Tensor || scaleArg instanceof Tensor || locArg instanceof PyList || scaleArg instanceof PyList) {
            // one draw per element in order, as NumPy's cont() draws
            Tensor loc = NdArray.floating(NdArray.asArray(locArg, null)), scale = NdArray.floating(NdArray.asArray(scaleArg, null));
            for (double v : scale.values()) if (v < 0) throw PyError.value("scale < 0");
            Object size = a.get("size", Py.NONE);
            Tensor g = (Tensor) floats(size == Py.NONE ? NdArrayType.shapeTuple(Shape.broadcast(loc.shape, scale.shape)) : size, gauss);
            return NdArray.result(slope.ops.Arithmetic.add(loc, slope.ops.Arithmetic.mul(scale, g)));
        }
        double loc = a.getDouble("loc", 0), scale = a.getDouble("scale", 1);
        if (scale < 0) throw PyError.value("scale < 0");
        return floats(a.get("size", Py.NONE), () -> loc + scale * gauss.getAsDouble());
    }

    /** Fisher-Yates from the end, along the first dim of an array or over a list; {@code interval(i)} draws j in [0, i]. */
    static void shuffle(Object x, LongUnaryOperator interval) {
        if (x instanceof PyList) {
            PyList l = (PyList) x;
            for (int i = l.size() - 1; i > 0; i--) {
                int j = (int) interval.applyAsLong(i);
                Object t = l.get(i);
                l.set(i, l.get(j));
                l.set(j, t);
            }
            return;
        }
        if (!(x instanceof NdArray)) throw PyError.type("shuffle takes an array or a list, not " + Interpreter.current().typeName(x));
        NdArray a = (NdArray) x;
        if (a.dim() == 0) throw PyError.type("len() of unsized object");
        double[] v = a.values();
        int n = a.shape[0], row = a.numel() / Math.max(n, 1);
        double[] copy = v.clone(), tmp = new double[row];
        for (int i = n - 1; i > 0; i--) {
            int j = (int) interval.applyAsLong(i);
            System.arraycopy(copy, i * row, tmp, 0, row);
            System.arraycopy(copy, j * row, copy, i * row, row);
            System.arraycopy(tmp, 0, copy, j * row, row);
        }
        slope.tensor.Kernels.copyInto(a, new Tensor(copy, a.shape, a.dtype));
    }

    /** permutation(x): a shuffled arange(x) for an int, else a shuffled copy of the array. */
    static NdArray permutation(Object x, LongUnaryOperator interval) {
        NdArray a = x instanceof Long ? NdArray.of(slope.ops.Creation.arange(0, (Long) x, 1, DType.INT64))
                : NdArray.of(Views.clone(NdArray.asArray(x, null)));
        shuffle(a, interval);
        return a;
    }

    /** choice's population: null when {@code a} is an int (choose among range(a)), else the array whose rows are chosen. */
    static NdArray population(Object a) { return a instanceof Long ? null : NdArray.asArray(a, null); }

    /** The chosen rows of the population for the drawn indices (an int or an int array), or the indices themselves. */
    static Object pick(NdArray from, Object idx) {
        if (from == null) return idx;
        if (idx instanceof Long) return NdArray.result(Views.select(from, 0, (Long) idx));
        Tensor i = (Tensor) idx;
        int[] s = new int[i.dim() + from.dim() - 1]; // the index's shape followed by the population's trailing dims
        System.arraycopy(i.shape, 0, s, 0, i.dim());
        System.arraycopy(from.shape, 1, s, i.dim(), from.dim() - 1);
        return NdArray.result(slope.ops.Rearrange.indexSelect(from, 0, i.reshape(-1)).reshape(s));
    }

    /** p.cumsum() / its last value, as choice turns probabilities into a table to search. */
    static double[] cdf(double[] p) {
        double[] cdf = p.clone();
        for (int i = 1; i < cdf.length; i++) cdf[i] += cdf[i - 1];
        double total = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) cdf[i] /= total;
        return cdf;
    }

    /** searchsorted(side='right'): the count of cdf values at or below u. */
    static long searchRight(double[] cdf, double u) {
        int lo = 0, hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
