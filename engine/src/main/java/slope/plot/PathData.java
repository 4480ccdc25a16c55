package slope.plot;

/**
 * Compact SVG path data: an absolute moveto, then relative linetos in tenths of a pixel. Deltas are taken
 * between rounded positions, so rounding never drifts; ".5" and "-.5" drop their zero, and a minus needs no space.
 */
final class PathData {
    private final StringBuilder sb;
    private long cx, cy;
    private boolean inLine;

    PathData(StringBuilder sb) {
        this.sb = sb;
    }

    void moveTo(double x, double y) {
        cx = Math.round(x * 10);
        cy = Math.round(y * 10);
        sb.append('M');
        tenths(cx);
        sb.append(',');
        tenths(cy);
        inLine = false;
    }

    void lineTo(double x, double y) {
        long tx = Math.round(x * 10), ty = Math.round(y * 10);
        long dx = tx - cx, dy = ty - cy;
        if (!inLine) {
            sb.append('l');
            inLine = true;
        } else if (dx >= 0) {
            sb.append(' ');
        }
        tenths(dx);
        sb.append(',');
        tenths(dy);
        cx = tx;
        cy = ty;
    }

    void close() {
        sb.append('Z');
        inLine = false;
    }

    private void tenths(long t) {
        if (t < 0) {
            sb.append('-');
            t = -t;
        }
        long whole = t / 10, frac = t % 10;
        if (whole != 0 || frac == 0) sb.append(whole);
        if (frac != 0) sb.append('.').append(frac);
    }
}
