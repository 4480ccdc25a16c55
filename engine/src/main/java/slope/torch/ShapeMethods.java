package slope.torch;

import static slope.torch.TensorMethods.both;
import static slope.torch.TensorMethods.shapeArg;

import java.util.ArrayList;
import java.util.List;
import slope.lang.Args;
import slope.lang.Py;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.ops.Arithmetic;
import slope.ops.Compare;
import slope.ops.Joins;
import slope.ops.Views;
import slope.run.PyError;
import slope.tensor.DType;
import slope.tensor.Kernels;
import slope.tensor.Shape;
import slope.tensor.Tensor;

/**
 * Shape functions PyTorch composes from others in ATen (tile, diff, the stacks, atleast_nd), built here from the
 * same pieces so that their results carry the grad_fn PyTorch prints.
 */
final class ShapeMethods {
    private ShapeMethods() {}

    static void register() {
        both("tile", (t, a) -> tile(t, shapeArg(a, "dims")), "*dims");
        both("diff", ShapeMethods::diff, "n", "dim", "prepend", "append");
    }

    /** The torch functions that take a sequence of tensors, or tensors as varargs, rather than one tensor first. */
    static void installFunctions(PyModule m) {
        m.def("hstack", (args, kw) -> {
            List<Tensor> rep = atleast(tensors(Args.parse("hstack", args, kw, "tensors").get("tensors"), "hstack"), 1);
            return Joins.cat(rep, rep.get(0).dim() == 1 ? 0 : 1);
        });
        m.def("vstack", (args, kw) -> Joins.cat(atleast(tensors(Args.parse("vstack", args, kw, "tensors").get("tensors"), "vstack"), 2), 0));
        m.set("row_stack", m.get("vstack"));
        m.def("dstack", (args, kw) -> Joins.cat(atleast(tensors(Args.parse("dstack", args, kw, "tensors").get("tensors"), "dstack"), 3), 2));
        m.def("column_stack", (args, kw) -> {
            List<Tensor> ts = tensors(Args.parse("column_stack", args, kw, "tensors").get("tensors"), "column_stack");
            // ATen makes 0-d and 1-d inputs columns, then hstacks
            for (int i = 0; i < ts.size(); i++) {
                Tensor t = ts.get(i);
                if (t.dim() <= 1) ts.set(i, Views.reshape(t, new int[] {t.numel(), 1}));
            }
            return Joins.cat(atleast(ts, 1), 1);
        });
        for (int n = 1; n <= 3; n++) {
            int dims = n;
            String name = "atleast_" + n + "d";
            m.def(name, (args, kw) -> {
                // torch/functional.py: one tensor gives a tensor, several (or one sequence) a tuple
                if (args.length == 1 && args[0] instanceof Tensor) return atleast((Tensor) args[0], dims);
                Object seq = args.length == 1 ? args[0] : new PyTuple(args);
                return new PyTuple(atleast(tensors(seq, name), dims).toArray());
            });
        }
    }

    private static List<Tensor> tensors(Object seq, String fn) {
        Object[] items = Convert.items(seq);
        if (items.length == 0) throw PyError.runtime(fn + " expects a non-empty TensorList");
        List<Tensor> r = new ArrayList<>();
        for (Object o : items) r.add(Convert.tensorArg(o, fn, "tensors"));
        return r;
    }

    /** ATen's atleast_{n}d: a 0-d tensor reshaped, a smaller one unsqueezed (a vector in the middle for n = 3). */
    private static Tensor atleast(Tensor t, int n) {
        if (t.dim() >= n) return t;
        if (t.dim() == 0) {
            int[] ones = new int[n];
            java.util.Arrays.fill(ones, 1);
            return Views.reshape(t, ones);
        }
        if (n == 2) return Views.unsqueeze(t, 0);
        return t.dim() == 1 ? Views.unsqueeze(Views.unsqueeze(t, 0), -1) : Views.unsqueeze(t, -1);
    }

    private static List<Tensor> atleast(List<Tensor> ts, int n) {
        List<Tensor> r = new ArrayList<>();
        for (Tensor t : ts) r.add(atleast(t, n));
        return r;
    }

    /** ATen's tile: reps padded with leading ones to the tensor's rank, then repeat. */
    private static Tensor tile(Tensor t, int[] reps) {
        int pad = t.dim() - reps.length;
        if (pad <= 0) return slope.ops.Rearrange.repeat(t, reps);
        int[] padded = new int[t.dim()];
        for (int d = 0; d < padded.length; d++) padded[d] = d < pad ? 1 : reps[d - pad];
        return slope.ops.Rearrange.repeat(t, padded);
    }

    /** ATen's diff: prepend and append concatenated on, then n rounds of narrow(1) - narrow(0) (logical_xor for bool). */
    private static Tensor diff(Tensor t, Args a) {
        if (t.dim() == 0) throw PyError.runtime("diff expects input to be at least one-dimensional");
        long n = a.getInt("n", 1);
        if (n < 0) throw PyError.runtime("order must be non-negative but got " + n);
        int d = Shape.wrapDim((int) a.getInt("dim", -1), t.dim());
        // ATen: with n = 0 the input alone, copied (zeros_like(self).copy_(self))
        if (n == 0) return new Tensor(t.values(), t.shape.clone(), t.dtype);
        List<Tensor> pieces = new ArrayList<>();
        Tensor prepend = edge(a, "prepend", t, d), append = edge(a, "append", t, d);
        if (prepend != null) pieces.add(prepend);
        pieces.add(t);
        if (append != null) pieces.add(append);
        Tensor r = pieces.size() == 1 ? t : Joins.cat(pieces, d);
        n = Math.min(n, r.shape[d]);
        for (long i = 0; i < n; i++) {
            long len = r.shape[d] - 1;
            Tensor hi = Views.slice(r, d, new Views.Slice(1L, 1 + len, 1L)), lo = Views.slice(r, d, new Views.Slice(0L, len, 1L));
            r = r.dtype == DType.BOOL ? Compare.compare(Kernels.BinaryOp.XOR, hi, lo) : Arithmetic.sub(hi, lo);
        }
        return r;
    }

    /** diff's prepend or append: the input's shape but along dim, as ATen checks it. */
    private static Tensor edge(Args a, String name, Tensor t, int d) {
        Object o = a.getOrNone(name, Py.NONE);
        if (o == Py.NONE) return null;
        Tensor p = Convert.tensorArg(o, "diff", name);
        if (p.dim() != t.dim()) throw PyError.runtime("diff expects prepend or append to be the same dimension as input");
        for (int k = 0; k < t.dim(); k++) {
            if (k != d && p.shape[k] != t.shape[k]) {
                throw PyError.runtime("diff expects the shape of tensor to prepend or append to match that of input except along"
                        + " the differencing dimension; input.size(" + k + ") = " + t.shape[k] + ", but got tensor.size(" + k
                        + ") = " + p.shape[k]);
            }
        }
        return p;
    }
}
