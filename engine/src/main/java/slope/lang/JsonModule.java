package slope.lang;

/**
 * Python's {@code json} module, dumps and loads only (dump and load need files, which a run has not),
 * written in Python: the encoder mirrors CPython's json.encoder options and the decoder its
 * scanner, so error messages and positions match.
 */
final class JsonModule {
    private JsonModule() {}

    static final String SOURCE = """
            __all__ = ['dumps', 'loads', 'JSONDecodeError']


            class JSONDecodeError(ValueError):
                def __init__(self, msg, doc, pos):
                    lineno = doc.count('\\n', 0, pos) + 1
                    colno = pos - doc.rfind('\\n', 0, pos)
                    ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
                    self.msg = msg
                    self.doc = doc
                    self.pos = pos
                    self.lineno = lineno
                    self.colno = colno


            _ESCAPES = {'"': '\\\\"', '\\\\': '\\\\\\\\', '\\n': '\\\\n', '\\r': '\\\\r', '\\t': '\\\\t', '\\b': '\\\\b', '\\f': '\\\\f'}


            def _quote(s, ensure_ascii):
                out = ['"']
                for ch in s:
                    c = ord(ch)
                    if ch in _ESCAPES:
                        out.append(_ESCAPES[ch])
                    elif c < 0x20 or (ensure_ascii and c > 0x7e):
                        if c > 0xffff:
                            # outside the BMP, ensure_ascii writes a UTF-16 surrogate pair
                            c -= 0x10000
                            out.append('\\\\u%04x\\\\u%04x' % (0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff)))
                        else:
                            out.append('\\\\u%04x' % c)
                    else:
                        out.append(ch)
                out.append('"')
                return ''.join(out)


            def _float(f, allow_nan):
                if f != f:
                    text = 'NaN'
                elif f == float('inf'):
                    text = 'Infinity'
                elif f == float('-inf'):
                    text = '-Infinity'
                else:
                    return repr(f)
                if not allow_nan:
                    raise ValueError('Out of range float values are not JSON compliant')
                return text


            def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
                      indent=None, separators=None, default=None, sort_keys=False):
                if indent is not None and not isinstance(indent, str):
                    indent = ' ' * indent
                if separators is not None:
                    item_sep, key_sep = separators
                elif indent is not None:
                    item_sep, key_sep = ',', ': '
                else:
                    item_sep, key_sep = ', ', ': '
                markers = {} if check_circular else None
                out = []

                def key_text(k):
                    if isinstance(k, str):
                        return k
                    if k is True:
                        return 'true'
                    if k is False:
                        return 'false'
                    if k is None:
                        return 'null'
                    if isinstance(k, float):
                        return _float(k, allow_nan)
                    if isinstance(k, int):
                        return repr(k)
                    return None

                def enter(o):
                    if markers is not None:
                        if id(o) in markers:
                            raise ValueError('Circular reference detected')
                        markers[id(o)] = o

                def leave(o):
                    if markers is not None:
                        del markers[id(o)]

                def newline(level):
                    if indent is not None:
                        out.append('\\n' + indent * level)

                def encode(o, level):
                    if isinstance(o, str):
                        out.append(_quote(o, ensure_ascii))
                    elif o is None:
                        out.append('null')
                    elif o is True:
                        out.append('true')
                    elif o is False:
                        out.append('false')
                    elif isinstance(o, int):
                        out.append(repr(o))
                    elif isinstance(o, float):
                        out.append(_float(o, allow_nan))
                    elif isinstance(o, (list, tuple)):
                        if not o:
                            out.append('[]')
                            return
                        enter(o)
                        out.append('[')
                        for i, v in enumerate(o):
                            if i:
                                out.append(item_sep)
                            newline(level + 1)
                            encode(v, level + 1)
                        newline(level)
                        out.append(']')
                        leave(o)
                    elif isinstance(o, dict):
                        if not o:
                            out.append('{}')
                            return
                        enter(o)
                        out.append('{')
                        items = sorted(o.items()) if sort_keys else o.items()
                        first = True
                        for k, v in items:
                            text = key_text(k)
                            if text is None:
                                if skipkeys:
                                    continue
                                raise TypeError('keys must be str, int, float, bool or None, not ' + type(k).__name__)
                            if not first:
                                out.append(item_sep)
                            first = False
                            newline(level + 1)
                            out.append(_quote(text, ensure_ascii))
                            out.append(key_sep)
                            encode(v, level + 1)
                        newline(level)
                        out.append('}')
                        leave(o)
                    else:
                        if default is None:
                            raise TypeError('Object of type ' + type(o).__name__ + ' is not JSON serializable')
                        enter(o)
                        encode(default(o), level)
                        leave(o)

                encode(obj, 0)
                return ''.join(out)


            _WHITESPACE = ' \\t\\n\\r'
            _UNESCAPE = {'"': '"', '\\\\': '\\\\', '/': '/', 'b': '\\b', 'f': '\\f', 'n': '\\n', 'r': '\\r', 't': '\\t'}
            _CONSTANTS = {'null': None, 'true': True, 'false': False, 'NaN': float('nan'),
                          'Infinity': float('inf'), '-Infinity': float('-inf')}


            class _Decoder:
                def __init__(self, doc):
                    self.doc = doc

                def skip(self, i):
                    doc = self.doc
                    while i < len(doc) and doc[i] in _WHITESPACE:
                        i += 1
                    return i

                def fail(self, msg, i):
                    raise JSONDecodeError(msg, self.doc, i)

                def value(self, i):
                    doc = self.doc
                    ch = doc[i] if i < len(doc) else ''
                    if ch == '"':
                        return self.string(i + 1)
                    if ch == '{':
                        return self.object(i + 1)
                    if ch == '[':
                        return self.array(i + 1)
                    if ch == '-' or '0' <= ch <= '9':
                        number = self.number(i)
                        if number is not None:
                            return number
                    for word, constant in _CONSTANTS.items():
                        if doc.startswith(word, i):
                            return constant, i + len(word)
                    self.fail('Expecting value', i)

                def digits(self, i):
                    doc = self.doc
                    while i < len(doc) and '0' <= doc[i] <= '9':
                        i += 1
                    return i

                def number(self, start):
                    # JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
                    doc = self.doc
                    i = start + 1 if doc[start] == '-' else start
                    if i >= len(doc) or not '0' <= doc[i] <= '9':
                        return None
                    i = i + 1 if doc[i] == '0' else self.digits(i)
                    is_float = False
                    if i + 1 < len(doc) and doc[i] == '.' and '0' <= doc[i + 1] <= '9':
                        i = self.digits(i + 1)
                        is_float = True
                    if i < len(doc) and doc[i] in 'eE':
                        j = i + 1
                        if j < len(doc) and doc[j] in '+-':
                            j += 1
                        end = self.digits(j)
                        if end > j:
                            i = end
                            is_float = True
                    text = doc[start:i]
                    return (float(text) if is_float else int(text)), i

                def hex4(self, i):
                    text = self.doc[i + 1:i + 5]
                    if len(text) == 4 and all(c in '0123456789abcdefABCDEF' for c in text):
                        return int(text, 16)
                    self.fail('Invalid \\\\uXXXX escape', i)

                def string(self, i):
                    doc = self.doc
                    start = i - 1
                    chunks = []
                    while True:
                        j = i
                        while j < len(doc) and doc[j] != '"' and doc[j] != '\\\\' and doc[j] >= ' ':
                            j += 1
                        chunks.append(doc[i:j])
                        if j >= len(doc):
                            self.fail('Unterminated string starting at', start)
                        ch = doc[j]
                        if ch == '"':
                            return ''.join(chunks), j + 1
                        if ch != '\\\\':
                            self.fail('Invalid control character at', j)
                        if j + 1 >= len(doc):
                            self.fail('Unterminated string starting at', start)
                        esc = doc[j + 1]
                        if esc == 'u':
                            c = self.hex4(j + 1)
                            i = j + 6
                            # a high surrogate followed by an escaped low one is one character
                            if 0xd800 <= c <= 0xdbff and doc[i:i + 2] == '\\\\u':
                                low = self.hex4(i + 1)
                                if 0xdc00 <= low <= 0xdfff:
                                    c = 0x10000 + (((c - 0xd800) << 10) | (low - 0xdc00))
                                    i += 6
                            chunks.append(chr(c))
                        elif esc in _UNESCAPE:
                            chunks.append(_UNESCAPE[esc])
                            i = j + 2
                        else:
                            self.fail('Invalid \\\\escape', j)

                def object(self, i):
                    doc = self.doc
                    result = {}
                    i = self.skip(i)
                    if i < len(doc) and doc[i] == '}':
                        return result, i + 1
                    while True:
                        if i >= len(doc) or doc[i] != '"':
                            self.fail('Expecting property name enclosed in double quotes', i)
                        key, i = self.string(i + 1)
                        i = self.skip(i)
                        if i >= len(doc) or doc[i] != ':':
                            self.fail("Expecting ':' delimiter", i)
                        value, i = self.value(self.skip(i + 1))
                        result[key] = value
                        i = self.skip(i)
                        if i < len(doc) and doc[i] == '}':
                            return result, i + 1
                        if i >= len(doc) or doc[i] != ',':
                            self.fail("Expecting ',' delimiter", i)
                        i = self.skip(i + 1)

                def array(self, i):
                    doc = self.doc
                    result = []
                    i = self.skip(i)
                    if i < len(doc) and doc[i] == ']':
                        return result, i + 1
                    while True:
                        value, i = self.value(i)
                        result.append(value)
                        i = self.skip(i)
                        if i < len(doc) and doc[i] == ']':
                            return result, i + 1
                        if i >= len(doc) or doc[i] != ',':
                            self.fail("Expecting ',' delimiter", i)
                        i = self.skip(i + 1)


            def loads(s):
                if not isinstance(s, str):
                    raise TypeError('the JSON object must be str, bytes or bytearray, not ' + type(s).__name__)
                decoder = _Decoder(s)
                value, end = decoder.value(decoder.skip(0))
                end = decoder.skip(end)
                if end != len(s):
                    decoder.fail('Extra data', end)
                return value
            """;
}
