package slope.ops;

import static slope.autograd.Node.record;
import static slope.autograd.Node.wants;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Shape;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/**
 * Convolutions (conv1d, conv2d and their transposes, all ConvolutionBackward0 in PyTorch) through im2col:
 * {@link #unfold} lays each sliding window of the input out as a column, so a convolution is one matrix
 * product per group. unfold and {@link #fold} (col2im) are each other's adjoint and gradient, so the
 * backward rules, written with them and matmul, differentiate again. A 1-D convolution is a 2-D one
 * over planes of height 1.
 */
public final class Convolution {
    private Convolution() {}

    /** A 2-D sliding window over planes of {@code h x w}: kernel, stride, padding and dilation per axis. */
    public record Window(int h, int w, int kh, int kw, int sh, int sw, int ph, int pw, int dh, int dw) {
        /** The number of window positions down and across. */
        int oh() { return (h + 2 * ph - dh * (kh - 1) - 1) / sh + 1; }

        int ow() { return (w + 2 * pw - dw * (kw - 1) - 1) / sw + 1; }

        /** A 1-D or 2-D window from per-axis parameters, a 1-D one as height 1. */
        public static Window of(int[] plane, int[] kernel, int[] stride, int[] padding, int[] dilation) {
            int last = kernel.length - 1;
            return new Window(last == 0 ? 1 : plane[0], plane[last], last == 0 ? 1 : kernel[0], kernel[last],
                    last == 0 ? 1 : stride[0], stride[last], last == 0 ? 0 : padding[0], padding[last],
                    last == 0 ? 1 : dilation[0], dilation[last]);
        }
    }

    /** {@code F.unfold}: (N, C, H, W) or (C, H, W) to columns (N, C * kh * kw, windows), zeros where padding. */
    public static Tensor unfold(Tensor x, Window win) {
        int n = x.dim() == 4 ? x.shape[0] : 1, c = x.shape[x.dim() - 3], rows = c * win.kh * win.kw, l = win.oh() * win.ow();
        double[] cols = Storage.allocate(n * rows * l).data();
        walk(x.values(), cols, n, c, win, false, x.dtype);
        int[] shape = x.dim() == 4 ? new int[] {n, rows, l} : new int[] {rows, l};
        return record(new Tensor(cols, shape, x.dtype), "Im2ColBackward0", Saves.NOTHING, g -> new Tensor[] {fold(g, win)}, x);
    }

    /** {@code F.fold}: columns (N, C * kh * kw, windows) or (C * kh * kw, windows) summed back into planes. */
    public static Tensor fold(Tensor cols, Window win) {
        boolean batched = cols.dim() == 3;
        int n = batched ? cols.shape[0] : 1, k = win.kh * win.kw, rows = cols.shape[cols.dim() - 2];
        if (rows % k != 0) {
            throw PyError.runtime("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but got"
                    + " input.size(1)=" + rows + " and kernel_size=(" + win.kh + ", " + win.kw + ")");
        }
        if (cols.shape[cols.dim() - 1] != win.oh() * win.ow()) {
            throw PyError.runtime("Given output_size=(" + win.h + ", " + win.w + "), kernel_size=(" + win.kh + ", " + win.kw
                    + "), dilation=(" + win.dh + ", " + win.dw + "), padding=(" + win.ph + ", " + win.pw + "), stride=("
                    + win.sh + ", " + win.sw + "), expected size of input's dimension 2 to match the calculated number of"
                    + " sliding blocks " + win.oh() + " * " + win.ow() + " = " + win.oh() * win.ow() + ", but got input.size(2)="
                    + cols.shape[cols.dim() - 1] + ".");
        }
        int c = rows / k;
        double[] image = Storage.allocate(n * c * win.h * win.w).data();
        walk(image, cols.values(), n, c, win, true, cols.dtype);
        int[] shape = batched ? new int[] {n, c, win.h, win.w} : new int[] {c, win.h, win.w};
        return record(new Tensor(image, shape, cols.dtype), "Col2ImBackward0", Saves.NOTHING, g -> new Tensor[] {unfold(g, win)}, cols);
    }

    /**
     * Visits each (column entry, image position) pair of the window once, in col2im's order: copies the image
     * into the columns, or adds the columns back into the image (rounding each sum to {@code dt}, as ATen adds).
     */
    private static void walk(double[] image, double[] cols, int n, int c, Window win, boolean toImage, DType dt) {
        int oh = win.oh(), ow = win.ow(), l = oh * ow, rows = c * win.kh * win.kw;
        for (int b = 0; b < n; b++) {
            for (int row = 0; row < rows; row++) {
                int ch = row / (win.kh * win.kw), ki = row / win.kw % win.kh, kj = row % win.kw;
                int plane = (b * c + ch) * win.h * win.w, base = (b * rows + row) * l;
                for (int oi = 0; oi < oh; oi++) {
                    int ii = oi * win.sh - win.ph + ki * win.dh;
                    if (ii < 0 || ii >= win.h) continue;
                    for (int oj = 0; oj < ow; oj++) {
                        int jj = oj * win.sw - win.pw + kj * win.dw;
                        if (jj < 0 || jj >= win.w) continue;
                        int at = plane + ii * win.w + jj, col = base + oi * ow + oj;
                        if (toImage) image[at] = dt.round(image[at] + cols[col]);
                        else cols[col] = image[at];
                    }
                }
            }
        }
    }

    /**
     * {@code torch.convolution}: x (N, C, *spatial), weight (out, C / groups, *kernel) or, transposed,
     * (C, out / groups, *kernel), for one or two spatial dims; {@code outputPadding} only when transposed.
     */
    public static Tensor convolution(Tensor x, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation,
                                     int groups, boolean transposed, int[] outputPadding) {
        check(x, weight, bias, stride, padding, dilation, groups, transposed, outputPadding);
        int spatial = weight.dim() - 2, n = x.shape[0];
        int[] plane = java.util.Arrays.copyOfRange(x.shape, 2, x.dim()), kernel = java.util.Arrays.copyOfRange(weight.shape, 2, weight.dim());
        Window win;
        if (transposed) {
            int[] out = new int[spatial];
            for (int i = 0; i < spatial; i++) {
                out[i] = (plane[i] - 1) * stride[i] - 2 * padding[i] + dilation[i] * (kernel[i] - 1) + outputPadding[i] + 1;
            }
            win = Window.of(out, kernel, stride, padding, dilation);
            if (win.oh() * win.ow() != Shape.numel(plane)) {
                throw new PyError("NotImplementedError", "output_padding at least as large as the stride is not supported");
            }
        } else {
            win = Window.of(plane, kernel, stride, padding, dilation);
        }
        Tensor x4 = planes(x.detach()), w4 = planes(weight.detach());
        Tensor y4 = transposed ? spread(x4, w4, win, groups) : correlate(x4, w4, win, groups);
        int channels = y4.shape[1];
        if (bias != null) y4 = Arithmetic.add(y4, bias.detach().reshape(1, channels, 1, 1));
        int[] shape = spatial == 1 ? new int[] {n, channels, y4.shape[3]} : y4.shape;
        Tensor y = new Tensor(y4.values(), shape, x.dtype);
        return record(y, "ConvolutionBackward0", Saves.INPUTS, g -> {
            Tensor g4 = planes(g), xs = planes(x), ws = planes(weight);
            Tensor gx = null, gw = null;
            if (wants(x)) gx = (transposed ? correlate(g4, ws, win, groups) : spread(g4, ws, win, groups)).reshape(x.shape);
            if (wants(weight)) gw = transposed ? weightGrad(xs, g4, win, groups) : weightGrad(g4, xs, win, groups);
            return new Tensor[] {gx, gw == null ? null : gw.reshape(weight.shape),
                bias != null && wants(bias) ? g4.sum(new int[] {0, 2, 3}, false) : null};
        }, x, weight, bias);
    }

    /** A 1-D signal (N, C, L) as planes of height 1; 2-D planes as they are. */
    private static Tensor planes(Tensor t) { return t.dim() == 3 ? Views.unsqueeze(t, 2) : t; }

    /** conv2d without bias: the weights of each group times the columns of its channels. */
    private static Tensor correlate(Tensor x, Tensor w, Window win, int groups) {
        int n = x.shape[0], out = w.shape[0], l = win.oh() * win.ow();
        Tensor cols = unfold(x, win).reshape(n, groups, -1, l);
        return LinearAlgebra.matmul(w.reshape(groups, out / groups, -1), cols).reshape(n, out, win.oh(), win.ow());
    }

    /** conv_transpose2d without bias: the adjoint of {@link #correlate} in its input, windows summed back by fold. */
    private static Tensor spread(Tensor y, Tensor w, Window win, int groups) {
        int n = y.shape[0], in = y.shape[1], l = y.shape[2] * y.shape[3];
        Tensor wt = Views.transpose(w.reshape(groups, in / groups, -1), 1, 2);
        return fold(LinearAlgebra.matmul(wt, y.reshape(n, groups, in / groups, l)).reshape(n, -1, l), win);
    }

    /** The weight gradient of a correlation: per group, the rows of {@code a} against the columns of {@code image}. */
    private static Tensor weightGrad(Tensor a, Tensor image, Window win, int groups) {
        int n = a.shape[0], l = a.shape[2] * a.shape[3];
        Tensor cols = unfold(image, win).reshape(n, groups, -1, l);
        return LinearAlgebra.matmul(a.reshape(n, groups, -1, l), Views.transpose(cols, 2, 3)).sum(new int[] {0}, false);
    }

    /** ATen's checks of a convolution's arguments, with its messages. */
    private static void check(Tensor x, Tensor w, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups,
                              boolean transposed, int[] outputPadding) {
        if (groups <= 0) throw PyError.runtime("non-positive groups is not supported");
        for (int i = 0; i < stride.length; i++) {
            if (padding[i] < 0) throw PyError.runtime("negative padding is not supported");
            if (stride[i] <= 0) throw PyError.runtime("non-positive stride is not supported");
            if (dilation[i] <= 0) throw PyError.runtime("dilation should be greater than zero");
            if (transposed && outputPadding[i] >= Math.max(stride[i], dilation[i])) {
                throw PyError.runtime("output padding must be smaller than either stride or dilation, but got output_padding: "
                        + outputPadding[i] + ", stride: " + stride[i] + ", dilation: " + dilation[i]);
            }
        }
        if (x.dtype != w.dtype || (bias != null && bias.dtype != x.dtype)) {
            Tensor other = bias != null && bias.dtype != x.dtype ? bias : w; // ATen names the bias first
            throw PyError.runtime("Input type (" + x.dtype.cName() + ") and " + (other == w ? "weight" : "bias") + " type ("
                    + other.dtype.cName() + ") should be the same");
        }
        if (x.dim() != w.dim()) {
            throw PyError.runtime("Expected " + w.dim() + "-dimensional input for " + w.dim() + "-dimensional weight "
                    + Shape.list(w.shape) + ", but got " + x.dim() + "-dimensional input of size " + Shape.list(x.shape) + " instead");
        }
        int channels = transposed ? w.shape[0] : w.shape[1] * groups;
        if (!transposed && w.shape[0] % groups != 0) {
            throw PyError.runtime("Given groups=" + groups + ", expected weight to be divisible by " + groups + " at dimension 0,"
                    + " but got weight of size " + Shape.list(w.shape) + " instead");
        }
        if (x.shape[1] != channels) {
            throw PyError.runtime("Given " + (transposed ? "transposed=1" : "groups=" + groups) + ", weight of size "
                    + Shape.list(w.shape) + ", expected input" + Shape.list(x.shape) + " to have " + channels
                    + " channels, but got " + x.shape[1] + " channels instead");
        }
        int outChannels = transposed ? w.shape[1] * groups : w.shape[0];
        if (bias != null && (bias.dim() != 1 || bias.shape[0] != outChannels)) {
            throw PyError.runtime("Given weight of size " + Shape.list(w.shape) + ", expected bias to be 1-dimensional with "
                    + outChannels + " elements, but got bias of size " + Shape.list(bias.shape) + " instead");
        }
        if (transposed) return;
        StringBuilder in = new StringBuilder(), kernel = new StringBuilder();
        boolean fits = true;
        for (int i = 2; i < x.dim(); i++) {
            int padded = x.shape[i] + 2 * padding[i - 2], dilated = dilation[i - 2] * (w.shape[i] - 1) + 1;
            fits &= padded >= dilated;
            in.append(i > 2 ? " x " : "").append(padded);
            kernel.append(i > 2 ? " x " : "").append(dilated);
        }
        if (!fits) {
            throw PyError.runtime("Calculated padded input size per channel: (" + in + "). Kernel size: (" + kernel
                    + "). Kernel size can't be greater than actual input size");
        }
    }
}
