package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** re over java.util.regex: each source printed the same under CPython 3.11, whose output is the expected text. */
class ReModuleTest {
    @Test
    void unicodeClassesAndBoundariesAsPythonsForStrPatterns() {
        // \d, \w, \s and \b are Unicode classes in a str pattern, ASCII ones under re.A
        assertPrints("""
            import re
            print(re.findall(r'\\d+', 'a1 ٣٤ b22'), re.findall(r'\\d+', 'a1 ٣٤ b22', re.A))
            print(re.findall(r'\\w+', 'héllo wörld_1 ß'), re.findall(r'\\w+', 'héllo wörld', re.ASCII))
            print(re.findall(r'\\bfoo\\b', 'foo foobar (foo) éfoo'), re.sub(r'\\B', '-', 'abc'))
            print(re.split(r'\\s+', ' a\\u3000b\\xa0c\\td '))
            """,
                """
                ['1', '٣٤', '22'] ['1', '22']
                ['héllo', 'wörld_1', 'ß'] ['h', 'llo', 'w', 'rld']
                ['foo', 'foo'] a-b-c
                ['', 'a', 'b', 'c', 'd', '']
                """);
    }

    @Test
    void bracesAnchorsAndBackreferencesTranslateToJava() {
        // a { that is no quantifier is literal, \Z is the very end, $ also before a final newline, (?P=name) and \1 are group references
        assertPrints("""
            import re
            print(re.search(r'a{2}', 'caaat').span(), re.search(r'a{,2}x', 'aaax').group(), re.findall(r'x{', 'x{y'), re.findall(r'a{1,x}', 'a{1,x}'))
            print(re.search(r'end\\Z', 'the end'), re.search(r'end\\Z', 'the end\\n'), re.search(r'end$', 'the end\\n'))
            print(re.findall(r'^\\w', 'ab\\ncd\\n', re.M), re.findall(r'\\w$', 'ab\\ncd\\n', re.M), re.findall('^', 'a\\n', re.M), re.findall('$', 'a\\nb\\n'))
            print(re.findall(r'(?P<q>[\\'"]).*?(?P=q)', 'say "hi" and \\'yo\\''))
            print(re.search(r'(\\w)\\1', 'hello').group())
            print(re.findall(r'(?<=\\$)\\d+', '$12 and 34'), re.findall(r'(?<!\\d)\\d\\d(?!\\d)', '1 12 123'), re.findall(r'(?>a+)b', 'aab'))
            print(re.findall(r'a++b|c*+', 'aab'), re.compile('(?i)a').flags, re.compile('a', re.A).flags, re.compile('(?x) a').pattern)
            """,
                """
                (1, 3) aax ['x{'] ['a{1,x}']
                <re.Match object; span=(4, 7), match='end'> None <re.Match object; span=(4, 7), match='end'>
                ['a', 'c'] ['b', 'd'] ['', ''] ['', '']
                ['"', "'"]
                ll
                ['12'] ['12'] ['aab']
                ['aab', ''] 34 256 (?x) a
                """);
    }

    @Test
    void flagsApplyGloballyInlineAndScoped() {
        // flags given, inline at the start, or scoped to a group; verbose keeps white space inside a set
        assertPrints("""
            import re
            print(re.findall('a.c', 'abc a\\nc'), re.findall('a.c', 'abc a\\nc', re.S), re.findall('(?s)a.c', 'a\\nc'), re.findall('(?s:a.)c', 'a\\nc'))
            print(re.findall('ab', 'AB ab Ab', re.I), re.findall('(?i)straße', 'STRASSE Straße'), re.findall('a(?i:b)c', 'aBc ABC abc'))
            print(re.match(r'''(\\d+)  # digits
               \\s* [a-z ]+ # letters, spaces in a set are kept
            ''', '12  ab c', re.X).group())
            """,
                """
                ['abc'] ['abc', 'a\\nc'] ['a\\nc'] ['a\\nc']
                ['AB', 'ab', 'Ab'] ['Straße'] ['aBc', 'abc']
                12  ab c
                """);
    }

    @Test
    void setsKeepPythonsMeaning() {
        // a leading ] is literal, [ and & are plain characters, \W and \d work inside a set
        assertPrints("""
            import re
            print(re.findall(r'[\\d.]+|[^\\w\\s]', '3.14 + 2 = x!'), re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'))
            print(re.findall(r'[\\w-]+', 'a-b c_d'), re.findall(r'[\\W]', 'a-b c'), re.findall(r'[^\\W\\d]+', 'ab12cd'))
            print(re.findall(r'\\x41\\u00e9\\t|\\101', 'Aé\\t A'), re.findall(r'[a\\-z]', 'a-z b'), re.findall(r'\\$\\.', '$.'))
            print(re.findall(r'[^\\d\\s]+', 'ab 12 c3'), re.findall(r'[\\D]', 'a1'), re.findall(r'\\W+|\\S\\s', 'a b!?'), re.findall(r'[^a-c\\W]', 'abcd_ -'))
            """,
                """
                ['3.14', '+', '2', '=', '!'] ['a', ']'] ['b']
                ['a-b', 'c_d'] ['-', ' '] ['ab', 'cd']
                ['Aé\\t', 'A'] ['a', '-', 'z'] ['$.']
                ['ab', 'c'] ['a'] ['a ', '!?'] ['d', '_']
                """);
    }

    @Test
    void emptyMatchesFollowCPython37Rules() {
        // an empty match may follow a non-empty one, never another empty one at the same place
        assertPrints("""
            import re
            print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('a|', '-', 'bab'), re.subn(r'\\d', '#', 'a1b22', count=2))
            print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\\b', 'hi there'), re.split(r'(?=b)', 'abab'))
            print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'[,;]', 'a,b;c', maxsplit=1), re.split('(,)', 'a,b,c', 1))
            print(re.findall('a*?', 'baac'), re.findall('|a', 'a'), re.sub('(?:)', '.', ''), re.split('x*', ''), re.split('a', ''))
            print(list(m.span() for m in re.finditer(r'\\w*', 'ab cd')), re.findall(r'\\w*', 'ab cd'), re.sub(r'\\b', '|', 'to be'))
            """,
                """
                -a-b-c- -a-b--d- -b--b- ('a#b#2', 2)
                ['', 'a', '', 'b', 'c', ''] ['', 'a', 'b', 'c', ''] ['', 'hi', ' ', 'there', ''] ['a', 'ba', 'b']
                ['x', 'a', None, 'y', None, 'b', 'z'] ['a', 'b;c'] ['a', ',', 'b,c']
                ['', '', 'a', '', 'a', '', ''] ['', 'a', ''] . ['', ''] ['']
                [(0, 2), (2, 2), (3, 5), (5, 5)] ['ab', '', 'cd', ''] |to| |be|
                """);
    }

    @Test
    void subExpandsTemplatesAndCallsFunctions() {
        // \1, \g<name>, \g<0> and \t in a template, $ literal, an unmatched group empty; a function gets the match
        assertPrints("""
            import re
            print(re.sub(r'(?P<w>\\w+)@(\\w+)', r'<\\g<w> at \\g<2>\\g<0>>', 'me@host, you@there'))
            print(re.sub(r'(\\w+)', r'[\\1]\\t$1\\\\', 'a b'), re.sub('(a)|b', r'<\\1>', 'ab'))
            print(re.sub(r'\\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'), re.sub('a', lambda m: '', 'banana'))
            print(re.sub(r'(\\w)(\\w)', r'\\2\\1', 'abcde'), re.sub('(b)', r'\\g<1>0', 'abc'))
            """,
                """
                <me at hostme@host>, <you at thereyou@there>
                [a]	$1\\ [b]	$1\\ <a><>
                a2 b44 c666 bnn
                badce ab0c
                """);
    }

    @Test
    void matchObjectsReportGroupsSpansAndPositions() {
        // groups by number and name, defaults, spans, lastindex by the group closed last, pos and endpos
        assertPrints("""
            import re
            print(re.subn('a*', 'x', 'baaac'), re.sub(re.compile('o', re.I), '0', 'fOo'), re.sub('.', r'\\\\', 'ab'))
            p = re.compile(r'(?P<key>\\w+)=(?P<val>\\d+)?')
            m = p.search('  x=1 y=', 2)
            print(p.groups, p.groupindex, m, m.pos, m.endpos, m.re is p, m.string, m.lastgroup, m.start('val'), m.end(1))
            m = p.search('  x= y=', 2)
            print(m.groups(), m.groups('-'), m.groupdict('?'), m.span('val'), m.expand(r'\\g<key>:\\2'), bool(m))
            print(p.match('ab=1', 1), p.match('ab=1', 3), p.fullmatch('ab=12'), p.fullmatch('ab=12', 0, 4), p.search('ab=12', 0, 4))
            print(re.compile(r'^a').search('ba', 1), re.compile(r'a$').search('ab', 0, 1), re.compile(r'\\bb').search('ab', 1))
            print(re.findall('(a)(b)', 'abab'), re.findall('a(b)', 'abab'), list(re.finditer('a', 'aa'))[1])
            m = re.match(r'(a)(b(c))', 'abc')
            print(m[0], m[3], m.group(0, 1), m.regs, re.escape('a.b*c d-e_f'), re.escape('1+1=2?'))
            print(re.fullmatch(r'a|ab', 'ab'), re.match('', ''), re.search('x', 'abc'), re.purge())
            """,
                """
                ('xbxxcx', 4) f00 \\\\
                2 {'key': 1, 'val': 2} <re.Match object; span=(2, 5), match='x=1'> 2 8 True   x=1 y= val 4 3
                ('x', None) ('x', '-') {'key': 'x', 'val': '?'} (-1, -1) x: True
                <re.Match object; span=(1, 4), match='b=1'> None <re.Match object; span=(0, 5), match='ab=12'> <re.Match object; span=(0, 4), match='ab=1'> <re.Match object; span=(0, 4), match='ab=1'>
                None <re.Match object; span=(0, 1), match='a'> None
                [('a', 'b'), ('a', 'b')] ['b', 'b'] <re.Match object; span=(1, 2), match='a'>
                abc c ('abc', 'a') ((0, 3), (0, 1), (1, 3), (2, 3)) a\\.b\\*c\\ d\\-e_f 1\\+1=2\\?
                <re.Match object; span=(0, 2), match='ab'> <re.Match object; span=(0, 0), match=''> None None
                """);
    }

    @Test
    void badPatternsAndTemplatesRaiseCPythonsErrors() {
        // re.error with CPython message and position; an unknown group name in a template is an IndexError
        assertPrints("""
            import re
            for bad in ['(ab', 'ab)', '[a', 'a**', '*a', 'a{3,2}', r'\\q', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=zz)', r'(a\\1)', r'\\2(a)',
                        '(?z)', 'a(?i)', '(?<x)', r'[z-a]', r'[\\d-z]', r'\\x4', '(?#abc', 'x(?', '\\\\', 'a\\n(b', '(?P<a', '(?i', '[]']:
                try:
                    re.compile(bad)
                    print('ok', repr(bad))
                except re.error as e:
                    print(repr(bad), '->', e, '|', e.msg, e.pos)
            for pat, repl in [('(a)', r'\\2'), ('(a)', r'\\g<x>'), ('(a)', r'\\g<1'), ('(a)', r'\\q'), ('(a)', '\\\\'), ('(a)', r'\\g')]:
                try:
                    print(re.sub(pat, repl, 'a'))
                except (re.error, IndexError) as e:
                    print(type(e).__name__, e)
            """,
                """
                '(ab' -> missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0
                'ab)' -> unbalanced parenthesis at position 2 | unbalanced parenthesis 2
                '[a' -> unterminated character set at position 0 | unterminated character set 0
                'a**' -> multiple repeat at position 2 | multiple repeat 2
                '*a' -> nothing to repeat at position 0 | nothing to repeat 0
                'a{3,2}' -> min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2
                '\\\\q' -> bad escape \\q at position 0 | bad escape \\q 0
                '(?P<1>a)' -> bad character in group name '1' at position 4 | bad character in group name '1' 4
                '(?P<a>x)(?P<a>y)' -> redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12
                '(?P=zz)' -> unknown group name 'zz' at position 4 | unknown group name 'zz' 4
                '(a\\\\1)' -> cannot refer to an open group at position 2 | cannot refer to an open group 2
                '\\\\2(a)' -> invalid group reference 2 at position 1 | invalid group reference 2 1
                '(?z)' -> unknown extension ?z at position 1 | unknown extension ?z 1
                'a(?i)' -> global flags not at the start of the expression at position 1 | global flags not at the start of the expression 1
                '(?<x)' -> unknown extension ?<x at position 1 | unknown extension ?<x 1
                '[z-a]' -> bad character range z-a at position 1 | bad character range z-a 1
                '[\\\\d-z]' -> bad character range \\d-z at position 1 | bad character range \\d-z 1
                '\\\\x4' -> incomplete escape \\x4 at position 0 | incomplete escape \\x4 0
                '(?#abc' -> missing ), unterminated comment at position 0 | missing ), unterminated comment 0
                'x(?' -> unexpected end of pattern at position 3 | unexpected end of pattern 3
                '\\\\' -> bad escape (end of pattern) at position 0 | bad escape (end of pattern) 0
                'a\\n(b' -> missing ), unterminated subpattern at position 2 (line 2, column 1) | missing ), unterminated subpattern 2
                '(?P<a' -> missing >, unterminated name at position 4 | missing >, unterminated name 4
                '(?i' -> missing -, : or ) at position 3 | missing -, : or ) 3
                '[]' -> unterminated character set at position 0 | unterminated character set 0
                error invalid group reference 2 at position 1
                IndexError unknown group name 'x'
                error missing >, unterminated name at position 3
                error bad escape \\q at position 0
                error bad escape (end of pattern) at position 0
                error missing < at position 2
                """);
    }

    @Test
    void patternReprAndTypeChecks() {
        // reprs of patterns and matches, flags as numbers, a non-string subject is a TypeError
        assertPrints("""
            import re
            try:
                re.match('a', 5)
            except TypeError as e:
                print(e)
            print(re.compile('ab', re.I | re.S | re.X), re.compile("it's"), re.compile(r'\\d'), re.compile('a', re.A))
            print(re.findall(r'[\\s\\S]', 'a\\n'), re.match(r'\\n', '\\n'), re.search(r'[\\\\]', 'a\\\\b'))
            print(re.compile("a", re.I) == re.compile("a", re.I), re.compile("a").flags, re.I | re.M == 10)
            """,
                """
                expected string or bytes-like object, got 'int'
                re.compile('ab', re.IGNORECASE|re.DOTALL|re.VERBOSE) re.compile("it's") re.compile('\\\\d') re.compile('a', re.ASCII)
                ['a', '\\n'] <re.Match object; span=(0, 1), match='\\n'> <re.Match object; span=(1, 2), match='\\\\'>
                True 32 True
                """);
    }
}
