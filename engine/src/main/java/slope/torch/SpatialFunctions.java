package slope.torch;

import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Convolution;
import slope.ops.Padding;
import slope.ops.Pooling;
import slope.tensor.Tensor;

/**
 * The ops of {@code torch._nn} on images and signals: convolution, pooling, padding, unfold and fold.
 * torch.nn.functional (NnSource) turns ints into tuples and adds the batch dim of an unbatched input
 * before calling these, as PyTorch's wrappers do.
 */
final class SpatialFunctions {
    private SpatialFunctions() {}

    private static Tensor tensor(Args a, String fn, String name) { return Convert.tensorArg(a.get(name), fn, name); }

    private static int[] ints(Args a, String name) { return Convert.shape(new Object[] {a.get(name)}); }

    static void addTo(PyModule m) {
        m.def("convolution", (args, kw) -> {
            Args a = Args.parse("convolution", args, kw, "input", "weight", "bias", "stride", "padding", "dilation", "transposed",
                    "output_padding", "groups");
            Object bias = a.getOrNone("bias", Py.NONE);
            return Convolution.convolution(tensor(a, "convolution", "input"), tensor(a, "convolution", "weight"),
                    bias == Py.NONE ? null : Convert.tensorArg(bias, "convolution", "bias"), ints(a, "stride"), ints(a, "padding"),
                    ints(a, "dilation"), (int) a.getInt("groups"), a.getBool("transposed", false), ints(a, "output_padding"));
        });
        m.def("upsample", (args, kw) -> {
            Args a = Args.parse("upsample", args, kw, "input", "output_size", "scale_factors", "mode", "align_corners");
            int[] size = ints(a, "output_size");
            Double[] factors = new Double[size.length];
            Object given = a.getOrNone("scale_factors", Py.NONE);
            for (int d = 0; given != Py.NONE && d < size.length; d++) factors[d] = ((Number) ((PyTuple) given).items[d]).doubleValue();
            return slope.ops.Resample.interpolate(tensor(a, "upsample", "input"), size, factors, (String) a.get("mode"),
                    a.getOrNone("align_corners", Py.NONE) == Boolean.TRUE);
        });
        m.def("unfold", (args, kw) -> {
            Args a = Args.parse("unfold", args, kw, "input", "kernel_size", "dilation", "padding", "stride");
            Tensor x = tensor(a, "unfold", "input");
            int[] plane = {x.shape[x.dim() - 2], x.shape[x.dim() - 1]};
            return Convolution.unfold(x, window(a, plane));
        });
        m.def("fold", (args, kw) -> {
            Args a = Args.parse("fold", args, kw, "input", "output_size", "kernel_size", "dilation", "padding", "stride");
            return Convolution.fold(tensor(a, "fold", "input"), window(a, ints(a, "output_size")));
        });
        m.def("max_pool2d_with_indices", (args, kw) -> {
            Args a = Args.parse("max_pool2d_with_indices", args, kw, "input", "kernel_size", "stride", "padding", "dilation",
                    "ceil_mode");
            Tensor[] r = Pooling.maxPool2d(tensor(a, "max_pool2d", "input"), ints(a, "kernel_size"), ints(a, "stride"),
                    ints(a, "padding"), ints(a, "dilation"), a.getBool("ceil_mode", false));
            return new PyTuple(new Object[] {r[0], r[1]});
        });
        m.def("avg_pool2d", (args, kw) -> {
            Args a = Args.parse("avg_pool2d", args, kw, "input", "kernel_size", "stride", "padding", "ceil_mode",
                    "count_include_pad", "divisor_override");
            Object divisor = a.getOrNone("divisor_override", Py.NONE);
            return Pooling.avgPool2d(tensor(a, "avg_pool2d", "input"), ints(a, "kernel_size"), ints(a, "stride"),
                    ints(a, "padding"), a.getBool("ceil_mode", false), a.getBool("count_include_pad", true),
                    divisor == Py.NONE ? null : (int) Py.index(divisor));
        });
        m.def("adaptive_avg_pool2d", (args, kw) -> {
            Args a = Args.parse("adaptive_avg_pool2d", args, kw, "input", "output_size");
            int[] size = ints(a, "output_size");
            return Pooling.adaptiveAvgPool2d(tensor(a, "adaptive_avg_pool2d", "input"), size[0], size[1]);
        });
        m.def("constant_pad_nd", (args, kw) -> {
            Args a = Args.parse("constant_pad_nd", args, kw, "input", "pad", "value");
            return Padding.constantPad(tensor(a, "pad", "input"), ints(a, "pad"), a.getDouble("value", 0));
        });
    }

    /** unfold's and fold's window over planes of {@code plane}, from pairs of ints. */
    private static Convolution.Window window(Args a, int[] plane) {
        return Convolution.Window.of(plane, ints(a, "kernel_size"), ints(a, "stride"), ints(a, "padding"), ints(a, "dilation"));
    }
}
