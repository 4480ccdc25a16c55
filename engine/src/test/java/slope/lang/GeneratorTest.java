package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Generator functions run lazily: each next() resumes the body after the last yield. Expected output is what CPython 3.11 prints for the same source. */
class GeneratorTest {
    @Test
    void generatorsResumeAfterEachYield() {
        assertPrints("""
            import random
            def count(n):
                i = 0
                while i < n:
                    yield i
                    i += 1
            print(list(count(4)), sum(count(5)))
            def data_iter(batch_size, features, labels):
                num_examples = len(features)
                indices = list(range(num_examples))
                random.shuffle(indices)
                for i in range(0, num_examples, batch_size):
                    batch = indices[i: min(i + batch_size, num_examples)]
                    yield [features[j] for j in batch], [labels[j] for j in batch]
            random.seed(1)
            for X, y in data_iter(3, [10, 20, 30, 40, 50, 60, 70], list("abcdefg")):
                print(X, y)
            def interleave():
                print("start")
                yield 1
                print("middle")
                yield 2
                print("end")
            g = interleave()
            print("created")
            for v in g:
                print("got", v)
            print(next(g, "exhausted"))
            def nested():
                for i in range(3):
                    if i == 1:
                        continue
                    for j in range(3):
                        if j == 2:
                            break
                        yield (i, j)
                    else:
                        yield "no break"
                else:
                    yield "for else"
                yield from [7, 8]
                yield from count(2)
                return
                yield "never"
            print(list(nested()))
            def fib():
                a, b = 0, 1
                while True:
                    yield a
                    a, b = b, a + b
            f = fib()
            print([next(f) for _ in range(10)])
            def early(n):
                for i in range(n):
                    if i == 2:
                        return
                    yield i
            print(list(early(5)), type(early(1)).__name__)
            def gen_err():
                yield 1
                raise ValueError("inside")
            try:
                for v in gen_err():
                    print(v)
            except ValueError as e:
                print("caught", e)
            def cond(x):
                if x:
                    yield "yes"
                elif x is None:
                    yield "none"
                else:
                    yield "no"
            print(list(cond(1)), list(cond(None)), list(cond(0)))
            """,
                """
                [0, 1, 2, 3] 10
                [40, 70, 60] ['d', 'g', 'f']
                [30, 10, 50] ['c', 'a', 'e']
                [20] ['b']
                created
                start
                got 1
                middle
                got 2
                end
                exhausted
                [(0, 0), (0, 1), (2, 0), (2, 1), 'for else', 7, 8, 0, 1]
                [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
                [0, 1] generator
                1
                caught inside
                ['yes'] ['none'] ['no']
                """);
    }

    @Test
    void errorInsideAGeneratorReportsItsLine() {
        assertFails("""
            def g():
                yield 1
                x = 1 / 0
                yield x
            for v in g():
                print(v)
            """,
                "ZeroDivisionError: division by zero", 3, """
                1
                """);
    }

    @Test
    void tryExceptElseFinallyAroundYields() {
        // An exception inside the generator goes to its own handlers; else and finally run around the yields.
        assertPrints("""
            def safe_div(xs):
                for x in xs:
                    try:
                        yield 10 / x
                    except ZeroDivisionError as e:
                        print("caught", e)
                        yield "inf"
                    else:
                        print("else", x)
                    finally:
                        print("finally", x)
            print(list(safe_div([1, 0, 2])))
            def nested():
                try:
                    try:
                        yield "a"
                        raise KeyError("k")
                    except ValueError:
                        yield "not this handler"
                    finally:
                        yield "inner finally"
                except KeyError as e:
                    yield "outer caught " + repr(e)
                try:
                    yield "b"
                finally:
                    print("finally after b")
            print(list(nested()))
            g = nested()
            print(next(g), next(g))
            """,
                """
                else 1
                finally 1
                caught division by zero
                finally 0
                else 2
                finally 2
                [10.0, 'inf', 5.0]
                finally after b
                ['a', 'inner finally', "outer caught KeyError('k')", 'b']
                a inner finally
                """);
    }

    @Test
    void returnBreakAndContinuePassThroughFinally() {
        assertPrints("""
            def early():
                try:
                    yield 1
                    return
                finally:
                    print("cleanup on return")
                yield "never"
            print(list(early()))
            def loop():
                for i in range(5):
                    try:
                        if i == 1:
                            continue
                        if i == 3:
                            break
                        yield i
                    finally:
                        print("finally", i)
                yield "after"
            print(list(loop()))
            def finally_continues():
                i = 0
                while i < 3:
                    i += 1
                    try:
                        yield i
                        raise ValueError("dropped by continue")
                    finally:
                        continue
                yield "done"
            print(list(finally_continues()))
            def finally_returns():
                try:
                    yield 1
                    raise ValueError("dropped by return")
                finally:
                    return
            print(list(finally_returns()))
            """,
                """
                cleanup on return
                [1]
                finally 0
                finally 1
                finally 2
                finally 3
                [0, 2, 'after']
                [1, 2, 3, 'done']
                [1]
                """);
    }

    @Test
    void withBlocksEnterAndExitAroundYields() {
        // A class-based manager is entered before its body and exited with the exception or None; a true __exit__ suppresses.
        assertPrints("""
            class Manager:
                def __init__(self, name, suppress=False):
                    self.name, self.suppress = name, suppress
                def __enter__(self):
                    print("enter", self.name)
                    return self.name
                def __exit__(self, typ, value, tb):
                    print("exit", self.name, typ.__name__ if typ else None, value)
                    return self.suppress
            def managed():
                with Manager("a") as n:
                    yield n
                    yield n + "!"
                with Manager("b", True), Manager("c"):
                    yield "in b and c"
                    raise ValueError("suppressed by b")
                yield "after"
                with Manager("d"):
                    for i in range(3):
                        if i == 1:
                            return
                        yield i
            for v in managed():
                print("got", v)
            def leaky():
                with Manager("e"):
                    yield 1
                    {}["missing"]
            try:
                for v in leaky():
                    print("got", v)
            except KeyError as e:
                print("KeyError", e)
            """,
                """
                enter a
                got a
                got a!
                exit a None None
                enter b
                enter c
                got in b and c
                exit c ValueError suppressed by b
                exit b ValueError suppressed by b
                got after
                enter d
                got 0
                exit d None None
                enter e
                got 1
                exit e KeyError 'missing'
                KeyError 'missing'
                """);
    }

    @Test
    void throwRaisesAtTheYield() {
        // gen.throw raises at the suspended yield and returns the next value; a finished or unstarted generator just raises it.
        assertPrints("""
            def worker():
                while True:
                    try:
                        yield "ready"
                    except ValueError as e:
                        print("worker caught", repr(e))
                        yield "recovered"
            g = worker()
            print(next(g))
            print(g.throw(ValueError("bad")))
            print(next(g))
            print(g.throw(ValueError))
            try:
                g.throw(KeyError("k"))
            except KeyError as e:
                print("propagated", repr(e))
            print(next(g, "finished"))
            def once():
                yield 1
            g = once()
            try:
                g.throw(ValueError, "old form")
            except ValueError as e:
                print("unstarted:", e, next(g, "finished"))
            try:
                g.throw(ValueError("into a finished generator"))
            except ValueError as e:
                print(e)
            def last():
                try:
                    yield 1
                except ValueError:
                    print("handled, returning")
            g = last()
            next(g)
            try:
                g.throw(ValueError)
            except StopIteration:
                print("StopIteration")
            def inner():
                try:
                    yield "i1"
                    yield "i2"
                finally:
                    print("inner finally")
            def outer():
                try:
                    yield from inner()
                except ValueError as e:
                    print("outer got", e)
                    yield "o"
            g = outer()
            print(next(g), g.throw(ValueError("t")))
            g = outer()
            next(g)
            g.close()
            g = once()
            try:
                g.send(5)
            except TypeError as e:
                print(e)
            print(g.send(None), next(g, "finished"))
            """,
                """
                ready
                worker caught ValueError('bad')
                recovered
                ready
                worker caught ValueError()
                recovered
                propagated KeyError('k')
                finished
                unstarted: old form finished
                into a finished generator
                handled, returning
                StopIteration
                inner finally
                outer got t
                i1 o
                inner finally
                can't send non-None value to a just-started generator
                1 finished
                """);
    }

    @Test
    void closeRaisesGeneratorExitAtTheYield() {
        assertPrints("""
            def closer():
                try:
                    yield 1
                    yield 2
                except GeneratorExit:
                    print("GeneratorExit")
                    raise
                finally:
                    print("finally")
            c = closer()
            print(next(c))
            print(c.close(), c.close())
            print(next(c, "closed"))
            c = closer()
            c.close()
            print("unstarted:", next(c, "closed"))
            def catch_all():
                try:
                    yield 1
                except Exception:
                    print("GeneratorExit is not an Exception")
                finally:
                    print("finally")
            c = catch_all()
            next(c)
            c.close()
            def stubborn():
                try:
                    yield 1
                except GeneratorExit:
                    yield "no"
            s = stubborn()
            next(s)
            try:
                s.close()
            except RuntimeError as e:
                print("RuntimeError:", e)
            def raises_on_close():
                try:
                    yield 1
                finally:
                    raise ValueError("from finally")
            r = raises_on_close()
            next(r)
            try:
                r.close()
            except ValueError as e:
                print("ValueError:", e)
            """,
                """
                1
                GeneratorExit
                finally
                None None
                closed
                unstarted: closed
                finally
                RuntimeError: generator ignored GeneratorExit
                ValueError: from finally
                """);
    }

    @Test
    void sendGivesTheValueToTheTargetOfTheYield() {
        // x = yield v is the one form of yield as an expression Slope has; next() sends None
        assertPrints("""
            def averager():
                total, count, avg = 0, 0, None
                while True:
                    x = yield avg
                    total += x
                    count += 1
                    avg = total / count
            a = averager()
            print(next(a), a.send(10), a.send(20), a.send(60))
            def echo():
                received = yield "started"
                while received != "stop":
                    try:
                        received = yield "got " + repr(received)
                    except ValueError as e:
                        received = yield "error " + str(e)
                print("stopping")
            e = echo()
            print(next(e))
            print(e.send(1))
            print(next(e))
            print(e.throw(ValueError("x")))
            print(e.send("again"))
            try:
                e.send("stop")
            except StopIteration:
                print("StopIteration")
            def pairs():
                a, b = yield
                print(a, b)
                yield
            p = pairs()
            next(p)
            p.send((1, 2))
            p = pairs()
            next(p)
            try:
                p.send(3)
            except TypeError as e:
                print("TypeError:", e)
            """,
                """
                None 10.0 15.0 30.0
                started
                got 1
                got None
                error x
                got 'again'
                stopping
                StopIteration
                1 2
                TypeError: cannot unpack non-iterable int object
                """);
    }

    @Test
    void theExceptionBeingHandledIsTheGeneratorsOwn() {
        // The exception being handled (for __context__ and bare raise) is the generator's own inside its except blocks, the caller's elsewhere.
        assertPrints("""
            def handler_raises():
                try:
                    yield 1
                except KeyError:
                    raise ValueError("in handler")
            g = handler_raises()
            next(g)
            try:
                g.throw(KeyError("thrown"))
            except ValueError as e:
                print(repr(e), repr(e.__context__))
            def resumed_in_handler():
                try:
                    raise KeyError("mine")
                except KeyError:
                    yield 1
                    raise ValueError("after resume")
            g = resumed_in_handler()
            next(g)
            try:
                raise IndexError("caller's")
            except IndexError:
                try:
                    next(g)
                except ValueError as e:
                    print(repr(e), repr(e.__context__))
            def bare_raise():
                try:
                    raise KeyError("x")
                except KeyError:
                    yield 1
                    raise
            g = bare_raise()
            next(g)
            try:
                raise IndexError("caller's")
            except IndexError:
                try:
                    next(g)
                except KeyError as e:
                    print("bare raise", repr(e))
            def plain():
                yield 1
                raise ValueError("v")
            try:
                raise IndexError("caller's")
            except IndexError:
                g = plain()
                next(g)
                try:
                    next(g)
                except ValueError as e:
                    print(repr(e.__context__))
            try:
                raise
            except RuntimeError as e:
                print(e)
            """,
                """
                ValueError('in handler') KeyError('thrown')
                ValueError('after resume') KeyError('mine')
                bare raise KeyError('x')
                IndexError("caller's")
                No active exception to reraise
                """);
    }

    @Test
    void errorsInsideTryInAGeneratorKeepTheirLines() {
        assertFails("""
            def g():
                try:
                    yield 1
                    x = 1 / 0
                finally:
                    print("finally")
            for v in g():
                print(v)
            """,
                "ZeroDivisionError: division by zero", 4, """
                1
                finally
                """);
        // a thrown exception nobody catches is reported at the yield, as CPython's traceback ends there
        assertFails("""
            def g():
                try:
                    yield 1
                finally:
                    print("finally")
            it = g()
            next(it)
            it.throw(KeyError("k"))
            """,
                "KeyError: 'k'", 3, """
                finally
                """);
        assertFails("""
            def g():
                try:
                    yield 1
                except KeyError:
                    yield 2
                    undefined_name
            it = g()
            next(it)
            it.throw(KeyError("k"))
            next(it)
            """,
                "NameError: name 'undefined_name' is not defined", 6);
    }

    @Test
    void yieldOutsideAFunction() {
        assertFails("""
            x = 1
            yield x
            """,
                "SyntaxError: 'yield' outside function", 2, 1);
    }

    @Test
    void generatorExpressionsProduceAnElementPerNext() {
        // any() stops at the first true element, an endless source works, an error waits for its element
        assertPrints("""
            import itertools
            data = [3, 8, 1]
            print(any((print(v) or v > 5) for v in data))
            g = (print("gen", v) for v in data)
            print("made", type(g).__name__)
            next(g)
            odd_squares = (x * x for x in itertools.count() if x % 2)
            print(next(odd_squares), next(odd_squares), next(odd_squares))
            print(sum(i * j for i in range(3) for j in range(i)), list((a, b) for a in "ab" for b in (1, 2)))
            h = (1 / x for x in [1, 0])
            print(next(h))
            try:
                next(h)
            except ZeroDivisionError as e:
                print("ZeroDivisionError", e)
            print(list(h))
            """,
                """
                3
                8
                True
                made generator
                gen 3
                1 9 25
                2 [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
                1.0
                ZeroDivisionError division by zero
                []
                """);
    }
}
