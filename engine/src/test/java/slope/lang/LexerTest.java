package slope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static slope.lang.PythonAssert.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokenizing: indentation, comments, continuation lines, numbers, strings and f-strings. Expected output is what CPython 3.11 prints for the same source. */
class LexerTest {
    @Test
    void indentationOpensAndClosesBlocks() {
        assertPrints("""
            for i in range(2):
                if i:
                    print("one")
                else:
                    print("zero")
            print("done")
            """,
                """
                zero
                one
                done
                """);
    }

    @Test
    void blankLinesAndCommentsDoNotAffectIndentation() {
        assertPrints("""
            def f():
                # a comment

                    # an indented comment
                return 1   # trailing
            print(f())
            """,
                """
                1
                """);
    }

    @Test
    void notebookMagicsAndShellLinesAreSkipped() {
        // pasted from a notebook: IPython runs these lines itself; % and ! start no Python statement
        assertPrints("""
            %matplotlib inline
            !pip install torch
            for i in range(2):
                %time
                print(i % 2, i != 1)
            """, "0 True\n1 False\n");
    }

    @Test
    void tabsIndentToMultiplesOfEight() {
        assertPrints("if True:\n"
                + "\tx = 1\n"
                + "\ty = 2\n"
                + "print(x + y)\n",
                """
                3
                """);
    }

    @Test
    void bracketsContinueLines() {
        assertPrints("""
            xs = [1,
                  2,
              3]
            total = (1 +
                     2)
            print(xs, total, {'a':
             1})
            """,
                """
                [1, 2, 3] 3 {'a': 1}
                """);
    }

    @Test
    void backslashContinuesLines() {
        assertPrints("""
            x = 1 + \\
                2
            print(x)
            """,
                """
                3
                """);
    }

    @Test
    void numberLiterals() {
        assertPrints("""
            print(1e-3, 2., .5, 1_000, 0x1F, 0o17, 0b101, 1E3, 3.0e+2)
            """,
                """
                0.001 2.0 0.5 1000 31 15 5 1000.0 300.0
                """);
    }

    @Test
    void stringPrefixesInEitherCase() {
        assertPrints("print(R'a\\n', F'{1 + 1}', fR'{2}\\t', Rf'{3}', U'u')\n",
                """
                a\\n 2 2\\t 3 u
                """);
    }

    @Test
    void namesMayUseLettersAndDigitsOfAnyScript() {
        assertPrints("""
            café = 3
            x\u0661 = 2
            print(café * x\u0661)
            """,
                """
                6
                """);
    }

    @Test
    void numberLiteralsTakeOnlyAsciiDigits() {
        assertFails("x = \u0663\n", "SyntaxError: invalid character '\u0663' (U+0663)", 1, 5);
        assertFails("x = 1\u0663\n", "SyntaxError: invalid decimal literal", 1, 5);
    }

    @Test
    void stringLiteralsAndEscapes() {
        assertPrints("print('single', \"double\", 'it\\'s', \"tab\\there\", 'a\\\\b', 'new\\nline', '\\x41\\u00e9')\n"
                + "print(\"\"\"triple\n"
                + "quoted\"\"\", r'raw\\n', 'con' 'cat')\n",
                "single double it's tab\there a\\b new\n"
                    + "line Aé\n"
                    + "triple\n"
                    + "quoted raw\\n concat\n");
    }

    @Test
    void fStringsWithExpressionsAndSpecs() {
        assertPrints("""
            x = 3.14159
            n = 42
            name = "loss"
            print(f"{name}: {x:.3f} {n:>5}|{n:<4}|{n:^6}|{x!r} {name!r}")
            print(f"{x=} {n = }")
            print(f"{{literal}} {n * 2} {[i for i in range(3)]} {'nested' + 's'}")
            width = 8
            print(f"{x:{width}.2f}|")
            """,
                """
                loss: 3.142    42|42  |  42  |3.14159 'loss'
                x=3.14159 n = 42
                {literal} 84 [0, 1, 2] nesteds
                    3.14|
                """);
    }

    @Test
    void semicolonsSeparateStatements() {
        assertPrints("""
            a = 1; b = 2; print(a + b)
            """,
                """
                3
                """);
    }

    @Test
    void unterminatedStringIsASyntaxError() {
        assertFails("""
            print("hi)
            """,
                "SyntaxError: unterminated string literal (detected at line 1)", 1, 7);
    }

    @Test
    void unclosedBracketIsReportedWhereItOpened() {
        assertFails("""
            x = [1, 2
            y = 3
            """,
                "SyntaxError: '[' was never closed", 1, 5);
    }

    @Test
    void unexpectedIndent() {
        assertFails("""
            x = 1
                y = 2
            """,
                "IndentationError: unexpected indent", 2, 4);
    }

    @Test
    void unindentMustMatchAnOuterLevel() {
        assertFails("""
            if True:
                    x = 1
                y = 2
            """,
                "IndentationError: unindent does not match any outer indentation level", 3, 10);
    }

    @Test
    void missingIndentedBlock() {
        assertFails("""
            x = 1
            for i in range(3):
            print(i)
            """,
                "IndentationError: expected an indented block after 'for' statement on line 2", 3, 1);
    }

    @Test
    void missingBlockAfterDef() {
        assertFails("""
            def f():
            return 1
            """,
                "IndentationError: expected an indented block after function definition on line 1", 2, 1);
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        // CPython's tokenize module splits this line into these OP tokens (//== is //= then =)
        String line = "a**=b//=c>>=d<<=e...->**//==!=<=>=<<>>+=-=*=/=%=@=&=|=^=:=+-*/%@<>=.,:;()[]{}~&|^..\n";
        List<String> ops = new ArrayList<>();
        for (Token t : new Lexer(line).tokenize()) if (t.kind == Token.OP) ops.add(t.text);
        assertEquals(List.of("**=", "//=", ">>=", "<<=", "...", "->", "**", "//=", "=", "!=", "<=", ">=", "<<", ">>",
                "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=", ":=", "+", "-", "*", "/", "%", "@", "<", ">=",
                ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "~", "&", "|", "^", ".", "."), ops);
    }
}
