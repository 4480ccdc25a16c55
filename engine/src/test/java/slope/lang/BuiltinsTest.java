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
            print(s, 2 in s, s.union({9}), s.intersection({2, 5}))
            print(s.isdisjoint([4, 5]), s.isdisjoint((3,)))
            """,
                """
                2 3
                {2, 3} True {9, 2, 3} {2}
                True False
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
    void setsOfIntsIterateInCPythonsHashOrder() {
        assertPrints("""
            print(set([20, 111, 99]))
            print(set([-7, 54, 194]))
            print(set([114, 81, 120]))
            print(set([108, -24, 115]))
            print(set([-37, 192, 174, 80, 26]))
            print(set([101, 19, 9, 143, 80]))
            print(set([98, 174, 100, 81, 61]))
            print(set([123, 180, -2, 19, 122]))
            print(set([-2, 182, 197, 93, 59, 149, -37, 131]))
            print(set([158, -24, 0, 154, 111, -30, 37, 159]))
            print(set([-33, 170, 181, 28, 81, 112, 144, 195]))
            print(set([184, 59, 142, 161, 195, 69, 61, 146]))
            print(set([165, 107, 73, 199, -6, 184, 53, -16, -31, -6, 86, 15]))
            print(set([26, 132, 71, 159, 120, 178, 37, 67, 89, 173, 58, 106]))
            print(set([49, 96, 109, 64, 109, 19, 191, 46, 134, 194, 197, -33]))
            print(set([179, 31, 115, 131, 138, 1, 138, 180, 43, 98, 191, 106]))
            print(set([105, -14, 142, 127, 14, 122, 172, 106, 28, 32, -9, -24, 83, 178, 123, 83, -18, 48, 164, -23]))
            print(set([65, 189, -2, -35, 35, 69, 156, 66, 183, -10, -29, 114, 117, 154, -29, 56, 143, 110, 44, 101]))
            print(set([185, 196, 31, 89, 20, -31, 39, -39, -21, -13, 113, 97, -32, 10, 64, 34, 116, 27, -1, 136]))
            print(set([-30, 182, 46, 40, 52, -5, 189, 180, 56, 56, 77, 182, 93, 58, 124, 181, 112, 134, 103, -14]))
            print(set([118, 200, 167, 89, 29, 70, 122, 144, 143, 20, 199, 37, 71, 26, 93, 37, 100, 46, -38, 161, 66, 108, 40, -35, 56, 117, 110, 121, -6, -25, 122, 120, 45, 79, 50, 133, 194, 50, 115, 140, 31, 148, 85, -35, 110, -25, 133, -35, 54, 24]))
            print(set([120, 76, 36, 111, 113, 41, 5, 53, 7, 40, 154, 54, 176, 112, 27, 36, 161, 56, -14, 157, 168, -34, 105, 135, 148, -7, 39, 88, 16, 127, 165, 28, 21, 43, 7, 133, 71, 126, 138, -16, -14, 113, 42, 45, 132, 173, 17, 72, 167, 179]))
            print(set([3, -20, 46, 149, 126, 15, 186, 105, 75, 29, 17, 161, -10, -32, 95, 8, 40, 166, 174, 174, 107, 6, 181, 31, 47, 166, 171, 124, -19, 166, 118, 48, 110, -7, 67, 34, 92, 163, 177, 29, 78, 48, 122, 66, 34, 67, 105, 64, -31, 195]))
            print(set([65, -1, 11, -39, 82, 173, 185, 119, 90, 71, 103, 197, 143, 16, -32, 150, 76, 174, 152, 129, 151, 92, 33, 99, 47, 187, 18, 180, -23, 179, 110, 33, -10, 167, 22, -29, -32, 191, 165, 137, 91, 196, 10, 189, 186, 190, 70, 107, -28, -37]))
            print({3, 1, 2}, {True, 0, 5}, set(range(20, 0, -1)), {2**40, 5, 2**62})
            s = set()
            for i in [9, 17, 1, 33, 25]:
                s.add(i)
            print(s, list(s), sorted(s))
            """,
                """
                {99, 20, 111}
                {-7, 194, 54}
                {120, 81, 114}
                {-24, 115, 108}
                {192, 174, 80, 26, -37}
                {101, 9, 143, 80, 19}
                {98, 100, 174, 81, 61}
                {19, 180, 122, 123, -2}
                {131, 197, -37, 149, 182, 59, 93, -2}
                {0, -30, 37, -24, 111, 154, 158, 159}
                {195, 170, 112, 81, 144, 181, 28, -33}
                {161, 195, 69, 142, 146, 184, 59, 61}
                {-31, 165, 199, 73, 107, 15, -16, 53, 86, 184, -6}
                {67, 132, 37, 58, 71, 106, 173, 178, 120, 89, 26, 159}
                {96, 64, 194, 197, 134, 109, 46, 49, 19, -33, 191}
                {1, 98, 131, 191, 138, 43, 106, 115, 179, 180, 31}
                {14, 142, 28, 32, 164, 172, 48, 178, 83, -24, 105, 106, -23, -18, -14, -9, 122, 123, 127}
                {143, 154, 156, 35, 44, 183, 56, 189, 65, 66, 69, -35, -29, 101, 110, 114, 117, -10, -2}
                {136, 10, 20, 27, 31, 34, 39, 185, 64, 196, 89, -39, -32, -31, 97, -21, 113, -13, 116, -1}
                {-30, 134, 103, 40, 77, 46, 112, -14, 52, 180, 182, 93, 56, 181, 58, -5, 124, 189}
                {133, 140, 143, 144, 20, 148, 24, 26, 29, 31, 161, 37, 167, 40, 45, 46, 50, 54, 56, 66, 194, 70, 199, 200, 71, 79, 85, 89, -38, 93, -35, -6, 100, -25, 108, 110, 115, 117, 118, 120, 121, 122}
                {132, 5, 133, 7, 135, 138, 16, 17, 148, 21, 154, 27, 28, 157, 161, 36, 165, 39, 40, 41, 168, 43, 42, 45, 173, 167, 176, 179, 53, 54, 56, 71, 72, 76, 88, -34, 105, 111, 112, 113, -14, -16, 120, -7, 126, 127}
                {3, 6, 8, 15, 17, 149, 29, 31, 161, 34, 163, 166, 40, 171, 46, 174, 47, 48, 177, 181, 186, 64, 66, 67, 195, 75, 78, 92, 95, -32, -31, 105, 107, -20, -19, 110, -10, 118, -7, 122, 124, 126}
                {129, 137, 10, 11, 143, 16, 18, 150, 151, 152, 22, 33, 165, 167, 173, 174, 47, 179, 180, 185, 186, 187, 189, 190, 191, 65, 196, 197, 70, 71, 76, 82, -39, 90, 91, 92, -37, -32, 99, -29, -28, 103, -23, 107, 110, -10, 119, -1}
                {1, 2, 3} {0, True, 5} {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20} {1099511627776, 4611686018427387904, 5}
                {33, 1, 9, 17, 25} [33, 1, 9, 17, 25] [1, 9, 17, 25, 33]
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

    @Test
    void strCountTakesStartAndEndAndAsciiEscapesNonAscii() {
        assertPrints("""
            s = "a\\nbb\\nccc\\n"
            print(s.count("\\n", 0, 5), s.count("\\n", 3), s.count("c", -3, -1), s.count("", 2, 4))
            print(ascii(["\\xe9", "\\u2603", "\\U0001f600", "a\\n"]), ascii("x"), ascii(1.5))
            """,
                """
                2 2 2 3
                ['\\xe9', '\\u2603', '\\U0001f600', 'a\\n'] 'x' 1.5
                """);
    }
}
