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

    static final String COLLECTIONS = """
            class _Mapping:
                def __init__(self):
                    self._d = {}
                def __getitem__(self, key):
                    return self._d[key]
                def __setitem__(self, key, value):
                    self._d[key] = value
                def __delitem__(self, key):
                    del self._d[key]
                def __contains__(self, key):
                    return key in self._d
                def __len__(self):
                    return len(self._d)
                def __iter__(self):
                    return iter(self._d)
                def __eq__(self, other):
                    return self._d == (other._d if isinstance(other, _Mapping) else other)
                def keys(self):
                    return self._d.keys()
                def values(self):
                    return self._d.values()
                def items(self):
                    return self._d.items()
                def get(self, key, default=None):
                    return self._d.get(key, default)
                def pop(self, key, *default):
                    return self._d.pop(key, *default)
                def setdefault(self, key, default=None):
                    return self._d.setdefault(key, default)
                def update(self, *args, **kwargs):
                    self._d.update(*args, **kwargs)

            class defaultdict(_Mapping):
                def __init__(self, default_factory=None, *args, **kwargs):
                    super().__init__()
                    self.default_factory = default_factory
                    self._d.update(*args, **kwargs)
                def __getitem__(self, key):
                    if key not in self._d:
                        if self.default_factory is None:
                            raise KeyError(key)
                        self._d[key] = self.default_factory()
                    return self._d[key]
                def __repr__(self):
                    return f"defaultdict({self.default_factory!r}, {self._d!r})"

            class OrderedDict(_Mapping):
                def __init__(self, *args, **kwargs):
                    super().__init__()
                    self._d.update(*args, **kwargs)
                def __repr__(self):
                    if not self._d:
                        return "OrderedDict()"
                    return f"OrderedDict({list(self._d.items())!r})"

            class Counter(_Mapping):
                def __init__(self, iterable=None, **kwargs):
                    super().__init__()
                    if iterable is not None:
                        self.update(iterable)
                    self.update(kwargs)
                def __getitem__(self, key):
                    return self._d.get(key, 0)
                def update(self, iterable):
                    if isinstance(iterable, (dict, _Mapping)):
                        for k, v in iterable.items():
                            self._d[k] = self._d.get(k, 0) + v
                    else:
                        for k in iterable:
                            self._d[k] = self._d.get(k, 0) + 1
                def most_common(self, n=None):
                    items = sorted(self._d.items(), key=lambda kv: -kv[1])
                    return items if n is None else items[:n]
                def total(self):
                    return sum(self._d.values())
                def __repr__(self):
                    if not self._d:
                        return "Counter()"
                    return "Counter({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common()) + "})"

            class deque:
                def __init__(self, iterable=(), maxlen=None):
                    self.maxlen = maxlen
                    self._items = []
                    for x in iterable:
                        self.append(x)
                def append(self, x):
                    self._items.append(x)
                    if self.maxlen is not None and len(self._items) > self.maxlen:
                        self._items.pop(0)
                def appendleft(self, x):
                    self._items.insert(0, x)
                    if self.maxlen is not None and len(self._items) > self.maxlen:
                        self._items.pop()
                def pop(self):
                    if not self._items:
                        raise IndexError("pop from an empty deque")
                    return self._items.pop()
                def popleft(self):
                    if not self._items:
                        raise IndexError("pop from an empty deque")
                    return self._items.pop(0)
                def extend(self, iterable):
                    for x in iterable:
                        self.append(x)
                def clear(self):
                    self._items.clear()
                def __len__(self):
                    return len(self._items)
                def __iter__(self):
                    return iter(self._items)
                def __getitem__(self, i):
                    return self._items[i]
                def __repr__(self):
                    if self.maxlen is None:
                        return f"deque({self._items!r})"
                    return f"deque({self._items!r}, maxlen={self.maxlen})"

            def namedtuple(typename, field_names):
                if isinstance(field_names, str):
                    field_names = field_names.replace(",", " ").split()
                fields = tuple(field_names)
                def __init__(self, *args, **kwargs):
                    if len(args) > len(fields):
                        raise TypeError(f"{typename}.__new__() takes {len(fields) + 1} positional arguments but {len(args) + 1} were given")
                    values = list(args) + [None] * (len(fields) - len(args))
                    for i, name in enumerate(fields):
                        if name in kwargs:
                            values[i] = kwargs[name]
                        elif i >= len(args):
                            raise TypeError(f"{typename}.__new__() missing 1 required positional argument: '{name}'")
                    object.__setattr__(self, "_values", tuple(values))
                    for name, v in zip(fields, values):
                        object.__setattr__(self, name, v)
                def __setattr__(self, name, value):
                    raise AttributeError("can't set attribute")
                def __getitem__(self, i):
                    return self._values[i]
                def __iter__(self):
                    return iter(self._values)
                def __len__(self):
                    return len(self._values)
                def __eq__(self, other):
                    return tuple(self) == tuple(other)
                def __repr__(self):
                    return typename + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(fields, self._values)) + ")"
                def _asdict(self):
                    return dict(zip(fields, self._values))
                ns = {"__init__": __init__, "__setattr__": __setattr__, "__getitem__": __getitem__,
                      "__iter__": __iter__, "__len__": __len__, "__eq__": __eq__, "__repr__": __repr__,
                      "_asdict": _asdict, "_fields": fields}
                return type(typename, (), ns)
            """;

    /**
     * {@code typing}: the names that annotations use, which Slope does not evaluate in signatures, as subscriptable
     * objects for the type aliases a program builds at run time ({@code Vector = List[float]}).
     */
    static final String TYPING = """
            TYPE_CHECKING = False

            def _type_repr(obj):
                if isinstance(obj, type):
                    module = getattr(obj, '__module__', 'builtins')
                    return obj.__qualname__ if module == 'builtins' else f'{module}.{obj.__qualname__}'
                if obj is ...:
                    return '...'
                if isinstance(obj, list):
                    return '[' + ', '.join(_type_repr(o) for o in obj) + ']'
                return repr(obj)

            class _Alias:
                def __init__(self, name, args):
                    self._name = name
                    self.__args__ = args
                def __getitem__(self, params):
                    return _Alias(self._name, params if isinstance(params, tuple) else (params,))
                def __repr__(self):
                    return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'
                def __eq__(self, other):
                    return isinstance(other, _Alias) and (self._name, self.__args__) == (other._name, other.__args__)
                def __hash__(self):
                    return hash((self._name, self.__args__))

            class _Special(_Alias):
                def __init__(self, name):
                    _Alias.__init__(self, name, ())
                def __repr__(self):
                    return 'typing.' + self._name
                def __call__(self, *args, **kwargs):
                    raise TypeError(f'Cannot instantiate typing.{self._name}')

            Any = _Special('Any')
            Callable = _Special('Callable')
            ClassVar = _Special('ClassVar')
            Dict = _Special('Dict')
            Final = _Special('Final')
            FrozenSet = _Special('FrozenSet')
            Generic = _Special('Generic')
            Iterable = _Special('Iterable')
            Iterator = _Special('Iterator')
            List = _Special('List')
            Literal = _Special('Literal')
            Mapping = _Special('Mapping')
            Optional = _Special('Optional')
            Sequence = _Special('Sequence')
            Set = _Special('Set')
            Tuple = _Special('Tuple')
            Type = _Special('Type')
            Union = _Special('Union')

            class TypeVar:
                def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
                    self.__name__ = name
                def __repr__(self):
                    return '~' + self.__name__

            def cast(typ, val):
                return val

            def overload(func):
                return func

            def get_type_hints(obj):
                return {}
            """;

    static void install(Interpreter in) {
        in.addPythonModule("collections", COLLECTIONS);
        in.addPythonModule("functools", FUNCTOOLS);
        in.addPythonModule("itertools", ITERTOOLS);
        in.addPythonModule("typing", TYPING);
    }
}
