package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** functools, itertools, collections, typing, dataclasses, json, os, warnings, operator, heapq, bisect, string, abc and IPython.display, written in Python and run on first import, and copy. Expected output is what CPython 3.11 prints for the same source. */
class StandardLibraryTest {
    @Test
    void osPathsAreStringsAndNothingExists() {
        // CPython's posixpath gives the same strings; exists() is False because a run has no files
        assertPrints("""
            import os
            from os.path import join, splitext
            print(os.path.join('data', 'mnist', 'train.csv'), join('/a/', 'b'), join('a', '/b'), os.path.basename('x/y.pt'))
            print(os.path.dirname('x/y.pt'), splitext('model.ckpt.pt'), splitext('.bashrc'), os.path.split('/'))
            print(os.path.exists('data'), os.environ.get('HOME'), os.getenv('CUDA', 'no'), os.getcwd())
            try:
                os.makedirs('out', exist_ok=True)
            except OSError as e:
                print(e)
            """,
                """
                data/mnist/train.csv /a/b /b y.pt
                x ('model.ckpt', '.pt') ('.bashrc', '') ('/', '')
                False None no /
                Slope's programs run without a file system
                """);
    }

    @Test
    void warningsAreFilteredRaisedAndRecorded() {
        // shown warnings go to stderr, which a run does not show; "error" raises them, catch_warnings records them
        assertPrints("""
            import warnings
            warnings.filterwarnings("ignore")
            warnings.warn("quiet")
            print("ok")
            warnings.resetwarnings()
            warnings.simplefilter("error")
            try:
                warnings.warn("boom", RuntimeWarning)
            except RuntimeWarning as e:
                print(type(e).__name__, e)
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                warnings.warn("first")
                warnings.warn(FutureWarning("second"))
                print(len(w), w[0].category.__name__, str(w[0].message), w[1].category is FutureWarning, str(w[1].message))
            print(warnings.filters[0][0])
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("default")
                for i in range(3):
                    warnings.warn("again")  # shown once: default's registry has the message at this line
                print(len(w))
            with warnings.catch_warnings(record=True) as w:
                warnings.resetwarnings()
                warnings.filterwarnings("error", message=".*deprec")
                warnings.filterwarnings("ignore", category=FutureWarning, append=True)
                try:
                    warnings.warn("This is Deprecated")
                except UserWarning as e:
                    print("raised:", e)
                warnings.warn("something else")
                warnings.warn("future", FutureWarning)
                print(len(w), str(w[0].message))
            with warnings.catch_warnings(action="ignore"):
                warnings.warn("nothing")
            for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", category=int),
                        lambda: warnings.warn("x", int)]:
                try:
                    bad()
                except (AssertionError, TypeError) as e:
                    print(type(e).__name__, e)
            print(issubclass(FutureWarning, Warning), issubclass(ResourceWarning, Exception))
            with warnings.catch_warnings(record=True) as outer:
                warnings.simplefilter("always")
                with warnings.catch_warnings():
                    warnings.warn("inner")
                print(len(outer))
            print(repr(warnings.catch_warnings(record=True)))
            """,
                """
                ok
                RuntimeWarning boom
                2 UserWarning first True second
                error
                1
                raised: This is Deprecated
                1 something else
                AssertionError invalid action: 'bogus'
                AssertionError category must be a Warning subclass
                TypeError category must be a Warning subclass, not 'type'
                True True
                1
                catch_warnings(record=True)
                """);
    }

    @Test
    void operatorHeapqBisectStringAndDisplay() {
        // CPython 3.11's output, but for clear_output: outside a notebook IPython writes terminal codes, here nothing
        assertPrints("""
            import operator, heapq, bisect, string
            from operator import itemgetter, attrgetter, methodcaller
            from IPython.display import display, clear_output
            pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
            print(sorted(pairs, key=itemgetter(0)), sorted(pairs, key=itemgetter(1, 0))[0])
            import functools
            print(functools.reduce(operator.mul, [2, 3, 4]), operator.add(1, 2), operator.neg(5), operator.truediv(1, 4), operator.abs(-3))
            print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.getitem({'k': 7}, 'k'))
            class P:
                def __init__(self):
                    self.x = 1
                    self.y = self
                def hi(self, n, sep='-'):
                    return sep.join(['hi'] * n)
            p = P()
            print(attrgetter('x')(p), attrgetter('y.x', 'x')(p), methodcaller('hi', 2, sep='+')(p))
            h = []
            for v in [5, 1, 8, 3, 9, 2]:
                heapq.heappush(h, v)
            print(h, heapq.heappop(h), h, heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda v: -v))
            x = [9, 4, 7, 1, 0, 3]
            heapq.heapify(x)
            print(x, heapq.heapreplace(x, 5), heapq.heappushpop(x, -1), x)
            a = [1, 2, 2, 4, 8]
            print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 5), bisect.bisect_left(a, 3, key=lambda v: v))
            bisect.insort(a, 3)
            bisect.insort_left(a, 2)
            print(a)
            print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
            print(repr(string.whitespace), string.punctuation, len(string.printable), string.capwords('hello   wide world'), string.capwords('a-b-c', '-'))
            display(3, 'text', [1, 2])
            clear_output(wait=True)
            print('end')
            """,
                """
                [(1, 'a'), (2, 'b'), (3, 'c')] (1, 'a')
                24 3 -5 0.25 3
                True 2 2 7
                1 (1, 1) hi+hi
                [2, 3, 8, 5, 9] 1 [2, 3, 8, 5, 9] [8, 5] [8, 5]
                [1, 4, 3, 9, 5, 7] 0 -1 [1, 4, 3, 9, 5, 7]
                1 3 4 3
                [1, 2, 2, 2, 3, 4, 8]
                abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 0123456789abcdefABCDEF 01234567
                ' \\t\\n\\r\\x0b\\x0c' !"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ 100 Hello Wide World A-B-C
                3 text [1, 2]
                end
                """);
    }

    @Test
    void abcRefusesAnInstanceWhileAMethodIsAbstract() {
        assertPrints("""
            from abc import ABC, abstractmethod
            class Shape(ABC):
                @abstractmethod
                def area(self): ...
                @abstractmethod
                def perimeter(self): ...
                def describe(self):
                    return f"{type(self).__name__} with area {self.area()}"
            class Half(Shape):
                def area(self):
                    return 1.0
            class Square(Half):
                def __init__(self, side):
                    self.side = side
                def area(self):
                    return self.side ** 2
                def perimeter(self):
                    return 4 * self.side
            for make in [lambda: Shape(), lambda: Half(), lambda: Square(3)]:
                try:
                    s = make()
                    print(s.describe(), s.perimeter(), isinstance(s, ABC))
                except TypeError as e:
                    print(e)
            class Loss(ABC):
                @abstractmethod
                def __call__(self, y, t): ...
            class MSE(Loss):
                def __call__(self, y, t):
                    return (y - t) ** 2
            print(MSE()(3, 1), getattr(Loss.__call__, '__isabstractmethod__', False))
            class P(ABC):
                @property
                @abstractmethod
                def name(self): ...
            class Q(P):
                @property
                def name(self):
                    return "q"
            try:
                P()
            except TypeError as e:
                print(e)
            print(Q().name, issubclass(Q, ABC), abstractmethod.__name__)
            """,
                """
                Can't instantiate abstract class Shape with abstract methods area, perimeter
                Can't instantiate abstract class Half with abstract method perimeter
                Square with area 9 12 True
                4 True
                Can't instantiate abstract class P with abstract method name
                q True abstractmethod
                """);
    }

    @Test
    void contextmanagerThrowsTheBodysExceptionIntoItsGenerator() {
        // the generator sees the exception at its yield: finally runs, except may suppress it or raise another
        assertPrints("""
            import time
            from contextlib import contextmanager

            @contextmanager
            def timer():
                start = time.perf_counter()
                try:
                    yield
                finally:
                    print('took', time.perf_counter() - start >= 0)

            with timer():
                print('body')
            try:
                with timer():
                    raise ValueError('boom')
            except ValueError as e:
                print('caught', e)
            try:
                with timer():
                    1 / 0
            except ZeroDivisionError as e:
                print('caught', e)

            @contextmanager
            def ignoring(*types):
                try:
                    yield
                except types as e:
                    print('ignored', type(e).__name__, e)

            with ignoring(KeyError):
                {}['k']
            print('went on')
            try:
                with ignoring(KeyError):
                    [][0]
            except IndexError as e:
                print('IndexError', e)

            @contextmanager
            def translating():
                try:
                    yield
                except KeyError as e:
                    raise LookupError('translated') from e
            try:
                with translating():
                    {}['x']
            except LookupError as e:
                print(repr(e), repr(e.__cause__))

            @contextmanager
            def stubborn():
                try:
                    yield
                except ValueError:
                    yield
            try:
                with stubborn():
                    raise ValueError('v')
            except RuntimeError as e:
                print('RuntimeError', e)

            @contextmanager
            def stop():
                yield
            try:
                with stop():
                    raise StopIteration('s')
            except StopIteration as e:
                print('StopIteration', e)

            @contextmanager
            def tagged(tag):
                print('<' + tag + '>')
                try:
                    yield tag
                finally:
                    print('</' + tag + '>')

            @tagged('deco')
            def work(x):
                if x < 0:
                    raise ValueError('negative')
                return x * 2
            print(work(3))
            try:
                work(-1)
            except ValueError as e:
                print('caught', e)
            with tagged('a') as a, tagged('b') as b:
                print(a, b)
            """,
                """
                body
                took True
                took True
                caught boom
                took True
                caught division by zero
                ignored KeyError 'k'
                went on
                IndexError list index out of range
                LookupError('translated') KeyError('x')
                RuntimeError generator didn't stop after throw()
                StopIteration s
                <deco>
                </deco>
                6
                <deco>
                </deco>
                caught negative
                <a>
                <b>
                a b
                </b>
                </a>
                """);
    }

    @Test
    void contextlibManagersAndTypesSimpleNamespace() {
        assertPrints("""
            import time
            from contextlib import contextmanager, suppress, nullcontext, closing
            import contextlib
            import types
            from types import SimpleNamespace

            @contextmanager
            def section(name):
                print('enter', name)
                yield name.upper()
                print('exit', name)

            with section('train') as s:
                print('body', s)

            try:
                with section('bad'):
                    raise ValueError('boom')
            except ValueError as e:
                print('caught', e)

            @section('deco')
            def work(x):
                print('work', x)
                return x * 2
            print(work(3), work(4))

            @contextmanager
            def noyield():
                if False:
                    yield
            try:
                with noyield():
                    pass
            except RuntimeError as e:
                print('RuntimeError:', e)

            @contextmanager
            def twice():
                yield 1
                yield 2
            try:
                with twice():
                    pass
            except RuntimeError as e:
                print('RuntimeError:', e)

            with suppress(KeyError, IndexError):
                [][1]
            print('suppressed')
            try:
                with suppress(KeyError):
                    1 / 0
            except ZeroDivisionError as e:
                print('not suppressed:', e)
            with nullcontext(5) as v:
                print(v)
            class R:
                def close(self): print('closed')
            with closing(R()) as r:
                print(type(r).__name__)

            cfg = SimpleNamespace(lr=0.1, steps=10, name='sgd')
            cfg.momentum = 0.9
            print(cfg, cfg.lr, cfg == SimpleNamespace(lr=0.1, steps=10, name='sgd', momentum=0.9), cfg == 3)
            print(vars(cfg))
            def f(): pass
            class K:
                def m(self): pass
            print(isinstance(f, types.FunctionType), isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType),
                  isinstance((x for x in []), types.GeneratorType), isinstance(types, types.ModuleType), type(None) is types.NoneType)
            print(work.__name__)
            """,
                """
                enter train
                body TRAIN
                exit train
                enter bad
                caught boom
                enter deco
                work 3
                exit deco
                enter deco
                work 4
                exit deco
                6 8
                RuntimeError: generator didn't yield
                RuntimeError: generator didn't stop
                suppressed
                not suppressed: division by zero
                5
                R
                closed
                namespace(lr=0.1, steps=10, name='sgd', momentum=0.9) 0.1 True False
                {'lr': 0.1, 'steps': 10, 'name': 'sgd', 'momentum': 0.9}
                True True True True True True
                work
                """);
    }

    @Test
    void tqdmPassesTheIterableThroughWithoutABar() {
        // the bar is tqdm's stderr, which a run does not show; stdout is what the loop prints
        assertPrints("""
            from tqdm import tqdm, trange
            from tqdm.auto import tqdm as auto
            total = 0
            for i in tqdm(range(5), desc="train"):
                total += i
            bar = tqdm([1, 2, 3])
            for x in bar:
                bar.set_description(f"x={x}")
                bar.set_postfix(loss=0.1)
            print(total, len(bar), sum(trange(4)), list(auto("ab")))
            with tqdm(total=10) as p:
                p.update(3)
                print(p.n)
            """,
                """
                10 3 6 ['a', 'b']
                3
                """);
    }

    @Test
    void functoolsAndItertools() {
        assertPrints("""
            from functools import reduce, partial, lru_cache
            import itertools as it
            print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
            pow2 = partial(pow, 2)
            print(pow2(10), partial(int, base=2)("101"))
            @lru_cache(maxsize=None)
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            print(fib(80))
            print(list(it.islice(it.count(5, 2), 4)), list(it.islice("abcdefg", 1, 6, 2)), list(it.repeat("x", 3)))
            print(list(it.chain([1, 2], "ab")), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
            print(list(it.product("ab", [0, 1])), list(it.product([0, 1], repeat=2)))
            print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 2)))
            print(list(it.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(it.islice(it.cycle("ab"), 5)))
            """,
                """
                24 10
                1024 5
                23416728348467685
                [5, 7, 9, 11] ['b', 'd', 'f'] ['x', 'x', 'x']
                [1, 2, 'a', 'b'] [1, 3, 6, 10] [1, 2, 6]
                [('a', 0), ('a', 1), ('b', 0), ('b', 1)] [(0, 0), (0, 1), (1, 0), (1, 1)]
                [(1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (3, 2)] [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
                [(1, 'a'), (2, 'b'), (3, '-')] ['a', 'b', 'a', 'b', 'a']
                """);
    }

    @Test
    void functoolsWrapsCopiesTheNameAndFunctionsTakeAttributes() {
        assertPrints("""
            import functools
            def log(fn):
                @functools.wraps(fn)
                def wrapper(*args, **kwargs):
                    return fn(*args, **kwargs)
                return wrapper
            @log
            def square(x):
                return x * x
            print(square.__name__, square.__qualname__, square(3), square.__wrapped__.__name__)
            print(square.__module__)
            def counter(f):
                def g(*a):
                    g.calls += 1
                    return f(*a)
                g.calls = 0
                return g
            @counter
            def add(a, b):
                return a + b
            add(1, 2); add(3, 4)
            print(add.calls, add.__dict__)
            square.__name__ = 'sq'
            print(square.__name__)
            try:
                square.__name__ = 3
            except TypeError as e:
                print(e)
            print(repr(square).split(' at ')[0])
            """, """
            square square 9 square
            __main__
            2 {'calls': 2}
            sq
            __name__ must be set to a string object
            <function square
            """);
    }

    @Test
    void typingNamesImportAndBuildAliases() {
        assertPrints("""
            from typing import List, Tuple, Optional, Callable, Dict, Union, Any, TypeVar, Sequence
            Vector = List[float]
            def scale(v: Vector, k: float = 2.0) -> Vector:
                return [k * x for x in v]
            print(scale([1.0, 2.0]))
            print(Vector, Optional[int], Dict[str, List[int]], Callable[[int], float], Union[int, str], Any)
            print(Tuple[int, ...], TypeVar('T'), Vector == List[float])
            """, """
            [2.0, 4.0]
            typing.List[float] typing.Optional[int] typing.Dict[str, typing.List[int]] typing.Callable[[int], float] typing.Union[int, str] typing.Any
            typing.Tuple[int, ...] ~T True
            """);
    }

    @Test
    void dataclassesReadTheClassAnnotations() {
        assertPrints("""
            class C:
                a: int
                b: float = 2.5
                c = 3
            print(C.__annotations__, C.b, hasattr(C, 'a'))
            """, """
            {'a': <class 'int'>, 'b': <class 'float'>} 2.5 False
            """);
        assertPrints("""
            from dataclasses import dataclass, field, asdict, fields
            from typing import List
            @dataclass
            class Config:
                lr: float = 0.01
                epochs: int = 10
                layers: List[int] = field(default_factory=lambda: [8, 8])
            c = Config(lr=0.1)
            print(c, c.layers, asdict(c))
            print(Config() == Config(), Config(0.5) == Config())
            @dataclass
            class Point:
                x: float
                y: float
                def norm(self):
                    return (self.x ** 2 + self.y ** 2) ** 0.5
            p = Point(3, 4)
            print(p, p.norm(), [f.name for f in fields(p)])
            @dataclass(frozen=True, order=True)
            class V:
                a: int
                b: int = 0
            print(V(1) < V(2), sorted([V(3, 1), V(1, 2)]))
            try:
                V(1).a = 5
            except Exception as e:
                print(type(e).__name__, e)
            for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point(1, x=2), lambda: Point()]:
                try:
                    call()
                except TypeError as e:
                    print(e)
            @dataclass
            class P3(Point):
                z: float = 0.0
            print(P3(1, 2), P3(1, 2, 3).z)
            """, """
            Config(lr=0.1, epochs=10, layers=[8, 8]) [8, 8] {'lr': 0.1, 'epochs': 10, 'layers': [8, 8]}
            True False
            Point(x=3, y=4) 5.0 ['x', 'y']
            True [V(a=1, b=2), V(a=3, b=1)]
            FrozenInstanceError cannot assign to field 'a'
            Point.__init__() missing 1 required positional argument: 'y'
            Point.__init__() takes 3 positional arguments but 4 were given
            Point.__init__() got an unexpected keyword argument 'z'
            Point.__init__() got multiple values for argument 'x'
            Point.__init__() missing 2 required positional arguments: 'x' and 'y'
            P3(x=1, y=2, z=0.0) 3
            """);
    }

    @Test
    void collections() {
        assertPrints("""
            from collections import defaultdict, Counter, OrderedDict, namedtuple, deque
            d = defaultdict(int)
            for w in "the cat the hat the end".split():
                d[w] += 1
            print(d, d["the"], len(d), "cat" in d, dict(d))
            g = defaultdict(list)
            g["a"].append(1)
            print(g, sorted(g.items()))
            c = Counter("abracadabra")
            print(c, c.most_common(2), c["z"], c["a"])
            o = OrderedDict()
            o["x"] = 1
            o["y"] = 2
            print(o, list(o.keys()), OrderedDict())
            Point = namedtuple("Point", ["x", "y"])
            p = Point(1, y=2)
            x, y = p
            print(p, p.x, p[1], x + y, p == Point(1, 2), p._asdict(), Point._fields)
            q = deque([1, 2, 3], maxlen=3)
            q.append(4)
            q.appendleft(0)
            print(q, q.popleft(), q.pop(), len(q), list(q))
            """,
                """
                defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'hat': 1, 'end': 1}) 3 4 True {'the': 3, 'cat': 1, 'hat': 1, 'end': 1}
                defaultdict(<class 'list'>, {'a': [1]}) [('a', [1])]
                Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0 5
                OrderedDict([('x', 1), ('y', 2)]) ['x', 'y'] OrderedDict()
                Point(x=1, y=2) 1 2 3 True {'x': 1, 'y': 2} ('x', 'y')
                deque([2], maxlen=3) 0 3 1 [2]
                """);
    }

    @Test
    void copyIsShallowAndDeepcopyKeepsSharingAndInstances() {
        assertPrints("""
            import copy
            a = [1, [2, 3], {"k": [4]}]
            b = copy.deepcopy(a)
            c = copy.copy(a)
            b[1].append(9)
            c[1].append(8)
            print(a, b, c)
            shared = [1]
            d = copy.deepcopy([shared, shared, (shared,)])
            print(d[0] is d[1], d[2][0] is d[0], d[0] is shared)
            class P:
                def __init__(self):
                    self.v = [1]
            p = P()
            q = copy.deepcopy(p)
            q.v.append(2)
            r = copy.copy(p)
            print(p.v, q.v, r.v is p.v, type(q).__name__)
            """,
                """
                [1, [2, 3, 8], {'k': [4]}] [1, [2, 3, 9], {'k': [4]}] [1, [2, 3, 8], {'k': [4]}]
                True True False
                [1] [1, 2] True P
                """);
    }

    @Test
    void jsonDumpsLikeCPythonsEncoder() {
        // floats as repr, tuples as lists, indent/separators/sort_keys/default, ensure_ascii escapes (surrogate pairs past the BMP)
        assertPrints("""
            import json
            print(json.dumps({"b": [1, 2.5, True, None], "a": (1, "x"), "c": {}}))
            print(json.dumps({"b": 1, "a": [1, {"z": []}], 3: 0.1, None: False}, indent=2))
            print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent="\\t"))
            print(json.dumps({"k": [1, 2]}, separators=(",", ":")), json.dumps([]), json.dumps({}, indent=2))
            print(json.dumps("h\\u00e9 \\"q\\" \\\\ \\n\\x01 \\u2603 \\U0001f600"), ascii(json.dumps("h\\u00e9", ensure_ascii=False)))
            print(json.dumps([1e20, 1e-7, 0.1 + 0.2, -0.0, float("inf"), float("nan"), 3.0, 2 ** 40]))
            print(json.dumps({2: "a", 1.5: "b", True: "c"}), json.dumps({"s": {3, 1, 2}}, default=sorted))
            for bad in [{"s": {1, 2}}, {(1, 2): 3}]:
                try:
                    json.dumps(bad)
                except TypeError as e:
                    print("TypeError:", e)
            a = []
            a.append(a)
            try:
                json.dumps(a)
            except ValueError as e:
                print("ValueError:", e)
            """,
                """
                {"b": [1, 2.5, true, null], "a": [1, "x"], "c": {}}
                {
                  "b": 1,
                  "a": [
                    1,
                    {
                      "z": []
                    }
                  ],
                  "3": 0.1,
                  "null": false
                }
                {
                	"a": [
                		1,
                		2
                	],
                	"b": 1
                }
                {"k":[1,2]} [] {}
                "h\\u00e9 \\"q\\" \\\\ \\n\\u0001 \\u2603 \\ud83d\\ude00" '"h\\xe9"'
                [1e+20, 1e-07, 0.30000000000000004, -0.0, Infinity, NaN, 3.0, 1099511627776]
                {"2": "a", "1.5": "b", "true": "c"} {"s": [1, 2, 3]}
                TypeError: Object of type set is not JSON serializable
                TypeError: keys must be str, int, float, bool or None, not tuple
                ValueError: Circular reference detected
                """);
    }

    @Test
    void jsonLoadsAndItsDecodeErrors() {
        // JSONDecodeError is a ValueError whose message names line, column and char like CPython's scanner
        assertPrints("""
            import json
            d = json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\\\ny\\\\u00e9\\\\ud83d\\\\ude00\\\\"\\\\/", "e": [] , "f":{}}')
            print(ascii(d))
            print(json.loads(' [1, -0, 1E3, 0.5e-1, "\\\\t"] '), json.loads("NaN"), json.loads("-Infinity"))
            print(type(json.loads("3")).__name__, type(json.loads("3.0")).__name__)
            print(json.loads(json.dumps({"x": [1, 2, {"y": None}]}, indent=4)))
            for s in ['{"a":1,}', '[1,]', '', '[1 2]', '{"a" 1}', '"abc', '"a\\\\x"', '"\\\\u12"', '[1] x', '"a\\nb"', '01', '\\n\\n  [1,\\n  x]']:
                try:
                    json.loads(s)
                except json.JSONDecodeError as e:
                    print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
            try:
                json.loads("[")
            except ValueError as e:
                print(type(e).__name__, e.args)
            """,
                """
                {'a': [1, 2.5, -300.0, True, False, None], 'b': 'x\\ny\\xe9\\U0001f600"/', 'e': [], 'f': {}}
                [1, 0, 1000.0, 0.05, '\\t'] nan -inf
                int float
                {'x': [1, 2, {'y': None}]}
                '{"a":1,}' | Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | Expecting property name enclosed in double quotes 7 1 8
                '[1,]' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4
                '' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1
                '[1 2]' | Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4
                '{"a" 1}' | Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6
                '"abc' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1
                '"a\\\\x"' | Invalid \\escape: line 1 column 3 (char 2) | Invalid \\escape 2 1 3
                '"\\\\u12"' | Invalid \\uXXXX escape: line 1 column 3 (char 2) | Invalid \\uXXXX escape 2 1 3
                '[1] x' | Extra data: line 1 column 5 (char 4) | Extra data 4 1 5
                '"a\\nb"' | Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3
                '01' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2
                '\\n\\n  [1,\\n  x]' | Expecting value: line 4 column 3 (char 10) | Expecting value 10 4 3
                JSONDecodeError ('Expecting value: line 1 column 2 (char 1)',)
                """);
    }
}
