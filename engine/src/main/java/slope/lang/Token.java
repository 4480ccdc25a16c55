package slope.lang;

/** One lexical token with its 1-based position. */
final class Token {
    static final int NAME = 1, INT = 2, FLOAT = 3, STRING = 4, FSTRING = 5, OP = 6,
            NEWLINE = 7, INDENT = 8, DEDENT = 9, EOF = 10,
            /** The source of a def's indented body, not tokenized yet ({@link Lexer#skimming}); text is the source. */
            SKIMMED_BODY = 11;

    final int kind;
    /** The name, the operator, or for strings the decoded text (f-strings: the raw body). */
    final String text;
    final Object value;
    final int line;
    final int col;
    /** For f-strings: whether the prefix had r. */
    final boolean raw;

    Token(int kind, String text, Object value, int line, int col, boolean raw) {
        this.kind = kind;
        this.text = text;
        this.value = value;
        this.line = line;
        this.col = col;
        this.raw = raw;
    }

    boolean is(String op) { return (kind == OP || kind == NAME) && text.equals(op); }

    @Override public String toString() { return kind + ":" + text + "@" + line + ":" + col; }
}
