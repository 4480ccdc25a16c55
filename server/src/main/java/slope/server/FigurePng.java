package slope.server;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import slope.run.RenderedFigure;

/**
 * A run's figure as a PNG for link previews (og:image): crawlers take no SVG. The engine's own SVG is drawn
 * by jsvg with Java2D onto a white 1200x630 canvas, the size Facebook, X, Slack and LinkedIn expect; the figure
 * keeps its aspect, centred, so the crawlers' crop to 1.91:1 never cuts its title or axis labels.
 */
final class FigurePng {
    static final int WIDTH = 1200, HEIGHT = 630;
    /** One element per scatter marker: a run may draw many, and a preview need not show them all. */
    private static final int MAX_ELEMENTS = 50_000;

    static {
        // A server has no display; set before the first AWT class loads (java -Djava.awt.headless=false still wins).
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private FigurePng() {}

    /** The PNG bytes; IllegalStateException if the SVG cannot be read (over the element limit, say). */
    static byte[] render(RenderedFigure figure) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(figure.svg.getBytes(StandardCharsets.UTF_8)), null,
                LoaderContext.builder()
                        .documentLimits(new DocumentLimits(DocumentLimits.DEFAULT_MAX_NESTING_DEPTH,
                                DocumentLimits.DEFAULT_MAX_USE_NESTING_DEPTH, MAX_ELEMENTS))
                        .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                        .build());
        if (doc == null) throw new IllegalStateException("figure " + figure.number + " could not be read as SVG");
        double scale = Math.min((double) WIDTH / figure.width, (double) HEIGHT / figure.height);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.translate((WIDTH - figure.width * scale) / 2, (HEIGHT - figure.height * scale) / 2);
            g.scale(scale, scale);
            doc.render((Component) null, g, new ViewBox(0, 0, figure.width, figure.height));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array never fails to take the bytes
        }
        return png.toByteArray();
    }
}
