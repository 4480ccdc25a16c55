package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Every statement kind: assignment and unpacking, control flow, loops, with, try, del, assert, global. Expected output is what CPython 3.11 prints for the same source. */
class StatementTest {
    @Test
    void assignmentUnpacksTuplesListsAndNestedTargets() {
        assertPrints("""
            a, b = 1, 2
            a, b = b, a
            (g,) = [7]
            [c, d] = "xy"
            (e, (f, h)) = (1, (2, 3))
            x = y = 0
            print(a, b, g, c, d, e, f, h, x, y)
            """,
                """
                2 1 7 x y 1 2 3 0 0
                """);
    }

    @Test
    void augmentedAssignmentOnNamesAttributesAndSubscripts() {
        assertPrints("""
            class Box:
                pass
            b = Box()
            b.v = 10
            xs = [1, 2]
            d = {"k": 1}
            n = 7
            n += 1; n -= 2; n *= 3; n //= 4; n %= 3; n **= 3
            f = 5.0
            f /= 2
            b.v += 5
            xs[0] += 10
            d["k"] *= 4
            xs += [3]
            print(n, f, b.v, xs, d)
            """,
                """
                1 2.5 15 [11, 2, 3] {'k': 4}
                """);
    }

    @Test
    void augmentedAssignmentOnAListMutatesItInPlace() {
        assertPrints("""
            a = [1]
            b = a
            a += [2]
            print(b)
            """,
                """
                [1, 2]
                """);
    }

    @Test
    void ifElifElse() {
        assertPrints("""
            for x in [-1, 0, 1]:
                if x < 0:
                    print("neg")
                elif x == 0:
                    print("zero")
                else:
                    print("pos")
            """,
                """
                neg
                zero
                pos
                """);
    }

    @Test
    void forOverRangesListsTuplesStringsAndDicts() {
        assertPrints("""
            for i in range(3): print(i, end=" ")
            for i in range(10, 0, -3): print(i, end=" ")
            for c in "ab": print(c, end=" ")
            for k in {"x": 1, "y": 2}: print(k, end=" ")
            for t in (1.5, None): print(t, end=" ")
            print()
            """,
                "0 1 2 10 7 4 1 a b x y 1.5 None \n");
    }

    @Test
    void forWithEnumerateZipAndNestedUnpacking() {
        assertPrints("""
            for i, (a, b) in enumerate(zip([1, 2], ["p", "q"]), start=1):
                print(i, a, b)
            for k, v in {"a": 1}.items():
                print(k, v)
            """,
                """
                1 1 p
                2 2 q
                a 1
                """);
    }

    @Test
    void whileWithBreakContinueAndElse() {
        assertPrints("""
            i = 0
            while True:
                i += 1
                if i % 2:
                    continue
                if i > 6:
                    break
                print(i)
            for n in range(3):
                pass
            else:
                print("loop finished")
            for n in range(3):
                if n == 1:
                    break
            else:
                print("not printed")
            k = 3
            while k:
                k -= 1
            else:
                print("while else", k)
            """,
                """
                2
                4
                6
                loop finished
                while else 0
                """);
    }

    @Test
    void loopVariableKeepsItsLastValue() {
        assertPrints("""
            for i in range(5):
                pass
            print(i)
            """,
                """
                4
                """);
    }

    @Test
    void passDoesNothing() {
        assertPrints("""
            if True:
                pass
            print("ok")
            """,
                """
                ok
                """);
    }

    @Test
    void withCallsEnterAndExit() {
        assertPrints("""
            class Ctx:
                def __init__(self, name):
                    self.name = name
                def __enter__(self):
                    print("enter", self.name)
                    return self
                def __exit__(self, exc_type, exc, tb):
                    print("exit", self.name, exc_type.__name__ if exc_type else None)
                    return True
            with Ctx("a") as c, Ctx("b"):
                print("body", c.name)
            with Ctx("c"):
                raise ValueError("swallowed")
            print("after")
            """,
                """
                enter a
                enter b
                body a
                exit b None
                exit a None
                enter c
                exit c ValueError
                after
                """);
    }

    @Test
    void tryExceptElseFinally() {
        assertPrints("""
            def f(x):
                try:
                    r = 10 / x
                except ZeroDivisionError as e:
                    print("error:", e)
                    return "handled"
                else:
                    print("no error")
                    return r
                finally:
                    print("finally")
            print(f(2))
            print(f(0))
            """,
                """
                no error
                finally
                5.0
                error: division by zero
                finally
                handled
                """);
    }

    @Test
    void anExceptionInElseIsNotCaughtByTheTrysHandlers() {
        assertPrints("""
            try:
                try:
                    pass
                except ValueError:
                    print('wrongly caught')
                else:
                    raise ValueError('escapes')
                finally:
                    print('finally')
            except ValueError as e:
                print('outer', e)
            """,
                """
                finally
                outer escapes
                """);
    }

    @Test
    void exceptMatchesBaseClassesAndTuples() {
        assertPrints("""
            for bad in [lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: undefined_name]:
                try:
                    bad()
                except (IndexError, KeyError) as e:
                    print("lookup", type(e).__name__, e)
                except Exception as e:
                    print("other", type(e).__name__, e)
            """,
                """
                lookup IndexError list index out of range
                lookup KeyError 'k'
                other ValueError invalid literal for int() with base 10: 'x'
                other NameError name 'undefined_name' is not defined
                """);
    }

    @Test
    void bareRaiseReraisesTheCurrentException() {
        assertPrints("""
            try:
                try:
                    raise KeyError("inner")
                except KeyError:
                    print("logging")
                    raise
            except LookupError as e:
                print("outer", repr(e))
            """,
                """
                logging
                outer KeyError('inner')
                """);
    }

    @Test
    void userExceptionsCarryArgs() {
        assertPrints("""
            class TrainingError(Exception):
                def __init__(self, step, msg):
                    super().__init__(f"step {step}: {msg}")
                    self.step = step
            try:
                raise TrainingError(3, "nan loss")
            except TrainingError as e:
                print(e, e.step, e.args)
            """,
                """
                step 3: nan loss 3 ('step 3: nan loss',)
                """);
    }

    @Test
    void raiseOfAClassInstantiatesIt() {
        assertPrints("""
            try:
                raise ValueError
            except ValueError as e:
                print(repr(e))
            """,
                """
                ValueError()
                """);
    }

    @Test
    void assertPassesOrRaises() {
        assertFails("""
            assert 1 + 1 == 2
            assert [], "empty list is falsy"
            """,
                "AssertionError: empty list is falsy", 2);
    }

    @Test
    void delRemovesNamesItemsAndAttributes() {
        assertFails("""
            x = 1
            d = {"a": 1, "b": 2}
            del d["a"]
            print(d)
            del x
            print(x)
            """,
                "NameError: name 'x' is not defined", 6, """
                {'b': 2}
                """);
    }

    @Test
    void globalStatementWritesModuleVariables() {
        assertPrints("""
            count = 0
            def bump():
                global count
                count += 1
            bump(); bump()
            print(count)
            """,
                """
                2
                """);
    }

    @Test
    void importStatementsBindModulesAndNames() {
        assertPrints("""
            import math
            import math as m
            from math import sqrt, pi as PI
            print(math.sqrt(16), m.floor(2.7), sqrt(9), round(PI, 4))
            """,
                """
                4.0 2 3.0 3.1416
                """);
    }

    @Test
    void annotatedAssignment() {
        assertPrints("""
            x: int = 5
            y: float
            print(x)
            """,
                """
                5
                """);
    }

    @Test
    void assignmentExpressionsBindInTheScopeAroundComprehensions() {
        assertPrints("""
            data = [3, 8, 1, 9, 4]
            if (n := len(data)) > 3:
                print("long list", n)
            i = 0
            while (x := data[i]) != 1:
                i += 1
            print(i, x)
            print([y for v in data if (y := v * 2) > 6], y)
            def f():
                total = [s := 0, [s := s + v for v in range(4)]]
                return s, total
            print(f())
            print([(z := v) + z for v in range(3)], z)
            """,
                """
                long list 5
                2 1
                [16, 18, 8] 8
                (6, [0, [0, 1, 3, 6]])
                [0, 2, 4] 2
                """);
        assertFails("(a.b := 1)\n", "SyntaxError: cannot use assignment expressions with attribute", 1, 2);
    }

    @Test
    void raiseFromSetsCauseAndHandlingSetsContext() {
        // __context__ is the very exception the enclosing except clause bound, set when the new one is raised
        assertPrints("""
            class MyError(Exception):
                pass
            try:
                try:
                    1 / 0
                except ZeroDivisionError as e:
                    raise ValueError("bad") from e
            except ValueError as e:
                print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.args)
            def wrap():
                try:
                    {}["k"]
                except KeyError as k:
                    raise MyError("wrapped", 3)
            try:
                wrap()
            except MyError as e:
                print(e.__cause__, repr(e.__context__), e.__suppress_context__, e.args, e.__traceback__ is None or True)
            try:
                raise RuntimeError("x") from None
            except RuntimeError as e:
                print(e.__cause__, e.__suppress_context__, e.__context__)
            try:
                try:
                    raise ValueError("inner")
                except ValueError as inner:
                    try:
                        raise TypeError("t") from KeyError
                    except TypeError as t:
                        print(repr(t.__cause__), t.__context__ is inner)
            except TypeError:
                pass
            try:
                raise ValueError from 3
            except TypeError as e:
                print(e)
            e = ValueError("a", 1)
            print(e.args, e.__cause__, e.__context__, e.__traceback__, str(e), repr(e))
            """,
                """
                ZeroDivisionError('division by zero') ZeroDivisionError('division by zero') True ('bad',)
                None KeyError('k') False ('wrapped', 3) True
                None True None
                KeyError() True
                exception causes must derive from BaseException
                ('a', 1) None None None ('a', 1) ValueError('a', 1)
                """);
    }

    @Test
    void builtinIteratorsHaveDunderNext() {
        // iter(x).__next__() is next(); exhausted, it raises StopIteration
        assertPrints("""
            it = iter([1, 2])
            print(it.__next__(), next(it), next(it, "done"), it.__iter__() is it)
            try:
                it.__next__()
            except StopIteration as s:
                print("StopIteration", s.args)
            g = (x * 2 for x in range(3))
            print(g.__next__(), next(g), list(g))
            print(iter((5, 6)).__next__(), iter("ab").__next__(), iter({"k": 1}).__next__(), iter(range(3)).__next__())
            """,
                """
                1 2 done True
                StopIteration ()
                0 2 [4]
                5 a k 0
                """);
    }
}
