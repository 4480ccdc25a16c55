package slope.torch;

import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.ops.Activations;
import slope.ops.LinearAlgebra;
import slope.ops.Losses;
import slope.ops.Views;
import slope.tensor.Tensor;

/**
 * {@code torch._nn}: the Java ops under torch.nn.functional (written in Python, NnSource), named
 * after ATen's so the recorded grad_fn is PyTorch's: linear (AddmmBackward0 for a batch) and the
 * losses that are one node each.
 */
final class NnFunctions {
    private NnFunctions() {}

    private static Tensor optional(Args a, String name) {
        Object o = a.getOrNone(name, Py.NONE);
        return o == Py.NONE ? null : Convert.tensorArg(o, "loss", name);
    }

    /** The one tensor argument of an activation. */
    private static Tensor input(Object[] args, java.util.Map<String, Object> kw, String fn) {
        return Convert.tensorArg(Args.parse(fn, args, kw, "input").get("input"), fn, "input");
    }

    private static Tensor shrink(Object[] args, java.util.Map<String, Object> kw, String fn, boolean soft) {
        Args a = Args.parse(fn, args, kw, "input", "lambd");
        Tensor x = Convert.tensorArg(a.get("input"), fn, "input");
        double lambd = a.getDouble("lambd", 0.5);
        return soft ? Activations.softshrink(x, lambd) : Activations.hardshrink(x, lambd);
    }

    private static Losses.Reduction reduction(Args a) { return Losses.Reduction.of(a.getString("reduction", "mean")); }

    static PyModule create() {
        PyModule m = new PyModule("torch._nn");
        m.set("Parameter", Parameter.TYPE);
        m.def("linear", (args, kw) -> {
            Args a = Args.parse("linear", args, kw, "input", "weight", "bias");
            Tensor x = Convert.tensorArg(a.get("input"), "linear", "input");
            Tensor w = Convert.tensorArg(a.get("weight"), "linear", "weight");
            Object b = a.getOrNone("bias", Py.NONE);
            if (b == Py.NONE) return LinearAlgebra.matmul(x, Views.t(w));
            Tensor bias = Convert.tensorArg(b, "linear", "bias");
            if (x.dim() == 2) return LinearAlgebra.addmm(bias, x, Views.t(w));
            if (x.dim() >= 3 && x.isContiguous()) {
                // ATen flattens a contiguous batch of matrices into one addmm and views the result back.
                int[] shape = x.shape.clone();
                Tensor flat = LinearAlgebra.addmm(bias, Views.view(x, new int[] {-1, shape[shape.length - 1]}), Views.t(w));
                shape[shape.length - 1] = flat.shape[1];
                return Views.view(flat, shape);
            }
            return LinearAlgebra.matmul(x, Views.t(w)).add(bias);
        });
        m.def("leaky_relu", (args, kw) -> {
            Args a = Args.parse("leaky_relu", args, kw, "input", "negative_slope");
            return Activations.leakyRelu(Convert.tensorArg(a.get("input"), "leaky_relu", "input"), a.getDouble("negative_slope", 0.01));
        });
        m.def("gelu", (args, kw) -> {
            Args a = Args.parse("gelu", args, kw, "input", "approximate");
            String approx = a.getString("approximate", "none");
            if (!approx.equals("none") && !approx.equals("tanh")) throw slope.run.PyError.runtime("approximate argument must be either none or tanh.");
            return Activations.gelu(Convert.tensorArg(a.get("input"), "gelu", "input"), approx.equals("tanh"));
        });
        m.def("silu", (args, kw) -> Activations.silu(input(args, kw, "silu")));
        m.def("elu", (args, kw) -> {
            Args a = Args.parse("elu", args, kw, "input", "alpha", "scale", "input_scale");
            return Activations.elu(Convert.tensorArg(a.get("input"), "elu", "input"), a.getDouble("alpha", 1.0),
                    a.getDouble("scale", 1.0), a.getDouble("input_scale", 1.0));
        });
        m.def("hardtanh", (args, kw) -> {
            Args a = Args.parse("hardtanh", args, kw, "input", "min_val", "max_val");
            return Activations.hardtanh(Convert.tensorArg(a.get("input"), "hardtanh", "input"), a.getDouble("min_val", -1.0),
                    a.getDouble("max_val", 1.0));
        });
        m.def("hardshrink", (args, kw) -> shrink(args, kw, "hardshrink", false));
        m.def("softshrink", (args, kw) -> shrink(args, kw, "softshrink", true));
        m.def("threshold", (args, kw) -> {
            Args a = Args.parse("threshold", args, kw, "input", "threshold", "value");
            return Activations.threshold(Convert.tensorArg(a.get("input"), "threshold", "input"), a.getDouble("threshold"),
                    a.getDouble("value"));
        });
        m.def("log_sigmoid", (args, kw) -> Activations.logSigmoid(input(args, kw, "log_sigmoid")));
        m.def("mish", (args, kw) -> Activations.mish(input(args, kw, "mish")));
        m.def("hardsigmoid", (args, kw) -> Activations.hardsigmoid(input(args, kw, "hardsigmoid")));
        m.def("hardswish", (args, kw) -> Activations.hardswish(input(args, kw, "hardswish")));
        m.def("glu", (args, kw) -> {
            Args a = Args.parse("glu", args, kw, "input", "dim");
            return Activations.glu(Convert.tensorArg(a.get("input"), "glu", "input"), (int) a.getInt("dim", -1));
        });
        m.def("prelu", (args, kw) -> {
            Args a = Args.parse("prelu", args, kw, "input", "weight");
            return Activations.prelu(Convert.tensorArg(a.get("input"), "prelu", "input"), Convert.tensorArg(a.get("weight"), "prelu", "weight"));
        });
        m.def("softplus", (args, kw) -> {
            Args a = Args.parse("softplus", args, kw, "input", "beta", "threshold");
            return Activations.softplus(Convert.tensorArg(a.get("input"), "softplus", "input"), a.getDouble("beta", 1.0),
                    a.getDouble("threshold", 20.0));
        });
        m.def("layer_norm", (args, kw) -> {
            Args a = Args.parse("layer_norm", args, kw, "input", "normalized_dims", "weight", "bias", "eps");
            return slope.ops.Normalization.layerNorm(Convert.tensorArg(a.get("input"), "layer_norm", "input"),
                    (int) a.getInt("normalized_dims"), optional(a, "weight"), optional(a, "bias"), a.getDouble("eps", 1e-5));
        });
        m.def("batch_norm", (args, kw) -> {
            Args a = Args.parse("batch_norm", args, kw, "input", "running_mean", "running_var", "weight", "bias", "training",
                    "momentum", "eps");
            return slope.ops.Normalization.batchNorm(Convert.tensorArg(a.get("input"), "batch_norm", "input"),
                    optional(a, "running_mean"), optional(a, "running_var"), optional(a, "weight"), optional(a, "bias"),
                    a.getBool("training", false), a.getDouble("momentum", 0.1), a.getDouble("eps", 1e-5));
        });
        m.def("embedding", (args, kw) -> {
            Args a = Args.parse("embedding", args, kw, "input", "weight", "padding_idx");
            Tensor w = Convert.tensorArg(a.get("weight"), "embedding", "weight");
            Object p = a.getOrNone("padding_idx", Py.NONE);
            long pad = p == Py.NONE ? -1 : Py.index(p);
            return slope.ops.Embedding.embedding(w, Convert.tensorArg(a.get("input"), "embedding", "input"), pad < 0 ? pad + w.shape[0] : pad);
        });
        m.def("norm", (args, kw) -> {
            Args a = Args.parse("norm", args, kw, "input", "p", "dim", "keepdim");
            return slope.ops.Statistics.vectorNorm(Convert.tensorArg(a.get("input"), "norm", "input"), TensorMethods.ord(a, "p", 2.0),
                    TensorMethods.dims(a), a.getBool("keepdim", false), "NormBackward1");
        });
        m.def("smooth_l1_loss", (args, kw) -> {
            Args a = Args.parse("smooth_l1_loss", args, kw, "input", "target", "reduction", "beta");
            return Losses.smoothL1(Convert.tensorArg(a.get("input"), "smooth_l1_loss", "input"),
                    Convert.tensorArg(a.get("target"), "smooth_l1_loss", "target"), reduction(a), a.getDouble("beta", 1.0), false);
        });
        m.def("huber_loss", (args, kw) -> {
            Args a = Args.parse("huber_loss", args, kw, "input", "target", "reduction", "delta");
            return Losses.smoothL1(Convert.tensorArg(a.get("input"), "huber_loss", "input"),
                    Convert.tensorArg(a.get("target"), "huber_loss", "target"), reduction(a), a.getDouble("delta", 1.0), true);
        });
        m.def("mse_loss", (args, kw) -> {
            Args a = Args.parse("mse_loss", args, kw, "input", "target", "reduction");
            return Losses.mseLoss(Convert.tensorArg(a.get("input"), "mse_loss", "input"),
                    Convert.tensorArg(a.get("target"), "mse_loss", "target"), reduction(a));
        });
        m.def("nll_loss", (args, kw) -> {
            Args a = Args.parse("nll_loss", args, kw, "input", "target", "reduction", "ignore_index", "weight");
            return Losses.nllLoss(Convert.tensorArg(a.get("input"), "nll_loss", "input"),
                    Convert.tensorArg(a.get("target"), "nll_loss", "target"), optional(a, "weight"), reduction(a),
                    a.getInt("ignore_index", -100));
        });
        m.def("binary_cross_entropy", (args, kw) -> {
            Args a = Args.parse("binary_cross_entropy", args, kw, "input", "target", "reduction", "weight");
            return Losses.binaryCrossEntropy(Convert.tensorArg(a.get("input"), "binary_cross_entropy", "input"),
                    Convert.tensorArg(a.get("target"), "binary_cross_entropy", "target"), optional(a, "weight"), reduction(a));
        });
        m.def("binary_cross_entropy_with_logits", (args, kw) -> {
            Args a = Args.parse("binary_cross_entropy_with_logits", args, kw, "input", "target", "reduction", "weight", "pos_weight");
            return Losses.binaryCrossEntropyWithLogits(Convert.tensorArg(a.get("input"), "binary_cross_entropy_with_logits", "input"),
                    Convert.tensorArg(a.get("target"), "binary_cross_entropy_with_logits", "target"), optional(a, "weight"),
                    optional(a, "pos_weight"), reduction(a));
        });
        SpatialFunctions.addTo(m);
        m.def("divide_by_count", (args, kw) -> {
            Args a = Args.parse("divide_by_count", args, kw, "input", "count");
            return Losses.divideByCount(Convert.tensorArg(a.get("input"), "div", "input"), a.getInt("count"));
        });
        return m;
    }
}
