package slope.lang;

/** Standard-library modules small enough to write in Python itself; each runs on first import. */
final class PythonModules {
    private PythonModules() {}

    static final String FUNCTOOLS = """
            def reduce(function, iterable, *initial):
                it = iter(iterable)
                if initial:
                    value = initial[0]
                else:
                    value = next(it, _MISSING)
                    if value is _MISSING:
                        raise TypeError("reduce() of empty iterable with no initial value")
                for element in it:
                    value = function(value, element)
                return value

            class _Missing:
                pass

            _MISSING = _Missing()

            class partial:
                def __init__(self, func, *args, **keywords):
                    self.func = func
                    self.args = args
                    self.keywords = keywords
                def __call__(self, *args, **keywords):
                    kw = dict(self.keywords)
                    kw.update(keywords)
                    return self.func(*self.args, *args, **kw)

            def wraps(wrapped):
                def decorate(wrapper):
                    return wrapper
                return decorate

            def lru_cache(maxsize=128):
                def decorate(fn):
                    cache = {}
                    def cached(*args):
                        if args not in cache:
                            cache[args] = fn(*args)
                        return cache[args]
                    return cached
                if callable(maxsize):
                    return decorate(maxsize)
                return decorate

            cache = lru_cache(None)
            """;

    static final String ITERTOOLS = """
            def count(start=0, step=1):
                while True:
                    yield start
                    start += step

            def cycle(iterable):
                saved = list(iterable)
                while saved:
                    yield from saved

            def repeat(obj, times=None):
                if times is None:
                    while True:
                        yield obj
                for _ in range(times):
                    yield obj

            def chain(*iterables):
                for it in iterables:
                    yield from it

            def islice(iterable, *args):
                s = slice(*args)
                start = s.start or 0
                stop = s.stop
                step = s.step or 1
                i = 0
                nxt = start
                for x in iterable:
                    if stop is not None and i >= stop:
                        return
                    if i == nxt:
                        yield x
                        nxt += step
                    i += 1

            def accumulate(iterable, func=None, initial=None):
                total = initial
                first = initial is None
                if initial is not None:
                    yield initial
                for x in iterable:
                    if first:
                        total = x
                        first = False
                    elif func is None:
                        total = total + x
                    else:
                        total = func(total, x)
                    yield total

            def product(*iterables, repeat=1):
                pools = [tuple(p) for p in iterables] * repeat
                result = [()]
                for pool in pools:
                    result = [x + (y,) for x in result for y in pool]
                yield from result

            def permutations(iterable, r=None):
                pool = tuple(iterable)
                n = len(pool)
                r = n if r is None else r
                for indices in product(range(n), repeat=r):
                    if len(set(indices)) == r:
                        yield tuple(pool[i] for i in indices)

            def combinations(iterable, r):
                pool = tuple(iterable)
                n = len(pool)
                for indices in permutations(range(n), r):
                    if sorted(indices) == list(indices):
                        yield tuple(pool[i] for i in indices)

            def zip_longest(*iterables, fillvalue=None):
                lists = [list(it) for it in iterables]
                n = max((len(l) for l in lists), default=0)
                for i in range(n):
                    yield tuple(l[i] if i < len(l) else fillvalue for l in lists)
            """;

    static void install(Interpreter in) {
        in.addPythonModule("functools", FUNCTOOLS);
        in.addPythonModule("itertools", ITERTOOLS);
    }
}
