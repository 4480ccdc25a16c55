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
    void keywordsAndMappingsArriveInCallOrder() {
        assertPrints("""
            def f(a=0, **kw):
                return a, kw
            extra = {'y': 5, 'z': 6}
            print(f(b=1, **{'x': 2, 'w': 3}, c=4))
            print(f(1, **extra), f(**{'a': 7}, q=8))
            print(dict(**extra, v=9), dict(sorted(extra.items()), **{'u': 1}))
            """,
                """
                (0, {'b': 1, 'x': 2, 'w': 3, 'c': 4})
                (1, {'y': 5, 'z': 6}) (7, {'q': 8})
                {'y': 5, 'z': 6, 'v': 9} {'y': 5, 'z': 6, 'u': 1}
                """);
    }

    @Test
    void aKeywordGivenTwiceIsATypeError() {
        assertPrints("""
            def f(**kw):
                return kw
            try:
                f(a=1, **{'a': 2})
            except TypeError as e:
                print('TypeError')
            try:
                f(**{'a': 2}, a=1)
            except TypeError as e:
                print('TypeError')
            print(f(**{'a': 2}))
            """,
                """
                TypeError
                TypeError
                {'a': 2}
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
    void argumentBindingForEverySignature() {
        assertPrints("""
            def f0(): return ()
            def f1(a): return (a,)
            def f2(a, b=2): return (a, b)
            def f3(*args): return args
            def f4(**kw): return kw
            def f5(a, *args, **kw): return (a, args, kw)
            def f6(a, *, k, m=5): return (a, k, m)
            def f7(a, b=1, *rest, c=3, **kw): return (a, b, rest, c, kw)
            try:
                print("f0()", f0())
            except TypeError as e:
                print("f0()", 'TypeError', e)
            try:
                print("f0(1)", f0(1))
            except TypeError as e:
                print("f0(1)", 'TypeError', e)
            try:
                print("f0(1, 2)", f0(1, 2))
            except TypeError as e:
                print("f0(1, 2)", 'TypeError', e)
            try:
                print("f0(1, 2, 3)", f0(1, 2, 3))
            except TypeError as e:
                print("f0(1, 2, 3)", 'TypeError', e)
            try:
                print("f0(a=1)", f0(a=1))
            except TypeError as e:
                print("f0(a=1)", 'TypeError', e)
            try:
                print("f0(1, b=9)", f0(1, b=9))
            except TypeError as e:
                print("f0(1, b=9)", 'TypeError', e)
            try:
                print("f0(1, k=2)", f0(1, k=2))
            except TypeError as e:
                print("f0(1, k=2)", 'TypeError', e)
            try:
                print("f0(1, z=0)", f0(1, z=0))
            except TypeError as e:
                print("f0(1, z=0)", 'TypeError', e)
            try:
                print("f0(*[1, 2])", f0(*[1, 2]))
            except TypeError as e:
                print("f0(*[1, 2])", 'TypeError', e)
            try:
                print("f0(**{'a': 1, 'k': 2})", f0(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f0(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f0(1, 2, c=4, d=5)", f0(1, 2, c=4, d=5))
            except TypeError as e:
                print("f0(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f0(b=1, a=2)", f0(b=1, a=2))
            except TypeError as e:
                print("f0(b=1, a=2)", 'TypeError', e)
            try:
                print("f1()", f1())
            except TypeError as e:
                print("f1()", 'TypeError', e)
            try:
                print("f1(1)", f1(1))
            except TypeError as e:
                print("f1(1)", 'TypeError', e)
            try:
                print("f1(1, 2)", f1(1, 2))
            except TypeError as e:
                print("f1(1, 2)", 'TypeError', e)
            try:
                print("f1(1, 2, 3)", f1(1, 2, 3))
            except TypeError as e:
                print("f1(1, 2, 3)", 'TypeError', e)
            try:
                print("f1(a=1)", f1(a=1))
            except TypeError as e:
                print("f1(a=1)", 'TypeError', e)
            try:
                print("f1(1, b=9)", f1(1, b=9))
            except TypeError as e:
                print("f1(1, b=9)", 'TypeError', e)
            try:
                print("f1(1, k=2)", f1(1, k=2))
            except TypeError as e:
                print("f1(1, k=2)", 'TypeError', e)
            try:
                print("f1(1, z=0)", f1(1, z=0))
            except TypeError as e:
                print("f1(1, z=0)", 'TypeError', e)
            try:
                print("f1(*[1, 2])", f1(*[1, 2]))
            except TypeError as e:
                print("f1(*[1, 2])", 'TypeError', e)
            try:
                print("f1(**{'a': 1, 'k': 2})", f1(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f1(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f1(1, 2, c=4, d=5)", f1(1, 2, c=4, d=5))
            except TypeError as e:
                print("f1(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f1(b=1, a=2)", f1(b=1, a=2))
            except TypeError as e:
                print("f1(b=1, a=2)", 'TypeError', e)
            try:
                print("f2()", f2())
            except TypeError as e:
                print("f2()", 'TypeError', e)
            try:
                print("f2(1)", f2(1))
            except TypeError as e:
                print("f2(1)", 'TypeError', e)
            try:
                print("f2(1, 2)", f2(1, 2))
            except TypeError as e:
                print("f2(1, 2)", 'TypeError', e)
            try:
                print("f2(1, 2, 3)", f2(1, 2, 3))
            except TypeError as e:
                print("f2(1, 2, 3)", 'TypeError', e)
            try:
                print("f2(a=1)", f2(a=1))
            except TypeError as e:
                print("f2(a=1)", 'TypeError', e)
            try:
                print("f2(1, b=9)", f2(1, b=9))
            except TypeError as e:
                print("f2(1, b=9)", 'TypeError', e)
            try:
                print("f2(1, k=2)", f2(1, k=2))
            except TypeError as e:
                print("f2(1, k=2)", 'TypeError', e)
            try:
                print("f2(1, z=0)", f2(1, z=0))
            except TypeError as e:
                print("f2(1, z=0)", 'TypeError', e)
            try:
                print("f2(*[1, 2])", f2(*[1, 2]))
            except TypeError as e:
                print("f2(*[1, 2])", 'TypeError', e)
            try:
                print("f2(**{'a': 1, 'k': 2})", f2(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f2(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f2(1, 2, c=4, d=5)", f2(1, 2, c=4, d=5))
            except TypeError as e:
                print("f2(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f2(b=1, a=2)", f2(b=1, a=2))
            except TypeError as e:
                print("f2(b=1, a=2)", 'TypeError', e)
            try:
                print("f3()", f3())
            except TypeError as e:
                print("f3()", 'TypeError', e)
            try:
                print("f3(1)", f3(1))
            except TypeError as e:
                print("f3(1)", 'TypeError', e)
            try:
                print("f3(1, 2)", f3(1, 2))
            except TypeError as e:
                print("f3(1, 2)", 'TypeError', e)
            try:
                print("f3(1, 2, 3)", f3(1, 2, 3))
            except TypeError as e:
                print("f3(1, 2, 3)", 'TypeError', e)
            try:
                print("f3(a=1)", f3(a=1))
            except TypeError as e:
                print("f3(a=1)", 'TypeError', e)
            try:
                print("f3(1, b=9)", f3(1, b=9))
            except TypeError as e:
                print("f3(1, b=9)", 'TypeError', e)
            try:
                print("f3(1, k=2)", f3(1, k=2))
            except TypeError as e:
                print("f3(1, k=2)", 'TypeError', e)
            try:
                print("f3(1, z=0)", f3(1, z=0))
            except TypeError as e:
                print("f3(1, z=0)", 'TypeError', e)
            try:
                print("f3(*[1, 2])", f3(*[1, 2]))
            except TypeError as e:
                print("f3(*[1, 2])", 'TypeError', e)
            try:
                print("f3(**{'a': 1, 'k': 2})", f3(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f3(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f3(1, 2, c=4, d=5)", f3(1, 2, c=4, d=5))
            except TypeError as e:
                print("f3(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f3(b=1, a=2)", f3(b=1, a=2))
            except TypeError as e:
                print("f3(b=1, a=2)", 'TypeError', e)
            try:
                print("f4()", f4())
            except TypeError as e:
                print("f4()", 'TypeError', e)
            try:
                print("f4(1)", f4(1))
            except TypeError as e:
                print("f4(1)", 'TypeError', e)
            try:
                print("f4(1, 2)", f4(1, 2))
            except TypeError as e:
                print("f4(1, 2)", 'TypeError', e)
            try:
                print("f4(1, 2, 3)", f4(1, 2, 3))
            except TypeError as e:
                print("f4(1, 2, 3)", 'TypeError', e)
            try:
                print("f4(a=1)", f4(a=1))
            except TypeError as e:
                print("f4(a=1)", 'TypeError', e)
            try:
                print("f4(1, b=9)", f4(1, b=9))
            except TypeError as e:
                print("f4(1, b=9)", 'TypeError', e)
            try:
                print("f4(1, k=2)", f4(1, k=2))
            except TypeError as e:
                print("f4(1, k=2)", 'TypeError', e)
            try:
                print("f4(1, z=0)", f4(1, z=0))
            except TypeError as e:
                print("f4(1, z=0)", 'TypeError', e)
            try:
                print("f4(*[1, 2])", f4(*[1, 2]))
            except TypeError as e:
                print("f4(*[1, 2])", 'TypeError', e)
            try:
                print("f4(**{'a': 1, 'k': 2})", f4(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f4(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f4(1, 2, c=4, d=5)", f4(1, 2, c=4, d=5))
            except TypeError as e:
                print("f4(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f4(b=1, a=2)", f4(b=1, a=2))
            except TypeError as e:
                print("f4(b=1, a=2)", 'TypeError', e)
            try:
                print("f5()", f5())
            except TypeError as e:
                print("f5()", 'TypeError', e)
            try:
                print("f5(1)", f5(1))
            except TypeError as e:
                print("f5(1)", 'TypeError', e)
            try:
                print("f5(1, 2)", f5(1, 2))
            except TypeError as e:
                print("f5(1, 2)", 'TypeError', e)
            try:
                print("f5(1, 2, 3)", f5(1, 2, 3))
            except TypeError as e:
                print("f5(1, 2, 3)", 'TypeError', e)
            try:
                print("f5(a=1)", f5(a=1))
            except TypeError as e:
                print("f5(a=1)", 'TypeError', e)
            try:
                print("f5(1, b=9)", f5(1, b=9))
            except TypeError as e:
                print("f5(1, b=9)", 'TypeError', e)
            try:
                print("f5(1, k=2)", f5(1, k=2))
            except TypeError as e:
                print("f5(1, k=2)", 'TypeError', e)
            try:
                print("f5(1, z=0)", f5(1, z=0))
            except TypeError as e:
                print("f5(1, z=0)", 'TypeError', e)
            try:
                print("f5(*[1, 2])", f5(*[1, 2]))
            except TypeError as e:
                print("f5(*[1, 2])", 'TypeError', e)
            try:
                print("f5(**{'a': 1, 'k': 2})", f5(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f5(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f5(1, 2, c=4, d=5)", f5(1, 2, c=4, d=5))
            except TypeError as e:
                print("f5(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f5(b=1, a=2)", f5(b=1, a=2))
            except TypeError as e:
                print("f5(b=1, a=2)", 'TypeError', e)
            try:
                print("f6()", f6())
            except TypeError as e:
                print("f6()", 'TypeError', e)
            try:
                print("f6(1)", f6(1))
            except TypeError as e:
                print("f6(1)", 'TypeError', e)
            try:
                print("f6(1, 2)", f6(1, 2))
            except TypeError as e:
                print("f6(1, 2)", 'TypeError', e)
            try:
                print("f6(1, 2, 3)", f6(1, 2, 3))
            except TypeError as e:
                print("f6(1, 2, 3)", 'TypeError', e)
            try:
                print("f6(a=1)", f6(a=1))
            except TypeError as e:
                print("f6(a=1)", 'TypeError', e)
            try:
                print("f6(1, b=9)", f6(1, b=9))
            except TypeError as e:
                print("f6(1, b=9)", 'TypeError', e)
            try:
                print("f6(1, k=2)", f6(1, k=2))
            except TypeError as e:
                print("f6(1, k=2)", 'TypeError', e)
            try:
                print("f6(1, z=0)", f6(1, z=0))
            except TypeError as e:
                print("f6(1, z=0)", 'TypeError', e)
            try:
                print("f6(*[1, 2])", f6(*[1, 2]))
            except TypeError as e:
                print("f6(*[1, 2])", 'TypeError', e)
            try:
                print("f6(**{'a': 1, 'k': 2})", f6(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f6(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f6(1, 2, c=4, d=5)", f6(1, 2, c=4, d=5))
            except TypeError as e:
                print("f6(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f6(b=1, a=2)", f6(b=1, a=2))
            except TypeError as e:
                print("f6(b=1, a=2)", 'TypeError', e)
            try:
                print("f7()", f7())
            except TypeError as e:
                print("f7()", 'TypeError', e)
            try:
                print("f7(1)", f7(1))
            except TypeError as e:
                print("f7(1)", 'TypeError', e)
            try:
                print("f7(1, 2)", f7(1, 2))
            except TypeError as e:
                print("f7(1, 2)", 'TypeError', e)
            try:
                print("f7(1, 2, 3)", f7(1, 2, 3))
            except TypeError as e:
                print("f7(1, 2, 3)", 'TypeError', e)
            try:
                print("f7(a=1)", f7(a=1))
            except TypeError as e:
                print("f7(a=1)", 'TypeError', e)
            try:
                print("f7(1, b=9)", f7(1, b=9))
            except TypeError as e:
                print("f7(1, b=9)", 'TypeError', e)
            try:
                print("f7(1, k=2)", f7(1, k=2))
            except TypeError as e:
                print("f7(1, k=2)", 'TypeError', e)
            try:
                print("f7(1, z=0)", f7(1, z=0))
            except TypeError as e:
                print("f7(1, z=0)", 'TypeError', e)
            try:
                print("f7(*[1, 2])", f7(*[1, 2]))
            except TypeError as e:
                print("f7(*[1, 2])", 'TypeError', e)
            try:
                print("f7(**{'a': 1, 'k': 2})", f7(**{'a': 1, 'k': 2}))
            except TypeError as e:
                print("f7(**{'a': 1, 'k': 2})", 'TypeError', e)
            try:
                print("f7(1, 2, c=4, d=5)", f7(1, 2, c=4, d=5))
            except TypeError as e:
                print("f7(1, 2, c=4, d=5)", 'TypeError', e)
            try:
                print("f7(b=1, a=2)", f7(b=1, a=2))
            except TypeError as e:
                print("f7(b=1, a=2)", 'TypeError', e)
            class K:
                def m(self, a, b=2, **kw): return (a, b, kw)
            k = K()
            print(k.m(1), k.m(1, 2), k.m(a=1), k.m(1, x=3))
            try:
                k.m()
            except TypeError as e:
                print(e)
            try:
                k.m(1, 2, 3)
            except TypeError as e:
                print(e)
            """,
                """
                f0() ()
                f0(1) TypeError f0() takes 0 positional arguments but 1 was given
                f0(1, 2) TypeError f0() takes 0 positional arguments but 2 were given
                f0(1, 2, 3) TypeError f0() takes 0 positional arguments but 3 were given
                f0(a=1) TypeError f0() got an unexpected keyword argument 'a'
                f0(1, b=9) TypeError f0() got an unexpected keyword argument 'b'
                f0(1, k=2) TypeError f0() got an unexpected keyword argument 'k'
                f0(1, z=0) TypeError f0() got an unexpected keyword argument 'z'
                f0(*[1, 2]) TypeError f0() takes 0 positional arguments but 2 were given
                f0(**{'a': 1, 'k': 2}) TypeError f0() got an unexpected keyword argument 'a'
                f0(1, 2, c=4, d=5) TypeError f0() got an unexpected keyword argument 'c'
                f0(b=1, a=2) TypeError f0() got an unexpected keyword argument 'b'
                f1() TypeError f1() missing 1 required positional argument: 'a'
                f1(1) (1,)
                f1(1, 2) TypeError f1() takes 1 positional argument but 2 were given
                f1(1, 2, 3) TypeError f1() takes 1 positional argument but 3 were given
                f1(a=1) (1,)
                f1(1, b=9) TypeError f1() got an unexpected keyword argument 'b'
                f1(1, k=2) TypeError f1() got an unexpected keyword argument 'k'
                f1(1, z=0) TypeError f1() got an unexpected keyword argument 'z'
                f1(*[1, 2]) TypeError f1() takes 1 positional argument but 2 were given
                f1(**{'a': 1, 'k': 2}) TypeError f1() got an unexpected keyword argument 'k'
                f1(1, 2, c=4, d=5) TypeError f1() got an unexpected keyword argument 'c'
                f1(b=1, a=2) TypeError f1() got an unexpected keyword argument 'b'
                f2() TypeError f2() missing 1 required positional argument: 'a'
                f2(1) (1, 2)
                f2(1, 2) (1, 2)
                f2(1, 2, 3) TypeError f2() takes from 1 to 2 positional arguments but 3 were given
                f2(a=1) (1, 2)
                f2(1, b=9) (1, 9)
                f2(1, k=2) TypeError f2() got an unexpected keyword argument 'k'
                f2(1, z=0) TypeError f2() got an unexpected keyword argument 'z'
                f2(*[1, 2]) (1, 2)
                f2(**{'a': 1, 'k': 2}) TypeError f2() got an unexpected keyword argument 'k'
                f2(1, 2, c=4, d=5) TypeError f2() got an unexpected keyword argument 'c'
                f2(b=1, a=2) (2, 1)
                f3() ()
                f3(1) (1,)
                f3(1, 2) (1, 2)
                f3(1, 2, 3) (1, 2, 3)
                f3(a=1) TypeError f3() got an unexpected keyword argument 'a'
                f3(1, b=9) TypeError f3() got an unexpected keyword argument 'b'
                f3(1, k=2) TypeError f3() got an unexpected keyword argument 'k'
                f3(1, z=0) TypeError f3() got an unexpected keyword argument 'z'
                f3(*[1, 2]) (1, 2)
                f3(**{'a': 1, 'k': 2}) TypeError f3() got an unexpected keyword argument 'a'
                f3(1, 2, c=4, d=5) TypeError f3() got an unexpected keyword argument 'c'
                f3(b=1, a=2) TypeError f3() got an unexpected keyword argument 'b'
                f4() {}
                f4(1) TypeError f4() takes 0 positional arguments but 1 was given
                f4(1, 2) TypeError f4() takes 0 positional arguments but 2 were given
                f4(1, 2, 3) TypeError f4() takes 0 positional arguments but 3 were given
                f4(a=1) {'a': 1}
                f4(1, b=9) TypeError f4() takes 0 positional arguments but 1 was given
                f4(1, k=2) TypeError f4() takes 0 positional arguments but 1 was given
                f4(1, z=0) TypeError f4() takes 0 positional arguments but 1 was given
                f4(*[1, 2]) TypeError f4() takes 0 positional arguments but 2 were given
                f4(**{'a': 1, 'k': 2}) {'a': 1, 'k': 2}
                f4(1, 2, c=4, d=5) TypeError f4() takes 0 positional arguments but 2 were given
                f4(b=1, a=2) {'b': 1, 'a': 2}
                f5() TypeError f5() missing 1 required positional argument: 'a'
                f5(1) (1, (), {})
                f5(1, 2) (1, (2,), {})
                f5(1, 2, 3) (1, (2, 3), {})
                f5(a=1) (1, (), {})
                f5(1, b=9) (1, (), {'b': 9})
                f5(1, k=2) (1, (), {'k': 2})
                f5(1, z=0) (1, (), {'z': 0})
                f5(*[1, 2]) (1, (2,), {})
                f5(**{'a': 1, 'k': 2}) (1, (), {'k': 2})
                f5(1, 2, c=4, d=5) (1, (2,), {'c': 4, 'd': 5})
                f5(b=1, a=2) (2, (), {'b': 1})
                f6() TypeError f6() missing 1 required positional argument: 'a'
                f6(1) TypeError f6() missing 1 required keyword-only argument: 'k'
                f6(1, 2) TypeError f6() takes 1 positional argument but 2 were given
                f6(1, 2, 3) TypeError f6() takes 1 positional argument but 3 were given
                f6(a=1) TypeError f6() missing 1 required keyword-only argument: 'k'
                f6(1, b=9) TypeError f6() got an unexpected keyword argument 'b'
                f6(1, k=2) (1, 2, 5)
                f6(1, z=0) TypeError f6() got an unexpected keyword argument 'z'
                f6(*[1, 2]) TypeError f6() takes 1 positional argument but 2 were given
                f6(**{'a': 1, 'k': 2}) (1, 2, 5)
                f6(1, 2, c=4, d=5) TypeError f6() got an unexpected keyword argument 'c'
                f6(b=1, a=2) TypeError f6() got an unexpected keyword argument 'b'
                f7() TypeError f7() missing 1 required positional argument: 'a'
                f7(1) (1, 1, (), 3, {})
                f7(1, 2) (1, 2, (), 3, {})
                f7(1, 2, 3) (1, 2, (3,), 3, {})
                f7(a=1) (1, 1, (), 3, {})
                f7(1, b=9) (1, 9, (), 3, {})
                f7(1, k=2) (1, 1, (), 3, {'k': 2})
                f7(1, z=0) (1, 1, (), 3, {'z': 0})
                f7(*[1, 2]) (1, 2, (), 3, {})
                f7(**{'a': 1, 'k': 2}) (1, 1, (), 3, {'k': 2})
                f7(1, 2, c=4, d=5) (1, 2, (), 4, {'d': 5})
                f7(b=1, a=2) (2, 1, (), 3, {})
                (1, 2, {}) (1, 2, {}) (1, 2, {}) (1, 2, {'x': 3})
                K.m() missing 1 required positional argument: 'a'
                K.m() takes from 2 to 3 positional arguments but 4 were given
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
