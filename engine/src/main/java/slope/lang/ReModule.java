package slope.lang;

import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import slope.run.PyError;

/**
 * Python's {@code re}, written in Python after CPython's re/_parser.py: the module translates a Python pattern into
 * a java.util.regex one (numbered groups only, classes and anchors spelled out, so the JVM's and TeaVM's regex read it
 * alike) and keeps groups, templates and the empty-match rules itself. {@code _re.match} in Java runs a translated
 * pattern once. \d, \w, \s and \b are Unicode's as Python's are, spelled as categories: TeaVM has no
 * UNICODE_CHARACTER_CLASS.
 */
final class ReModule {
    private ReModule() {}

    static void install(Interpreter in) {
        in.addModulesLater(i -> i.addModule(natives()), "_re");
        in.addPythonModule("re", SOURCE);
    }

    /**
     * Translated source and flags to compiled pattern; the non-empty variant is keyed with a leading "+". Per thread, as
     * the server runs programs on several at once (Pattern is immutable, so one thread's runs share it safely).
     */
    private static final ThreadLocal<HashMap<String, Pattern>> CACHE = ThreadLocal.withInitial(HashMap::new);

    private static Pattern compile(String source, int flags, boolean nonEmpty) {
        String key = (nonEmpty ? "+" : "-") + flags + ":" + source;
        HashMap<String, Pattern> cache = CACHE.get();
        Pattern p = cache.get(key);
        if (p == null) {
            try {
                // with opaque bounds the look-behind sees nothing before the region's start: the match consumed a character
                p = Pattern.compile(nonEmpty ? "(?:" + source + ")(?<=[\\s\\S])" : source, flags);
            } catch (PatternSyntaxException e) {
                throw PyError.value(e.getDescription());
            }
            if (cache.size() > 500) cache.clear();
            cache.put(key, p);
        }
        return p;
    }

    /**
     * {@code _re.match(source, ignorecase, string, pos, mode)}: the spans of groups 0..n as a flat tuple (-1 for a
     * group that did not take part), or None. Modes: 0 search, 1 match at pos, 2 fullmatch, 3 search where a match
     * at pos must not be empty (CPython's must_advance, after an empty match).
     */
    static PyModule natives() {
        PyModule m = new PyModule("_re");
        m.def("compile", (args, kw) -> {
            Args a = Args.parse("compile", args, kw, "source", "ignorecase");
            compile(a.getString("source", ""), javaFlags(a), false);
            return Py.NONE;
        });
        m.def("match", (args, kw) -> {
            Args a = Args.parse("match", args, kw, "source", "ignorecase", "string", "pos", "mode");
            Matcher r = matchAt(a.getString("source", ""), javaFlags(a), a.getString("string", ""), (int) a.getInt("pos"),
                (int) a.getInt("mode"));
            return r == null ? Py.NONE : spans(r);
        });
        // {@code _re.all(source, ignorecase, string, pos)}: the spans of every match from pos on, as finditer walks them
        m.def("all", (args, kw) -> {
            Args a = Args.parse("all", args, kw, "source", "ignorecase", "string", "pos");
            String source = a.getString("source", ""), s = a.getString("string", "");
            int flags = javaFlags(a), pos = (int) a.getInt("pos");
            PyList out = new PyList();
            boolean mustAdvance = false;
            while (pos <= s.length()) {
                Matcher r = matchAt(source, flags, s, pos, mustAdvance ? 3 : 0);
                if (r == null) break;
                out.add(spans(r));
                mustAdvance = r.start() == r.end(); // CPython 3.7: after an empty match the next may not be empty there
                pos = r.end();
            }
            return out;
        });
        return m;
    }

    /** The match of a translated pattern in s from pos, for the modes {@code _re.match} takes; null when none. */
    private static Matcher matchAt(String source, int flags, String s, int pos, int mode) {
        Matcher r = region(compile(source, flags, false), s, pos, true);
        boolean found = mode == 1 ? r.lookingAt() : mode == 2 ? r.matches() : r.find();
        if (found && mode == 3 && r.end() == pos) {
            Matcher nonEmpty = region(compile(source, flags, true), s, pos, false);
            if (nonEmpty.lookingAt()) return nonEmpty;
            if (pos >= s.length()) return null;
            r = region(compile(source, flags, false), s, pos + 1, true);
            found = r.find();
        }
        return found ? r : null;
    }

    private static int javaFlags(Args a) {
        return a.getBool("ignorecase", false) ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    }

    /** A matcher over s from pos to its end; anchors are spelled as look-arounds, so only transparency matters. */
    private static Matcher region(Pattern p, String s, int pos, boolean transparent) {
        Matcher r = p.matcher(s);
        r.region(pos, s.length());
        r.useTransparentBounds(transparent);
        r.useAnchoringBounds(false);
        return r;
    }

    private static PyTuple spans(Matcher r) {
        int n = r.groupCount() + 1;
        Object[] out = new Object[2 * n];
        for (int g = 0; g < n; g++) {
            out[2 * g] = (long) r.start(g);
            out[2 * g + 1] = (long) r.end(g);
        }
        return new PyTuple(out);
    }

    static final String SOURCE = """
            import _re

            __all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
                       'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
                       'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG']

            NOFLAG = 0
            T = TEMPLATE = 1
            I = IGNORECASE = 2
            L = LOCALE = 4
            M = MULTILINE = 8
            S = DOTALL = 16
            U = UNICODE = 32
            X = VERBOSE = 64
            DEBUG = 128
            A = ASCII = 256

            _FLAGS = {'i': I, 'L': L, 'm': M, 's': S, 'x': X, 'a': A, 'u': U}


            class error(Exception):
                def __init__(self, msg, pattern=None, pos=None):
                    self.msg = msg
                    self.pattern = pattern
                    self.pos = pos
                    self.lineno = self.colno = None
                    if pattern is not None and pos is not None:
                        msg = '%s at position %d' % (msg, pos)
                        self.lineno = pattern.count('\\n', 0, pos) + 1
                        self.colno = pos - pattern.rfind('\\n', 0, pos)
                        if '\\n' in pattern:
                            msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
                    Exception.__init__(self, msg)


            _ASCII_CLASSES = {'d': '0-9', 's': ' \\\\t\\\\n\\\\r\\\\f\\\\x0B', 'w': 'a-zA-Z0-9_'}
            # CPython's str.isspace and isalnum, by Unicode category where the list is long
            _UNICODE_CLASSES = {'d': '\\\\p{Nd}',
                                's': '\\\\t\\\\n\\\\x0B\\\\f\\\\r\\\\x1C-\\\\x1F \\\\x85\\\\xA0\\\\u1680\\\\u2000-\\\\u200A\\\\u2028\\\\u2029\\\\u202F\\\\u205F\\\\u3000',
                                'w': '\\\\p{Lu}\\\\p{Ll}\\\\p{Lt}\\\\p{Lm}\\\\p{Lo}\\\\p{Nd}\\\\p{Nl}\\\\p{No}_'}
            _DIGITS = '0123456789'
            _OCTDIGITS = '01234567'
            _HEXDIGITS = '0123456789abcdefABCDEF'
            _ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
            _SIMPLE = {'a': '\\a', 'b': '\\b', 'f': '\\f', 'n': '\\n', 'r': '\\r', 't': '\\t', 'v': '\\v', '\\\\': '\\\\'}
            _WHITESPACE = ' \\t\\n\\r\\v\\f'


            def _java_char(ch):
                # a literal character as java.util.regex reads it, in or out of a class
                if ch.isalnum() and ord(ch) < 128 or ord(ch) > 127 and not ch.isspace():
                    return ch
                if ' ' < ch < '\\x7f':
                    return '\\\\' + ch
                return '\\\\u%04X' % ord(ch)


            class _Parser:
                # one pass over a Python pattern, writing the java.util.regex pattern as it goes
                def __init__(self, pattern, flags, global_end):
                    self.p = pattern
                    self.global_end = global_end
                    self.i = 0
                    self.flags = flags
                    self.groups = 0
                    self.groupindex = {}
                    self.open = []
                    self.closed = {}
                    self.out = []

                def error(self, msg, pos):
                    return error(msg, self.p, pos)

                def more(self):
                    return self.i < len(self.p)

                def peek(self):
                    return self.p[self.i] if self.i < len(self.p) else ''

                def category(self, ch):
                    # the set body of \\d \\s \\w, for \\D \\S \\W too
                    return (_ASCII_CLASSES if self.flags & A else _UNICODE_CLASSES)[ch.lower()]

                def boundary(self, negate):
                    w = '[' + self.category('w') + ']'
                    if negate:
                        return '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (w, w, w, w)
                    return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)

                def escape_char(self, start, inside):
                    # \\x \\u \\U \\N, simple escapes and octal; returns the character, or None when not one of these
                    p = self.p
                    c = p[self.i]
                    if c in 'xuU':
                        size = {'x': 2, 'u': 4, 'U': 8}[c]
                        digits = p[self.i + 1:self.i + 1 + size]
                        if len(digits) != size or any(d not in _HEXDIGITS for d in digits):
                            raise self.error('incomplete escape \\\\%s%s' % (c, digits), start)
                        self.i += 1 + size
                        code = int(digits, 16)
                        if code > 0x10ffff:
                            raise self.error('bad escape \\\\%s%s' % (c, digits), start)
                        return chr(code)
                    if c in _SIMPLE and not (c == 'b' and not inside):
                        self.i += 1
                        return _SIMPLE[c]
                    if c == '0' or inside and c in _OCTDIGITS:
                        j = self.i + 1
                        while j < len(p) and j < self.i + 3 and p[j] in _OCTDIGITS:
                            j += 1
                        return self.octal(start, j)
                    return None

                def octal(self, start, end):
                    text = self.p[self.i:end]
                    self.i = end
                    if int(text, 8) > 0o377:
                        raise self.error('octal escape value \\\\%s outside of range 0-0o377' % text, start)
                    return chr(int(text, 8))

                def class_item(self):
                    # one member of a set: ('c', char) or ('k', java class text)
                    p = self.p
                    start = self.i
                    c = p[self.i]
                    self.i += 1
                    if c != '\\\\':
                        return 'c', c
                    if not self.more():
                        raise self.error('bad escape (end of pattern)', start)
                    d = p[self.i]
                    if d in 'dDsSwW':
                        self.i += 1
                        return ('k' if d.islower() else 'n'), self.category(d)
                    ch = self.escape_char(start, True)
                    if ch is not None:
                        return 'c', ch
                    if d in _ASCIILETTERS or d in _DIGITS:
                        raise self.error('bad escape \\\\' + d, start)
                    self.i += 1
                    return 'c', d

                def char_class(self):
                    p = self.p
                    start = self.i
                    self.i += 1
                    pos = []
                    negs = []
                    negated = self.peek() == '^'
                    if negated:
                        self.i += 1
                    first = True
                    while True:
                        if not self.more():
                            raise self.error('unterminated character set', start)
                        if p[self.i] == ']' and not first:
                            self.i += 1
                            break
                        first = False
                        item_start = self.i
                        kind, lo = self.class_item()
                        if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                            self.i += 1
                            kind2, hi = self.class_item()
                            if kind != 'c' or kind2 != 'c':
                                raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                            if hi < lo:
                                raise self.error('bad character range %s' % p[item_start:self.i], item_start)
                            pos.append(_java_char(lo) + '-' + _java_char(hi))
                        elif kind == 'k':
                            pos.append(lo)
                        elif kind == 'n':
                            negs.append(lo)
                        else:
                            pos.append(_java_char(lo))
                    # negations as look-aheads: TeaVM's regex loses categories inside [^...] and nested sets
                    ahead = '(?![%s])' % ''.join(pos) if pos else ''
                    if negated:
                        return '(?:' + ''.join('(?=[%s])' % b for b in negs) + ahead + '[\\\\s\\\\S])'
                    if not negs:
                        return '[' + ''.join(pos) + ']'
                    return '(?:' + '|'.join((['[' + ''.join(pos) + ']'] if pos else []) + ['(?![%s])[\\\\s\\\\S]' % b for b in negs]) + ')'

                def escape(self):
                    # an escape outside a set; returns (java text, repeatable)
                    p = self.p
                    start = self.i
                    self.i += 1
                    if not self.more():
                        raise self.error('bad escape (end of pattern)', start)
                    d = p[self.i]
                    if d in 'dDsSwW':
                        self.i += 1
                        body = self.category(d)
                        return ('[%s]' if d.islower() else '(?:(?![%s])[\\\\s\\\\S])') % body, True
                    if d in 'bB':
                        self.i += 1
                        return self.boundary(d == 'B'), False
                    if d == 'A':
                        self.i += 1
                        return '(?<![\\\\s\\\\S])', False
                    if d == 'Z':
                        self.i += 1
                        return '(?![\\\\s\\\\S])', False
                    ch = self.escape_char(start, False)
                    if ch is not None:
                        return _java_char(ch), True
                    if d in _DIGITS:
                        j = self.i + 1
                        if j < len(p) and p[j] in _DIGITS:
                            j += 1
                            if (j < len(p) and p[j] in _OCTDIGITS and p[self.i] in _OCTDIGITS and p[self.i + 1] in _OCTDIGITS):
                                return _java_char(self.octal(start, j + 1)), True
                        group = int(p[self.i:j])
                        self.i = j
                        return self.backref(group, start), True
                    if d in _ASCIILETTERS:
                        raise self.error('bad escape \\\\' + d, start)
                    self.i += 1
                    return _java_char(d), True

                def backref(self, group, pos):
                    if group > self.groups:
                        raise self.error('invalid group reference %d' % group, pos + 1)
                    if group in self.open_groups():
                        raise self.error('cannot refer to an open group', pos)
                    return self.reference(group)

                def reference(self, group):
                    # TeaVM's regex reads \\\\10 as \\\\1 then 0, and has no \\\\k<name>
                    if group >= 10:
                        raise error('references to group 10 and above are not supported')
                    return '(?:\\\\%d)' % group

                def open_groups(self):
                    return [g[1] for g in self.open if g[1] is not None]

                def name(self, end, start):
                    p = self.p
                    j = p.find(end, self.i)
                    if j < 0:
                        if self.i >= len(p):
                            raise self.error('missing group name', self.i)
                        raise self.error('missing %s, unterminated name' % end, self.i)
                    name = p[self.i:j]
                    if not name:
                        raise self.error('missing group name', self.i)
                    if not name.isidentifier():
                        raise self.error('bad character in group name %r' % name, self.i)
                    self.i = j + 1
                    return name

                def flag_letters(self, start):
                    p = self.p
                    on = off = 0
                    while self.more() and p[self.i] in _FLAGS:
                        on |= _FLAGS[p[self.i]]
                        self.i += 1
                    if self.peek() == '-':
                        self.i += 1
                        while self.more() and p[self.i] in _FLAGS:
                            off |= _FLAGS[p[self.i]]
                            self.i += 1
                        if not off:
                            raise self.error('missing flag', self.i)
                    return on, off

                def group(self):
                    # after '(': returns the java text that opens it, or None for a comment
                    p = self.p
                    start = self.i
                    self.i += 1
                    if self.peek() != '?':
                        self.groups += 1
                        self.open.append((start, self.groups, self.flags))
                        return '(', 'none'
                    self.i += 1
                    if not self.more():
                        raise self.error('unexpected end of pattern', self.i)
                    c = p[self.i]
                    self.i += 1
                    if c == ':' or c == '>':
                        self.open.append((start, None, self.flags))
                        return '(?' + c, 'none'
                    if c == 'P':
                        if self.peek() == '<':
                            self.i += 1
                            name = self.name('>', start)
                            if name in self.groupindex:
                                raise error('redefinition of group name %r as group %d; was group %d'
                                            % (name, self.groups + 1, self.groupindex[name]), self.p, self.i - len(name) - 1)
                            self.groups += 1
                            self.groupindex[name] = self.groups
                            self.open.append((start, self.groups, self.flags))
                            return '(', 'none'
                        if self.peek() == '=':
                            self.i += 1
                            at = self.i
                            name = self.name(')', start)
                            if name not in self.groupindex:
                                raise self.error('unknown group name %r' % name, at)
                            if self.groupindex[name] in self.open_groups():
                                raise self.error('cannot refer to an open group', at)
                            return self.reference(self.groupindex[name]), 'item'
                        if not self.more():
                            raise self.error('unexpected end of pattern', self.i)
                        raise self.error('unknown extension ?P' + self.peek(), start + 1)
                    if c == '#':
                        j = p.find(')', self.i)
                        if j < 0:
                            raise self.error('missing ), unterminated comment', start)
                        self.i = j + 1
                        return '', None
                    if c in '=!':
                        self.open.append((start, None, self.flags))
                        return '(?' + c, 'none'
                    if c == '<':
                        if self.peek() in ('=', '!'):
                            self.i += 1
                            self.open.append((start, None, self.flags))
                            return '(?<' + p[self.i - 1], 'none'
                        if not self.more():
                            raise self.error('unexpected end of pattern', self.i)
                        raise self.error('unknown extension ?<' + self.peek(), start + 1)
                    if c == '(':
                        raise self.error('conditional groups (?(...)...) are not supported', start)
                    if c in _FLAGS or c == '-':
                        self.i -= 1
                        on, off = self.flag_letters(start)
                        if self.peek() == ')':
                            if off:
                                raise self.error('missing :', self.i)
                            self.i += 1
                            if start >= self.global_end:
                                raise self.error('global flags not at the start of the expression', start)
                            return '', None
                        if self.peek() != ':':
                            if not self.more():
                                raise self.error('missing -, : or )', self.i)
                            raise self.error('unknown flag' if self.peek().isalpha() else 'missing -, : or )', self.i)
                        self.i += 1
                        if (on | off) & (A | L | U):
                            raise self.error('bad inline flags: cannot turn on global flag', self.i - 1)
                        self.open.append((start, None, self.flags))
                        self.flags = (self.flags | on) & ~off
                        if on & I:
                            return ('(?i:' if self.flags & A else '(?iu:'), 'none'
                        return ('(?-i:' if off & I else '(?:'), 'none'
                    raise self.error('unknown extension ?' + c, start + 1)

                def parse(self):
                    p = self.p
                    out = self.out
                    # 'none' (nothing to repeat), 'item', or 'repeat' (just repeated)
                    last = 'none'
                    while self.more():
                        c = p[self.i]
                        start = self.i
                        if self.flags & X and c in _WHITESPACE:
                            self.i += 1
                            continue
                        if self.flags & X and c == '#':
                            j = p.find('\\n', self.i)
                            self.i = len(p) if j < 0 else j + 1
                            continue
                        if c in '*+?{':
                            text = c
                            self.i += 1
                            if c == '{':
                                j = self.i
                                while j < len(p) and p[j] in _DIGITS:
                                    j += 1
                                lo = p[self.i:j]
                                hi = lo
                                if j < len(p) and p[j] == ',':
                                    k = j + 1
                                    while k < len(p) and p[k] in _DIGITS:
                                        k += 1
                                    hi = p[j + 1:k]
                                    j = k
                                    comma = True
                                else:
                                    comma = False
                                if j >= len(p) or p[j] != '}' or not lo and not comma:
                                    out.append('\\\\{')
                                    last = 'item'
                                    continue
                                self.i = j + 1
                                if hi and lo and int(hi) < int(lo):
                                    raise self.error('min repeat greater than max repeat', start + 1)
                                text = '{' + (lo or '0') + (',' + hi if comma else '') + '}'
                            if last == 'none':
                                raise self.error('nothing to repeat', start)
                            if last == 'repeat':
                                raise self.error('multiple repeat', start)
                            if self.peek() == '?' or self.peek() == '+':
                                text += self.peek()
                                self.i += 1
                            out.append(text)
                            last = 'repeat'
                            continue
                        if c == '\\\\':
                            text, repeatable = self.escape()
                            out.append(text)
                            last = 'item' if repeatable else 'none'
                        elif c == '[':
                            out.append(self.char_class())
                            last = 'item'
                        elif c == '(':
                            text, kind = self.group()
                            out.append(text)
                            last = kind or last
                        elif c == ')':
                            if not self.open:
                                raise self.error('unbalanced parenthesis', start)
                            pos, number, self.flags = self.open.pop()
                            if number is not None:
                                self.closed[number] = len(self.closed)
                            self.i += 1
                            out.append(')')
                            last = 'item'
                        elif c == '|':
                            self.i += 1
                            out.append('|')
                            last = 'none'
                        elif c == '.':
                            self.i += 1
                            out.append('[\\\\s\\\\S]' if self.flags & S else '[^\\\\n]')
                            last = 'item'
                        elif c == '^':
                            self.i += 1
                            out.append('(?:(?<![\\\\s\\\\S])|(?<=\\\\n))' if self.flags & M else '(?<![\\\\s\\\\S])')
                            last = 'none'
                        elif c == '$':
                            self.i += 1
                            out.append('(?=\\\\n|(?![\\\\s\\\\S]))' if self.flags & M else '(?=\\\\n?(?![\\\\s\\\\S]))')
                            last = 'none'
                        else:
                            self.i += 1
                            out.append(_java_char(c))
                            last = 'item'
                    if self.open:
                        raise self.error('missing ), unterminated subpattern', self.open[-1][0])
                    return ''.join(out)


            def _global_flags(pattern, flags):
                # the inline flags at the start, which apply to the whole pattern
                i = 0
                while pattern.startswith('(?', i):
                    j = i + 2
                    while j < len(pattern) and pattern[j] in _FLAGS:
                        j += 1
                    if j == i + 2 or j >= len(pattern) or pattern[j] != ')':
                        break
                    for ch in pattern[i + 2:j]:
                        flags |= _FLAGS[ch]
                    i = j + 1
                return flags, i


            _cache = {}


            def purge():
                _cache.clear()


            class Pattern:
                def __init__(self, pattern, flags):
                    if not isinstance(pattern, str):
                        raise TypeError('first argument must be string or compiled pattern')
                    flags, global_end = _global_flags(pattern, flags)
                    if flags & A and flags & U:
                        raise ValueError('ASCII and UNICODE flags are incompatible')
                    if flags & L:
                        raise ValueError('cannot use LOCALE flag with a str pattern')
                    if not flags & A:
                        flags |= U
                    parser = _Parser(pattern, flags, global_end)
                    self._source = parser.parse()
                    self._ignorecase = bool(flags & I)
                    try:
                        _re.compile(self._source, self._ignorecase)
                    except ValueError as e:
                        raise error(str(e), pattern) from None
                    self.pattern = pattern
                    self.flags = flags
                    self.groups = parser.groups
                    self.groupindex = dict(parser.groupindex)
                    self._closed = parser.closed
                    self._names = {v: k for k, v in parser.groupindex.items()}

                def __repr__(self):
                    text = 're.compile(%s' % repr(self.pattern)[:200]
                    names = [n for n, v in (('TEMPLATE', T), ('IGNORECASE', I), ('LOCALE', L), ('MULTILINE', M),
                                            ('DOTALL', S), ('VERBOSE', X), ('DEBUG', DEBUG), ('ASCII', A)) if self.flags & v]
                    if names:
                        text += ', re.' + '|re.'.join(names)
                    return text + ')'

                def __eq__(self, other):
                    return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

                def __hash__(self):
                    return hash((self.pattern, self.flags))

                def _run(self, string, pos, endpos, mode):
                    if not isinstance(string, str):
                        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
                    n = len(string)
                    pos = min(max(pos, 0), n)
                    endpos = n if endpos is None else min(max(endpos, pos), n)
                    spans = _re.match(self._source, self._ignorecase, string if endpos == n else string[:endpos], pos, mode)
                    return None if spans is None else Match(self, string, pos, endpos, spans)

                def search(self, string, pos=0, endpos=None):
                    return self._run(string, pos, endpos, 0)

                def match(self, string, pos=0, endpos=None):
                    return self._run(string, pos, endpos, 1)

                def fullmatch(self, string, pos=0, endpos=None):
                    return self._run(string, pos, endpos, 2)

                def _all(self, string, pos, endpos):
                    # every match's spans in one native walk (CPython 3.7's rule for empty matches is in it)
                    if not isinstance(string, str):
                        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
                    n = len(string)
                    pos = min(max(pos, 0), n)
                    endpos = n if endpos is None else min(max(endpos, pos), n)
                    return pos, endpos, _re.all(self._source, self._ignorecase, string if endpos == n else string[:endpos], pos)

                def finditer(self, string, pos=0, endpos=None):
                    pos, endpos, found = self._all(string, pos, endpos)
                    for spans in found:
                        yield Match(self, string, pos, endpos, spans)

                def findall(self, string, pos=0, endpos=None):
                    found = self._all(string, pos, endpos)[2]
                    if self.groups == 0:
                        return [string[sp[0]:sp[1]] for sp in found]
                    if self.groups == 1:
                        return ['' if sp[2] < 0 else string[sp[2]:sp[3]] for sp in found]
                    return [tuple('' if sp[2 * g] < 0 else string[sp[2 * g]:sp[2 * g + 1]] for g in range(1, self.groups + 1))
                            for sp in found]

                def _between(self, string, limit):
                    # (text before a match, the match) for up to limit matches (0: all), then (the rest, None)
                    last = 0
                    n = 0
                    for m in self.finditer(string):
                        if 0 < limit <= n:
                            break
                        yield string[last:m.start()], m
                        last = m.end()
                        n += 1
                    yield string[last:], None

                def split(self, string, maxsplit=0):
                    out = []
                    for text, m in self._between(string, maxsplit):
                        out.append(text)
                        if m is not None:
                            out.extend(m.groups())
                    return out

                def subn(self, repl, string, count=0):
                    if callable(repl):
                        fn = repl
                    else:
                        template = _template(self, repl)
                        if len(template) == 1 and isinstance(template[0], str):
                            fn = lambda m: template[0]
                        else:
                            fn = lambda m: _expand(m, template)
                    out = []
                    n = 0
                    for text, m in self._between(string, count):
                        out.append(text)
                        if m is not None:
                            piece = fn(m)
                            if piece is not None:
                                if not isinstance(piece, str):
                                    raise TypeError('expected str instance, %s found' % type(piece).__name__)
                                out.append(piece)
                            n += 1
                    return ''.join(out), n

                def sub(self, repl, string, count=0):
                    return self.subn(repl, string, count)[0]

                def scanner(self, string, pos=0, endpos=None):
                    raise NotImplementedError('Pattern.scanner is not supported')


            def _template(pattern, repl):
                # a replacement as literal strings and group numbers, after CPython's _parser.parse_template
                if not isinstance(repl, str):
                    raise TypeError("expected str instance, %s found" % type(repl).__name__)
                items = []
                literal = []
                i = 0
                n = len(repl)

                def group_number(index, pos):
                    if index > pattern.groups:
                        raise error('invalid group reference %d' % index, repl, pos)
                    items.append(''.join(literal))
                    literal.clear()
                    items.append(index)

                while i < n:
                    c = repl[i]
                    if c != '\\\\':
                        literal.append(c)
                        i += 1
                        continue
                    start = i
                    i += 1
                    if i >= n:
                        raise error('bad escape (end of pattern)', repl, start)
                    d = repl[i]
                    i += 1
                    if d == 'g':
                        if i >= n or repl[i] != '<':
                            raise error('missing <', repl, i)
                        j = repl.find('>', i + 1)
                        if j < 0:
                            raise error('missing >, unterminated name', repl, i + 1)
                        name = repl[i + 1:j]
                        if not name:
                            raise error('missing group name', repl, i + 1)
                        if all(ch in _DIGITS for ch in name):
                            index = int(name)
                        elif name.isidentifier():
                            if name not in pattern.groupindex:
                                raise IndexError('unknown group name %r' % name)
                            index = pattern.groupindex[name]
                        else:
                            raise error('bad character in group name %r' % name, repl, i + 1)
                        group_number(index, i + 1)
                        i = j + 1
                    elif d == '0':
                        j = i
                        while j < n and j < i + 2 and repl[j] in _OCTDIGITS:
                            j += 1
                        literal.append(chr(int(repl[i - 1:j], 8)))
                        i = j
                    elif d in _DIGITS:
                        j = i
                        if j < n and repl[j] in _DIGITS:
                            j += 1
                            if (j < n and repl[j] in _OCTDIGITS and d in _OCTDIGITS and repl[j - 1] in _OCTDIGITS):
                                value = int(repl[i - 1:j + 1], 8)
                                if value > 0o377:
                                    raise error('octal escape value \\\\%s outside of range 0-0o377' % repl[i - 1:j + 1], repl, start)
                                literal.append(chr(value))
                                i = j + 1
                                continue
                        group_number(int(repl[i - 1:j]), start + 1)
                        i = j
                    elif d in _SIMPLE:
                        literal.append(_SIMPLE[d])
                    elif d in _ASCIILETTERS:
                        raise error('bad escape \\\\' + d, repl, start)
                    else:
                        literal.append('\\\\' + d)
                items.append(''.join(literal))
                return items


            def _expand(m, template):
                out = []
                for item in template:
                    if isinstance(item, str):
                        out.append(item)
                    else:
                        out.append(m.group(item) or '')
                return ''.join(out)


            class Match:
                def __init__(self, pattern, string, pos, endpos, spans):
                    self.re = pattern
                    self.string = string
                    self.pos = pos
                    self.endpos = endpos
                    self.regs = tuple((spans[2 * g], spans[2 * g + 1]) for g in range(len(spans) // 2))
                    self.lastindex = None
                    best = None
                    for g in range(1, len(self.regs)):
                        end = self.regs[g][1]
                        if end >= 0 and (best is None or (end, pattern._closed[g]) > best):
                            best = (end, pattern._closed[g])
                            self.lastindex = g
                    self.lastgroup = pattern._names.get(self.lastindex)

                def _index(self, g):
                    if isinstance(g, int) and not isinstance(g, bool) and 0 <= g < len(self.regs):
                        return g
                    if isinstance(g, str) and g in self.re.groupindex:
                        return self.re.groupindex[g]
                    raise IndexError('no such group')

                def _group(self, g, default=None):
                    s, e = self.regs[self._index(g)]
                    return default if s < 0 else self.string[s:e]

                def group(self, *groups):
                    if not groups:
                        return self._group(0)
                    if len(groups) == 1:
                        return self._group(groups[0])
                    return tuple(self._group(g) for g in groups)

                def __getitem__(self, g):
                    return self._group(g)

                def groups(self, default=None):
                    return tuple(self._group(g, default) for g in range(1, len(self.regs)))

                def groupdict(self, default=None):
                    return {name: self._group(g, default) for name, g in self.re.groupindex.items()}

                def start(self, group=0):
                    return self.regs[self._index(group)][0]

                def end(self, group=0):
                    return self.regs[self._index(group)][1]

                def span(self, group=0):
                    return self.regs[self._index(group)]

                def expand(self, template):
                    return _expand(self, _template(self.re, template))

                def __bool__(self):
                    return True

                def __repr__(self):
                    return '<re.Match object; span=%r, match=%r>' % (self.regs[0], self.group())


            def _compile(pattern, flags):
                if isinstance(pattern, Pattern):
                    if flags:
                        raise ValueError('cannot process flags argument with a compiled pattern')
                    return pattern
                key = (type(pattern), pattern, flags)
                p = _cache.get(key)
                if p is None:
                    p = Pattern(pattern, flags)
                    if len(_cache) >= 512:
                        _cache.clear()
                    _cache[key] = p
                return p


            def compile(pattern, flags=0):
                return _compile(pattern, flags)


            def search(pattern, string, flags=0):
                return _compile(pattern, flags).search(string)


            def match(pattern, string, flags=0):
                return _compile(pattern, flags).match(string)


            def fullmatch(pattern, string, flags=0):
                return _compile(pattern, flags).fullmatch(string)


            def findall(pattern, string, flags=0):
                return _compile(pattern, flags).findall(string)


            def finditer(pattern, string, flags=0):
                return _compile(pattern, flags).finditer(string)


            def split(pattern, string, maxsplit=0, flags=0):
                return _compile(pattern, flags).split(string, maxsplit)


            def sub(pattern, repl, string, count=0, flags=0):
                return _compile(pattern, flags).sub(repl, string, count)


            def subn(pattern, repl, string, count=0, flags=0):
                return _compile(pattern, flags).subn(repl, string, count)


            _SPECIAL = set('()[]{}?*+-|^$\\\\.&~# \\t\\n\\r\\v\\f')


            def escape(pattern):
                return ''.join('\\\\' + c if c in _SPECIAL else c for c in pattern)
            """;
}
