package slope.plot.binding;

import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PyTuple;
import slope.plot.Axes;
import slope.plot.Contour;
import slope.plot.ErrorBars;
import slope.plot.Figure;
import slope.plot.Image;
import slope.plot.Line;
import slope.plot.Patches;
import slope.plot.Quiver;
import slope.plot.RefLine;
import slope.plot.Scatter;
import slope.plot.Spine;
import slope.plot.Text;
import slope.run.PyError;

/** The Python faces of the figure model's objects, with matplotlib's names and reprs. */
final class PlotObjects {
    private PlotObjects() {}

    /** The colorbar that colorbar() returns: where it sits, so set_label can name it. */
    record Colorbar(Axes axes) {}

    /** matplotlib.colors.LogNorm(): contour colours (and levels) in decades. */
    record LogNorm() {}

    /** {@code <matplotlib.lines.Line2D object at 0x7f...>}: matplotlib's default repr, with Slope's made-up addresses. */
    static class Addressed extends ForeignType {
        Addressed(String module, String name) { super(module, name); }

        @Override public String repr(Object self) {
            return "<" + module + "." + name + " object at " + Interpreter.current().address(self) + ">";
        }
    }

    /** plt.cm.viridis and the others: usable as cmap=, and callable on a value in [0, 1] for its RGBA colour. */
    static final ForeignType COLORMAP = new Addressed("matplotlib.colors", "LinearSegmentedColormap") {
        @Override public Object call(Object self, Object[] args, java.util.Map<String, Object> kw) {
            if (args.length != 1) throw PyError.type("Colormap.__call__() takes one value in [0, 1]");
            double[] c = ((slope.plot.Colormap) self).rgb(PlotData.number(args[0], "value"));
            return new PyTuple(c[0], c[1], c[2], 1.0);
        }
    }.property("name", c -> ((slope.plot.Colormap) c).name);

    static final ForeignType LINE2D = new Addressed("matplotlib.lines", "Line2D") {
        @Override public String str(Object self) {
            String l = self instanceof Line line ? line.label : ((RefLine) self).label;
            return "Line2D(" + (l == null ? "" : l) + ")";
        }
    }
        .method("get_label", (self, a, k) -> self instanceof Line l ? orEmpty(l.label) : orEmpty(((RefLine) self).label))
        .method("set_label", (self, a, k) -> {
            String s = Kw.label(a.length > 0 ? a[0] : null);
            if (self instanceof Line l) l.label = s;
            else ((RefLine) self).label = s;
            return Py.NONE;
        })
        .method("get_color", (self, a, k) -> self instanceof Line l ? l.color : ((RefLine) self).color)
        .method("get_xdata", (self, a, k) -> list(((Line) self).x))
        .method("get_ydata", (self, a, k) -> list(((Line) self).y));

    static final ForeignType PATH_COLLECTION = new Addressed("matplotlib.collections", "PathCollection")
        .method("get_label", (self, a, k) -> orEmpty(((Scatter) self).label))
        .method("set_label", (self, a, k) -> {
            ((Scatter) self).label = Kw.label(a.length > 0 ? a[0] : null);
            return Py.NONE;
        });

    static final ForeignType CONTOUR_SET = new Addressed("matplotlib.contour", "QuadContourSet")
        .property("levels", self -> list(((Contour) self).levels))
        .property("filled", self -> ((Contour) self).filled);

    static final ForeignType POLY3D_COLLECTION = new Addressed("mpl_toolkits.mplot3d.art3d", "Poly3DCollection");
    static final ForeignType CONTOUR_SET_3D = new Addressed("matplotlib.contour", "QuadContourSet")
        .property("levels", self -> list(((slope.plot.Contour3D) self).contour.levels));
    static final ForeignType LINE3D = new Addressed("mpl_toolkits.mplot3d.art3d", "Line3D")
        .method("get_label", (self, a, k) -> orEmpty(((slope.plot.Line3D) self).line.label))
        .method("get_color", (self, a, k) -> ((slope.plot.Line3D) self).line.color);
    static final ForeignType PATH3D_COLLECTION = new Addressed("mpl_toolkits.mplot3d.art3d", "Path3DCollection")
        .method("get_label", (self, a, k) -> orEmpty(((slope.plot.Scatter3D) self).scatter.label));

    static final ForeignType AXES_IMAGE = new Addressed("matplotlib.image", "AxesImage");

    static final ForeignType BAR_CONTAINER = new ForeignType("matplotlib.container", "BarContainer") {
        @Override public String repr(Object self) { return "<BarContainer object of " + ((Patches) self).polygons.length + " artists>"; }
        @Override public long len(Object self) { return ((Patches) self).polygons.length; }
    };

    /**
     * errorbar()'s ErrorbarContainer: a tuple of (data_line, caplines, barlinecols) in matplotlib, so that it unpacks into
     * three. Slope draws the caps and bars as part of the container, so their tuples are empty.
     */
    static final ForeignType ERRORBAR_CONTAINER = new ForeignType("matplotlib.container", "ErrorbarContainer") {
        @Override public String repr(Object self) { return "<ErrorbarContainer object of 3 artists>"; }
        @Override public long len(Object self) { return 3; }
        @Override public slope.lang.PyIter iter(Object self) { return slope.lang.PyIter.of(parts(self).items); }
        @Override public Object getItem(Object self, Object key) {
            long i = Py.index(key);
            if (i < -3 || i > 2) throw new PyError("IndexError", "tuple index out of range");
            return parts(self).items[(int) (i < 0 ? i + 3 : i)];
        }
    }
        .property("lines", PlotObjects::parts)
        .method("get_label", (self, a, k) -> orEmpty(((ErrorBars) self).label))
        .method("set_label", (self, a, k) -> {
            ((ErrorBars) self).label = Kw.label(a.length > 0 ? a[0] : null);
            return Py.NONE;
        });

    private static PyTuple parts(Object self) {
        Line l = ((ErrorBars) self).line;
        return new PyTuple(l == null ? Py.NONE : l, new PyTuple(), new PyTuple());
    }

    /** ax.spines: a side by name ({@code ax.spines['top']} or {@code ax.spines.top}), or several by a list of names. */
    record Spines(Axes axes) {}

    /** {@code ax.spines[['top', 'right']]}: each setter applies to all of them. */
    record SpinesProxy(Spine[] spines) {}

    static final ForeignType SPINES = new Addressed("matplotlib.spines", "Spines") {
        @Override public Object getItem(Object self, Object key) {
            Axes ax = ((Spines) self).axes;
            if (key instanceof String side) return side(ax, side);
            Object[] names = Interpreter.current().toArray(key);
            Spine[] picked = new Spine[names.length];
            for (int i = 0; i < names.length; i++) picked[i] = side(ax, names[i]);
            return new SpinesProxy(picked);
        }
    };

    static {
        for (String side : Spine.SIDES) SPINES.property(side, self -> side(((Spines) self).axes, side));
    }

    private static Spine side(Axes ax, Object name) {
        Spine s = name instanceof String n ? ax.spine(n) : null;
        if (s == null) throw Interpreter.current().keyError(name);
        return s;
    }

    static final ForeignType SPINE = spineSetters(new Addressed("matplotlib.spines", "Spine") {
        @Override public String str(Object self) { return "Spine"; }
    }, self -> new Spine[] {(Spine) self})
        .method("get_visible", (self, a, k) -> ((Spine) self).visible)
        .method("get_linewidth", (self, a, k) -> ((Spine) self).linewidth);

    static final ForeignType SPINES_PROXY = spineSetters(new Addressed("matplotlib.spines", "SpinesProxy"), self -> ((SpinesProxy) self).spines);

    /** set_visible, set_color and set_linewidth, on one spine or on each of a proxy's. */
    private static ForeignType spineSetters(ForeignType t, java.util.function.Function<Object, Spine[]> spines) {
        return t
            .method("set_visible", (self, a, k) -> {
                boolean v = Interpreter.current().truth(one(a, k, "b", "set_visible"));
                for (Spine s : spines.apply(self)) s.visible = v;
                return Py.NONE;
            })
            .method("set_color", (self, a, k) -> {
                String c = PlotData.color(one(a, k, "c", "set_color"));
                for (Spine s : spines.apply(self)) s.setColor(c);
                return Py.NONE;
            })
            .method("set_linewidth", (self, a, k) -> {
                double w = PlotData.number(one(a, k, "w", "set_linewidth"), "linewidth");
                for (Spine s : spines.apply(self)) s.linewidth = w;
                return Py.NONE;
            });
    }

    /** A setter's one argument, positional or by its keyword. */
    private static Object one(Object[] a, java.util.Map<String, Object> k, String name, String fn) {
        Object v = a.length > 0 ? a[0] : k == null ? null : k.get(name);
        if (v == null) throw PyError.type("Spine." + fn + "() missing 1 required positional argument: '" + name + "'");
        return v;
    }

    static final ForeignType TEXT = new ForeignType("matplotlib.text", "Text") {
        @Override public String repr(Object self) {
            Text t = (Text) self;
            Interpreter py = Interpreter.current();
            return "Text(" + py.repr(t.x) + ", " + py.repr(t.y) + ", " + py.repr(t.text) + ")";
        }
    };

    static final ForeignType QUIVER = new Addressed("matplotlib.quiver", "Quiver");

    static final ForeignType COLORBAR = new Addressed("matplotlib.colorbar", "Colorbar")
        .method("set_label", (self, a, k) -> {
            ((Colorbar) self).axes.colorbarLabel = Kw.label(a.length > 0 ? a[0] : k == null ? "" : k.get("label"));
            return Py.NONE;
        });

    static final ForeignType LOG_NORM = new Addressed("matplotlib.colors", "LogNorm");

    /** {@code <Figure size 640x480 with 1 Axes>}. */
    static final class FigureType extends ForeignType {
        FigureType() { super("matplotlib.figure", "Figure"); }

        @Override public String repr(Object self) {
            Figure f = (Figure) self;
            return "<Figure size " + f.pixelWidth() + "x" + f.pixelHeight() + " with " + f.axes.size() + " Axes>";
        }
    }

    /** {@code <Axes: title={'center': 'Loss'}, xlabel='step', ylabel='loss'>}, as matplotlib 3.8 and later. */
    static class AxesType extends ForeignType {
        AxesType() { this("matplotlib.axes", "Axes"); }

        AxesType(String module, String name) { super(module, name); }

        @Override public String repr(Object self) {
            Axes a = (Axes) self;
            Interpreter py = Interpreter.current();
            StringBuilder sb = new StringBuilder("<" + name + ": ");
            String sep = "";
            if (!a.title.isEmpty()) { sb.append("title={'center': ").append(py.repr(a.title)).append('}'); sep = ", "; }
            if (!a.xlabel.isEmpty()) { sb.append(sep).append("xlabel=").append(py.repr(a.xlabel)); sep = ", "; }
            if (!a.ylabel.isEmpty()) { sb.append(sep).append("ylabel=").append(py.repr(a.ylabel)); sep = ", "; }
            if (a instanceof slope.plot.Axes3D a3 && !a3.zlabel.isEmpty()) sb.append(sep).append("zlabel=").append(py.repr(a3.zlabel));
            return sb.append('>').toString();
        }
    }

    /** mpl_toolkits.mplot3d's Axes3D: its own calls only, so that 2-D-only ones raise AttributeError. */
    static final class Axes3DType extends AxesType {
        Axes3DType() { super("mpl_toolkits.mplot3d.axes3d", "Axes3D"); }
    }

    static String orEmpty(String s) { return s == null ? "" : s; }

    static PyList list(double[] v) {
        PyList l = new PyList();
        for (double d : v) l.add(d);
        return l;
    }

    static PyTuple pair(double a, double b) { return new PyTuple(a, b); }

    /** Registers these types with an interpreter (Figure and Axes types are made per run, with the run's pyplot). */
    static void register(Interpreter py, ForeignType figure, ForeignType axes) {
        py.registerType(Figure.class, figure);
        py.registerType(Axes.class, axes);
        py.registerType(AxesGrid.class, AxesGrid.TYPE);
        py.registerType(Line.class, LINE2D);
        py.registerType(RefLine.class, LINE2D);
        py.registerType(Scatter.class, PATH_COLLECTION);
        py.registerType(Contour.class, CONTOUR_SET);
        py.registerType(Image.class, AXES_IMAGE);
        py.registerType(Patches.class, BAR_CONTAINER);
        py.registerType(ErrorBars.class, ERRORBAR_CONTAINER);
        py.registerType(Spines.class, SPINES);
        py.registerType(Spine.class, SPINE);
        py.registerType(SpinesProxy.class, SPINES_PROXY);
        py.registerType(Text.class, TEXT);
        py.registerType(Quiver.class, QUIVER);
        py.registerType(Colorbar.class, COLORBAR);
        py.registerType(LogNorm.class, LOG_NORM);
        py.registerType(slope.plot.Surface.class, POLY3D_COLLECTION);
        py.registerType(slope.plot.Scatter3D.class, PATH3D_COLLECTION);
        py.registerType(slope.plot.Contour3D.class, CONTOUR_SET_3D);
        py.registerType(slope.plot.Line3D.class, LINE3D);
    }
}
