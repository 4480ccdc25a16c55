package slope.run;

import slope.plot.Axes;
import slope.plot.Figure;
import slope.plot.SvgRenderer;

/** One figure a run drew, as the page shows it: the SVG, and a short summary for a caption or a list. */
public final class RenderedFigure {
    public final String svg;
    /** matplotlib's figure number, counting from 1 in the run. */
    public final int number;
    /** Size in pixels (at 100 dpi, as matplotlib's default). */
    public final int width, height;
    /** The suptitle, else the first axes title, else "". */
    public final String title;

    public RenderedFigure(String svg, int number, int width, int height, String title) {
        this.svg = svg;
        this.number = number;
        this.width = width;
        this.height = height;
        this.title = title;
    }

    public static RenderedFigure of(Figure f) {
        String title = f.suptitle;
        for (Axes a : f.axes) if (title.isEmpty()) title = a.title;
        return new RenderedFigure(SvgRenderer.render(f), f.number, f.pixelWidth(), f.pixelHeight(), title);
    }
}
