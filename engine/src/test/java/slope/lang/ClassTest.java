package slope.lang;

import static slope.lang.PythonAssert.*;

import org.junit.jupiter.api.Test;

/** Classes: attributes, methods, inheritance, super(), properties and user-defined dunders. Expected output is what CPython 3.11 prints for the same source. */
class ClassTest {
    @Test
    void aClassesOwnNewMakesTheInstanceAndInitRunsOnlyOnOneOfTheClass() {
        // a singleton, a __new__ that returns None or another class, super().__new__ with and without arguments
        assertPrints("""
            class Singleton:
                _instance = None
                def __new__(cls, *args, **kwargs):
                    if cls._instance is None:
                        print("making", cls.__name__)
                        cls._instance = super().__new__(cls)
                    return cls._instance
                def __init__(self, value):
                    self.value = value
            a = Singleton(1)
            b = Singleton(2)
            print(a is b, a.value, type(a).__name__)
            class Positive:
                def __new__(cls, x):
                    if x < 0:
                        return None
                    obj = object.__new__(cls)
                    obj.sign = '+'
                    return obj
                def __init__(self, x):
                    self.x = x
            p = Positive(3)
            print(p.x, p.sign, Positive(-1))
            class Other:
                pass
            class Maker:
                def __new__(cls):
                    return Other()
                def __init__(self):
                    print("never")
            print(type(Maker()).__name__)
            class Child(Singleton):
                _instance = None
            c = Child(5)
            print(type(c).__name__, c.value, isinstance(c, Singleton))
            class E(Exception):
                def __new__(cls, *args):
                    return super().__new__(cls, *args)
            try:
                raise E("bad", 2)
            except E as e:
                print(e.args, str(e))
            class Bad:
                def __new__(cls, x):
                    return super().__new__(cls, x)
            try:
                Bad(1)
            except TypeError as e:
                print(e)
            class Plain:
                def __init__(self, x):
                    self.x = x
            print(Plain(4).x, object.__new__(Plain).__class__.__name__)
            """,
                """
                making Singleton
                True 2 Singleton
                3 + None
                Other
                making Child
                Child 5 True
                ('bad', 2) ('bad', 2)
                object.__new__() takes exactly one argument (the type to instantiate)
                4 Plain
                """);
    }

    @Test
    void instancesClassAttributesAndMethods() {
        assertPrints("""
            class Counter:
                total = 0
                def __init__(self, start=0):
                    self.n = start
                    Counter.total += 1
                def inc(self):
                    self.n += 1
                    return self
            a = Counter()
            b = Counter(10)
            a.inc().inc()
            print(a.n, b.n, Counter.total, a.total)
            """,
                """
                2 10 2 2
                """);
    }

    @Test
    void inheritanceAndSuper() {
        assertPrints("""
            class Layer:
                def __init__(self, name):
                    self.name = name
                def describe(self):
                    return "layer " + self.name
            class Linear(Layer):
                def __init__(self, n):
                    super().__init__("linear")
                    self.n = n
                def describe(self):
                    return super().describe() + f" ({self.n})"
            l = Linear(3)
            print(l.describe(), isinstance(l, Layer), isinstance(l, Linear), issubclass(Linear, Layer))
            print(type(l).__name__, type(l) is Linear, Linear.__name__)
            """,
                """
                layer linear (3) True True True
                Linear True Linear
                """);
    }

    @Test
    void twoArgumentSuperAsInOlderTutorials() {
        assertPrints("""
            class Module:
                def __init__(self):
                    self.training = True
            class Net(Module):
                def __init__(self, n):
                    super(Net, self).__init__()
                    self.n = n
            class Deeper(Net):
                def __init__(self):
                    Net.__init__(self, 7)
            d = Deeper()
            print(d.training, d.n)
            """,
                """
                True 7
                """);
    }

    @Test
    void reprStrAndDefaultRepr() {
        assertPrints("""
            class P:
                def __init__(self, x):
                    self.x = x
                def __repr__(self):
                    return f"P({self.x})"
            class Q(P):
                def __str__(self):
                    return "q!"
            print(P(1), [P(2)], str(Q(3)), repr(Q(3)), f"{Q(4)}")
            """,
                """
                P(1) [P(2)] q! P(3) q!
                """);
    }

    @Test
    void arithmeticDundersAndReflectedOperands() {
        assertPrints("""
            class V:
                def __init__(self, x):
                    self.x = x
                def __add__(self, o):
                    return V(self.x + (o.x if isinstance(o, V) else o))
                def __radd__(self, o):
                    return V(o + self.x)
                def __mul__(self, k):
                    return V(self.x * k)
                __rmul__ = __mul__
                def __neg__(self):
                    return V(-self.x)
                def __eq__(self, o):
                    return isinstance(o, V) and o.x == self.x
                def __lt__(self, o):
                    return self.x < o.x
                def __repr__(self):
                    return f"V({self.x})"
            print(V(1) + V(2), V(1) + 5, 5 + V(1), 3 * V(2), V(2) * 3, -V(4))
            print(V(1) == V(1), V(1) != V(2), sorted([V(3), V(1)]), sum([V(1), V(2)], V(0)))
            """,
                """
                V(3) V(6) V(6) V(6) V(6) V(-4)
                True True [V(1), V(3)] V(3)
                """);
    }

    @Test
    void containerDunders() {
        assertPrints("""
            class Seq:
                def __init__(self, n):
                    self.n = n
                def __len__(self):
                    return self.n
                def __getitem__(self, i):
                    if i >= self.n:
                        raise IndexError(i)
                    return i * 10
                def __setitem__(self, i, v):
                    print("set", i, v)
                def __contains__(self, x):
                    return x == "magic"
            s = Seq(3)
            s[1] = "v"
            print(len(s), s[2], list(s), "magic" in s, bool(Seq(0)))
            """,
                """
                set 1 v
                3 20 [0, 10, 20] True False
                """);
    }

    @Test
    void iterProtocol() {
        assertPrints("""
            class Countdown:
                def __init__(self, n):
                    self.n = n
                def __iter__(self):
                    return self
                def __next__(self):
                    if self.n == 0:
                        raise StopIteration
                    self.n -= 1
                    return self.n
            print(list(Countdown(3)), [x for x in Countdown(2)])
            """,
                """
                [2, 1, 0] [1, 0]
                """);
    }

    @Test
    void callableObjectsAndSetattrGetattrHooks() {
        assertPrints("""
            class Module:
                def __init__(self):
                    object.__setattr__(self, "_params", {})
                def __setattr__(self, name, value):
                    if isinstance(value, float):
                        self._params[name] = value
                    object.__setattr__(self, name, value)
                def __getattr__(self, name):
                    return f"<missing {name}>"
                def __call__(self, x):
                    return self.forward(x)
            class Net(Module):
                def __init__(self):
                    super().__init__()
                    self.w = 2.0
                    self.label = "net"
                def forward(self, x):
                    return self.w * x
            n = Net()
            print(n(3), n._params, n.label, n.nothing)
            """,
                """
                6.0 {'w': 2.0} net <missing nothing>
                """);
    }

    @Test
    void propertiesStaticAndClassMethods() {
        assertPrints("""
            class T:
                scale = 2
                def __init__(self, v):
                    self._v = v
                @property
                def v(self):
                    return self._v * self.scale
                @v.setter
                def v(self, x):
                    self._v = x
                @staticmethod
                def zero():
                    return T(0)
                @classmethod
                def make(cls, v):
                    return cls(v)
            t = T.make(3)
            t.v = 5
            print(t.v, T.zero().v, hasattr(t, "v"), getattr(t, "missing", "dflt"))
            """,
                """
                10 0 True dflt
                """);
    }

    @Test
    void attributeErrorNamesTheClass() {
        assertFails("""
            class A:
                pass
            A().missing
            """,
                "AttributeError: 'A' object has no attribute 'missing'", 3);
    }

    @Test
    void setsAndDictsHashInstancesByTheirClassesHashAndEq() {
        // as CPython: __hash__ and __eq__ decide; __eq__ alone (or __hash__ = None) makes instances unhashable;
        // namedtuples hash as tuples; a dataclass is hashable when frozen
        assertPrints("""
            import collections, dataclasses
            class A:
                def __init__(self, v): self.v = v
                def __repr__(self): return f"A({self.v})"
                def __eq__(self, o): return isinstance(o, A) and self.v == o.v
                def __hash__(self): return hash(self.v)
            print({A(1), A(1), A(2)}, {A(1): 'x', A(1): 'y'}, hash(A(5)), A(1) in {A(1)})
            class B:
                def __eq__(self, o): return True
            class C:
                __hash__ = None
            for make in (B, C):
                try:
                    {make()}
                except TypeError as e:
                    print(e)
            class D:
                pass
            d = D()
            print(len({d, d, D()}))
            P = collections.namedtuple('P', 'x y')
            print({P(1, 2): 3}[P(1, 2)], hash(P(1, 2)) == hash((1, 2)))
            @dataclasses.dataclass(frozen=True)
            class F:
                x: int
            @dataclasses.dataclass
            class G:
                x: int
            print(len({F(1), F(1)}))
            try:
                {G(1)}
            except TypeError as e:
                print(e)
            """,
                """
                {A(1), A(2)} {A(1): 'y'} 5 True
                unhashable type: 'B'
                unhashable type: 'C'
                2
                3 True
                1
                unhashable type: 'G'
                """);
    }

    @Test
    void dunderDictIsTheInstancesOwnDict() {
        assertPrints("""
            class A:
                def __init__(self, **kw):
                    self.__dict__.update(kw)
            a = A(x=1, y=2)
            print(a.x, a.y, vars(a), a.__dict__ is vars(a))
            a.__dict__['z'] = 3
            a.w = 4
            print(a.z, 'z' in a.__dict__, a.__dict__)
            del a.__dict__['x']
            print(hasattr(a, 'x'), [n for n in dir(a) if not n.startswith('__')])
            a.__dict__ = {'q': 9}
            print(a.q, hasattr(a, 'y'))
            try:
                a.__dict__ = 5
            except TypeError as e:
                print('TypeError:', e)
            import copy
            b = copy.copy(a); c = copy.deepcopy(a)
            b.q = 10
            print(a.q, b.q, c.q, b.__dict__ is a.__dict__)
            """,
                """
                1 2 {'x': 1, 'y': 2} True
                3 True {'x': 1, 'y': 2, 'z': 3, 'w': 4}
                False ['w', 'y', 'z']
                9 False
                TypeError: __dict__ must be set to a dictionary, not a 'int'
                9 10 9 False
                """);
    }
}
