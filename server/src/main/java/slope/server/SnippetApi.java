package slope.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/snippets} and {@code GET /api/snippets/{id}}: JSON in, JSON out, 4xx with an {@code error}. */
final class SnippetApi {
    private final SnippetStore store;
    private final Settings settings;
    private final PreviewImages previews;

    SnippetApi(SnippetStore store, Settings settings, PreviewImages previews) {
        this.store = store;
        this.settings = settings;
        this.previews = previews;
    }

    void create(Context ctx) throws SQLException {
        JsonNode body = ctx.bodyAsClass(JsonNode.class);
        if (body == null || !body.isObject()) {
            ctx.status(400).json(Map.of("error", "the body must be a JSON object {\"code\": ..., \"title\": ...}"));
            return;
        }
        JsonNode code = body.get("code");
        JsonNode title = body.get("title");
        if (code == null || !code.isTextual()) {
            ctx.status(400).json(Map.of("error", "\"code\" must be a string"));
            return;
        }
        if (title != null && !title.isNull() && !title.isTextual()) {
            ctx.status(400).json(Map.of("error", "\"title\" must be a string"));
            return;
        }
        String codeText = code.asText();
        String titleText = title == null || title.isNull() ? "" : title.asText().strip();
        if (codeText.getBytes(StandardCharsets.UTF_8).length > Snippet.MAX_CODE_BYTES) {
            ctx.status(413).json(Map.of("error", "code is over 64 KiB (" + Snippet.MAX_CODE_BYTES + " bytes of UTF-8)"));
            return;
        }
        if (titleText.codePointCount(0, titleText.length()) > Snippet.MAX_TITLE_CHARS) {
            ctx.status(400).json(Map.of("error", "title is over " + Snippet.MAX_TITLE_CHARS + " characters"));
            return;
        }
        if (titleText.indexOf('\0') >= 0 || titleText.chars().anyMatch(c -> c < 0x20)) {
            ctx.status(400).json(Map.of("error", "title must be one line of text"));
            return;
        }
        Snippet s = store.save(codeText, titleText);
        previews.prepare(s); // drawn now, so that a crawler following the new link finds the image ready
        ctx.status(201).header("Location", "/api/snippets/" + s.id())
                .json(Map.of("id", s.id(), "url", shareUrl(ctx, s.id())));
    }

    void read(Context ctx) throws SQLException {
        Snippet s = lookup(ctx.pathParam("id"));
        if (s == null) {
            ctx.status(404).json(Map.of("error", "no snippet with id " + ctx.pathParam("id")));
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("title", s.title());
        out.put("code", s.code());
        out.put("engineVersion", s.engineVersion());
        out.put("createdAt", java.time.Instant.ofEpochMilli(s.createdAt()).toString());
        out.put("url", shareUrl(ctx, s.id()));
        // Immutable once stored: caches may keep it.
        ctx.header("Cache-Control", "public, max-age=31536000, immutable").json(out);
    }

    Snippet lookup(String id) throws SQLException {
        return Snippet.looksLikeId(id) ? store.find(id).orElse(null) : null;
    }

    /** The share link: SLOPE_PUBLIC_URL when set (behind a proxy), else the address this request came to. */
    String shareUrl(Context ctx, String id) {
        String base = settings.publicUrl() != null ? settings.publicUrl().replaceAll("/+$", "")
                : ctx.scheme() + "://" + ctx.host();
        return base + "/s/" + id;
    }
}
