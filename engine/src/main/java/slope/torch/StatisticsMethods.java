package slope.torch;

import static slope.torch.TensorMethods.both;
import static slope.torch.TensorMethods.correction;
import static slope.torch.TensorMethods.dims;

import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyTuple;
import slope.ops.Reductions;
import slope.ops.Sorting;
import slope.ops.Statistics;
import slope.tensor.Tensor;

/**
 * The tensor methods (and torch functions) of descriptive statistics beyond mean, var and std: medians, order
 * statistics and quantiles, std_mean and var_mean, cov and corrcoef, and the counts of bincount and histc, added to
 * {@link TensorMethods}' table.
 */
final class StatisticsMethods {
    private StatisticsMethods() {}

    static void register() {
        both("median", (t, a) -> {
            if (a.getOrNone("dim", Py.NONE) == Py.NONE) return Reductions.median(t);
            Tensor[] r = Sorting.median(t, (int) a.getInt("dim"), a.getBool("keepdim", false));
            return ReturnTypes.of("median", r[0], r[1]);
        }, "dim", "keepdim");
        both("kthvalue", (t, a) -> {
            Tensor[] r = Sorting.kthvalue(t, (int) a.getInt("k"), (int) a.getInt("dim", -1), a.getBool("keepdim", false));
            return ReturnTypes.of("kthvalue", r[0], r[1]);
        }, "k", "dim", "keepdim");
        both("quantile", (t, a) -> quantile(t, a, false), "q", "dim", "keepdim", "*", "interpolation");
        both("nanquantile", (t, a) -> quantile(t, a, true), "q", "dim", "keepdim", "*", "interpolation");
        both("std_mean", (t, a) -> new PyTuple(Statistics.std(t, dims(a), correction(a), a.getBool("keepdim", false)),
                meanOver(t, a)), "dim", "unbiased", "keepdim", "*", "correction");
        both("var_mean", (t, a) -> new PyTuple(Statistics.var(t, dims(a), correction(a), a.getBool("keepdim", false)),
                meanOver(t, a)), "dim", "unbiased", "keepdim", "*", "correction");
        both("cov", (t, a) -> {
            Object f = a.getOrNone("fweights", Py.NONE), w = a.getOrNone("aweights", Py.NONE);
            return Statistics.cov(t, a.getInt("correction", 1), f == Py.NONE ? null : Convert.tensorArg(f, "cov", "fweights"),
                    w == Py.NONE ? null : Convert.tensorArg(w, "cov", "aweights"));
        }, "*", "correction", "fweights", "aweights");
        both("corrcoef", (t, a) -> Statistics.corrcoef(t));
        both("bincount", (t, a) -> {
            Object w = a.getOrNone("weights", Py.NONE);
            Tensor weights = w == Py.NONE ? null : Convert.tensorArg(w, "bincount", "weights");
            return Statistics.bincount(t, weights, (int) a.getInt("minlength", 0), weights == null ? null : weights.dtype);
        }, "weights", "minlength");
        both("histc", (t, a) -> Statistics.histc(t, (int) a.getInt("bins", 100), a.getDouble("min", 0), a.getDouble("max", 0)),
                "bins", "min", "max");
    }

    /** quantile and nanquantile: a Python number q is range-checked first, as ATen's overload for a double does. */
    private static Tensor quantile(Tensor t, Args a, boolean ignoreNan) {
        Object q = a.get("q"), dim = a.getOrNone("dim", Py.NONE);
        Integer d = dim == Py.NONE ? null : (int) Py.index(dim);
        boolean keepdim = a.getBool("keepdim", false);
        String interpolation = a.getString("interpolation", "linear");
        if (q instanceof Tensor) return Sorting.quantile(t, (Tensor) q, d, keepdim, interpolation, ignoreNan);
        return Sorting.quantile(t, a.getDouble("q"), d, keepdim, interpolation, ignoreNan);
    }

    private static Tensor meanOver(Tensor t, Args a) {
        int[] d = dims(a);
        return d == null ? t.mean() : Reductions.mean(t, d, a.getBool("keepdim", false));
    }
}
