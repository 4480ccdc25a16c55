package slope.plot.binding;

import java.util.LinkedHashMap;
import java.util.Map;
import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyDict;
import slope.lang.PyIter;
import slope.lang.PyList;
import slope.lang.PyTuple;
import slope.plot.RcParams;
import slope.run.PyError;

/**
 * {@code plt.rcParams} (also {@code matplotlib.rcParams}) for one run: a mapping from "group.name" keys to values.
 * The keys the figure model draws with ({@link RcParams}) change it as they are set; the others are kept and read back.
 * matplotlib has some 320 keys; rather than ship them all, any key with a dot is taken, and only the common ones below
 * have a default to read before they are set.
 */
final class RcParamsMap {
    private final RcParams model;
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    RcParamsMap(RcParams model) {
        this.model = model;
        reset();
    }

    /** matplotlib 3.11.2's defaults for the keys learners read and set most; the typed ones are checked when set. */
    private static void defaults(Map<String, Object> m) {
        m.put("figure.figsize", PyList.of(6.4, 4.8));
        m.put("figure.dpi", 100.0);
        m.put("figure.facecolor", "white");
        m.put("figure.titlesize", "large");
        m.put("figure.autolayout", false);
        m.put("savefig.dpi", "figure");
        m.put("savefig.bbox", Py.NONE);
        m.put("font.size", 10.0);
        m.put("font.family", PyList.of("sans-serif"));
        m.put("lines.linewidth", 1.5);
        m.put("lines.markersize", 6.0);
        m.put("lines.markeredgewidth", 1.0);
        m.put("lines.color", "C0");
        m.put("lines.linestyle", "-");
        m.put("lines.marker", "None");
        m.put("axes.grid", false);
        m.put("axes.titlesize", "large");
        m.put("axes.titleweight", "normal");
        m.put("axes.labelsize", "medium");
        m.put("axes.labelweight", "normal");
        m.put("axes.linewidth", 0.8);
        m.put("axes.edgecolor", "black");
        m.put("axes.facecolor", "white");
        m.put("axes.spines.top", true);
        m.put("axes.spines.right", true);
        m.put("axes.spines.left", true);
        m.put("axes.spines.bottom", true);
        m.put("axes.xmargin", 0.05);
        m.put("axes.ymargin", 0.05);
        m.put("xtick.labelsize", "medium");
        m.put("ytick.labelsize", "medium");
        m.put("xtick.direction", "out");
        m.put("ytick.direction", "out");
        m.put("grid.color", "#b0b0b0");
        m.put("grid.linestyle", "-");
        m.put("grid.linewidth", 0.8);
        m.put("grid.alpha", 1.0);
        m.put("legend.fontsize", "medium");
        m.put("legend.loc", "best");
        m.put("legend.frameon", true);
        m.put("image.cmap", "viridis");
        m.put("errorbar.capsize", 0.0);
        m.put("text.usetex", false);
    }

    /** plt.rcdefaults(), and the state of a new run. */
    void reset() {
        values.clear();
        defaults(values);
        model.restoreDefaults();
    }

    Object get(Object key) {
        Object v = key instanceof String k ? values.get(k) : null;
        if (v == null) throw Interpreter.current().keyError(key);
        return v;
    }

    /** rcParams[key] = value: checked as matplotlib checks it where Slope keeps a default, then given to the model. */
    void set(Object key, Object value) {
        if (!(key instanceof String k) || k.indexOf('.') <= 0)
            throw Interpreter.current().keyError(Interpreter.current().str(key)
                + " is not a valid rc parameter (see rcParams.keys() for a list of valid parameters)");
        Object v = checked(k, values.get(k), value);
        values.put(k, v);
        switch (k) {
            case "figure.figsize" -> {
                PyList size = (PyList) v;
                model.figWidth = (Double) size.get(0);
                model.figHeight = (Double) size.get(1);
            }
            case "lines.linewidth" -> model.lineWidth = (Double) v;
            case "lines.markersize" -> model.markerSize = (Double) v;
            case "axes.grid" -> model.axesGrid = (Boolean) v;
            case "image.cmap" -> model.imageCmap = Kw.label(v);
            case "errorbar.capsize" -> model.errorbarCapsize = (Double) v;
            default -> { }
        }
    }

    /** The value as matplotlib stores it: floats, bools and (w, h) pairs converted by the type of the default. */
    private static Object checked(String key, Object dflt, Object value) {
        if (dflt instanceof Double) return toFloat(key, value);
        if (dflt instanceof Boolean) return toBool(key, value);
        if (key.equals("figure.figsize")) {
            Object[] items = value instanceof String ? new Object[] {value} : Interpreter.current().toArray(value);
            Object[] sizes = new Object[items.length];
            for (int i = 0; i < items.length; i++) sizes[i] = toFloat(key, items[i]);
            if (items.length != 2)
                throw PyError.value("Key " + key + ": Expected 2 values, but there are " + items.length + " values in " + Interpreter.current().repr(value));
            return PyList.of(sizes);
        }
        return value;
    }

    private static double toFloat(String key, Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long n) return n;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof String s && s.trim().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return Double.parseDouble(s.trim());
        throw PyError.value("Key " + key + ": Could not convert " + Interpreter.current().repr(v) + " to float");
    }

    private static boolean toBool(String key, Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Long n && (n == 0 || n == 1)) return n == 1;
        if (v instanceof String s) {
            String t = s.toLowerCase();
            if (t.equals("t") || t.equals("y") || t.equals("yes") || t.equals("on") || t.equals("true") || t.equals("1")) return true;
            if (t.equals("f") || t.equals("n") || t.equals("no") || t.equals("off") || t.equals("false") || t.equals("0")) return false;
        }
        throw PyError.value("Key " + key + ": Cannot convert " + Interpreter.current().repr(v) + " to bool");
    }

    /** rcParams.update(dict) and update(key=value). */
    private void update(Object[] args, Map<String, Object> kw) {
        if (args.length > 1) throw PyError.type("update expected at most 1 argument, got " + args.length);
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict d)) throw PyError.type("Slope's rcParams.update takes a dict");
            for (Object k : d.keys()) set(k, d.get(k));
        }
        if (kw != null) for (Map.Entry<String, Object> e : kw.entrySet()) set(e.getKey(), e.getValue());
    }

    /** matplotlib.rc's short names for properties, so that rc('lines', lw=2) sets lines.linewidth. */
    private static String fullName(String name) {
        return switch (name) {
            case "lw" -> "linewidth";
            case "ls" -> "linestyle";
            case "c" -> "color";
            case "fc" -> "facecolor";
            case "ec" -> "edgecolor";
            case "mew" -> "markeredgewidth";
            case "aa" -> "antialiased";
            default -> name;
        };
    }

    /** plt.rc(group, **kwargs): sets group.name for each keyword; group may be a tuple of groups. */
    void rc(Object[] args, Map<String, Object> kw) {
        if (args.length != 1) throw PyError.type("rc() takes 1 positional argument but " + args.length + " were given");
        Object[] groups = args[0] instanceof String s ? new Object[] {s} : Interpreter.current().toArray(args[0]);
        for (Object g : groups) {
            if (kw != null) for (Map.Entry<String, Object> e : kw.entrySet()) set(Kw.label(g) + "." + fullName(e.getKey()), e.getValue());
        }
    }

    static final ForeignType TYPE = new ForeignType("matplotlib", "RcParams") {
        @Override public Object getItem(Object self, Object key) { return ((RcParamsMap) self).get(key); }
        @Override public void setItem(Object self, Object key, Object value) { ((RcParamsMap) self).set(key, value); }
        @Override public long len(Object self) { return ((RcParamsMap) self).values.size(); }
        @Override public PyIter iter(Object self) { return PyIter.of(((RcParamsMap) self).values.keySet().toArray()); }

        @Override public String repr(Object self) {
            Interpreter py = Interpreter.current();
            StringBuilder sb = new StringBuilder("RcParams({");
            String sep = "";
            for (Map.Entry<String, Object> e : ((RcParamsMap) self).values.entrySet()) {
                sb.append(sep).append(py.repr(e.getKey())).append(": ").append(py.repr(e.getValue()));
                sep = ",\n          ";
            }
            return sb.append("})").toString();
        }
    }
        .method("update", (self, a, k) -> { ((RcParamsMap) self).update(a, k); return Py.NONE; })
        .method("get", (self, a, k) -> {
            if (a.length < 1 || a.length > 2) throw PyError.type("get expected 1 or 2 arguments, got " + a.length);
            Object v = a[0] instanceof String key ? ((RcParamsMap) self).values.get(key) : null;
            return v != null ? v : a.length == 2 ? a[1] : Py.NONE;
        })
        .method("keys", (self, a, k) -> PyList.of(((RcParamsMap) self).values.keySet().toArray()))
        .method("values", (self, a, k) -> PyList.of(((RcParamsMap) self).values.values().toArray()))
        .method("items", (self, a, k) -> {
            PyList out = new PyList();
            for (Map.Entry<String, Object> e : ((RcParamsMap) self).values.entrySet()) out.add(new PyTuple(e.getKey(), e.getValue()));
            return out;
        });
}
