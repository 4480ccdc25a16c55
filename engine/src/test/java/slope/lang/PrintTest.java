package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** print(), str() and repr() of every builtin value, exactly as CPython writes them. Expected output is what CPython 3.11 prints for the same source. */
class PrintTest {
    @Test
    void printSeparatorsAndEnd() {
        assertPrints("""
            print(1, 2, 3)
            print(1, 2, sep=", ", end="!\\n")
            print()
            print("a", "b", sep="")
            """,
                """
                1 2 3
                1, 2!

                ab
                """);
    }

    @Test
    void floatsUseTheShortestRepr() {
        assertPrints("""
            print(0.1, 1e-05, 1e16, 1e+16 * 10, 123456789.0, 1.5e-7, 100.0, -0.0, 2.5e-3)
            print(float("inf"), float("-inf"), float("nan"), 1 / 3, 0.1 + 0.2, 3.0 * 1.1)
            """,
                """
                0.1 1e-05 1e+16 1e+17 123456789.0 1.5e-07 100.0 -0.0 0.0025
                inf -inf nan 0.3333333333333333 0.30000000000000004 3.3000000000000003
                """);
    }

    @Test
    void longFloatLiteralsRoundToTheNearestDouble() {
        assertPrints("""
            print(12345678901234567.0, 9007199254740993.0, 0.30000000000000004, 1.7976931348623157e308, float("12345678901234567"))
            """,
                """
                1.2345678901234568e+16 9007199254740992.0 0.30000000000000004 1.7976931348623157e+308 1.2345678901234568e+16
                """);
    }

    @Test
    void containersUseReprOfTheirItems() {
        assertPrints("""
            print([1, 2.5, "a", None, True], (1,), (), (1, "b"), {"a": 1, 2: [3]}, {}, [[]], {1, 2}, set())
            print(["it's", 'say "hi"', "tab\\t", "nl\\n"])
            """,
                """
                [1, 2.5, 'a', None, True] (1,) () (1, 'b') {'a': 1, 2: [3]} {} [[]] {1, 2} set()
                ["it's", 'say "hi"', 'tab\\t', 'nl\\n']
                """);
    }

    @Test
    void strAndReprOfScalars() {
        assertPrints("""
            print(str(1.0), repr(1.0), str("x"), repr("x"), str(None), repr(True), repr(-3))
            print(repr("a'b\\"c"), repr("\\\\"))
            """,
                """
                1.0 1.0 x 'x' None True -3
                'a\\'b"c' '\\\\'
                """);
    }

    @Test
    void dictsKeepInsertionOrderAndMergeEqualKeys() {
        assertPrints("""
            d = {}
            d["b"] = 1
            d["a"] = 2
            d[1] = "int"
            d[1.0] = "float"
            d[True] = "bool"
            print(d, len(d), list(d.keys()), list(d.values()), list(d.items()))
            """,
                """
                {'b': 1, 'a': 2, 1: 'bool'} 3 ['b', 'a', 1] [1, 2, 'bool'] [('b', 1), ('a', 2), (1, 'bool')]
                """);
    }

    @Test
    void rangesSlicesAndTypes() {
        assertPrints("""
            print(range(5), range(1, 10, 2), slice(1, 2), type(1), type(1.0), type("s"), type([]), type(None))
            """,
                """
                range(0, 5) range(1, 10, 2) slice(1, 2, None) <class 'int'> <class 'float'> <class 'str'> <class 'list'> <class 'NoneType'>
                """);
    }

    @Test
    void functionsAndClassesPrintTheirNames() {
        assertPrints("""
            def f():
                pass
            class K:
                pass
            print(f.__name__, K, K.__name__, len, print)
            """,
                """
                f <class '__main__.K'> K <built-in function len> <built-in function print>
                """);
    }
}
