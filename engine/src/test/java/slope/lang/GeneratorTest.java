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
