package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Storage;
import slope.tensor.Tensor;

/**
 * 2-D pooling over the last two dims of (N, C, H, W) or (C, H, W), as ATen's CPU kernels compute it:
 * max (with the position of each maximum in its plane), average and adaptive average. Each is linear
 * once its windows (and, for max, the positions) are fixed, so its backward is the adjoint map, whose
 * own backward is the forward map again. 1-D pooling is 2-D pooling over planes of height 1.
 */
public final class Pooling {
    private Pooling() {}

    /** {@code max_pool2d_with_indices}: the largest value of each window and its flat position in its plane. */
    public static Tensor[] maxPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceilMode) {
        checkInput(x, "max_pool2d");
        int h = x.shape[x.dim() - 2], w = x.shape[x.dim() - 1];
        int oh = outputSize(h, kernel[0], padding[0], stride[0], dilation[0], ceilMode);
        int ow = outputSize(w, kernel[1], padding[1], stride[1], dilation[1], ceilMode);
        int[] outShape = checkOutput(x, oh, ow);
        int planes = x.numel() / (h * w);
        double[] v = x.values();
        int[] at = new int[planes * oh * ow];
        for (int p = 0, o = 0; p < planes; p++) {
            for (int oi = 0; oi < oh; oi++) {
                for (int oj = 0; oj < ow; oj++, o++) {
                    int i0 = oi * stride[0] - padding[0], j0 = oj * stride[1] - padding[1];
                    int i1 = Math.min(i0 + (kernel[0] - 1) * dilation[0] + 1, h), j1 = Math.min(j0 + (kernel[1] - 1) * dilation[1] + 1, w);
                    while (i0 < 0) i0 += dilation[0];
                    while (j0 < 0) j0 += dilation[1];
                    int best = i0 * w + j0;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int i = i0; i < i1; i += dilation[0]) {
                        for (int j = j0; j < j1; j += dilation[1]) {
                            double e = v[p * h * w + i * w + j];
                            if (e > max || Double.isNaN(e)) { // ATen's test: a nan wins and stays
                                max = e;
                                best = i * w + j;
                            }
                        }
                    }
                    at[o] = best;
                }
            }
        }
        double[] positions = new double[at.length];
        int[] source = new int[at.length];
        for (int i = 0, cells = oh * ow; i < at.length; i++) {
            positions[i] = at[i];
            source[i] = i / cells * h * w + at[i];
        }
        Tensor out = Picks.pick(x, source, outShape, "MaxPool2DWithIndicesBackward0", "MaxPool2DWithIndicesBackwardBackward0",
                Saves.INPUTS, Saves.INDICES);
        return new Tensor[] {out, new Tensor(positions, outShape.clone(), DType.INT64)};
    }

    /** {@code avg_pool2d}: each window's sum divided by its size, padding counted or not, or by {@code divisorOverride}. */
    public static Tensor avgPool2d(Tensor x, int[] kernel, int[] stride, int[] padding, boolean ceilMode,
                                   boolean countIncludePad, Integer divisorOverride) {
        checkInput(x, "avg_pool2d");
        if (divisorOverride != null && divisorOverride == 0) throw PyError.runtime("divisor must be not zero");
        int h = x.shape[x.dim() - 2], w = x.shape[x.dim() - 1];
        int oh = outputSize(h, kernel[0], padding[0], stride[0], 1, ceilMode);
        int ow = outputSize(w, kernel[1], padding[1], stride[1], 1, ceilMode);
        Windows win = new Windows(h, w, oh, ow, checkOutput(x, oh, ow), "AvgPool2DBackward0");
        for (int oi = 0; oi < oh; oi++) {
            for (int oj = 0; oj < ow; oj++) {
                int i0 = oi * stride[0] - padding[0], j0 = oj * stride[1] - padding[1];
                int i1 = Math.min(i0 + kernel[0], h + padding[0]), j1 = Math.min(j0 + kernel[1], w + padding[1]);
                int poolSize = (i1 - i0) * (j1 - j0);
                i0 = Math.max(i0, 0);
                j0 = Math.max(j0, 0);
                i1 = Math.min(i1, h);
                j1 = Math.min(j1, w);
                int divisor = divisorOverride != null ? divisorOverride : countIncludePad ? poolSize : (i1 - i0) * (j1 - j0);
                win.set(oi * ow + oj, i0, i1, j0, j1, divisor, 1);
            }
        }
        return average(x, win);
    }

    /** {@code adaptive_avg_pool2d}: the plane cut into an oh x ow grid of windows whose edges round outwards. */
    public static Tensor adaptiveAvgPool2d(Tensor x, int oh, int ow) {
        checkInput(x, "adaptive_avg_pool2d");
        int h = x.shape[x.dim() - 2], w = x.shape[x.dim() - 1];
        int[] outShape = x.shape.clone();
        outShape[x.dim() - 2] = oh;
        outShape[x.dim() - 1] = ow;
        Windows win = new Windows(h, w, oh, ow, outShape, "AdaptiveAvgPool2DBackward0");
        for (int oi = 0; oi < oh; oi++) {
            for (int oj = 0; oj < ow; oj++) {
                int i0 = oi * h / oh, i1 = ((oi + 1) * h + oh - 1) / oh, j0 = oj * w / ow, j1 = ((oj + 1) * w + ow - 1) / ow;
                win.set(oi * ow + oj, i0, i1, j0, j1, i1 - i0, j1 - j0); // ATen divides by the height, then the width
            }
        }
        return average(x, win);
    }

    /** The windows of one average pooling: per output cell, rows [i0, i1) and columns [j0, j1), and two divisors. */
    private static final class Windows {
        final int h, w, cells;
        final int[] outShape, i0, i1, j0, j1;
        final double[] div1, div2;
        final String name;

        Windows(int h, int w, int oh, int ow, int[] outShape, String name) {
            this.h = h;
            this.w = w;
            this.cells = oh * ow;
            this.outShape = outShape;
            this.name = name;
            i0 = new int[cells];
            i1 = new int[cells];
            j0 = new int[cells];
            j1 = new int[cells];
            div1 = new double[cells];
            div2 = new double[cells];
        }

        void set(int cell, int r0, int r1, int c0, int c1, double d1, double d2) {
            i0[cell] = r0;
            i1[cell] = r1;
            j0[cell] = c0;
            j1[cell] = c1;
            div1[cell] = d1;
            div2[cell] = d2;
        }
    }

    /** Each window's sum, in the dtype as ATen accumulates it, divided by its divisors. */
    private static Tensor average(Tensor x, Windows win) {
        DType dt = x.dtype;
        int plane = win.h * win.w, planes = x.numel() / plane;
        double[] v = x.values(), out = Storage.allocate(planes * win.cells).data();
        for (int p = 0, o = 0; p < planes; p++) {
            for (int c = 0; c < win.cells; c++, o++) {
                double s = 0;
                for (int i = win.i0[c]; i < win.i1[c]; i++) {
                    for (int j = win.j0[c]; j < win.j1[c]; j++) s = dt.round(s + v[p * plane + i * win.w + j]);
                }
                out[o] = win.i0[c] >= win.i1[c] || win.j0[c] >= win.j1[c] ? 0 : dt.round(dt.round(s / win.div1[c]) / win.div2[c]);
            }
        }
        int[] from = x.shape; // not x: a released node keeps no values (Node.release)
        return record(new Tensor(out, win.outShape.clone(), dt), win.name, Saves.NOTHING, g -> new Tensor[] {spread(g, win, from)}, x);
    }

    /** The adjoint of {@link #average}: each cell's gradient, divided as its sum was, added over its window. */
    private static Tensor spread(Tensor g, Windows win, int[] inShape) {
        DType dt = g.dtype;
        int plane = win.h * win.w, planes = g.numel() / win.cells;
        double[] v = g.values(), out = Storage.allocate(planes * plane).data();
        for (int p = 0, o = 0; p < planes; p++) {
            for (int c = 0; c < win.cells; c++, o++) {
                double share = dt.round(dt.round(v[o] / win.div1[c]) / win.div2[c]);
                for (int i = win.i0[c]; i < win.i1[c]; i++) {
                    for (int j = win.j0[c]; j < win.j1[c]; j++) {
                        int at = p * plane + i * win.w + j;
                        out[at] = dt.round(out[at] + share);
                    }
                }
            }
        }
        return record(new Tensor(out, inShape.clone(), dt), win.name.replace("Backward0", "BackwardBackward0"), Saves.NOTHING,
                gg -> new Tensor[] {average(gg, win)}, g);
    }

    /** ATen's pooling_output_shape: windows that start inside the padded plane, the last one rounded up in ceil mode. */
    private static int outputSize(int in, int kernel, int pad, int stride, int dilation, boolean ceilMode) {
        if (stride == 0) throw PyError.runtime("stride should not be zero");
        if (pad < 0) throw PyError.runtime("pad must be non-negative, but got pad: " + pad);
        if (pad > ((kernel - 1) * dilation + 1) / 2) {
            throw PyError.runtime("pad should be at most half of effective kernel size, but got pad=" + pad + ", kernel_size="
                    + kernel + " and dilation=" + dilation);
        }
        int span = in + 2 * pad - dilation * (kernel - 1) - 1 + (ceilMode ? stride - 1 : 0);
        int out = Math.floorDiv(span, stride) + 1;
        if (ceilMode && (out - 1) * stride >= in + pad) out--; // the last window must start inside the plane
        return out;
    }

    private static void checkInput(Tensor x, String op) {
        if (x.dim() != 3 && x.dim() != 4) {
            throw PyError.runtime("non-empty 3D or 4D (batch mode) tensor expected for input to " + op + ", but got "
                    + slope.tensor.Shape.list(x.shape));
        }
    }

    private static int[] checkOutput(Tensor x, int oh, int ow) {
        int d = x.dim();
        if (oh < 1 || ow < 1) {
            throw PyError.runtime("Given input size: (" + x.shape[d - 3] + "x" + x.shape[d - 2] + "x" + x.shape[d - 1]
                    + "). Calculated output size: (" + x.shape[d - 3] + "x" + oh + "x" + ow + "). Output size is too small");
        }
        int[] shape = x.shape.clone();
        shape[d - 2] = oh;
        shape[d - 1] = ow;
        return shape;
    }
}
