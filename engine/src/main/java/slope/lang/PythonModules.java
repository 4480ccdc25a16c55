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

            WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
            WRAPPER_UPDATES = ('__dict__',)

            def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
                for attr in assigned:
                    try:
                        value = getattr(wrapped, attr)
                    except AttributeError:
                        pass
                    else:
                        setattr(wrapper, attr, value)
                for attr in updated:
                    getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
                wrapper.__wrapped__ = wrapped
                return wrapper

            def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
                def decorate(wrapper):
                    return update_wrapper(wrapper, wrapped, assigned, updated)
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
                def __hash__(self):
                    return hash(tuple(self))
                def __repr__(self):
                    return typename + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(fields, self._values)) + ")"
                def _asdict(self):
                    return dict(zip(fields, self._values))
                ns = {"__init__": __init__, "__setattr__": __setattr__, "__getitem__": __getitem__,
                      "__iter__": __iter__, "__len__": __len__, "__eq__": __eq__, "__hash__": __hash__, "__repr__": __repr__,
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

    /**
     * {@code dataclasses}: {@code @dataclass} reads the class's annotations in order and adds __init__, __repr__ and
     * __eq__ (and the ordering methods, or frozen fields, when asked), with CPython's messages for a wrong call.
     */
    static final String DATACLASSES = """
            class _MissingType:
                def __repr__(self):
                    return 'MISSING'

            MISSING = _MissingType()

            class FrozenInstanceError(AttributeError):
                pass

            class Field:
                def __init__(self, default, default_factory, init, repr, compare):
                    self.name = None
                    self.default = default
                    self.default_factory = default_factory
                    self.init = init
                    self.repr = repr
                    self.compare = compare

                def _value(self):
                    return self.default_factory() if self.default_factory is not MISSING else self.default

            def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
                      metadata=None, kw_only=MISSING):
                if default is not MISSING and default_factory is not MISSING:
                    raise ValueError('cannot specify both default and default_factory')
                return Field(default, default_factory, init, repr, compare)

            def fields(obj):
                return tuple(obj.__dataclass_fields__.values())

            def asdict(obj):
                return {f.name: getattr(obj, f.name) for f in fields(obj)}

            def astuple(obj):
                return tuple(getattr(obj, f.name) for f in fields(obj))

            def _own_annotations(cls):
                annotations = getattr(cls, '__annotations__', {})
                for base in cls.__mro__[1:]:
                    if getattr(base, '__annotations__', None) is annotations:
                        return {}
                return annotations

            def _quoted(names):
                names = [repr(n) for n in names]
                if len(names) == 1:
                    return names[0]
                if len(names) == 2:
                    return names[0] + ' and ' + names[1]
                return ', '.join(names[:-1]) + ', and ' + names[-1]

            def _process(cls, init, repr_, eq, order, frozen):
                all_fields = {}
                for base in reversed(cls.__mro__[1:]):
                    all_fields.update(getattr(base, '__dataclass_fields__', {}))
                for name, annotation in _own_annotations(cls).items():
                    if repr(annotation).startswith('typing.ClassVar'):
                        continue
                    default = getattr(cls, name, MISSING)
                    f = default if isinstance(default, Field) else Field(default, MISSING, True, True, True)
                    f.name = name
                    if isinstance(default, Field):
                        if f.default is MISSING:
                            delattr(cls, name)
                        else:
                            setattr(cls, name, f.default)
                    elif isinstance(default, (list, dict, set)):
                        raise ValueError(f"mutable default {type(default)} for field {name} is not allowed: use default_factory")
                    all_fields[name] = f
                cls.__dataclass_fields__ = all_fields
                init_fields = [f for f in all_fields.values() if f.init]
                seen_default = False
                for f in init_fields:
                    has_default = f.default is not MISSING or f.default_factory is not MISSING
                    if seen_default and not has_default:
                        raise TypeError(f"non-default argument '{f.name}' follows default argument")
                    seen_default = seen_default or has_default
                qualname = cls.__qualname__

                def __init__(self, *args, **kwargs):
                    if len(args) > len(init_fields):
                        required = len([f for f in init_fields if f.default is MISSING and f.default_factory is MISSING])
                        takes = str(len(init_fields) + 1) if required == len(init_fields) else f'from {required + 1} to {len(init_fields) + 1}'
                        s = '' if takes == '1' else 's'
                        raise TypeError(f'{qualname}.__init__() takes {takes} positional argument{s} but {len(args) + 1} were given')
                    values = {}
                    for f, value in zip(init_fields, args):
                        values[f.name] = value
                    names = [f.name for f in init_fields]
                    for key, value in kwargs.items():
                        if key not in names:
                            raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{key}'")
                        if key in values:
                            raise TypeError(f"{qualname}.__init__() got multiple values for argument '{key}'")
                        values[key] = value
                    missing = [f.name for f in init_fields if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
                    if missing:
                        s = '' if len(missing) == 1 else 's'
                        raise TypeError(f'{qualname}.__init__() missing {len(missing)} required positional argument{s}: {_quoted(missing)}')
                    for f in all_fields.values():
                        value = values[f.name] if f.name in values else f._value()
                        if value is not MISSING:
                            object.__setattr__(self, f.name, value)
                    post_init = getattr(self, '__post_init__', None)
                    if post_init is not None:
                        post_init()

                def __repr__(self):
                    shown = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in all_fields.values() if f.repr)
                    return f'{type(self).__qualname__}({shown})'

                def _key(self):
                    return tuple(getattr(self, f.name) for f in all_fields.values() if f.compare)

                def __eq__(self, other):
                    if type(other) is not type(self):
                        return NotImplemented
                    return _key(self) == _key(other)

                def __setattr__(self, name, value):
                    if name in all_fields:
                        raise FrozenInstanceError(f"cannot assign to field '{name}'")
                    object.__setattr__(self, name, value)

                if init:
                    cls.__init__ = __init__
                if repr_:
                    cls.__repr__ = __repr__
                if eq:
                    cls.__eq__ = __eq__
                if frozen:
                    cls.__setattr__ = __setattr__
                if eq:
                    # Python's rule: eq makes instances unhashable, unless they are frozen
                    cls.__hash__ = (lambda self: hash(_key(self))) if frozen else None
                if order:
                    def ordered(compare):
                        def method(self, other):
                            if type(other) is not type(self):
                                return NotImplemented
                            return compare(_key(self), _key(other))
                        return method
                    cls.__lt__ = ordered(lambda a, b: a < b)
                    cls.__le__ = ordered(lambda a, b: a <= b)
                    cls.__gt__ = ordered(lambda a, b: a > b)
                    cls.__ge__ = ordered(lambda a, b: a >= b)
                return cls

            def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
                          match_args=True, kw_only=False, slots=False):
                def wrap(cls):
                    return _process(cls, init, repr, eq, order, frozen)
                return wrap if cls is None else wrap(cls)
            """;

    /**
     * os and os.path without a file system: a run has no files, so paths are only strings (join, basename,
     * splitext work), nothing exists, the environment is empty, and what would touch a file says so.
     */
    static final String OS = """
            import posixpath as path

            sep = '/'
            name = 'posix'
            environ = {}


            def getenv(key, default=None):
                return environ.get(key, default)


            def getcwd():
                return '/'


            def cpu_count():
                return 1


            def _no_files(*args, **kwargs):
                raise OSError("Slope's programs run without a file system")


            makedirs = mkdir = listdir = remove = rename = rmdir = _no_files
            """;

    /** os.path: string operations on '/'-separated paths; no path exists. */
    static final String POSIXPATH = """
            sep = '/'


            def join(a, *parts):
                out = a
                for p in parts:
                    if p.startswith('/'):
                        out = p
                    elif out == '' or out.endswith('/'):
                        out += p
                    else:
                        out += '/' + p
                return out


            def split(p):
                i = p.rfind('/') + 1
                head, tail = p[:i], p[i:]
                if head and head != '/' * len(head):
                    head = head.rstrip('/')
                return head, tail


            def basename(p):
                return split(p)[1]


            def dirname(p):
                return split(p)[0]


            def splitext(p):
                base = basename(p)
                dot = base.rfind('.')
                if dot <= 0 or base[:dot] == '.' * dot:
                    return p, ''
                cut = len(p) - len(base) + dot
                return p[:cut], p[cut:]


            def exists(p):
                return False


            isfile = isdir = exists


            def abspath(p):
                return p if p.startswith('/') else join('/', p)


            def expanduser(p):
                return p
            """;

    /** CPython's pure-Python operator: the operators as functions, and the getters. */
    static final String OPERATOR = """
            _abs = abs

            def lt(a, b): return a < b
            def le(a, b): return a <= b
            def eq(a, b): return a == b
            def ne(a, b): return a != b
            def ge(a, b): return a >= b
            def gt(a, b): return a > b
            def not_(a): return not a
            def truth(a): return True if a else False
            def is_(a, b): return a is b
            def is_not(a, b): return a is not b
            def abs(a): return _abs(a)
            def add(a, b): return a + b
            def and_(a, b): return a & b
            def floordiv(a, b): return a // b
            def index(a): return a.__index__()
            def inv(a): return ~a
            invert = inv
            def lshift(a, b): return a << b
            def mod(a, b): return a % b
            def mul(a, b): return a * b
            def matmul(a, b): return a @ b
            def neg(a): return -a
            def or_(a, b): return a | b
            def pos(a): return +a
            def pow(a, b): return a ** b
            def rshift(a, b): return a >> b
            def sub(a, b): return a - b
            def truediv(a, b): return a / b
            def xor(a, b): return a ^ b
            def concat(a, b): return a + b
            def contains(a, b): return b in a
            def countOf(a, b): return sum(1 for i in a if i is b or i == b)
            def indexOf(a, b):
                for i, j in enumerate(a):
                    if j is b or j == b:
                        return i
                raise ValueError('sequence.index(x): x not in sequence')
            def getitem(a, b): return a[b]
            def setitem(a, b, c): a[b] = c
            def delitem(a, b): del a[b]

            class attrgetter:
                def __init__(self, attr, *attrs):
                    self._attrs = (attr,) + attrs
                def _get(self, obj, name):
                    for part in name.split('.'):
                        obj = getattr(obj, part)
                    return obj
                def __call__(self, obj):
                    if len(self._attrs) == 1:
                        return self._get(obj, self._attrs[0])
                    return tuple(self._get(obj, a) for a in self._attrs)

            class itemgetter:
                def __init__(self, item, *items):
                    self._items = (item,) + items
                def __call__(self, obj):
                    if len(self._items) == 1:
                        return obj[self._items[0]]
                    return tuple(obj[i] for i in self._items)

            class methodcaller:
                def __init__(self, name, *args, **kwargs):
                    self._name = name
                    self._args = args
                    self._kwargs = kwargs
                def __call__(self, obj):
                    return getattr(obj, self._name)(*self._args, **self._kwargs)

            def iadd(a, b):
                a += b
                return a
            def imul(a, b):
                a *= b
                return a
            """;

    /** CPython's pure-Python heapq: a min-heap kept in a list. */
    static final String HEAPQ = """
            def heappush(heap, item):
                heap.append(item)
                _siftdown(heap, 0, len(heap) - 1)

            def heappop(heap):
                lastelt = heap.pop()
                if heap:
                    returnitem = heap[0]
                    heap[0] = lastelt
                    _siftup(heap, 0)
                    return returnitem
                return lastelt

            def heapreplace(heap, item):
                returnitem = heap[0]
                heap[0] = item
                _siftup(heap, 0)
                return returnitem

            def heappushpop(heap, item):
                if heap and heap[0] < item:
                    item, heap[0] = heap[0], item
                    _siftup(heap, 0)
                return item

            def heapify(x):
                for i in reversed(range(len(x) // 2)):
                    _siftup(x, i)

            def _siftdown(heap, startpos, pos):
                newitem = heap[pos]
                while pos > startpos:
                    parentpos = (pos - 1) >> 1
                    parent = heap[parentpos]
                    if newitem < parent:
                        heap[pos] = parent
                        pos = parentpos
                        continue
                    break
                heap[pos] = newitem

            def _siftup(heap, pos):
                endpos = len(heap)
                startpos = pos
                newitem = heap[pos]
                childpos = 2 * pos + 1
                while childpos < endpos:
                    rightpos = childpos + 1
                    if rightpos < endpos and not heap[childpos] < heap[rightpos]:
                        childpos = rightpos
                    heap[pos] = heap[childpos]
                    pos = childpos
                    childpos = 2 * pos + 1
                heap[pos] = newitem
                _siftdown(heap, startpos, pos)

            # documented as equivalent to these, ties included
            def nlargest(n, iterable, key=None):
                return sorted(iterable, key=key, reverse=True)[:n]

            def nsmallest(n, iterable, key=None):
                return sorted(iterable, key=key)[:n]
            """;

    static final String BISECT = """
            def _bisect(a, x, lo, hi, key, right):
                # the first place after the items <= x (right), or after those < x
                if lo < 0:
                    raise ValueError('lo must be non-negative')
                if hi is None:
                    hi = len(a)
                while lo < hi:
                    mid = (lo + hi) // 2
                    v = a[mid] if key is None else key(a[mid])
                    if (x < v) if right else not (v < x):
                        hi = mid
                    else:
                        lo = mid + 1
                return lo

            def bisect_right(a, x, lo=0, hi=None, *, key=None):
                return _bisect(a, x, lo, hi, key, True)

            def bisect_left(a, x, lo=0, hi=None, *, key=None):
                return _bisect(a, x, lo, hi, key, False)

            def insort_right(a, x, lo=0, hi=None, *, key=None):
                a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)

            def insort_left(a, x, lo=0, hi=None, *, key=None):
                a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)

            bisect = bisect_right
            insort = insort_right
            """;

    static final String STRING = """
            whitespace = ' \\t\\n\\r\\v\\f'
            ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
            ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
            ascii_letters = ascii_lowercase + ascii_uppercase
            digits = '0123456789'
            hexdigits = digits + 'abcdef' + 'ABCDEF'
            octdigits = '01234567'
            punctuation = r\"\"\"!"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\"\"\"
            printable = digits + ascii_letters + punctuation + whitespace

            def capwords(s, sep=None):
                return (sep or ' ').join([w.capitalize() for w in s.split(sep)])
            """;

    /**
     * Notebooks' {@code IPython.display} as a script run sees it: display prints its objects, as IPython does
     * without a shell, and clear_output has no output to clear (the page keeps all a run prints).
     */
    static final String IPYTHON_DISPLAY = """
            def display(*objs, **kwargs):
                print(*objs)

            def clear_output(wait=False):
                pass
            """;

    /**
     * {@code abc}: ABC refuses to make an instance while a method is still abstract, as CPython's ABCMeta does; the
     * abstract names are found when the instance is made rather than kept with the class. Slope's class statement
     * takes no metaclass, so ABCMeta is for isinstance and subclassing only.
     */
    static final String ABC = """
            def abstractmethod(funcobj):
                funcobj.__isabstractmethod__ = True
                return funcobj

            def _abstract(value):
                return getattr(value, '__isabstractmethod__', False) or getattr(getattr(value, 'fget', None), '__isabstractmethod__', False)

            class ABCMeta(type):
                pass

            class ABC:
                def __new__(cls, *args, **kwargs):
                    names = sorted(name for name in dir(cls) if _abstract(getattr(cls, name, None)))
                    if names:
                        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                                        % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
                    return super().__new__(cls)
            """;

    /**
     * {@code contextlib}'s everyday part. A contextmanager's generator gets the with body's exception at its yield
     * through gen.throw, as in CPython, so its try/except/finally around the yield sees it and may suppress it.
     */
    static final String CONTEXTLIB = """
            import functools

            class ContextDecorator:
                def _recreate_cm(self):
                    return self

                def __call__(self, func):
                    @functools.wraps(func)
                    def inner(*args, **kwds):
                        with self._recreate_cm():
                            return func(*args, **kwds)
                    return inner

            class _GeneratorContextManager(ContextDecorator):
                def __init__(self, func, args, kwds):
                    self.gen = func(*args, **kwds)
                    self.func, self.args, self.kwds = func, args, kwds

                def _recreate_cm(self):
                    # a decorated function makes a fresh generator for each call
                    return self.__class__(self.func, self.args, self.kwds)

                def __enter__(self):
                    try:
                        return next(self.gen)
                    except StopIteration:
                        raise RuntimeError("generator didn't yield") from None

                def __exit__(self, typ, value, traceback):
                    if typ is None:
                        try:
                            next(self.gen)
                        except StopIteration:
                            return False
                        raise RuntimeError("generator didn't stop")
                    if value is None:
                        value = typ()
                    try:
                        self.gen.throw(value)
                    except StopIteration as exc:
                        # the generator caught the exception and returned: suppressed
                        return exc is not value
                    except RuntimeError as exc:
                        if exc is value:
                            return False
                        if isinstance(value, StopIteration) and exc.__cause__ is value:
                            return False
                        raise
                    except BaseException as exc:
                        if exc is not value:
                            raise
                        return False
                    raise RuntimeError("generator didn't stop after throw()")

            def contextmanager(func):
                @functools.wraps(func)
                def helper(*args, **kwds):
                    return _GeneratorContextManager(func, args, kwds)
                return helper

            class suppress:
                def __init__(self, *exceptions):
                    self._exceptions = exceptions

                def __enter__(self):
                    pass

                def __exit__(self, exctype, excinst, exctb):
                    return exctype is not None and issubclass(exctype, self._exceptions)

            class nullcontext:
                def __init__(self, enter_result=None):
                    self.enter_result = enter_result

                def __enter__(self):
                    return self.enter_result

                def __exit__(self, *excinfo):
                    pass

            class closing:
                def __init__(self, thing):
                    self.thing = thing

                def __enter__(self):
                    return self.thing

                def __exit__(self, *exc_info):
                    self.thing.close()
            """;

    /** {@code types}: SimpleNamespace, and the type objects of functions, methods, generators and modules. */
    static final String TYPES = """
            import sys

            def _f():
                pass

            def _g():
                yield

            class _C:
                def _m(self):
                    pass

            FunctionType = LambdaType = type(_f)
            MethodType = type(_C()._m)
            GeneratorType = type(_g())
            BuiltinFunctionType = BuiltinMethodType = type(len)
            ModuleType = type(sys)
            NoneType = type(None)

            class SimpleNamespace:
                def __init__(self, **kwargs):
                    self.__dict__.update(kwargs)

                def __repr__(self):
                    name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
                    return name + '(' + ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items()) + ')'

                def __eq__(self, other):
                    if isinstance(other, SimpleNamespace):
                        return self.__dict__ == other.__dict__
                    return NotImplemented

            del _f, _g, _C
            """;

    static void install(Interpreter in) {
        in.addPythonModule("os", OS);
        in.addPythonModule("posixpath", POSIXPATH);
        in.addPythonModule("os.path", "from posixpath import *\n");
        in.addPythonModule("collections", COLLECTIONS);
        in.addPythonModule("functools", FUNCTOOLS);
        in.addPythonModule("itertools", ITERTOOLS);
        in.addPythonModule("typing", TYPING);
        in.addPythonModule("dataclasses", DATACLASSES);
        in.addPythonModule("json", JsonModule.SOURCE);
        in.addPythonModule("warnings", WarningsModule.SOURCE);
        ReModule.install(in);
        in.addPythonModule("operator", OPERATOR);
        in.addPythonModule("heapq", HEAPQ);
        in.addPythonModule("bisect", BISECT);
        in.addPythonModule("string", STRING);
        in.addPythonModule("abc", ABC);
        in.addPythonModule("contextlib", CONTEXTLIB);
        in.addPythonModule("types", TYPES);
        in.addPythonModule("IPython", "");
        in.addPythonModule("IPython.display", IPYTHON_DISPLAY);
    }
}
