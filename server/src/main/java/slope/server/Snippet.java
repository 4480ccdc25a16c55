package slope.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A stored program: immutable, named by a hash of its code and title. */
public record Snippet(String id, String code, String title, String engineVersion, long createdAt) {
    public static final int MAX_CODE_BYTES = 64 * 1024;
    public static final int MAX_TITLE_CHARS = 200;
    /** 11 base64url characters, 66 bits of SHA-256, as short as the Go playground's links. */
    static final int ID_LENGTH = 11;

    /**
     * The id for this code and title: the same input always gives the same id. {@code length} grows
     * only in the (astronomically unlikely) case that a shorter prefix names a different snippet.
     */
    static String idFor(String code, String title, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(title.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0); // a title can hold no NUL in JSON text we accept: no ambiguity with the code
            sha.update(code.getBytes(StandardCharsets.UTF_8));
            String full = Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
            return full.substring(0, Math.min(length, full.length()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An id as {@link #idFor} makes them; anything else is never looked up. */
    static boolean looksLikeId(String id) {
        return id != null && id.length() >= ID_LENGTH && id.length() <= 43 && id.matches("[A-Za-z0-9_-]+");
    }
}
