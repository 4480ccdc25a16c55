package slope.plot.binding;

import slope.lang.ForeignType;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.lang.PyList;
import slope.lang.PyModule;
import slope.lang.PyTuple;
import slope.plot.Artist;
import slope.plot.Axes;
import slope.plot.Figure;
import slope.plot.Pyplot;
import slope.run.PyError;

/**
 * {@code import matplotlib.pyplot as plt} for one run: the modules {@code matplotlib}, {@code matplotlib.pyplot}
 * and {@code matplotlib.colors}, bound to that run's {@link Pyplot}, whose figures the host renders afterwards.
 * The plot package reports bad values as IllegalArgumentException with matplotlib's message; here they
 * become ValueError, so the learner sees the line that caused them.
 */
public final class PyplotModule {
    private PyplotModule() {}

    @FunctionalInterface
    interface Body { Object run(); }

    /** Runs a call, turning the plot package's IllegalArgumentException into Python's ValueError. */
    static Object guard(Body b) {
        try {
            return b.run();
        } catch (IllegalArgumentException e) {
            throw PyError.value(e.getMessage());
        }
    }

    /** {@code get_cmap(name)}: the named colormap (viridis when none), with matplotlib's error for an unknown name. */
    private static slope.plot.Colormap colormap(Object name) {
        if (name instanceof slope.plot.Colormap c) return c;
        try {
            return slope.plot.Colormap.named(name == null || name == Py.NONE ? null : Interpreter.current().str(name));
        } catch (IllegalArgumentException e) {
            throw PyError.value(e.getMessage());
        }
    }

    /** Makes {@code import matplotlib.pyplot as plt} draw into {@code pyplot}; the modules are made on first import. */
    public static void install(Interpreter py, Pyplot pyplot) {
        py.addModulesLater(in -> create(in, pyplot),
                "matplotlib", "matplotlib.colors", "matplotlib.cm", "matplotlib.style", "matplotlib.pyplot",
                "mpl_toolkits", "mpl_toolkits.mplot3d");
    }

    private static void create(Interpreter py, Pyplot pyplot) {
        ForeignType figure = new PlotObjects.FigureType();
        ForeignType axes = new PlotObjects.AxesType();
        ForeignType axes3d = new PlotObjects.Axes3DType();
        PlotObjects.register(py, figure, axes);
        py.registerType(slope.plot.Axes3D.class, axes3d);

        PyModule mpl = new PyModule("matplotlib");
        mpl.set("__version__", "3.10.0 (Slope)");
        mpl.def("use", (args, kw) -> Py.NONE); // backends mean nothing here: figures always come back as SVG
        RcParamsMap rc = new RcParamsMap(pyplot.rc);
        py.registerType(RcParamsMap.class, RcParamsMap.TYPE);
        mpl.set("rcParams", rc);
        mpl.def("rc", (args, kw) -> { rc.rc(args, kw); return Py.NONE; });
        mpl.def("rcdefaults", (args, kw) -> { rc.reset(); return Py.NONE; });
        py.addModule(mpl);

        PyModule colors = new PyModule("matplotlib.colors");
        colors.def("LogNorm", (args, kw) -> new PlotObjects.LogNorm());
        py.addModule(colors);

        PyModule cm = new PyModule("matplotlib.cm");
        for (String name : slope.plot.Colormap.NAMES) {
            cm.set(name, slope.plot.Colormap.named(name));
            cm.set(name + "_r", slope.plot.Colormap.named(name + "_r"));
        }
        cm.def("get_cmap", (args, kw) -> colormap(args.length > 0 ? args[0] : null));
        py.addModule(cm);
        py.registerType(slope.plot.Colormap.class, PlotObjects.COLORMAP);

        PyModule style = new PyModule("matplotlib.style");
        style.def("use", (args, kw) -> Py.NONE); // Slope draws matplotlib's default style only
        py.addModule(style);

        PyModule plt = new PyModule("matplotlib.pyplot");
        plt.set("Figure", figure);
        plt.set("Axes", axes);
        plt.set("style", style);
        plt.set("cm", cm);
        plt.set("rcParams", rc);
        plt.set("rc", mpl.get("rc"));
        plt.set("rcdefaults", mpl.get("rcdefaults"));
        plt.def("get_cmap", (args, kw) -> colormap(args.length > 0 ? args[0] : null));
        AxesCalls.install(axes, axes3d, plt, pyplot);
        Axes3DCalls.install(axes3d);
        PyModule toolkits = new PyModule("mpl_toolkits");
        py.addModule(toolkits);
        PyModule mplot3d = new PyModule("mpl_toolkits.mplot3d");
        mplot3d.set("Axes3D", axes3d);
        py.addModule(mplot3d);
        figureMethods(figure, pyplot);
        pltFunctions(plt, pyplot);
        py.addModule(plt);
    }

    private static void def(PyModule m, String name, Body0 body) {
        m.def(name, (args, kw) -> guard(() -> body.call(new Kw(name, args, kw))));
    }

    @FunctionalInterface
    interface Body0 { Object call(Kw a); }

    private static void pltFunctions(PyModule plt, Pyplot pyplot) {
        def(plt, "figure", a -> {
            a.get(0, "num");
            double[] size = figsize(a.get(1, "figsize"));
            a.get(2, "dpi");
            a.take("clear", "tight_layout");
            a.done("Figure");
            return pyplot.figure(size == null ? null : size[0], size == null ? null : size[1]);
        });
        def(plt, "subplots", a -> {
            int rows = intArg(a.get(0, "nrows"), 1), cols = intArg(a.get(1, "ncols"), 1);
            Object squeeze = a.take("squeeze");
            double[] size = figsize(a.take("figsize"));
            String projection = subplotKw(a);
            a.done("Figure");
            Pyplot.Subplots s = pyplot.subplots(rows, cols, size == null ? null : size[0], size == null ? null : size[1], projection);
            Object ax = squeeze == null || Interpreter.current().truth(squeeze) ? AxesGrid.squeezed(s.axes) : grid2d(s.axes);
            return new PyTuple(s.figure, ax);
        });
        def(plt, "subplot", a -> {
            int[] spec = subplotSpec(a);
            String projection = projection(a);
            a.done("Axes");
            return pyplot.subplot(spec[0], spec[1], spec[2], projection);
        });
        def(plt, "axes", a -> {
            if (a.get(0, "arg") != null) throw PyError.value("Slope's plt.axes() takes no rectangle; use plt.subplot");
            String projection = projection(a);
            a.done("Axes");
            return pyplot.subplot(1, 1, 1, projection);
        });
        def(plt, "gcf", a -> { a.done(); return pyplot.gcf(); });
        def(plt, "gca", a -> { a.done(); return pyplot.gca(); });
        def(plt, "sca", a -> { pyplot.sca(axesArg(a.get(0, "ax"))); a.done(); return Py.NONE; });
        def(plt, "colorbar", a -> {
            Object mappable = a.get(0, "mappable");
            a.get(1, "cax");
            Object ax = a.get(2, "ax");
            String label = Kw.label(a.take("label"));
            Double shrink = a.number(a.take("shrink"), "shrink"), aspect = a.number(a.take("aspect"), "aspect");
            a.done("Colorbar");
            Figure f = pyplot.gcf();
            if (ax == null) pyplot.colorbar(mappable == null ? null : artist(mappable), label);
            else f.colorbar(artist(mappable), axesArg(ax), label);
            return colorbarOf(f, mappable, shrink, aspect);
        });
        def(plt, "suptitle", a -> { pyplot.suptitle(Kw.label(a.get(0, "t"))); a.take("fontsize", "size", "y", "x"); a.done("Text"); return Py.NONE; });
        def(plt, "tight_layout", a -> { a.take("pad", "h_pad", "w_pad", "rect"); a.done(); pyplot.tightLayout(); return Py.NONE; });
        def(plt, "show", a -> { a.take("block"); a.done(); pyplot.show(); return Py.NONE; });
        def(plt, "savefig", a -> { pyplot.savefig(Kw.label(a.get(0, "fname"))); a.done("savefig"); return Py.NONE; });
        def(plt, "close", a -> {
            Object which = a.get(0, "fig");
            a.done();
            if (which == null) pyplot.close();
            else if ("all".equals(which)) pyplot.closeAll();
            else if (which instanceof Figure f) pyplot.close(f);
            else if (!(which instanceof Long)) throw PyError.type("close() argument must be a Figure, an int, a string, or None, not " + Interpreter.current().typeName(which));
            return Py.NONE;
        });
    }

    private static void figureMethods(ForeignType figure, Pyplot pyplot) {
        method(figure, "suptitle", (f, a) -> { f.suptitle(Kw.label(a.get(0, "t"))); a.take("fontsize", "size", "y", "x"); a.done("Text"); return Py.NONE; });
        method(figure, "tight_layout", (f, a) -> { a.take("pad", "h_pad", "w_pad", "rect"); a.done(); f.tightLayout(); return Py.NONE; });
        method(figure, "savefig", (f, a) -> { pyplot.savefig(f, Kw.label(a.get(0, "fname"))); a.done("savefig"); return Py.NONE; });
        method(figure, "show", (f, a) -> Py.NONE);
        method(figure, "gca", (f, a) -> f.gca());
        method(figure, "add_subplot", (f, a) -> {
            int[] spec = subplotSpec(a);
            String projection = projection(a);
            a.done("Axes");
            return f.addSubplot(spec[0], spec[1], spec[2], projection);
        });
        method(figure, "subplots", (f, a) -> {
            int rows = intArg(a.get(0, "nrows"), 1), cols = intArg(a.get(1, "ncols"), 1);
            Object squeeze = a.take("squeeze");
            String projection = subplotKw(a);
            a.done("Figure");
            Axes[][] g = f.subplots(rows, cols, projection);
            return squeeze == null || Interpreter.current().truth(squeeze) ? AxesGrid.squeezed(g) : grid2d(g);
        });
        method(figure, "colorbar", (f, a) -> {
            Object mappable = a.get(0, "mappable");
            a.get(1, "cax");
            Object ax = a.get(2, "ax");
            String label = Kw.label(a.take("label"));
            Double shrink = a.number(a.take("shrink"), "shrink"), aspect = a.number(a.take("aspect"), "aspect");
            a.done("Colorbar");
            f.colorbar(artist(AxesCalls.need(mappable, "colorbar", "mappable")), ax == null ? null : axesArg(ax), label);
            return colorbarOf(f, mappable, shrink, aspect);
        });
        figure.property("axes", self -> PyList.of(((Figure) self).axes.toArray()));
        figure.property("number", self -> (long) ((Figure) self).number);
    }

    @FunctionalInterface
    interface FigureCall { Object call(Figure f, Kw a); }

    private static void method(ForeignType figure, String name, FigureCall c) {
        figure.method(name, (self, args, kw) -> guard(() -> c.call((Figure) self, new Kw(name, args, kw))));
    }

    /** The new colorbar, sized by shrink= (its share of the axes' height) and aspect= (height over width). */
    private static Object colorbarOf(Figure f, Object mappable, Double shrink, Double aspect) {
        Axes target = null;
        for (Axes a : f.axes) if (a.colorbar != null && (mappable == null || a.colorbar == mappable)) target = a;
        if (target == null) return Py.NONE;
        target.colorbarShrink = shrink == null ? 1 : shrink;
        target.colorbarAspect = aspect == null ? 20 : aspect;
        return new PlotObjects.Colorbar(target);
    }

    private static Artist artist(Object o) {
        if (o instanceof Artist a) return a;
        throw PyError.type("colorbar() needs what imshow(), contour(), contourf() or scatter(c=...) returned, not " + Interpreter.current().typeName(o));
    }

    /** ax= may be one axes, or the axes array from subplots (the colorbar goes beside the last). */
    private static Axes axesArg(Object o) {
        if (o instanceof Axes a) return a;
        if (o instanceof AxesGrid g) return g.items[g.items.length - 1];
        if (o instanceof PyList l && l.size() > 0 && l.get(l.size() - 1) instanceof Axes a) return a;
        throw PyError.type("expected an Axes, not " + Interpreter.current().typeName(o));
    }

    private static AxesGrid grid2d(Axes[][] g) {
        Axes[] items = new Axes[g.length * g[0].length];
        for (int r = 0; r < g.length; r++) System.arraycopy(g[r], 0, items, r * g[0].length, g[0].length);
        return new AxesGrid(items, new int[] {g.length, g[0].length});
    }

    /** projection= of add_subplot and subplot (polar=True is matplotlib's 'polar', which Slope does not draw). */
    private static String projection(Kw a) {
        String projection = a.string(a.take("projection"), "projection");
        Object polar = a.take("polar");
        if (polar != null && Interpreter.current().truth(polar)) projection = "polar";
        a.take("sharex", "sharey");
        return projection;
    }

    /** subplots(subplot_kw={'projection': '3d'}): the projection, the only subplot keyword Slope reads. */
    private static String subplotKw(Kw a) {
        Object kw = a.take("subplot_kw");
        if (kw == null) return null;
        if (!(kw instanceof slope.lang.PyDict d)) throw PyError.type("subplot_kw must be a dict");
        Object p = d.get("projection");
        return p == null || p == Py.NONE ? null : Kw.label(p);
    }

    /** subplot(nrows, ncols, index), subplot(221), or subplot() as (1, 1, 1). */
    private static int[] subplotSpec(Kw a) {
        int n = a.positional();
        if (n == 0) return new int[] {1, 1, 1};
        if (n == 1) {
            long code = Py.index(a.arg(0));
            if (code < 111 || code > 999) throw PyError.value("Integer subplot specification must be a three-digit number, not " + code);
            return new int[] {(int) code / 100, (int) code / 10 % 10, (int) code % 10};
        }
        if (n == 3) return new int[] {intArg(a.arg(0), 1), intArg(a.arg(1), 1), intArg(a.arg(2), 1)};
        throw PyError.type("subplot() takes 1 or 3 positional arguments but " + n + " were given");
    }

    private static int intArg(Object v, int dflt) {
        if (v == null) return dflt;
        long n = Py.index(v);
        if (n < 1 || n > 100) throw PyError.value("Number of rows and columns must be a positive integer, not " + n);
        return (int) n;
    }

    private static double[] figsize(Object v) {
        if (v == null) return null;
        double[] s = PlotData.vector(v, "figsize");
        if (s.length != 2) throw PyError.value("figure size must be a (width, height) pair");
        return s;
    }
}
