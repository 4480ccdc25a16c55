package slope.lang;

import java.util.ArrayList;
import java.util.List;
import slope.run.PyError;

/**
 * Turns source text into tokens as CPython's tokenizer does: INDENT/DEDENT from leading
 * whitespace, NEWLINE only at depth zero of brackets, backslash continuation, comments.
 * String literals are decoded here; f-string bodies are kept raw for the parser.
 */
final class Lexer {
    /**
     * One instance per name, so attribute, keyword and dict-key comparisons succeed on identity. Our own
     * table, per thread: TeaVM's String.intern crosses into JavaScript and fails intermittently in a
     * Worker ("type incompatibility when transforming from/to JS").
     */
    private static final ThreadLocal<java.util.HashMap<String, String>> NAMES =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static String intern(String s) {
        java.util.HashMap<String, String> names = NAMES.get();
        String known = names.get(s);
        if (known != null) return known;
        if (names.size() > 50_000) names.clear(); // a long-lived server thread meets many programs
        names.put(s, s);
        return s;
    }

    private final String src;
    private final int lineOffset;
    /**
     * Whether each def's indented body is left as source in one {@link Token#SKIMMED_BODY} token, to be lexed and
     * parsed on the function's first call: for the engine's own Python modules, most of whose functions a program
     * never calls (torch.nn's source is 110 KB, and lexing it took longer than running a tutorial).
     */
    private final boolean skimming;
    /** While skimming, the indentation of the def whose header is being lexed; -1 outside a def header. */
    private int defIndent = -1;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>();
    private final StringBuilder brackets = new StringBuilder();
    private final List<int[]> bracketPos = new ArrayList<>();

    Lexer(String src) { this(src, 0, false); }

    /** lineOffset shifts reported lines, for expressions inside f-strings and skimmed bodies. */
    Lexer(String src, int lineOffset, boolean skimming) {
        this.src = src;
        this.lineOffset = lineOffset;
        this.skimming = skimming;
        indents.add(0);
    }

    static PyError syntax(String msg, int line, int col) {
        return new PyError("SyntaxError", msg, line, col);
    }

    List<Token> tokenize() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && brackets.length() == 0) {
                if (!indentation()) break;
                atLineStart = false;
            }
            if (pos >= src.length()) break;
            char c = src.charAt(pos);
            if (c == '\n') {
                boolean logicalEnd = brackets.length() == 0;
                boolean bodyFollows = logicalEnd && defIndent >= 0 && last().is(":"); // not a one-line def
                if (logicalEnd) add(Token.NEWLINE, "\n", null, pos);
                newline();
                if (bodyFollows) skimBody();
                if (logicalEnd) defIndent = -1;
                atLineStart = logicalEnd;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f' || c == '\r') { pos++; continue; }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
                continue;
            }
            if (c == '\\') {
                int p = pos + 1;
                if (p < src.length() && src.charAt(p) == '\r') p++;
                if (p < src.length() && src.charAt(p) == '\n') {
                    pos = p;
                    newline();
                    continue;
                }
                if (p >= src.length()) throw syntax("unexpected EOF while parsing", line(), col(pos));
                throw syntax("unexpected character after line continuation character", line(), col(pos) + 1);
            }
            if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
                number();
                continue;
            }
            if (isNameStart(c)) {
                int start = pos;
                while (pos < src.length() && isNamePart(src.charAt(pos))) pos++;
                String word = src.substring(start, pos);
                if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"') && isPrefix(word)) {
                    string(start, asciiLower(word));
                } else {
                    if (skimming && word.equals("def") && atStatementStart()) defIndent = indents.get(indents.size() - 1);
                    add(Token.NAME, word, null, start);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                string(pos, "");
                continue;
            }
            operator();
        }
        if (brackets.length() > 0) {
            int[] p = bracketPos.get(bracketPos.size() - 1);
            throw syntax("'" + brackets.charAt(brackets.length() - 1) + "' was never closed", p[0], p[1]);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind != Token.NEWLINE
                && out.get(out.size() - 1).kind != Token.DEDENT) {
            add(Token.NEWLINE, "", null, pos);
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            add(Token.DEDENT, "", null, pos);
        }
        add(Token.EOF, "", null, pos);
        return out;
    }

    private Token last() { return out.get(out.size() - 1); }

    private boolean atStatementStart() {
        if (out.isEmpty()) return true;
        int k = last().kind;
        return k == Token.NEWLINE || k == Token.INDENT || k == Token.DEDENT || k == Token.SKIMMED_BODY;
    }

    /**
     * Passes over the indented body of the def whose header line just ended, up to the first statement at the def's
     * indentation or less, and adds it as one SKIMMED_BODY token. Strings, brackets, comments and continuations are
     * followed only far enough to find where logical lines start.
     */
    private void skimBody() {
        int start = pos, startLine = line();
        while (pos < src.length()) {
            int lineBegin = pos, width = 0;
            char c = 0;
            while (pos < src.length() && ((c = src.charAt(pos)) == ' ' || c == '\t' || c == '\f')) {
                width = c == ' ' ? width + 1 : c == '\t' ? (width / 8 + 1) * 8 : 0;
                pos++;
            }
            if (pos < src.length() && c != '\n' && c != '\r' && c != '#' && width <= defIndent) {
                pos = lineBegin;
                break;
            }
            skipLogicalLine();
        }
        out.add(new Token(Token.SKIMMED_BODY, src.substring(start, pos), null, startLine, 1, false));
    }

    /** Moves past the rest of a logical line and its newline. */
    private void skipLogicalLine() {
        int depth = 0;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline();
                if (depth == 0) return;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') pos++;
            } else if (c == '\'' || c == '"') {
                skipString(c);
            } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos++;
                newline(); // a continuation line
            } else {
                if (c == '(' || c == '[' || c == '{') depth++;
                else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
                pos++;
            }
        }
    }

    /** Moves past a string literal whose quote {@code q} is at pos, as {@link #string} finds its end. */
    private void skipString(char q) {
        boolean triple = pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\' && pos + 1 < src.length()) {
                pos++;
                if (src.charAt(pos) == '\n') newline();
                else pos++;
            } else if (c == '\n') {
                if (!triple) return; // unterminated: the body's own lexing reports it
                newline();
            } else if (c == q && (!triple || (pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q))) {
                pos += triple ? 3 : 1;
                return;
            } else {
                pos++;
            }
        }
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
    }

    private int line() { return line + lineOffset; }

    private int col(int p) { return p - lineStart + 1; }

    private void add(int kind, String text, Object value, int start) {
        // Interned names: attribute, keyword-argument and dict-key comparisons then succeed on identity.
        if (kind == Token.NAME) text = intern(text);
        out.add(new Token(kind, text, value, line(), col(start), false));
    }

    /** Measures the indentation of the next non-blank line; returns false at end of input. */
    private boolean indentation() {
        while (true) {
            int width = 0;
            int p = pos;
            while (p < src.length()) {
                char c = src.charAt(p);
                if (c == ' ') width++;
                else if (c == '\t') width = (width / 8 + 1) * 8;
                else if (c == '\f') width = 0;
                else break;
                p++;
            }
            if (p >= src.length()) { pos = p; return false; }
            char c = src.charAt(p);
            // IPython's line magics and shell escapes (%matplotlib inline, !pip install torch), pasted from
            // notebooks: no Python statement starts with either, so the line is skipped like a comment
            if (c == '\n' || c == '#' || c == '\r' || c == '%' || c == '!') {
                while (p < src.length() && src.charAt(p) != '\n') p++;
                if (p >= src.length()) { pos = p; return false; }
                pos = p;
                newline();
                continue;
            }
            if (c == '\\' && p + 1 < src.length() && src.charAt(p + 1) == '\n' && width == 0) {
                pos = p;
                return true;
            }
            pos = p;
            int top = indents.get(indents.size() - 1);
            if (width > top) {
                if (indents.size() > 100) throw new PyError("IndentationError", "too many levels of indentation", line(), col(p));
                indents.add(width);
                add(Token.INDENT, "", null, p);
            } else if (width < top) {
                while (width < indents.get(indents.size() - 1)) {
                    indents.remove(indents.size() - 1);
                    add(Token.DEDENT, "", null, p);
                }
                if (width != indents.get(indents.size() - 1)) {
                    int end = src.indexOf('\n', p);
                    throw new PyError("IndentationError", "unindent does not match any outer indentation level",
                            line(), col(end < 0 ? src.length() : end));
                }
            }
            return true;
        }
    }

    // ASCII first: TeaVM's Character looks each character up in its Unicode tables (decoded on first use)
    private static boolean isNameStart(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' : Character.isLetter(c);
    }

    private static boolean isNamePart(char c) { return c < 0x80 ? isNameStart(c) || isDigit(c) : Character.isLetterOrDigit(c); }

    /** A digit of a number literal: ASCII only, as in Python (other scripts' digits may only be part of names). */
    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** A string prefix: r, f, u, b, rf, fr, br or rb, in either case. */
    private static boolean isPrefix(String w) {
        if (w.length() > 2) return false;
        switch (asciiLower(w)) {
            case "r": case "f": case "rf": case "fr": case "u": case "b": case "br": case "rb":
                return true;
            default:
                return false;
        }
    }

    /** ASCII letters in lower case (String.toLowerCase in TeaVM decodes its Unicode case tables first). */
    private static String asciiLower(String w) {
        char[] cs = w.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = asciiLower(cs[i]);
        return new String(cs);
    }

    private static char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c; }

    private void number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char kind = asciiLower(src.charAt(pos + 1));
            pos += 2;
            int ds = pos;
            while (pos < src.length() && isNamePart(src.charAt(pos))) pos++;
            String digits = src.substring(ds, pos).replace("_", "");
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            try {
                add(Token.INT, src.substring(start, pos), Long.parseLong(digits, radix), start);
            } catch (NumberFormatException e) {
                throw syntax("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal",
                        line(), col(start));
            }
            return;
        }
        boolean isFloat = false;
        while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        if (pos < src.length() && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int p = pos + 1;
            if (p < src.length() && (src.charAt(p) == '+' || src.charAt(p) == '-')) p++;
            if (p < src.length() && isDigit(src.charAt(p))) {
                isFloat = true;
                pos = p;
                while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            throw new PyError("NotImplementedError", "complex numbers are not supported", line(), col(start));
        }
        if (pos < src.length() && isNamePart(src.charAt(pos))) {
            throw syntax("invalid decimal literal", line(), col(start));
        }
        String text = src.substring(start, pos);
        String clean = text.replace("_", "");
        if (isFloat) {
            add(Token.FLOAT, text, Py.parseDouble(clean), start);
        } else {
            long v;
            try {
                v = Long.parseLong(clean);
            } catch (NumberFormatException e) {
                throw new PyError("OverflowError", "integer literal too large (Slope integers are 64-bit)", line(), col(start));
            }
            if (clean.length() > 1 && clean.charAt(0) == '0' && v != 0) {
                throw syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line(), col(start));
            }
            add(Token.INT, text, v, start);
        }
    }

    private void string(int start, String prefix) {
        boolean raw = prefix.indexOf('r') >= 0;
        boolean f = prefix.indexOf('f') >= 0;
        int startLine = line();
        int startCol = col(start);
        char q = src.charAt(pos);
        boolean triple = pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        while (true) {
            if (pos >= src.length()) {
                throw syntax(triple ? "unterminated triple-quoted string literal (detected at line " + line() + ")"
                        : "unterminated string literal (detected at line " + line() + ")", startLine, startCol);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < src.length() && src.charAt(pos) == '\n') newline();
                else pos++;
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw syntax("unterminated string literal (detected at line " + line() + ")", startLine, startCol);
                }
                newline();
                continue;
            }
            if (c == q && (!triple || (pos + 2 < src.length() && src.charAt(pos + 1) == q && src.charAt(pos + 2) == q))) {
                break;
            }
            pos++;
        }
        String body = src.substring(bodyStart, pos);
        pos += triple ? 3 : 1;
        if (f) {
            out.add(new Token(Token.FSTRING, body, null, startLine, startCol, raw));
        } else {
            String text = raw ? body : unescape(body, startLine, startCol);
            if (text.length() <= 32) text = intern(text); // short literals are mostly dict keys: group['lr']
            out.add(new Token(Token.STRING, text, text, startLine, startCol, raw));
        }
    }

    /** Decodes backslash escapes as in a Python string literal. */
    static String unescape(String s, int line, int col) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) { b.append(c); continue; }
            char n = s.charAt(++i);
            switch (n) {
                case '\n': break;
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case '\\': b.append('\\'); break;
                case '\'': b.append('\''); break;
                case '"': b.append('"'); break;
                case 'a': b.append('\u0007'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'v': b.append('\u000b'); break;
                case 'x': case 'u': case 'U': {
                    int len = n == 'x' ? 2 : n == 'u' ? 4 : 8;
                    if (i + len >= s.length()) {
                        throw syntax("(unicode error) truncated \\" + n + " escape", line, col);
                    }
                    try {
                        int cp = Integer.parseInt(s.substring(i + 1, i + 1 + len), 16);
                        b.appendCodePoint(cp);
                    } catch (RuntimeException e) {
                        throw syntax("(unicode error) truncated \\" + n + " escape", line, col);
                    }
                    i += len;
                    break;
                }
                default:
                    if (n >= '0' && n <= '7') {
                        int v = 0, k = 0;
                        while (k < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            v = v * 8 + (s.charAt(i) - '0');
                            i++;
                            k++;
                        }
                        i--;
                        b.append((char) v);
                    } else {
                        b.append('\\').append(n);
                    }
            }
        }
        return b.toString();
    }

    private void operator() {
        int start = pos;
        char c = src.charAt(pos);
        int length = operatorLength(c);
        if (length == 0) {
            if (c == '!' || c == '$' || c == '?' || c == '`') throw syntax("invalid syntax", line(), col(start));
            String hex = Integer.toHexString(c).toUpperCase();
            while (hex.length() < 4) hex = "0" + hex;
            throw syntax("invalid character '" + c + "' (U+" + hex + ")", line(), col(start));
        }
        pos += length;
        if (c == '(' || c == '[' || c == '{') {
            brackets.append(c);
            bracketPos.add(new int[] {line(), col(start)});
        } else if (c == ')' || c == ']' || c == '}') {
            if (brackets.length() == 0) throw syntax("unmatched '" + c + "'", line(), col(start));
            char open = brackets.charAt(brackets.length() - 1);
            if ((open == '(' ? ')' : open == '[' ? ']' : '}') != c) {
                throw syntax("closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'",
                        line(), col(start));
            }
            brackets.setLength(brackets.length() - 1);
            bracketPos.remove(bracketPos.size() - 1);
        }
        add(Token.OP, src.substring(start, pos), null, start);
    }

    /** The length of Python's longest operator or delimiter starting with c at pos, or 0 where none does. */
    private int operatorLength(char c) {
        char next = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
        switch (c) {
            case '*': case '/': case '<': case '>': // ** // << >> and their augmented forms, or *= /= <= >=
                if (next == c) return pos + 2 < src.length() && src.charAt(pos + 2) == '=' ? 3 : 2;
                return next == '=' ? 2 : 1;
            case '-':
                return next == '=' || next == '>' ? 2 : 1;
            case '+': case '%': case '@': case '&': case '|': case '^': case '=': case ':':
                return next == '=' ? 2 : 1;
            case '!':
                return next == '=' ? 2 : 0;
            case '.':
                return next == '.' && pos + 2 < src.length() && src.charAt(pos + 2) == '.' ? 3 : 1;
            case ',': case ';': case '(': case ')': case '[': case ']': case '{': case '}': case '~':
                return 1;
            default:
                return 0;
        }
    }
}
