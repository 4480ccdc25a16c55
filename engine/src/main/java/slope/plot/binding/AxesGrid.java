package slope.plot.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyIter;
import slope.lang.PyList;
import slope.lang.PySlice;
import slope.lang.PyTuple;
import slope.plot.Axes;
import slope.run.PyError;

/** What plt.subplots returns for a grid of axes: numpy's object array, 1-D or 2-D, indexed {@code axs[0, 1]} or {@code axs[0][1]}. */
final class AxesGrid {
    final Axes[] items;
    final int[] shape;

    AxesGrid(Axes[] items, int[] shape) {
        this.items = items;
        this.shape = shape;
    }

    /** numpy's squeeze=True: one axes alone, a row or column as 1-D, else 2-D. */
    static Object squeezed(Axes[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        if (rows == 1 && cols == 1) return grid[0][0];
        List<Axes> flat = new ArrayList<>();
        for (Axes[] row : grid) for (Axes a : row) flat.add(a);
        Axes[] items = flat.toArray(new Axes[0]);
        return rows == 1 || cols == 1 ? new AxesGrid(items, new int[] {items.length}) : new AxesGrid(items, new int[] {rows, cols});
    }

    static final ForeignType TYPE = new ForeignType("numpy", "ndarray") {
        @Override public long len(Object self) { return ((AxesGrid) self).shape[0]; }

        @Override public PyIter iter(Object self) {
            AxesGrid g = (AxesGrid) self;
            int[] i = {0};
            return () -> i[0] < g.shape[0] ? g.row(i[0]++) : null;
        }

        @Override public Object getItem(Object self, Object key) {
            AxesGrid g = (AxesGrid) self;
            if (key instanceof PyTuple t) {
                if (t.items.length > g.shape.length) throw PyError.index("too many indices for array: array is " + g.shape.length + "-dimensional, but " + t.items.length + " were indexed");
                Object r = g.getItem1(t.items[0]);
                for (int k = 1; k < t.items.length; k++) {
                    Object idx = t.items[k];
                    if (r instanceof AxesGrid sub && g.shape.length == 2 && !(t.items[0] instanceof PySlice)) r = sub.getItem1(idx);
                    else if (r instanceof AxesGrid sub) r = sub.column(idx);
                    else throw PyError.index("too many indices for array");
                }
                return r;
            }
            return g.getItem1(key);
        }

        @Override public String repr(Object self) {
            AxesGrid g = (AxesGrid) self;
            return "array(" + g.body("       ") + ", dtype=object)";
        }
    }
        .property("shape", self -> shapeTuple(((AxesGrid) self).shape))
        .property("ndim", self -> (long) ((AxesGrid) self).shape.length)
        .property("size", self -> (long) ((AxesGrid) self).items.length)
        .property("flat", self -> PyList.of((Object[]) ((AxesGrid) self).items))
        .method("flatten", AxesGrid::flatten)
        .method("ravel", AxesGrid::flatten)
        .method("tolist", (self, a, k) -> ((AxesGrid) self).toList());

    private static Object flatten(Object self, Object[] args, Map<String, Object> kw) {
        AxesGrid g = (AxesGrid) self;
        return new AxesGrid(g.items.clone(), new int[] {g.items.length});
    }

    private static PyTuple shapeTuple(int[] s) {
        Object[] t = new Object[s.length];
        for (int i = 0; i < s.length; i++) t[i] = (long) s[i];
        return new PyTuple(t);
    }

    /** Row i of a 2-D grid, or item i of a 1-D one. */
    private Object row(int i) {
        if (shape.length == 1) return items[i];
        Axes[] r = new Axes[shape[1]];
        System.arraycopy(items, i * shape[1], r, 0, r.length);
        return new AxesGrid(r, new int[] {r.length});
    }

    private Object getItem1(Object key) {
        if (key instanceof PySlice s) {
            long[] ix = s.indices(shape[0]);
            List<Axes> picked = new ArrayList<>();
            int inner = shape.length == 1 ? 1 : shape[1];
            for (long i = ix[0]; ix[2] > 0 ? i < ix[1] : i > ix[1]; i += ix[2])
                for (int c = 0; c < inner; c++) picked.add(items[(int) i * inner + c]);
            int n = (int) PySlice.count(ix);
            return new AxesGrid(picked.toArray(new Axes[0]), shape.length == 1 ? new int[] {n} : new int[] {n, shape[1]});
        }
        return row(checkIndex(Py.index(key), shape[0], 0));
    }

    /** axs[:, j] after the rows were sliced: column j of this 2-D grid. */
    private Object column(Object key) {
        if (shape.length != 2) throw PyError.index("too many indices for array");
        int j = checkIndex(Py.index(key), shape[1], 1);
        Axes[] c = new Axes[shape[0]];
        for (int i = 0; i < c.length; i++) c[i] = items[i * shape[1] + j];
        return new AxesGrid(c, new int[] {c.length});
    }

    private static int checkIndex(long i, int n, int axis) {
        long k = i < 0 ? i + n : i;
        if (k < 0 || k >= n) throw PyError.index("index " + i + " is out of bounds for axis " + axis + " with size " + n);
        return (int) k;
    }

    private PyList toList() {
        PyList out = new PyList();
        for (int i = 0; i < shape[0]; i++) {
            Object r = row(i);
            out.add(r instanceof AxesGrid g ? g.toList() : r);
        }
        return out;
    }

    private String body(String indent) {
        Interpreter py = Interpreter.current();
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape[0]; i++) {
            Object r = row(i);
            if (i > 0) sb.append(r instanceof AxesGrid ? ",\n" + indent : ", ");
            sb.append(r instanceof AxesGrid g ? g.body(indent + " ") : py.repr(r));
        }
        return sb.append(']').toString();
    }
}
