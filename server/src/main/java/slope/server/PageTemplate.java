package slope.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The playground's index.html (or the widget's embed.html) with the page title, Open Graph tags and the engine version filled
 * in. Only escaped text goes into the HTML; a snippet's code never does (the page fetches it as JSON).
 */
final class PageTemplate {
    private static final String DEFAULT_TITLE = "Slope: autodiff playground";
    private final String html;

    /** A page of the build's {@code /public}: index.html (the playground) or embed.html (the widget). */
    PageTemplate(String name) {
        try (InputStream in = PageTemplate.class.getResourceAsStream("/public/" + name)) {
            html = in == null ? "<!doctype html><title>" + DEFAULT_TITLE + "</title>" // a build without the page
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A link-preview image: its absolute URL, size and a text for readers who cannot see it. */
    record Image(String url, int width, int height, String alt) {}

    /** The page; with a snippet, its title and an og:url of its share link. */
    String render(String engineVersion, Snippet snippet, String shareUrl) {
        return render(engineVersion, snippet, shareUrl, null);
    }

    /** The page as above, naming {@code image} (when not null) for link previews: og:image and a large Twitter card. */
    String render(String engineVersion, Snippet snippet, String shareUrl, Image image) {
        String title = snippet == null || snippet.title().isBlank() ? DEFAULT_TITLE : snippet.title() + " · Slope";
        StringBuilder meta = new StringBuilder();
        meta.append("<meta property=\"og:title\" content=\"").append(escape(title)).append("\">\n");
        meta.append("<meta property=\"og:type\" content=\"website\">\n");
        meta.append("<meta property=\"og:site_name\" content=\"Slope\">\n");
        meta.append("<meta property=\"og:description\" content=\"")
                .append(escape(snippet == null ? "Run PyTorch autodiff code in the browser."
                        : "A PyTorch snippet to run in the browser.")).append("\">\n");
        if (shareUrl != null) meta.append("<meta property=\"og:url\" content=\"").append(escape(shareUrl)).append("\">\n");
        if (image != null) {
            meta.append("<meta property=\"og:image\" content=\"").append(escape(image.url())).append("\">\n");
            meta.append("<meta property=\"og:image:type\" content=\"image/png\">\n");
            meta.append("<meta property=\"og:image:width\" content=\"").append(image.width()).append("\">\n");
            meta.append("<meta property=\"og:image:height\" content=\"").append(image.height()).append("\">\n");
            meta.append("<meta property=\"og:image:alt\" content=\"").append(escape(image.alt())).append("\">\n");
            meta.append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n");
        }
        meta.append("<meta name=\"slope-engine\" content=\"").append(escape(engineVersion)).append("\">\n");
        if (snippet != null) {
            meta.append("<meta name=\"slope-snippet\" content=\"").append(escape(snippet.id())).append("\">\n");
        }
        String version = "engine " + engineVersion
                + (snippet == null || snippet.engineVersion().equals(engineVersion) ? ""
                   : " (saved with " + snippet.engineVersion() + ")");
        return html
                .replaceFirst("<title>[^<]*</title>", java.util.regex.Matcher.quoteReplacement(
                        "<title>" + escape(title) + "</title>"))
                .replace("</head>", meta + "</head>")
                .replace("<span id=\"engine-version\"></span>",
                        "<span id=\"engine-version\">" + escape(version) + "</span>");
    }

    /** HTML text and attribute escaping: the five characters that can end a text or an attribute. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
