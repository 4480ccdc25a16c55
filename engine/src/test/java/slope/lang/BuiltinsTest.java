package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Builtin functions and the methods of str, list, dict, tuple and set. Expected output is what CPython 3.11 prints for the same source. */
class BuiltinsTest {
    @Test
    void lenRangeAbsMinMaxSum() {
        assertPrints("""
            print(len("abc"), len([1, 2]), len({}), len(range(0, 10, 3)), abs(-3), abs(-2.5))
            print(min([3, 1, 2]), max(3, 7, 5), min("bca"), max([1, 5, 3], key=lambda x: -x), max([], default=0))
            print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)))
            """,
                """
                3 2 0 4 3 2.5
                1 7 a 1 0
                6 0.30000000000000004 [1, 2] 5050
                """);
    }

    @Test
    void roundUsesBankersRoundingOnTheExactValue() {
        assertPrints("""
            print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1.25, 1), round(1234, -2), round(1250, -2))
            print(round(3.14159, 3), round(-2.5), round(7), type(round(2.5)), type(round(2.5, 1)))
            """,
                """
                0 2 2 0 2.67 1.2 1200 1200
                3.142 -2 7 <class 'int'> <class 'float'>
                """);
    }

    @Test
    void conversions() {
        assertPrints("""
            print(int(3.9), int(-3.9), int("42"), int(" 7 "), int("ff", 16), int(True), float(3), float("1e-3"), float(" 2.5 "))
            print(str(12), bool(0), bool("x"), bool([]), list("ab"), tuple([1, 2]), dict(a=1), dict([("k", 2)]), set([1, 1, 2]))
            print(list(range(3)), list({"x": 1}), list((1, 2)), hex(255), bin(5), oct(8), chr(65), ord("A"))
            """,
                """
                3 -3 42 7 255 1 3.0 0.001 2.5
                12 False True False ['a', 'b'] (1, 2) {'a': 1} {'k': 2} {1, 2}
                [0, 1, 2] ['x'] [1, 2] 0xff 0b101 0o10 A 65
                """);
    }

    @Test
    void isinstanceWithBuiltinTypesAndTuples() {
        assertPrints("""
            print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (float, int)))
            print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, object))
            print(type(True) is bool, type(1) == int, type(2.0).__name__)
            """,
                """
                True True False True
                True True True True True
                True True float
                """);
    }

    @Test
    void iterationHelpers() {
        assertPrints("""
            print(list(enumerate("ab")), list(enumerate("ab", start=1)), list(zip([1, 2, 3], "ab")))
            print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "x"])))
            print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(1, "b"), (0, "z"), (1, "a")]), list(reversed(range(3))))
            print(any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
            it = iter([1, 2])
            print(next(it), next(it), next(it, "end"))
            """,
                """
                [(0, 'a'), (1, 'b')] [(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')]
                ['1', '2'] [3, 8] [1, 'x']
                [1, 2, 3] ['c', 'b', 'a'] [(0, 'z'), (1, 'a'), (1, 'b')] [2, 1, 0]
                True False False True
                1 2 end
                """);
    }

    @Test
    void divmodPowAndMath() {
        assertPrints("""
            import math
            print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5))
            print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(8), math.log10(1000), math.log(math.e))
            print(math.sin(0), math.cos(math.pi), math.tanh(0.5), math.atan2(1, 1), math.hypot(3, 4), math.fabs(-2))
            print(math.floor(-2.5), math.ceil(2.1), math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan), math.isinf(-math.inf), math.pow(2, 3))
            """,
                """
                (3, 1) (-4, 1) (3.0, 1.5) 1024 0.5 1
                1.4142135623730951 2.718281828459045 2.0 3.0 3.0 1.0
                0.0 -1.0 0.46211715726000974 0.7853981633974483 5.0 2.0
                -3 3 True True True 8.0
                """);
    }

    @Test
    void stringMethods() {
        assertPrints("""
            s = "  Hello, World  "
            print(s.strip(), s.lstrip(), s.rstrip() + "|", s.upper(), s.lower())
            print("a,b,,c".split(","), "a b  c".split(), "a b c".split(" ", 1), "x".join(["1", "2", "3"]))
            print("hello".replace("l", "L"), "hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".find("l"), "hello".count("l"))
            print("ab".center(6, "*"), "ab".ljust(4) + "|", "ab".rjust(4), "42".zfill(5), "-42".zfill(5), "abc".title(), "x1".isalnum())
            """,
                "Hello, World Hello, World     Hello, World|   HELLO, WORLD     hello, world  \n"
                    + "['a', 'b', '', 'c'] ['a', 'b', 'c'] ['a', 'b c'] 1x2x3\n"
                    + "heLLo True True 2 2\n"
                    + "**ab** ab  |   ab 00042 -0042 Abc True\n");
    }

    @Test
    void listMethods() {
        assertPrints("""
            xs = [3, 1, 2]
            xs.append(4); xs.extend([5, 6]); xs.insert(0, 0)
            print(xs, xs.pop(), xs.pop(0), xs)
            xs.remove(2); xs.sort(); print(xs, xs.index(4), xs.count(1))
            xs.reverse(); ys = xs.copy(); xs.clear(); print(xs, ys)
            words = ["bb", "a", "ccc"]
            words.sort(key=len, reverse=True)
            print(words)
            """,
                """
                [3, 1, 2, 4, 5] 6 0 [3, 1, 2, 4, 5]
                [1, 3, 4, 5] 2 1
                [] [5, 4, 3, 1]
                ['ccc', 'bb', 'a']
                """);
    }

    @Test
    void dictMethods() {
        assertPrints("""
            d = {"a": 1}
            print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("b", 2), d.setdefault("a", 9))
            d.update({"c": 3}, e=5)
            print(d, d.pop("c"), d.pop("zz", None), "a" in d, len(d))
            for k, v in sorted(d.items()):
                print(k, v, end=" ")
            print()
            """,
                "1 None 0 2 1\n"
                    + "{'a': 1, 'b': 2, 'e': 5} 3 None True 3\n"
                    + "a 1 b 2 e 5 \n");
    }

    @Test
    void tupleAndSetMethods() {
        assertPrints("""
            t = (1, 2, 2, 3)
            print(t.count(2), t.index(3))
            s = {1, 2}
            s.add(3); s.discard(1)
            print(s, 2 in s, sorted(s.union({9})), s.intersection({2, 5}))
            """,
                """
                2 3
                {2, 3} True [2, 3, 9] {2}
                """);
    }

    @Test
    void setOperatorsAndModularPow() {
        assertPrints("""
            print({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {2}, {1, 2} ^ {2, 3}, pow(7, 123456, 1000000007))
            """,
                """
                {1, 2, 3} {2} {1} {1, 3} 684435902
                """);
    }

    @Test
    void dirAndClassAttribute() {
        assertPrints("""
            import math
            class A:
                z = 1
                def m(self): pass
            a = A()
            a.x = 2
            print([n for n in dir(a) if not n.startswith("__")], "sqrt" in dir(math), "append" in dir([]), (1).__class__, a.__class__.__name__, "x".__class__.__name__)
            """,
                """
                ['m', 'x', 'z'] True True <class 'int'> A str
                """);
    }

    @Test
    void getattrSetattrHasattr() {
        assertPrints("""
            class O:
                pass
            o = O()
            setattr(o, "x", 5)
            print(getattr(o, "x"), hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", None), callable(o), callable(print))
            """,
                """
                5 True False None False True
                """);
    }
}
