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
    void builtinTypesHaveTheContainerDundersCPythonGivesThem() {
        assertPrints("""
            for o in ([1], (1,), {1: 2}, 'ab', {1}, range(3), 3, 2.0, {1: 2}.keys()):
                print(type(o).__name__, [hasattr(o, d) for d in ('__iter__', '__len__', '__getitem__', '__contains__', '__setitem__', '__delitem__')])
            l = [3, 1]
            print(l.__len__(), l.__getitem__(-1), l.__contains__(3), list(l.__iter__()), 'ab'.__getitem__(slice(1, None)))
            l.__setitem__(0, 9); l.__delitem__(1); print(l)
            def flatten(x):
                if hasattr(x, '__iter__') and not isinstance(x, str):
                    return [y for e in x for y in flatten(e)]
                return [x]
            print(flatten([1, (2, [3, 'ab']), {4}]))
            """,
                """
                list [True, True, True, True, True, True]
                tuple [True, True, True, True, False, False]
                dict [True, True, True, True, True, True]
                str [True, True, True, True, False, False]
                set [True, True, False, True, False, False]
                range [True, True, True, True, False, False]
                int [False, False, False, False, False, False]
                float [False, False, False, False, False, False]
                dict_keys [True, True, False, True, False, False]
                2 1 True [3, 1] b
                [9]
                [1, 2, 3, 'ab', 4]
                """);
    }

    @Test
    void sliceIndicesClipsToALength() {
        assertPrints("""
            print(slice(1, None, 2).indices(5), slice(-1, None, -1).indices(3), slice(None, -7).indices(4), slice(2, 10, 3).start)
            """,
                """
                (1, 5, 2) (2, -1, -1) (0, 0, 1) 2
                """);
        assertFails("slice(0, 1).indices(-1)\n", "ValueError: length should not be negative", 1);
        assertFails("slice(0, 1, 0).indices(3)\n", "ValueError: slice step cannot be zero", 1);
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

    @Test
    void mathGammaAndSpecialFunctionsMatchCPythonDigits() {
        // gamma/lgamma as mathmodule.c computes them, cbrt as glibc (3.0000000000000004), NaN as domain and infinity as range errors
        assertPrints("""
            import math
            print(math.gamma(0.5), math.gamma(5), math.gamma(4.5), math.gamma(-1.5), math.gamma(1e-25), math.gamma(171.5), math.gamma(0.1), math.gamma(-0.5), math.gamma(30.3), math.gamma(150.2), math.gamma(-150.5), math.gamma(-250.5))
            print(math.lgamma(0.5), math.lgamma(10), math.lgamma(100.5), math.lgamma(-1.5), math.lgamma(3), math.lgamma(1e-30), math.lgamma(1e300), math.lgamma(2.5), math.lgamma(-0.5))
            print([math.gamma(x / 4) for x in range(1, 40)])
            print([math.lgamma(x / 3) for x in range(1, 40)])
            print(math.gamma(float('inf')), math.lgamma(float('-inf')), math.gamma(23), math.gamma(24), math.gamma(-0.0001))
            print(math.asinh(1.5), math.asinh(-0.3), math.acosh(1.5), math.acosh(10.0), math.atanh(0.3), math.atanh(-0.7), math.asinh(1e10), math.acosh(1e30), math.asinh(-0.0), math.acosh(1.0))
            print(math.erf(0.5), math.erf(2.0), math.erfc(0.5), math.erfc(-2.0), math.erf(0.0), math.erfc(40.0))
            for f, x in [(math.gamma, 0), (math.gamma, -2), (math.gamma, 200), (math.lgamma, 0), (math.lgamma, -3), (math.gamma, float("-inf")), (math.lgamma, 1e308), (math.acosh, 0.5), (math.atanh, 1.0), (math.exp2, 2000)]:
                try:
                    print(f(x))
                except (ValueError, OverflowError) as e:
                    print(type(e).__name__, e)
            """,
                """
                1.7724538509055159 24.0 11.631728396567446 2.3632718012073544 9.999999999999999e+24 9.483367566824801e+307 9.513507698668732 -3.544907701811032 2.4442850291542573e+31 1.0370235662989803e+261 -4.478447658150641e-264 -0.0
                0.5723649429247004 12.801827480081467 361.4355404677776 0.8600470153764812 0.693147180559945 69.07755278982137 6.897755278982137e+302 0.2846828704729196 1.265512123484645
                [3.6256099082219087, 1.7724538509055159, 1.2254167024651779, 1.0, 0.9064024770554773, 0.886226925452758, 0.9190625268488833, 1.0, 1.1330030963193463, 1.3293403881791372, 1.608359421985546, 2.0, 2.5492569667185285, 3.323350970447842, 4.42298841046025, 6.0, 8.28508514183522, 11.631728396567446, 16.586206539225937, 24.0, 35.21161185279968, 52.34277778455352, 78.78448106132322, 120.0, 184.86096222719826, 287.8852778150444, 453.0107661026085, 720.0, 1155.3810139199893, 1871.2543057977882, 3057.822671192606, 5040.0, 8376.512350919926, 14034.407293483413, 23698.125701742705, 40320.0, 69106.22689508936, 119292.46199460902, 207358.59989024868]
                [0.9854206469277675, 0.3031502751475236, 0.0, -0.11319164174034246, -0.10231483296064092, 0.0, 0.17449043071143833, 0.40851079080534936, 0.693147180559945, 1.0217882910986416, 1.3893400438170764, 1.7917594692280554, 2.225761095424576, 2.6886230279473375, 3.178053830347945, 3.6920981642180046, 4.229068068894486, 4.787491742782047, 5.366074597789677, 5.963669124282595, 6.579251212010102, 7.211901288288006, 7.860789109168477, 8.525161361065415, 9.204331452978217, 9.897671036429513, 10.604602902745249, 11.324594989178307, 12.057155285782885, 12.801827480081467, 13.558187210685402, 14.325838827101249, 15.104412573075514, 15.893562126502436, 16.692962441232865, 17.502307845873887, 18.32131036245049, 19.14969821405417, 19.987214495661885]
                inf inf 1.1240007277776077e+21 2.585201673888497e+22 -10000.577314579577
                1.1947632172871094 -0.29567304756342244 0.9624236501192069 2.993222846126381 0.30951960420311175 -0.8673005276940531 23.7189981105004 69.77069997038132 -0.0 0.0
                0.5204998778130465 0.9953222650189527 0.4795001221869535 1.9953222650189528 0.0 0.0
                ValueError math domain error
                ValueError math domain error
                OverflowError math range error
                ValueError math domain error
                ValueError math domain error
                ValueError math domain error
                OverflowError math range error
                ValueError math domain error
                ValueError math domain error
                OverflowError math range error
                """);
    }

    @Test
    void mathIntegerAndFloatDecompositionFunctions() {
        // comb/perm/isqrt/lcm on ints, frexp/ldexp/modf/remainder/nextafter/ulp on floats, and their errors
        assertPrints("""
            import math
            print(math.frexp(0.0), math.frexp(-12.5), math.frexp(5e-324), math.frexp(1.0), math.modf(-3.5), math.modf(float('inf')), math.modf(2.0), math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080), math.ldexp(3, 2))
            print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, float('inf')), math.remainder(-6, 4))
            print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-2.0), math.ulp(float('inf')), math.ulp(1.7976931348623157e308))
            print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [1, 1, 1]), math.dist([], []))
            print(math.comb(10, 3), math.comb(5, 7), math.comb(60, 30), math.comb(66, 33), math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(4, None), math.perm(20, 20))
            print(math.isqrt(99), math.isqrt(0), math.isqrt(10**18), math.isqrt(9223372036854775807), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.factorial(20), math.gcd(12, -18, 8))
            for f, args in [(math.comb, (-1, 2)), (math.comb, (3, -2)), (math.perm, (-1,)), (math.perm, (2, -1)), (math.isqrt, (-4,)), (math.ldexp, (1.0, 2000)), (math.remainder, (1, 0)), (math.dist, ((1, 2), (1,))), (math.comb, (2.5, 1)), (math.ldexp, (1.0, 2.0)), (math.remainder, (float("inf"), 1)), (math.factorial, (2.0,))]:
                try:
                    print(f(*args))
                except (ValueError, OverflowError, TypeError) as e:
                    print(type(e).__name__, e)
            """,
                """
                (0.0, 0) (-0.78125, 4) (0.5, -1073) (0.5, 1) (-0.5, -3.0) (0.0, inf) (0.0, 2.0) 12.0 5e-324 0.0 12.0
                1.0 -1.0 0.5 1.0 -1.0 3.0 2.0
                1.0000000000000002 -5e-324 1.0 2.220446049250313e-16 1.487016908477783e+284 5e-324 4.440892098500626e-16 inf 1.99584030953472e+292
                5.0 1.392838827718412 0.0
                120 0 118264581564861424 7219428434016265740 120 20 0 24 2432902008176640000
                9 0 1000000000 3037000499 60 1 0 12 2432902008176640000 2
                ValueError n must be a non-negative integer
                ValueError k must be a non-negative integer
                ValueError factorial() not defined for negative values
                ValueError k must be a non-negative integer
                ValueError isqrt() argument must be nonnegative
                OverflowError math range error
                ValueError math domain error
                ValueError both points must have the same number of dimensions
                TypeError 'float' object cannot be interpreted as an integer
                TypeError Expected an int as second argument to ldexp.
                ValueError math domain error
                TypeError 'float' object cannot be interpreted as an integer
                """);
    }
}
