package slope.plot;

import java.util.ArrayList;
import java.util.List;
import slope.format.PyNumbers;

/** Tick placement and tick labels as matplotlib's MaxNLocator, LogLocator and ScalarFormatter choose them. */
public final class Ticks {
    private Ticks() {}

    /** AutoLocator's steps, used for axis ticks. */
    public static final double[] AXIS_STEPS = {1, 2, 2.5, 5, 10};
    /** MaxNLocator's default steps, used for contour levels. */
    public static final double[] FINE_STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private static final double LN10 = Math.log(10);

    /**
     * log10 from Math.log, which TeaVM's WebAssembly computes bit for bit as the JVM does (Math.log10 is not), so
     * the page, the command line and the server draw the same picture; exact powers of ten come out whole.
     */
    public static double log10(double x) {
        double r = Math.log(x) / LN10;
        double k = Math.rint(r);
        return Math.abs(r - k) < 1e-9 && Math.pow(10, k) == x ? k : r;
    }

    /** Unicode minus, which matplotlib writes in tick labels. */
    public static final String MINUS = "\u2212";

    /** MaxNLocator(nbins, steps, min_n_ticks).tick_values(vmin, vmax): may extend one step past either end. */
    public static double[] maxN(double vmin, double vmax, int nbins, double[] steps, int minNTicks) {
        return maxN(vmin, vmax, nbins, steps, minNTicks, 1);
    }

    /** With the raw step scaled: a 3-D axis takes 23/24 of it, matplotlib's fix that keeps 3.8's ticks since 3.9's margins. */
    private static double[] maxN(double vmin, double vmax, int nbins, double[] steps, int minNTicks, double rawStepScale) {
        double[] ns = nonsingular(vmin, vmax, 1e-13, 1e-14);
        vmin = ns[0];
        vmax = ns[1];
        double dv = Math.abs(vmax - vmin);
        if (!Double.isFinite(dv)) return new double[] {vmin, 0, vmax}; // spans beyond the largest double
        double meanv = (vmax + vmin) / 2;
        double offset = 0;
        if (Math.abs(meanv) / dv >= 100) offset = Math.copySign(Math.pow(10, Math.floor(log10(Math.abs(meanv)))), meanv);
        double scale = Math.pow(10, Math.floor(log10(dv / nbins)));
        double lo = vmin - offset, hi = vmax - offset;
        double[] ext = new double[2 * steps.length];
        int n = 0;
        for (int i = 0; i < steps.length - 1; i++) ext[n++] = 0.1 * steps[i] * scale;
        for (double s : steps) ext[n++] = s * scale;
        ext[n++] = 10 * steps[1] * scale;
        double rawStep = (hi - lo) / nbins * rawStepScale;
        int istep = n - 1;
        for (int i = 0; i < n; i++) if (ext[i] >= rawStep) { istep = i; break; }
        double[] ticks = new double[0];
        for (int i = istep; i >= 0; i--) {
            double step = ext[i];
            double best = floorDiv(lo, step) * step;
            double low = edgeLe(lo - best, step, offset);
            double high = edgeGe(hi - best, step, offset);
            if (!(high - low < 10000)) continue; // rounding trouble at the ends of the double range
            int count = (int) (high - low) + 1;
            ticks = new double[count];
            int inside = 0;
            for (int k = 0; k < count; k++) {
                ticks[k] = (low + k) * step + best;
                if (ticks[k] <= hi && ticks[k] >= lo) inside++;
            }
            if (inside >= minNTicks) break;
        }
        for (int k = 0; k < ticks.length; k++) ticks[k] += offset;
        return ticks;
    }

    /** FixedLocator(locs, nbins): every step-th location, starting where the smallest magnitude falls (a contour colorbar's ticks). */
    public static double[] fixed(double[] locs, int nbins) {
        int step = Math.max((int) Math.ceil(locs.length / (double) nbins), 1);
        double[] best = every(locs, 0, step);
        for (int i = 1; i < step; i++) {
            double[] other = every(locs, i, step);
            if (minAbs(other) < minAbs(best)) best = other;
        }
        return best;
    }

    private static double[] every(double[] a, int from, int step) {
        double[] out = new double[(a.length - from + step - 1) / step];
        for (int i = 0; i < out.length; i++) out[i] = a[from + i * step];
        return out;
    }

    private static double minAbs(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) m = Math.min(m, Math.abs(v));
        return m;
    }

    /** The ticks matplotlib draws on a linear axis whose view is [vmin, vmax], nbins from the axis length. */
    public static double[] linear(double vmin, double vmax, int nbins) { return linear(vmin, vmax, nbins, 1); }

    /** {@link #linear} for an axis of a 3-D axes. */
    public static double[] linear3d(double vmin, double vmax, int nbins) { return linear(vmin, vmax, nbins, 23.0 / 24); }

    private static double[] linear(double vmin, double vmax, int nbins, double rawStepScale) {
        double lo = Math.min(vmin, vmax), hi = Math.max(vmin, vmax);
        return within(maxN(lo, hi, nbins, AXIS_STEPS, 2, rawStepScale), lo, hi);
    }

    /** matplotlib's "auto" bin count: the axis length in points over three (x) or two (y) label heights, at most 9. */
    public static int autoBins(double lengthPx, boolean xAxis) {
        double pts = lengthPx * 72 / 100;
        int n = (int) Math.floor(pts / (10 * (xAxis ? 3 : 2)));
        return Math.max(1, Math.min(n, 9));
    }

    /** LogLocator(base 10).tick_values: decades, thinned with a stride when there are many. */
    public static double[] logMajor(double vmin, double vmax, int numticks) {
        if (!(vmin > 0) || !Double.isFinite(vmax) || !(vmax > vmin)) return new double[0];
        double lmin = Math.log(vmin) / Math.log(10), lmax = Math.log(vmax) / Math.log(10);
        int numdec = (int) (Math.floor(lmax) - Math.ceil(lmin));
        int stride = Math.floorDiv(numdec, numticks) + 1;
        if (stride >= numdec) stride = Math.max(1, numdec - 1);
        List<Double> out = new ArrayList<>();
        for (double d = Math.floor(lmin) - stride; d < Math.ceil(lmax) + 2 * stride; d += stride) out.add(Math.pow(10, d));
        return withinLog(toArray(out), vmin, vmax);
    }

    /** Minor log ticks at 2..9 times each decade, when the view spans few enough decades to show them. */
    public static double[] logMinor(double vmin, double vmax) {
        double lmin = Math.floor(log10(vmin)), lmax = Math.ceil(log10(vmax));
        if (!(lmax - lmin <= 12)) return new double[0];
        List<Double> out = new ArrayList<>();
        for (double d = lmin; d <= lmax; d++) {
            double dec = Math.pow(10, d);
            for (int m = 2; m <= 9; m++) out.add(m * dec);
        }
        return withinLog(toArray(out), vmin, vmax);
    }

    /** Ticks inside [lo, hi] on a log axis: the tolerance is a fraction of the span in decades. */
    static double[] withinLog(double[] ticks, double lo, double hi) {
        double[] logs = new double[ticks.length];
        for (int i = 0; i < ticks.length; i++) logs[i] = log10(ticks[i]);
        double[] kept = within(logs, log10(lo), log10(hi));
        double[] out = new double[kept.length];
        int k = 0;
        for (int i = 0; i < ticks.length && k < kept.length; i++) if (logs[i] == kept[k]) out[k++] = ticks[i];
        return out;
    }

    /** Ticks inside [lo, hi], with matplotlib's tolerance of 1e-10 of the span. */
    static double[] within(double[] ticks, double lo, double hi) {
        double eps = (hi - lo) * 1e-10;
        int n = 0;
        double[] out = new double[ticks.length];
        for (double t : ticks) if (t >= lo - eps && t <= hi + eps) out[n++] = t;
        double[] r = new double[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    /** Tick labels for linear ticks, as ScalarFormatter writes them, and its offset text ("1e−5") or "". */
    public static final class Labels {
        public final String[] labels;
        public final String offsetText;

        Labels(String[] labels, String offsetText) {
            this.labels = labels;
            this.offsetText = offsetText;
        }
    }

    /** ScalarFormatter: an offset when the ticks share leading digits, a power of ten outside 1e-5..1e6, common decimals. */
    public static Labels scalarLabels(double[] locs, double vmin, double vmax) {
        double lo = Math.min(vmin, vmax), hi = Math.max(vmin, vmax);
        double offset = offset(locs, lo, hi);
        double maxAbs = 0;
        for (double t : locs) if (t >= lo && t <= hi) maxAbs = Math.max(maxAbs, Math.abs(t));
        int oom;
        if (offset != 0) oom = (int) Math.floor(log10(hi - lo));
        else oom = maxAbs == 0 ? 0 : (int) Math.floor(log10(maxAbs));
        int order = (oom <= -5 || oom >= 6) ? oom : 0;
        double div = Math.pow(10, order);
        double[] scaled;
        if (locs.length < 2) scaled = new double[] {(lo - offset) / div, (hi - offset) / div};
        else {
            scaled = new double[locs.length];
            for (int i = 0; i < locs.length; i++) scaled[i] = (locs[i] - offset) / div;
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : scaled) { min = Math.min(min, v); max = Math.max(max, v); }
        double range = max - min;
        if (range == 0) range = Math.max(Math.abs(min), Math.abs(max));
        if (range == 0) range = 1;
        int rangeOom = (int) Math.floor(log10(range));
        int sigfigs = Math.max(0, 3 - rangeOom);
        double thresh = 1e-3 * Math.pow(10, rangeOom);
        while (sigfigs >= 0) {
            double p = Math.pow(10, sigfigs);
            double worst = 0;
            for (double v : scaled) worst = Math.max(worst, Math.abs(v - Math.rint(v * p) / p));
            if (worst < thresh) sigfigs--;
            else break;
        }
        sigfigs++;
        String[] labels = new String[locs.length];
        for (int i = 0; i < locs.length; i++) {
            double x = (locs[i] - offset) / div;
            if (Math.abs(x) < 1e-8) x = 0;
            labels[i] = minus(PyNumbers.fixed(x, sigfigs));
        }
        String text = (order == 0 ? "" : formatData(Math.pow(10, order))) + (offset == 0 ? "" : (offset > 0 ? "+" : "") + formatData(offset));
        return new Labels(labels, minus(text));
    }

    // ScalarFormatter._compute_offset: the shared leading digits of the visible ticks, if that saves 4 or more digits.
    private static double offset(double[] locs, double lo, double hi) {
        double lmin = Double.POSITIVE_INFINITY, lmax = Double.NEGATIVE_INFINITY;
        for (double t : locs) if (t >= lo && t <= hi) { lmin = Math.min(lmin, t); lmax = Math.max(lmax, t); }
        if (lmin > lmax || lmin == lmax || (lmin <= 0 && 0 <= lmax)) return 0;
        double absMin = Math.min(Math.abs(lmin), Math.abs(lmax)), absMax = Math.max(Math.abs(lmin), Math.abs(lmax));
        double sign = Math.copySign(1, lmin);
        int oomMax = (int) Math.ceil(log10(absMax));
        int oom = oomMax;
        while (oom > -400 && floorDiv(absMin, Math.pow(10, oom)) == floorDiv(absMax, Math.pow(10, oom))) oom--;
        oom++;
        if ((absMax - absMin) / Math.pow(10, oom) <= 1e-2) {
            oom = oomMax;
            while (oom > -400 && floorDiv(absMax, Math.pow(10, oom)) - floorDiv(absMin, Math.pow(10, oom)) <= 1) oom--;
            oom++;
        }
        double lead = floorDiv(absMax, Math.pow(10, oom));
        return lead >= 1000 ? sign * lead * Math.pow(10, oom) : 0;
    }

    // ScalarFormatter.format_data: "6.931e-1", "1e-5", "1000" with ten significant digits at most.
    private static String formatData(double v) {
        int e = (int) Math.floor(log10(Math.abs(v)));
        double s = Math.rint(v / Math.pow(10, e) * 1e10) / 1e10;
        String sig;
        if (s % 1 == 0) sig = Long.toString((long) s);
        else {
            sig = new java.math.BigDecimal(s).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
        }
        return e == 0 ? sig : sig + "e" + e;
    }

    /** matplotlib's Unicode minus in place of '-'. */
    public static String minus(String s) {
        return s.replace("-", MINUS);
    }

    /** The exponent of a decade tick (10^k), for labels written "10" with k raised. */
    public static int decade(double v) {
        return (int) Math.round(log10(v));
    }

    static double[] nonsingular(double vmin, double vmax, double expander, double tiny) {
        if (!Double.isFinite(vmin) || !Double.isFinite(vmax)) return new double[] {-expander, expander};
        boolean swapped = false;
        if (vmax < vmin) { double t = vmin; vmin = vmax; vmax = t; swapped = true; }
        double maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
        if (maxabs < (1e6 / tiny) * Double.MIN_NORMAL) {
            vmin = -expander;
            vmax = expander;
        } else if (vmax - vmin <= maxabs * tiny) {
            if (vmax == 0 && vmin == 0) {
                vmin = -expander;
                vmax = expander;
            } else {
                vmin -= expander * Math.abs(vmin);
                vmax += expander * Math.abs(vmax);
            }
        }
        return swapped ? new double[] {vmax, vmin} : new double[] {vmin, vmax};
    }

    /** Python's float floor division, which numpy's floor_divide also follows. */
    static double floorDiv(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && ((b < 0) != (mod < 0))) div -= 1.0;
        if (div != 0) {
            double f = Math.floor(div);
            if (div - f > 0.5) f += 1.0;
            return f;
        }
        return Math.copySign(0.0, a / b);
    }

    static double pyMod(double a, double b) {
        double mod = a % b;
        if (mod != 0 && ((b < 0) != (mod < 0))) mod += b;
        return mod;
    }

    // matplotlib's _Edge_integer: floor/ceil of x/step that forgive rounding error, more so far from zero.
    private static boolean closeTo(double ms, double edge, double step, double offset) {
        double tol;
        if (offset != 0) {
            double digits = log10(Math.abs(offset) / step);
            tol = Math.min(0.4999, Math.max(1e-10, Math.pow(10, digits - 12)));
        } else tol = 1e-10;
        return Math.abs(ms - edge) < tol;
    }

    private static double edgeLe(double x, double step, double offset) {
        double d = floorDiv(x, step), m = pyMod(x, step);
        return closeTo(m / step, 1, step, offset) ? d + 1 : d;
    }

    private static double edgeGe(double x, double step, double offset) {
        double d = floorDiv(x, step), m = pyMod(x, step);
        return closeTo(m / step, 0, step, offset) ? d : d + 1;
    }

    private static double[] toArray(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i);
        return a;
    }
}
