package slope.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import slope.plot.Pyplot;
import slope.plot.binding.PyplotModule;
import slope.run.PyError;

/**
 * The engine's own Python modules are lexed with each def's body skimmed and parsed on the function's first call
 * ({@link Lexer}, {@link Parser#parseLibraryModule}): the skimmer must find exactly the lines the full lexer would,
 * and a module must behave the same whether its bodies were skimmed or parsed at once.
 */
class SkimmedBodiesTest {
    /** A module with what can hide where a body ends: strings, brackets and continuations across lines, comments at column 0. */
    private static final String MODULE = """
            import functools
            counter = 0

            def bump(n=1):
                global counter
                counter += n
                return counter

            def make_adder(k):
                def add(x):
                    return x + k
                return add

            def gen(n):
                for i in range(n):
                    yield i * i

            def doc():
                \"""A docstring whose second line
            starts at column 0, with a 'quote' and a \\\\\"""
                text = '''
            def not_a_def():
            x'''
                return len(text)

            def brackets(a,
                    b):
                total = (a +
              b)  # a continuation line less indented than the body
                return total \\
                    * 2
            # a comment at column 0 between two defs
            def after_comment():
            # a comment at column 0 inside the body
                return 'after'

            def fact(n):
                return 1 if n <= 1 else n * fact(n - 1)

            class Base:
                scale = 10
                def __init__(self, v):
                    self.v = v
                def value(self):
                    return self.v * Base.scale
                @property
                def twice(self):
                    return 2 * self.value()
                def one_line(self): return 'one'

            class Child(Base):
                def value(self):
                    return super().value() + 1
                @staticmethod
                def make():
                    return Child(3)

            def fails(x):
                y = x + 1
                raise ValueError('failed with ' + str(y))
            """;

    private static final String PROGRAM = """
            import skimmod as m
            print(m.bump(), m.bump(2), m.counter)
            print(m.make_adder(3)(4), m.make_adder(1).__qualname__)
            print(list(m.gen(4)))
            print(m.doc())
            print(m.brackets(1, 2), m.after_comment(), m.fact(5))
            c = m.Child.make()
            print(c.value(), c.twice, c.one_line(), m.Child.value.__qualname__)
            try:
                m.fails(1)
            except ValueError as e:
                print(e)
            """;

    /** What CPython 3.11 prints for PROGRAM with MODULE as skimmod.py. */
    private static final String CPYTHON = """
            1 3 3
            7 make_adder.<locals>.add
            [0, 1, 4, 9]
            19
            6 after 120
            31 62 one Child.value
            failed with 2
            """;

    @Test
    void aSkimmedModuleRunsAsCPythonRunsIt() {
        assertEquals(CPYTHON, runWith(py -> py.addPythonModule("skimmod", MODULE)));
    }

    @Test
    void anEagerlyParsedModuleRunsTheSame() {
        assertEquals(CPYTHON, runWith(py -> py.runInModule("skimmod", MODULE)));
    }

    /** What PROGRAM prints in a fresh interpreter given skimmod by {@code load}. */
    private static String runWith(Consumer<Interpreter> load) {
        StringBuilder out = new StringBuilder();
        Interpreter py = new Interpreter(out);
        load.accept(py);
        return PythonAssert.run(py, out, PROGRAM);
    }

    @Test
    void anErrorInASkimmedBodyIsReportedAtItsOwnLineOnTheFirstCall() {
        StringBuilder out = new StringBuilder();
        Interpreter py = new Interpreter(out);
        py.addPythonModule("broken", "def fine():\n    return 1\n\ndef never_called():\n    x = = 1\n");
        assertEquals("1\n", PythonAssert.run(py, out, "import broken\nprint(broken.fine())\n"));
        PyError e = assertThrows(PyError.class, () -> PythonAssert.run(py, out, "broken.never_called()\n"));
        assertEquals("SyntaxError: invalid syntax", e.pythonLine());
        assertEquals(5, e.line());
    }

    @Test
    void everyLibraryModuleSkimsToTheTokensOfItsFullLexing() {
        Interpreter py = new Interpreter(new StringBuilder());
        slope.torch.TorchModule.install(py);
        slope.numpy.NumpyModule.install(py);
        PyplotModule.install(py, new Pyplot());
        int skimmed = 0;
        for (Map.Entry<String, String> module : py.pythonModules.entrySet()) {
            String source = module.getValue();
            Parser.parseModule(source); // every body parses, called by a test or not
            List<String> expanded = new ArrayList<>();
            for (Token t : new Lexer(source, 0, true).tokenize()) {
                if (t.kind != Token.SKIMMED_BODY) {
                    addVisible(expanded, t);
                    continue;
                }
                skimmed++;
                for (Token b : new Lexer(t.text, t.line - 1, false).tokenize()) addVisible(expanded, b);
            }
            List<String> full = new ArrayList<>();
            for (Token t : new Lexer(source).tokenize()) addVisible(full, t);
            assertEquals(full, expanded, module.getKey());
        }
        assertTrue(skimmed > 300, skimmed + " bodies skimmed");
    }

    /** Tokens other than the layout ones, which differ by design: a skimmed body's blocks are closed in its own text. */
    private static void addVisible(List<String> out, Token t) {
        if (t.kind == Token.NEWLINE || t.kind == Token.INDENT || t.kind == Token.DEDENT || t.kind == Token.EOF) return;
        out.add(t.kind + " " + t.text + " @" + t.line + ":" + t.col);
    }
}
