package slope.ops;

import static slope.autograd.Node.record;

import slope.autograd.Node.Saves;
import slope.run.Budget;
import slope.run.PyError;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * {@code F.interpolate}'s nearest and (bi)linear modes over the last one or two dims, with the source positions ATen's
 * CPU upsample kernels pick (UpSample.h: nearest_idx, area_pixel_compute_source_index). Each output element is a
 * weighted sum of at most two source elements per dim, so the gradient is that sum sent back (the adjoint), itself
 * recorded with the forward as its gradient, so it differentiates again.
 */
public final class Resample {
    private Resample() {}

    /** Along one dim, for each output position: its two source positions and their weights (nearest: one, weight 1). */
    private static final class Axis {
        final int in, out;
        final int[] i0, i1;
        final double[] w0, w1;

        Axis(int in, int out) {
            this.in = in;
            this.out = out;
            i0 = new int[out];
            i1 = new int[out];
            w0 = new double[out];
            w1 = new double[out];
        }
    }

    /** ATen's compute_scales_value, in float: 1 / scale_factor when the caller gave one, else in / out. */
    private static float scale(Double factor, int in, int out) {
        return (float) (factor != null && factor > 0 ? 1.0 / factor : (double) in / out);
    }

    private static Axis nearest(int in, int out, Double factor) {
        Axis a = new Axis(in, out);
        float s = scale(factor, in, out);
        for (int o = 0; o < out; o++) {
            int i = out == in ? o : out == 2 * in ? o >> 1 : Math.min((int) Math.floor(o * s), in - 1);
            a.i0[o] = a.i1[o] = i;
            a.w0[o] = 1;
        }
        return a;
    }

    private static Axis linear(int in, int out, Double factor, boolean alignCorners) {
        Axis a = new Axis(in, out);
        float s = alignCorners ? (out > 1 ? (float) (in - 1) / (out - 1) : 0f) : scale(factor, in, out);
        for (int o = 0; o < out; o++) {
            float src = alignCorners ? s * o : Math.max(s * (o + 0.5f) - 0.5f, 0f);
            int i = (int) src;
            float l1 = src - i;
            a.i0[o] = i;
            a.i1[o] = i < in - 1 ? i + 1 : i;
            a.w0[o] = 1f - l1;
            a.w1[o] = l1;
        }
        return a;
    }

    /**
     * {@code upsample_<mode>{1,2}d}: x of shape (N, C, *spatial) resized to {@code size} along its last
     * {@code size.length} dims, with the scale factors the caller gave (null where it gave sizes); mode "nearest",
     * "linear" (one dim) or "bilinear" (two).
     */
    public static Tensor interpolate(Tensor x, int[] size, Double[] factors, String mode, boolean alignCorners) {
        int spatial = size.length, base = x.dim() - spatial;
        for (int d = 0; d < spatial; d++) {
            if (size[d] <= 0 || x.shape[base + d] <= 0) throw PyError.runtime(sizesMessage(x, size));
        }
        Axis[] axes = new Axis[spatial];
        for (int d = 0; d < spatial; d++) {
            int in = x.shape[base + d];
            axes[d] = mode.equals("nearest") ? nearest(in, size[d], factors[d]) : linear(in, size[d], factors[d], alignCorners);
        }
        String name = "Upsample" + (mode.equals("nearest") ? "Nearest" : spatial == 1 ? "Linear" : "Bilinear") + spatial + "D";
        return forward(x, axes, name);
    }

    /** ATen's upsample check: "Input and output sizes should be greater than 0, but got input (H: 2, W: 2) output (H: 0, W: 3)". */
    private static String sizesMessage(Tensor x, int[] size) {
        String[] names = size.length == 1 ? new String[] {"W"} : new String[] {"H", "W"};
        StringBuilder in = new StringBuilder(), out = new StringBuilder();
        for (int d = 0; d < size.length; d++) {
            String sep = d == 0 ? "" : ", ";
            in.append(sep).append(names[d]).append(": ").append(x.shape[x.dim() - size.length + d]);
            out.append(sep).append(names[d]).append(": ").append(size[d]);
        }
        return "Input and output sizes should be greater than 0, but got input (" + in + ") output (" + out + ")";
    }

    private static Tensor forward(Tensor x, Axis[] axes, String name) {
        int[] shape = x.shape.clone();
        for (int d = 0; d < axes.length; d++) shape[shape.length - axes.length + d] = axes[d].out;
        Budget.current().allocate(Shape.numel(shape));
        double[] v = x.values(), out = new double[Shape.numel(shape)];
        int wIn = last(axes).in, wOut = last(axes).out, planeIn = planeSize(axes, true), planeOut = planeSize(axes, false);
        Axis rows = axes.length == 2 ? axes[0] : null, cols = last(axes);
        for (int p = 0; p < out.length / planeOut; p++) {
            for (int oh = 0; oh < (rows == null ? 1 : rows.out); oh++) {
                for (int ow = 0; ow < wOut; ow++) {
                    double s;
                    if (rows == null) {
                        s = line(v, p * planeIn, cols, ow);
                    } else { // ATen: h0 * (w0 x00 + w1 x01) + h1 * (w0 x10 + w1 x11)
                        s = weighted(rows.w0[oh], line(v, p * planeIn + rows.i0[oh] * wIn, cols, ow))
                                + weighted(rows.w1[oh], line(v, p * planeIn + rows.i1[oh] * wIn, cols, ow));
                    }
                    out[p * planeOut + oh * wOut + ow] = x.dtype.round(s);
                }
            }
        }
        Tensor result = new Tensor(out, shape, x.dtype);
        int[] from = x.shape; // not x: a released node keeps no values (Node.release)
        return record(result, name + "Backward0", Saves.NOTHING, g -> new Tensor[] {adjoint(g, axes, from, name)}, x);
    }

    /** The gradient of {@link #forward}: each output's gradient sent back to its sources with their weights. */
    private static Tensor adjoint(Tensor g, Axis[] axes, int[] inShape, String name) {
        Budget.current().allocate(Shape.numel(inShape));
        double[] gv = g.values(), in = new double[Shape.numel(inShape)];
        int wIn = last(axes).in, wOut = last(axes).out, planeIn = planeSize(axes, true), planeOut = planeSize(axes, false);
        Axis rows = axes.length == 2 ? axes[0] : null, cols = last(axes);
        for (int p = 0; p < gv.length / planeOut; p++) {
            for (int oh = 0; oh < (rows == null ? 1 : rows.out); oh++) {
                for (int ow = 0; ow < wOut; ow++) {
                    double e = gv[p * planeOut + oh * wOut + ow];
                    if (rows == null) {
                        spread(in, p * planeIn, cols, ow, e);
                    } else {
                        spread(in, p * planeIn + rows.i0[oh] * wIn, cols, ow, rows.w0[oh] * e);
                        if (rows.w1[oh] != 0) spread(in, p * planeIn + rows.i1[oh] * wIn, cols, ow, rows.w1[oh] * e);
                    }
                }
            }
        }
        for (int i = 0; i < in.length; i++) in[i] = g.dtype.round(in[i]);
        Tensor result = new Tensor(in, inShape.clone(), g.dtype);
        return record(result, name + "BackwardBackward0", Saves.NOTHING, gg -> new Tensor[] {forward(gg, axes, name)}, g);
    }

    /** The value at output column o of one source row: w0 x[i0] + w1 x[i1] (a nearest column reads one). */
    private static double line(double[] v, int row, Axis cols, int o) {
        return weighted(cols.w0[o], v[row + cols.i0[o]]) + weighted(cols.w1[o], v[row + cols.i1[o]]);
    }

    private static void spread(double[] in, int row, Axis cols, int o, double e) {
        in[row + cols.i0[o]] += cols.w0[o] * e;
        if (cols.w1[o] != 0) in[row + cols.i1[o]] += cols.w1[o] * e;
    }

    /** w * x, and 0 for a weight of 0 even where x is infinite: a nearest pick copies its one source. */
    private static double weighted(double w, double x) { return w == 0 ? 0 : w * x; }

    private static Axis last(Axis[] axes) { return axes[axes.length - 1]; }

    private static int planeSize(Axis[] axes, boolean input) {
        int n = 1;
        for (Axis a : axes) n *= input ? a.in : a.out;
        return n;
    }
}
