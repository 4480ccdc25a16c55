package slope.ops;

import static slope.autograd.Node.record;

import java.util.ArrayList;
import java.util.List;
import slope.autograd.Node.Saves;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * Ops that move, repeat, select, split or mask elements: flip, roll, repeat, repeat_interleave, diag, gather,
 * index_select (as {@link Picks}), split, chunk, unbind (views), scatter, index_add, triu, tril, masked_fill, cumsum,
 * cummax, nonzero and unique. Each is recorded under PyTorch's name for it. The ops that order values are in
 * {@link Sorting}.
 */
public final class Rearrange {
    private Rearrange() {}

    public static Tensor flip(Tensor x, int[] dims) {
        boolean[] flipped = new boolean[x.dim()];
        for (int d : dims) {
            int w = Shape.wrapDim(d, x.dim());
            if (flipped[w]) throw PyError.runtime("dims has duplicates, original flip dims size=" + dims.length + ", but unique flip dims size=" + (dims.length - 1));
            flipped[w] = true;
        }
        int[] source = new int[x.numel()], c = new int[x.dim()];
        Picks.Odometer o = new Picks.Odometer(x.shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            for (int d = 0; d < c.length; d++) c[d] = flipped[d] ? x.shape[d] - 1 - o.c[d] : o.c[d];
            source[i] = Picks.position(x.shape, c);
        }
        return Picks.pick(x, source, x.shape.clone(), "FlipBackward0", "FlipBackward0");
    }

    /** {@code roll(shifts, dims)}: elements shifted along each dim, wrapping around; no dims rolls the flattened tensor. */
    public static Tensor roll(Tensor x, int[] shifts, int[] dims) {
        if (dims.length == 0) {
            if (shifts.length != 1) throw PyError.runtime("shifts and dimensions must align. shifts: " + shifts.length + ", dims:0");
            return Views.reshape(roll(Views.reshape(x, new int[] {x.numel()}), shifts, new int[] {0}), x.shape.clone());
        }
        if (shifts.length != dims.length) {
            throw PyError.runtime("shifts and dimensions must align. shifts: " + shifts.length + ", dims:" + dims.length);
        }
        int[] by = new int[x.dim()];
        for (int k = 0; k < dims.length; k++) {
            int d = Shape.wrapDim(dims[k], x.dim());
            by[d] += shifts[k];
        }
        int[] source = new int[x.numel()], c = new int[x.dim()];
        Picks.Odometer o = new Picks.Odometer(x.shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            for (int d = 0; d < c.length; d++) c[d] = Math.floorMod(o.c[d] - by[d], x.shape[d]);
            source[i] = Picks.position(x.shape, c);
        }
        return Picks.pick(x, source, x.shape.clone(), "RollBackward0", "RollBackward0");
    }

    /**
     * {@code scatter_add(dim, index, src)} or {@code scatter(dim, index, src)}: a copy of x with src's elements
     * added (or written) where index sends them along dim; later writes to one position win.
     */
    public static Tensor scatter(Tensor x, int dim, Tensor index, Tensor src, boolean add) {
        int d = Shape.wrapDim(dim, x.dim());
        checkIndex(index, add ? "scatter_add" : "scatter");
        if (index.dim() != x.dim() || (src.dim() != 0 && src.dim() != x.dim())) {
            throw PyError.runtime("Index tensor must have the same number of dimensions as self tensor");
        }
        double[] out = x.values().clone(), idx = index.values(), s = src.values();
        int[] srcStrides = Shape.contiguousStrides(src.shape);
        Picks.Odometer o = new Picks.Odometer(index.shape);
        for (int i = 0; i < idx.length; i++, o.next()) {
            int from = 0;
            if (src.dim() != 0) for (int k = 0; k < o.c.length; k++) from += o.c[k] * srcStrides[k];
            int to = Picks.position(x.shape, o.c, d, Views.wrapIndex((long) idx[i], x.shape[d], d));
            out[to] = x.dtype.round(add ? out[to] + s[from] : s[from]);
        }
        Tensor result = new Tensor(out, x.shape.clone(), x.dtype);
        return record(result, add ? "ScatterAddBackward0" : "ScatterBackward0", Saves.INDICES, g -> new Tensor[] {
            add ? g : scatter(g, d, index, Tensor.wrap(0, g.dtype), false),
            src.requiresGrad() ? gather(g, d, index) : null}, x, src);
    }

    /** {@code repeat_interleave(repeats, dim)}: each element (or slice along dim) repeated; no dim flattens first. */
    public static Tensor repeatInterleave(Tensor x, int repeats, Integer dim) {
        if (repeats < 0) throw PyError.runtime("repeats can not be negative");
        if (dim == null) return repeatInterleave(Views.reshape(x, new int[] {x.numel()}), repeats, 0);
        int d = Shape.wrapDim(dim, x.dim());
        int[] shape = x.shape.clone();
        shape[d] *= repeats;
        int[] source = new int[Shape.numel(shape)];
        Picks.Odometer o = new Picks.Odometer(shape);
        for (int i = 0; i < source.length; i++, o.next()) source[i] = Picks.position(x.shape, o.c, d, o.c[d] / repeats);
        return Picks.pick(x, source, shape, "IndexSelectBackward0", "IndexAddBackward0"); // ATen's is an index_select
    }

    /**
     * {@code torch.diag}: a 1-D tensor becomes the diagonal of a square matrix, a matrix gives its diagonal;
     * {@code offset} above (positive) or below it.
     */
    public static Tensor diag(Tensor x, int offset) {
        if (x.dim() == 2) return diagonal(x, offset, 0, 1);
        if (x.dim() != 1) throw PyError.runtime("diag(): Supports 1D or 2D tensors. Got " + x.dim() + "D");
        int n = x.shape[0] + Math.abs(offset);
        double[] v = x.values(), out = new double[n * n];
        for (int i = 0; i < v.length; i++) out[(i + Math.max(0, -offset)) * n + i + Math.max(0, offset)] = v[i];
        return record(new Tensor(out, new int[] {n, n}, x.dtype), "DiagEmbedBackward0", Saves.NOTHING,
                g -> new Tensor[] {diag(g, offset)}, x);
    }

    /**
     * {@code torch.diagonal(x, offset, dim1, dim2)}: the elements where the two dims' indices differ by offset, as a
     * new last dim after the others (DiagonalBackward0).
     */
    public static Tensor diagonal(Tensor x, int offset, int dim1, int dim2) {
        int d1 = Shape.wrapDim(dim1, x.dim()), d2 = Shape.wrapDim(dim2, x.dim());
        if (d1 == d2) throw PyError.runtime("diagonal dimensions cannot be identical " + dim1 + ", " + dim2);
        int r0 = Math.max(0, -offset), c0 = Math.max(0, offset);
        int n = Math.max(0, Math.min(x.shape[d1] - r0, x.shape[d2] - c0));
        int[] shape = new int[x.dim() - 1], others = new int[x.dim() - 2];
        for (int d = 0, k = 0; d < x.dim(); d++) if (d != d1 && d != d2) others[k++] = d;
        for (int k = 0; k < others.length; k++) shape[k] = x.shape[others[k]];
        shape[shape.length - 1] = n;
        int[] strides = Shape.contiguousStrides(x.shape), source = new int[Shape.numel(shape)];
        Picks.Odometer o = new Picks.Odometer(shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            int at = 0, k = o.c[shape.length - 1];
            for (int j = 0; j < others.length; j++) at += o.c[j] * strides[others[j]];
            source[i] = at + (r0 + k) * strides[d1] + (c0 + k) * strides[d2];
        }
        return Picks.pick(x, source, shape, "DiagonalBackward0", "DiagonalBackwardBackward0");
    }

    /** {@code torch.trace}: the sum of a matrix's diagonal (TraceBackward0: the gradient on the diagonal, zeros off it). */
    public static Tensor trace(Tensor x) {
        if (x.dim() != 2) throw PyError.runtime("trace: expected a matrix, but got tensor with dim " + x.dim());
        int k = Math.min(x.shape[0], x.shape[1]);
        Tensor out = Reductions.sum(diagonal(x.detach(), 0, 0, 1));
        int rows = x.shape[0], cols = x.shape[1]; // not x: a released node keeps no values (Node.release)
        return record(out, "TraceBackward0", Saves.NOTHING, g -> new Tensor[] {
            Padding.constantPad(diag(g.expand(k), 0), new int[] {0, cols - k, 0, rows - k}, 0)}, x);
    }

    /** {@code x.repeat(*sizes)}: the tensor tiled sizes[d] times along each dim (leading sizes add dims). */
    public static Tensor repeat(Tensor x, int[] sizes) {
        if (sizes.length < x.dim()) {
            throw PyError.runtime("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
        }
        int lead = sizes.length - x.dim();
        int[] shape = new int[sizes.length], padded = new int[sizes.length];
        for (int d = 0; d < sizes.length; d++) {
            padded[d] = d < lead ? 1 : x.shape[d - lead];
            shape[d] = padded[d] * sizes[d];
        }
        for (int size : shape) {
            if (size < 0) {
                throw PyError.runtime("Trying to create tensor with negative dimension " + size + ": " + Shape.list(shape));
            }
        }
        int[] source = new int[Shape.numel(shape)], c = new int[x.dim()];
        Picks.Odometer o = new Picks.Odometer(shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            for (int d = lead; d < shape.length; d++) c[d - lead] = o.c[d] % padded[d];
            source[i] = Picks.position(x.shape, c);
        }
        return Picks.pick(x, source, shape, "RepeatBackward0", "SumBackward1");
    }

    /** {@code torch.gather(x, dim, index)}: out[i][j] = x[index[i][j]][j] for dim 0, and so on. */
    public static Tensor gather(Tensor x, int dim, Tensor index) {
        int d = Shape.wrapDim(dim, x.dim());
        checkIndex(index, "gather");
        if (index.dim() != x.dim()) throw PyError.runtime("Index tensor must have the same number of dimensions as input tensor");
        for (int k = 0; k < x.dim(); k++) {
            if (k != d && index.shape[k] > x.shape[k]) {
                throw PyError.runtime("Size does not match at dimension " + k + " expected index " + Shape.list(index.shape)
                        + " to be no larger than self " + Shape.list(x.shape) + " apart from dimension " + d);
            }
        }
        double[] idx = index.values();
        int[] source = new int[idx.length];
        Picks.Odometer o = new Picks.Odometer(index.shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            source[i] = Picks.position(x.shape, o.c, d, Views.wrapIndex((long) idx[i], x.shape[d], d));
        }
        return Picks.pick(x, source, index.shape.clone(), "GatherBackward0", "ScatterAddBackward0");
    }

    /** {@code x.index_select(dim, index)}: whole slices along dim, in the order a 1-D index gives them. */
    public static Tensor indexSelect(Tensor x, int dim, Tensor index) {
        int d = Shape.wrapDim(dim, x.dim());
        checkIndex(index, "index_select");
        if (index.dim() > 1) throw PyError.index("index_select(): Index is supposed to be a vector");
        double[] idx = index.values();
        int[] shape = x.shape.clone();
        shape[d] = idx.length;
        int[] source = new int[Shape.numel(shape)];
        Picks.Odometer o = new Picks.Odometer(shape);
        for (int i = 0; i < source.length; i++, o.next()) {
            source[i] = Picks.position(x.shape, o.c, d, Views.wrapIndex((long) idx[o.c[d]], x.shape[d], d));
        }
        return Picks.pick(x, source, shape, "IndexSelectBackward0", "IndexAddBackward0");
    }

    /** {@code split(size)} or {@code split([sizes])} along dim: views, recorded as PyTorch's split records them. */
    public static List<Tensor> split(Tensor x, int[] sizes, boolean withSizes, int dim) {
        int d = Shape.wrapDim(dim, x.dim());
        List<Tensor> out = new ArrayList<>();
        int start = 0;
        for (int s : sizes) {
            out.add(Views.slice(x, d, new Views.Slice((long) start, (long) start + s, 1L),
                    withSizes ? "SplitWithSizesBackward0" : "SplitBackward0"));
            start += s;
        }
        return out;
    }

    /** The sizes of {@code split(size)}: equal pieces, the last one shorter. */
    public static int[] splitSizes(int length, int size) {
        if (size <= 0) throw PyError.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of " + length);
        int n = Math.max(1, (length + size - 1) / size);
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) sizes[i] = Math.min(size, length - i * size);
        return sizes;
    }

    public static List<Tensor> unbind(Tensor x, int dim) {
        int d = Shape.wrapDim(dim, x.dim());
        List<Tensor> out = new ArrayList<>();
        for (int i = 0; i < x.shape[d]; i++) out.add(Views.unbindPiece(x, d, i));
        return out;
    }

    /** {@code triu(diagonal)} / {@code tril(diagonal)} of the last two dims: the other side set to zero. */
    public static Tensor triangle(Tensor x, int diagonal, boolean upper) {
        if (x.dim() < 2) throw PyError.runtime((upper ? "triu" : "tril") + ": input tensor must have at least 2 dimensions");
        int rows = x.shape[x.dim() - 2], cols = x.shape[x.dim() - 1];
        double[] keep = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) keep[r * cols + c] = upper ? (c - r >= diagonal ? 1 : 0) : (c - r <= diagonal ? 1 : 0);
        }
        Tensor mask = new Tensor(keep, new int[] {rows, cols}, DType.BOOL);
        Tensor out = Kernels.where(mask, x, Tensor.wrap(0, x.dtype), x.dtype);
        return record(out, upper ? "TriuBackward0" : "TrilBackward0", Saves.NOTHING,
                g -> new Tensor[] {triangle(g, diagonal, upper)}, x);
    }

    /** {@code masked_fill(mask, value)}: value where the (broadcast) mask is true. */
    public static Tensor maskedFill(Tensor x, Tensor mask, Tensor value) {
        if (mask.dtype != DType.BOOL) throw PyError.runtime("masked_fill_ only supports boolean masks, but got mask with dtype " + mask.dtype.torchName.substring(6));
        if (value.dim() != 0) {
            throw PyError.runtime("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with " + value.dim() + " dimension(s).");
        }
        int[] shape = Shape.broadcast(x.shape, mask.shape);
        if (!java.util.Arrays.equals(shape, x.shape)) {
            throw PyError.runtime("The expanded size of the tensor (" + x.shape[x.dim() - 1] + ") must match the existing size ("
                    + mask.shape[mask.dim() - 1] + ") at non-singleton dimension " + (x.dim() - 1) + ".  Target sizes: "
                    + Shape.list(x.shape) + ".  Tensor sizes: " + Shape.list(mask.shape));
        }
        Tensor out = Kernels.where(mask, value, x, x.dtype);
        return record(out, "MaskedFillBackward0", Saves.INDICES, g -> new Tensor[] {
            maskedFill(g, mask, Tensor.wrap(0, g.dtype)),
            value.requiresGrad() ? Pointwise.where(mask, g, Creation.zerosLike(g)).sum() : null}, x, value);
    }

    /** Running sums (or products) along dim d, kept in double as ATen's CPU kernels accumulate, each rounded to dt. */
    private static Tensor scan(Tensor x, int d, DType dt, boolean product) {
        double[] v = x.values(), out = new double[v.length];
        int n = x.shape[d], stride = Shape.contiguousStrides(x.shape)[d];
        for (int i = 0; i < v.length; i++) {
            if ((i / stride) % n != 0) continue; // each line along dim starts at its first element
            double acc = product ? 1 : 0;
            for (int j = 0; j < n; j++) {
                double e = dt.round(v[i + j * stride]);
                acc = product ? acc * e : acc + e;
                out[i + j * stride] = dt.round(acc);
            }
        }
        return new Tensor(out, x.shape.clone(), dt);
    }

    /** {@code cumsum(dim)}: running sums, kept in double as ATen's CPU kernel accumulates, each rounded to the dtype. */
    public static Tensor cumsum(Tensor x, int dim, DType dtype) {
        DType dt = dtype != null ? dtype : x.dtype.floating ? x.dtype : DType.INT64;
        DType from = x.dtype;
        if (x.dim() == 0) return record(x.to(dt).detach(), "CumsumBackward0", Saves.NOTHING, g -> new Tensor[] {g.to(from)}, x);
        int d = Shape.wrapDim(dim, x.dim());
        Tensor result = scan(x, d, dt, false);
        return record(result, "CumsumBackward0", Saves.NOTHING,
                g -> new Tensor[] {flip(cumsum(flip(g, new int[] {d}), d, null), new int[] {d}).to(from)}, x);
    }

    /** {@code cumprod(dim)}: running products along dim, accumulated in double as ATen's CPU kernel does. */
    public static Tensor cumprod(Tensor x, int dim, DType dtype) {
        DType dt = dtype != null ? dtype : x.dtype.floating ? x.dtype : DType.INT64;
        if (x.dim() == 0) return record(x.to(dt).detach(), "CumprodBackward0", Saves.INPUTS, g -> new Tensor[] {g.to(x.dtype)}, x);
        int d = Shape.wrapDim(dim, x.dim());
        Tensor result = scan(x, d, dt, true);
        return record(result, "CumprodBackward0", Saves.INPUTS, g -> new Tensor[] {cumprodGrad(g, x, result, d).to(x.dtype)}, x);
    }

    /**
     * ATen's cumprod_backward (its first-order path): with no zero in the input, sum_{j >= k} y_j g_j / x_k; else on each
     * line that sum before the first zero z1, for z1 itself the sum over j in [z1, z2) of g_j times the product of
     * x over (z1, j], times y_{z1-1}, and zero past z1, where the gradient cannot reach. Its values are not recorded.
     */
    private static Tensor cumprodGrad(Tensor g, Tensor x, Tensor y, int d) {
        int n = x.shape[d];
        if (x.numel() <= 1 || n == 1) return g;
        DType dt = g.dtype;
        double[] gv = g.values(), xv = x.values(), yv = y.values(), out = new double[gv.length];
        int stride = Shape.contiguousStrides(x.shape)[d];
        for (int i = 0; i < xv.length; i++) {
            if ((i / stride) % n != 0) continue;
            int z1 = n, z2 = n;
            for (int j = 0; j < n; j++) {
                if (xv[i + j * stride] != 0) continue;
                if (z1 == n) z1 = j;
                else if (z2 == n) z2 = j;
            }
            double acc = 0; // a reversed cumsum of y * g, accumulated in double
            for (int j = z1 - 1; j >= 0; j--) {
                int at = i + j * stride;
                acc += dt.round(yv[at] * gv[at]);
                out[at] = dt.round(dt.round(acc) / xv[at]);
            }
            if (z1 == n) continue;
            double prod = 1, sum = 0;
            for (int j = z1; j < z2; j++) {
                int at = i + j * stride;
                if (j > z1) prod *= xv[at];
                sum = dt.round(sum + dt.round(dt.round(prod) * gv[at]));
            }
            out[i + z1 * stride] = z1 == 0 ? sum : dt.round(sum * yv[i + (z1 - 1) * stride]);
        }
        return new Tensor(out, g.shape.clone(), dt);
    }

    /**
     * {@code cummax(dim)} / {@code cummin(dim)}: the running max (min) along dim and its int64 position, as ATen's CPU
     * kernel keeps them: a tie moves the position to the later element (>= / <=), and a nan, once met, stays, its
     * position moving on to each later nan. The gradient is scatter_add'ed to those positions (cummaxmin_backward).
     */
    public static Tensor[] cumExtreme(Tensor x, int dim, boolean max) {
        // ATen fills a 0-d input's results without looking at dim
        int d = x.dim() == 0 ? 0 : Shape.wrapDim(dim, x.dim());
        int n = x.dim() == 0 ? 1 : x.shape[d], stride = Picks.strideAlong(x, d);
        double[] v = x.values(), values = new double[v.length], positions = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if ((i / stride) % n != 0) continue; // each line along dim starts at its first element
            double best = v[i];
            int at = 0;
            for (int j = 0; j < n; j++) {
                double e = v[i + j * stride];
                if (e != e || (best == best && (max ? e >= best : e <= best))) {
                    best = e;
                    at = j;
                }
                values[i + j * stride] = best;
                positions[i + j * stride] = at;
            }
        }
        Tensor indices = new Tensor(positions, x.shape.clone(), DType.INT64);
        Tensor result = record(new Tensor(values, x.shape.clone(), x.dtype), max ? "CummaxBackward0" : "CumminBackward0",
                Saves.INPUTS, g -> new Tensor[] {x.dim() == 0 ? g : scatter(Tensor.zeros(x.shape, g.dtype), d, indices, g, true)}, x);
        return new Tensor[] {result, indices};
    }

    /** {@code index_add(dim, index, source, alpha)}: a copy of x with alpha * source's slices added at index along dim. */
    public static Tensor indexAdd(Tensor x, int dim, Tensor index, Tensor source, double alpha) {
        int d = Shape.wrapDim(dim, x.dim());
        checkIndex(index, "index_add");
        double[] out = x.values().clone(), idx = index.values(), s = source.values();
        Picks.Odometer o = new Picks.Odometer(source.shape);
        for (int i = 0; i < s.length; i++, o.next()) {
            int to = Picks.position(x.shape, o.c, d, Views.wrapIndex((long) idx[o.c[d]], x.shape[d], d));
            out[to] = x.dtype.round(out[to] + x.dtype.round(alpha * s[i]));
        }
        Tensor result = new Tensor(out, x.shape.clone(), x.dtype);
        return record(result, "IndexAddBackward0", Saves.INDICES, g -> new Tensor[] {
            g, source.requiresGrad() ? indexSelect(g, d, index).mul(alpha) : null}, x, source);
    }

    /** {@code nonzero()}: the coordinates of the non-zero elements, one row each, in row-major order (int64). */
    public static Tensor nonzero(Tensor x) {
        double[] v = x.values();
        List<int[]> rows = new ArrayList<>();
        Picks.Odometer o = new Picks.Odometer(x.shape);
        for (int i = 0; i < v.length; i++, o.next()) if (v[i] != 0) rows.add(o.c.clone());
        double[] out = new double[rows.size() * x.dim()];
        for (int r = 0; r < rows.size(); r++) for (int d = 0; d < x.dim(); d++) out[r * x.dim() + d] = rows.get(r)[d];
        return new Tensor(out, new int[] {rows.size(), x.dim()}, DType.INT64);
    }

    /** {@code torch.take(x, index)}: x's elements at row-major positions, shaped as index (put_ is its gradient's op). */
    public static Tensor take(Tensor x, Tensor index) {
        double[] iv = index.values();
        int n = x.numel();
        int[] source = new int[iv.length];
        for (int i = 0; i < iv.length; i++) {
            long k = (long) iv[i];
            if (k < -n || k >= n) throw new PyError("IndexError", "out of range: tried to access index " + k + " on a tensor of " + n + " elements.");
            source[i] = (int) (k < 0 ? k + n : k);
        }
        return Picks.pick(x, source, index.shape.clone(), "TakeBackward0", "PutBackward0");
    }

    /** {@code masked_select(x, mask)}: the elements where the (broadcast) mask is true, as a vector. */
    public static Tensor maskedSelect(Tensor x, Tensor mask) {
        if (mask.dtype != DType.BOOL) throw PyError.runtime("masked_select: expected BoolTensor for mask");
        int[] shape = Shape.broadcast(x.shape, mask.shape);
        Tensor xs = java.util.Arrays.equals(shape, x.shape) ? x : x.expand(shape);
        double[] m = (java.util.Arrays.equals(shape, mask.shape) ? mask : mask.expand(shape)).values();
        int count = 0;
        for (double e : m) if (e != 0) count++;
        int[] source = new int[count];
        for (int i = 0, k = 0; i < m.length; i++) if (m[i] != 0) source[k++] = i;
        return Picks.pick(xs, source, new int[] {count}, "MaskedSelectBackward0", "MaskedScatterBackward0");
    }

    /** {@code unique()}: the distinct values, sorted, with where each element went and how often each value occurs. */
    public static Tensor[] unique(Tensor x) {
        double[] v = x.values();
        double[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        double[] values = java.util.Arrays.copyOf(sorted, n), inverse = new double[v.length], counts = new double[n];
        for (int i = 0; i < v.length; i++) {
            int k = java.util.Arrays.binarySearch(values, v[i]);
            inverse[i] = k;
            counts[k]++;
        }
        return new Tensor[] {new Tensor(values, new int[] {n}, x.dtype), new Tensor(inverse, x.shape.clone(), DType.INT64),
            new Tensor(counts, new int[] {n}, DType.INT64)};
    }

    private static void checkIndex(Tensor index, String op) {
        if (index.dtype != DType.INT64 && index.dtype != DType.INT32) {
            throw PyError.runtime(op + "(): Expected dtype int64 for index");
        }
    }
}
