package slope.plot.binding;

import java.util.LinkedHashMap;
import java.util.Map;
import slope.lang.Interpreter;
import slope.lang.Py;
import slope.run.PyError;

/**
 * The arguments of one matplotlib call, taken by name as the binding reads them: positional ones by index
 * or keyword, keywords with their aliases ({@code linewidth}/{@code lw}). Keywords left over at the end are
 * matplotlib's error, except the purely cosmetic ones Slope accepts and ignores.
 */
final class Kw {
    /** Keywords that change nothing Slope draws (stacking order, anti-aliasing, font weights, paddings). */
    private static final String IGNORED = " zorder clip_on antialiased rasterized fontweight fontfamily family weight pad labelpad"
        + " dpi facecolor edgecolor edgecolors markerfacecolor mfc markeredgecolor mec markeredgewidth mew"
        + " frameon framealpha fancybox shadow ncol ncols bbox_to_anchor borderaxespad prop markerscale numpoints handlelength"
        + " title_fontsize rotation inline inline_spacing extend origin which bbox_inches transparent format shrink aspect"
        + " fraction orientation width_ratios height_ratios sharex sharey layout constrained_layout subplot_kw gridspec_kw"
        + " headwidth headlength angles scale_units pivot histtype rwidth align solid_capstyle dash_capstyle ";

    final String fn;
    private final Object[] args;
    private final LinkedHashMap<String, Object> kw = new LinkedHashMap<>();

    Kw(String fn, Object[] args, Map<String, Object> kwargs) {
        this.fn = fn;
        this.args = args;
        if (kwargs != null) kw.putAll(kwargs);
    }

    int positional() { return args.length; }

    Object arg(int i) { return args[i]; }

    /** Positional argument i, else the keyword of that name, else null. None counts as not given. */
    Object get(int i, String name) {
        Object v = i < args.length ? args[i] : null;
        Object k = kw.remove(name);
        if (v != null && k != null) throw PyError.type(fn + "() got multiple values for argument '" + name + "'");
        if (v == null) v = k;
        return v == Py.NONE ? null : v;
    }

    /** The first of these keywords given (aliases of one property), or null. */
    Object take(String... names) {
        Object found = null;
        for (String n : names) {
            Object v = kw.remove(n);
            if (v != null && found != null) throw PyError.type("Got both '" + names[0] + "' and '" + n + "', which are aliases of one another");
            if (v != null) found = v;
        }
        return found == Py.NONE ? null : found;
    }

    /** A cmap argument: a colormap's name, or a colormap object ({@code plt.cm.Spectral}). */
    String cmap(Object v) {
        return v instanceof slope.plot.Colormap c ? c.name : string(v, "cmap");
    }

    String string(Object v, String name) {
        if (v == null) return null;
        if (v instanceof String s) return s;
        throw PyError.type(fn + "(): " + name + " must be str, not " + Interpreter.current().typeName(v));
    }

    /** A label: matplotlib turns any object into its str. */
    static String label(Object v) {
        return v == null ? null : v instanceof String s ? s : Interpreter.current().str(v);
    }

    Double number(Object v, String name) {
        return v == null ? null : PlotData.number(v, name);
    }

    Integer integer(Object v, String name) {
        if (v == null) return null;
        if (v instanceof Double d && d == Math.rint(d)) return (int) (double) d;
        return (int) Py.index(v);
    }

    Boolean bool(Object v) {
        return v == null ? null : Interpreter.current().truth(v);
    }

    /** Raises for keywords nobody took, as matplotlib does. */
    void done(String setter) {
        for (String k : kw.keySet()) {
            if (IGNORED.contains(" " + k + " ")) continue;
            throw new PyError("AttributeError", setter + ".set() got an unexpected keyword argument '" + k + "'");
        }
    }

    void done() { done(fn); }
}
