package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Operators with Python's precedence and semantics for int, float, bool, str and containers. Expected output is what CPython 3.11 prints for the same source. */
class ExpressionTest {
    @Test
    void powerBindsTighterThanUnaryMinusAndIsRightAssociative() {
        assertPrints("""
            print(-2**2, 2**3**2, 2**-1, (-2)**2, -2**-2)
            """,
                """
                -4 512 0.5 4 -0.25
                """);
    }

    @Test
    void integerDivisionAndModuloFloorTowardMinusInfinity() {
        assertPrints("""
            print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2))
            """,
                """
                3 -4 -4 1 2 -2 (-4, 1)
                """);
    }

    @Test
    void floatFloorDivisionAndModulo() {
        assertPrints("""
            print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 5 % -2.5)
            """,
                """
                3.0 -4.0 1.5 0.5 -0.0
                """);
    }

    @Test
    void trueDivisionGivesFloat() {
        assertPrints("""
            print(7 / 2, 6 / 3, 1 / 3, 2 ** 0.5)
            """,
                """
                3.5 2.0 0.3333333333333333 1.4142135623730951
                """);
    }

    @Test
    void boolIsAnInt() {
        assertPrints("""
            print(True + 1, True * 2.5, False - 1, True & False, True | False, -True, True == 1)
            """,
                """
                2 2.5 -1 False True -1 True
                """);
    }

    @Test
    void mixedIntAndFloatArithmetic() {
        assertPrints("""
            print(1 + 2.0, 3 * 0.1, 0.1 + 0.2, 10 - 0.5, 2 ** 10, 2.0 ** 10)
            """,
                """
                3.0 0.30000000000000004 0.30000000000000004 9.5 1024 1024.0
                """);
    }

    @Test
    void chainedComparisons() {
        assertPrints("""
            x = 5
            print(1 < x < 10, 1 < x > 10, 1 == 1.0 == True, 3 > 2 >= 2 != 1)
            """,
                """
                True False True True
                """);
    }

    @Test
    void booleanOperatorsReturnOperands() {
        assertPrints("""
            print(0 or 3, 2 and 5, None or "d", 0 and 1, not 0, not [1])
            """,
                """
                3 5 d 0 True False
                """);
    }

    @Test
    void membershipAndIdentity() {
        assertPrints("""
            xs = [1, 2, 3]
            print(2 in xs, 4 not in xs, "a" in "cat", 1 in {1: 2}, None is None, xs is not None)
            """,
                """
                True True True True True True
                """);
    }

    @Test
    void conditionalExpression() {
        assertPrints("""
            x = 3
            print("big" if x > 2 else "small", "big" if x > 5 else "small")
            """,
                """
                big small
                """);
    }

    @Test
    void bitwiseOperators() {
        assertPrints("""
            print(6 & 3, 6 | 3, 6 ^ 3, ~5, 1 << 10, 1024 >> 3, -9 >> 1)
            """,
                """
                2 7 5 -6 1024 128 -5
                """);
    }

    @Test
    void sequenceOperators() {
        assertPrints("""
            print([1] + [2], [0] * 3, (1, 2) + (3,), "ab" * 3, 2 * "xy", [1, 2] < [1, 3], (1, 2) == (1, 2))
            """,
                """
                [1, 2] [0, 0, 0] (1, 2, 3) ababab xyxy True True
                """);
    }

    @Test
    void subscriptsAndSlices() {
        assertPrints("""
            xs = list(range(10))
            print(xs[0], xs[-1], xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[1:8:3])
            s = "hello"
            print(s[1], s[-1], s[1:3], s[::-1])
            t = (1, 2, 3)
            print(t[1:], t[-2])
            """,
                """
                0 9 [2, 3, 4] [0, 1, 2] [7, 8, 9] [0, 2, 4, 6, 8] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 8, 9] [1, 4, 7]
                e o el olleh
                (2, 3) 2
                """);
    }

    @Test
    void sliceAssignmentAndDeletion() {
        assertPrints("""
            xs = [0, 1, 2, 3, 4]
            xs[1:3] = ["a", "b", "c"]
            print(xs)
            del xs[0]
            del xs[-2:]
            print(xs)
            xs[::2] = [9, 9]
            print(xs)
            """,
                """
                [0, 'a', 'b', 'c', 3, 4]
                ['a', 'b', 'c']
                [9, 'b', 9]
                """);
    }

    @Test
    void listDictAndSetComprehensions() {
        assertPrints("""
            print([x * x for x in range(5) if x % 2 == 0])
            print([(i, j) for i in range(3) for j in range(i)])
            print({k: v for k, v in zip("abc", range(3))})
            print({x % 3 for x in range(10)})
            print(sum(x * x for x in range(4)), max(len(w) for w in ["a", "abc", "ab"]))
            """,
                """
                [0, 4, 16]
                [(1, 0), (2, 0), (2, 1)]
                {'a': 0, 'b': 1, 'c': 2}
                {0, 1, 2}
                14 3
                """);
    }

    @Test
    void comprehensionVariablesDoNotLeak() {
        assertPrints("""
            x = "outer"
            ys = [x for x in range(3)]
            print(x, ys)
            """,
                """
                outer [0, 1, 2]
                """);
    }

    @Test
    void lambdaExpressions() {
        assertPrints("""
            sq = lambda x: x * x
            add = lambda a, b=10: a + b
            print(sq(4), add(1), add(1, 2), (lambda: "no args")())
            print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
            """,
                """
                16 11 3 no args
                ['ccc', 'bb', 'a']
                """);
    }

    @Test
    void starredExpressions() {
        assertPrints("""
            a, *rest = [1, 2, 3, 4]
            *init, last = "abc"
            print(a, rest, init, last)
            print([*rest, *"xy"], (*rest,))
            def f(*args, **kw):
                return args, kw
            print(f(*[1, 2], 3, **{"k": 4}, z=5))
            """,
                """
                1 [2, 3, 4] ['a', 'b'] c
                [2, 3, 4, 'x', 'y'] (2, 3, 4)
                ((1, 2, 3), {'k': 4, 'z': 5})
                """);
    }
}
