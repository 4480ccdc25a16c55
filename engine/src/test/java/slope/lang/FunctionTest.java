package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** def and lambda: defaults, *args, **kwargs, keyword-only parameters, closures, recursion, decorators. Expected output is what CPython 3.11 prints for the same source. */
class FunctionTest {
    @Test
    void defaultsAndKeywordArguments() {
        assertPrints("""
            def f(a, b=2, c=3):
                return (a, b, c)
            print(f(1), f(1, 5), f(1, c=9), f(c=0, a=1))
            """,
                """
                (1, 2, 3) (1, 5, 3) (1, 2, 9) (1, 2, 0)
                """);
    }

    @Test
    void varargsAndKwargs() {
        assertPrints("""
            def f(*args, **kwargs):
                return args, kwargs
            def g(a, *rest, key=None, **extra):
                return a, rest, key, extra
            print(f(), f(1, 2, x=3))
            print(g(1, 2, 3, key="k", z=0))
            """,
                """
                ((), {}) ((1, 2), {'x': 3})
                (1, (2, 3), 'k', {'z': 0})
                """);
    }

    @Test
    void kwargsIsAnEmptyDictWhenNoKeywordsArePassed() {
        assertPrints("""
            def f(a, **kw):
                return a, kw
            print(f(1))
            """,
                """
                (1, {})
                """);
    }

    @Test
    void defaultsAreEvaluatedOnce() {
        assertPrints("""
            def f(x, acc=[]):
                acc.append(x)
                return acc
            f(1)
            print(f(2))
            """,
                """
                [1, 2]
                """);
    }

    @Test
    void closuresReadAndRebindEnclosingVariables() {
        assertPrints("""
            def make_counter():
                count = 0
                def step(by=1):
                    nonlocal count
                    count += by
                    return count
                return step
            c = make_counter()
            c(); c(5)
            print(c())
            def adders():
                return [lambda x, i=i: x + i for i in range(3)]
            print([f(10) for f in adders()])
            def late():
                fs = [lambda: i for i in range(3)]
                return [f() for f in fs]
            print(late())
            """,
                """
                7
                [10, 11, 12]
                [2, 2, 2]
                """);
    }

    @Test
    void nestedFunctionsSeeLaterAssignments() {
        assertPrints("""
            def outer():
                def inner():
                    return value * 2
                value = 21
                return inner()
            print(outer())
            """,
                """
                42
                """);
    }

    @Test
    void recursion() {
        assertPrints("""
            def fact(n):
                return 1 if n <= 1 else n * fact(n - 1)
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fact(20), fib(20))
            """,
                """
                2432902008176640000 6765
                """);
    }

    @Test
    void decorators() {
        assertPrints("""
            def twice(fn):
                def wrapper(*args):
                    return fn(fn(*args))
                return wrapper
            @twice
            def inc(x):
                return x + 1
            print(inc(5), inc.__name__)
            """,
                """
                7 wrapper
                """);
    }

    @Test
    void functionsAreValues() {
        assertPrints("""
            def square(x):
                return x * x
            ops = {"sq": square, "neg": lambda x: -x}
            print(ops["sq"](3), ops["neg"](3), list(map(square, [1, 2])), square.__name__)
            """,
                """
                9 -3 [1, 4] square
                """);
    }

    @Test
    void returnWithoutValueGivesNone() {
        assertPrints("""
            def f():
                return
            def g():
                pass
            print(f(), g())
            """,
                """
                None None
                """);
    }

    @Test
    void returnTuple() {
        assertPrints("""
            def f():
                return 1, 2
            a, b = f()
            print(a, b, f())
            """,
                """
                1 2 (1, 2)
                """);
    }

    @Test
    void missingArgument() {
        assertFails("""
            def f(x, y):
                return x
            f(1)
            """,
                "TypeError: f() missing 1 required positional argument: 'y'", 3);
    }

    @Test
    void tooManyArguments() {
        assertFails("""
            def f(x, y=1):
                return x
            f(1, 2, 3)
            """,
                "TypeError: f() takes from 1 to 2 positional arguments but 3 were given", 3);
    }

    @Test
    void unexpectedKeyword() {
        assertFails("""
            def f(x):
                return x
            f(1, z=2)
            """,
                "TypeError: f() got an unexpected keyword argument 'z'", 3);
    }

    @Test
    void multipleValuesForArgument() {
        assertFails("""
            def f(x):
                return x
            f(1, x=2)
            """,
                "TypeError: f() got multiple values for argument 'x'", 3);
    }

    @Test
    void missingKeywordOnlyArgument() {
        assertFails("""
            def f(*, lr):
                return lr
            f()
            """,
                "TypeError: f() missing 1 required keyword-only argument: 'lr'", 3);
    }

    @Test
    void methodErrorsUseTheQualifiedName() {
        assertFails("""
            class Net:
                def forward(self, x):
                    return x
            Net().forward()
            """,
                "TypeError: Net.forward() missing 1 required positional argument: 'x'", 4);
    }

    @Test
    void duplicateParameterNames() {
        assertFails("""
            def f(a, *, k=3, **k):
                pass
            """,
                "SyntaxError: duplicate argument 'k' in function definition", 1, 20);
    }

    @Test
    void recursionLimit() {
        assertFails("""
            def down(n):
                return down(n + 1)
            down(0)
            """,
                "RecursionError: maximum recursion depth exceeded", 2);
    }
}
