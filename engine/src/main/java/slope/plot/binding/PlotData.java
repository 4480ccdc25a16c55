package slope.plot.binding;

import java.util.ArrayList;
import java.util.List;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PyTuple;
import slope.plot.Colors;
import slope.run.PyError;
import slope.tensor.Tensor;

/**
 * Python data arguments as the plot package takes them, the way matplotlib's np.asarray sees them:
 * tensors of any dtype, numbers, nested lists and tuples, ranges and other iterables, with 0-d tensors
 * and None (NaN) inside lists.
 */
final class PlotData {
    /** Values in row-major order and their shape, as a numpy array would hold them. */
    record Array(double[] values, int[] shape) {
        int dim() { return shape.length; }
        int size() { return values.length; }

        /** Columns of a 2-D array (rows of a 1-D one are one column), as plot() draws them. */
        int columns() { return shape.length < 2 ? 1 : shape[1]; }

        /** Column c of a 1-D or 2-D array. */
        double[] column(int c) {
            if (shape.length < 2) return values;
            int rows = shape[0], cols = shape[1];
            double[] out = new double[rows];
            for (int r = 0; r < rows; r++) out[r] = values[r * cols + c];
            return out;
        }

        String shapeText() {
            if (shape.length == 1) return "(" + shape[0] + ",)";
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < shape.length; i++) sb.append(i > 0 ? ", " : "").append(shape[i]);
            return sb.append(')').toString();
        }
    }

    private PlotData() {}

    static boolean isData(Object o) {
        return o instanceof Tensor || o instanceof PyList || o instanceof PyTuple || o instanceof Double
                || o instanceof Long || o instanceof Boolean || (!(o instanceof String) && o != Py.NONE && iterable(o));
    }

    private static boolean iterable(Object o) {
        String t = Interpreter.current().typeName(o);
        return " range generator iterator reversed map dict_keys dict_values ".contains(" " + t + " ");
    }

    /** Any array-like argument. */
    static Array array(Object o, String what) {
        List<Integer> shape = new ArrayList<>();
        List<Double> out = new ArrayList<>();
        collect(o, 0, shape, out, what);
        int[] s = new int[shape.size()];
        for (int i = 0; i < s.length; i++) s[i] = shape.get(i);
        double[] v = new double[out.size()];
        for (int i = 0; i < v.length; i++) v[i] = out.get(i);
        return new Array(v, s);
    }

    /** A 1-D argument (a scalar counts as one value); 2-D and more is an error. */
    static double[] vector(Object o, String what) {
        Array a = array(o, what);
        if (a.dim() > 1) throw PyError.value(what + " must be 1-dimensional, not of shape " + a.shapeText());
        return a.values;
    }

    /** A 2-D argument as rows. */
    static double[][] matrix(Object o, String what) {
        Array a = array(o, what);
        if (a.dim() != 2) throw new PyError("TypeError", "Input " + what + " must be 2D, not " + a.dim() + "D");
        return rows(a);
    }

    /** A 2-D array's values as rows. */
    static double[][] rows(Array a) {
        int rows = a.shape[0], cols = a.shape[1];
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) System.arraycopy(a.values, r * cols, m[r], 0, cols);
        return m;
    }

    static double number(Object o, String what) {
        Array a = array(o, what);
        if (a.dim() != 0 && a.size() != 1) throw new PyError("TypeError", what + " must be a number, not an array of shape " + a.shapeText());
        return a.values[0];
    }

    private static void collect(Object o, int depth, List<Integer> shape, List<Double> out, String what) {
        if (o instanceof Tensor t) {
            if (t.requiresGrad()) throw PyError.runtime("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
            dims(depth, t.shape, shape);
            for (double v : t.values()) out.add(v);
            return;
        }
        if (o instanceof Double d) { leaf(depth, shape); out.add(d); return; }
        if (o instanceof Long l) { leaf(depth, shape); out.add((double) l); return; }
        if (o instanceof Boolean b) { leaf(depth, shape); out.add(b ? 1.0 : 0.0); return; }
        if (o == Py.NONE && depth > 0) { leaf(depth, shape); out.add(Double.NaN); return; }
        Object[] items;
        if (o instanceof PyList l) items = l.toArray();
        else if (o instanceof PyTuple t) items = t.items;
        else if (o != Py.NONE && !(o instanceof String) && iterable(o)) items = Interpreter.current().toArray(o);
        else throw PyError.type(what + " must be numbers, a list of numbers or a tensor, not "
                + (o instanceof String ? "str (Slope's plots have no categorical axes)" : Interpreter.current().typeName(o)));
        if (depth == shape.size()) shape.add(items.length);
        else if (shape.get(depth) != items.length) throw ragged();
        for (Object it : items) collect(it, depth + 1, shape, out, what);
    }

    private static void leaf(int depth, List<Integer> shape) {
        if (depth != shape.size()) throw ragged();
    }

    private static void dims(int depth, int[] tensorShape, List<Integer> shape) {
        if (depth == shape.size()) {
            for (int d : tensorShape) shape.add(d);
            return;
        }
        if (shape.size() != depth + tensorShape.length) throw ragged();
        for (int i = 0; i < tensorShape.length; i++) if (shape.get(depth + i) != tensorShape[i]) throw ragged();
    }

    private static PyError ragged() {
        return PyError.value("setting an array element with a sequence. The requested array has an inhomogeneous shape");
    }

    /** A colour: a name or hex string, a grey level string, or an RGB(A) tuple of floats in [0, 1]. */
    static String color(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyTuple || o instanceof PyList) {
            double[] c = vector(o, "color");
            if (c.length != 3 && c.length != 4) throw PyError.value("Invalid RGBA argument: " + Interpreter.current().repr(o));
            for (double v : c) if (!(v >= 0 && v <= 1)) throw PyError.value("RGBA values should be within 0-1 range");
            String hex = Colors.rgbHex(c[0], c[1], c[2]);
            if (c.length == 4) hex += Colors.rgbHex(c[3], 0, 0).substring(1, 3);
            return hex;
        }
        throw PyError.value("Invalid RGBA argument: " + Interpreter.current().repr(o));
    }

    /** color= of scatter or bar: one colour, or one per point. */
    static String[] colors(Object o) {
        if (o instanceof PyList || (o instanceof PyTuple t && !(t.items.length >= 3 && t.items.length <= 4 && t.items[0] instanceof Double))) {
            Object[] items = o instanceof PyList l ? l.toArray() : ((PyTuple) o).items;
            String[] out = new String[items.length];
            for (int i = 0; i < items.length; i++) out[i] = color(items[i]);
            return out;
        }
        return new String[] {color(o)};
    }
}
