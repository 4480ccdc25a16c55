# np.random.default_rng: NumPy's Generator over PCG64. Printed by NumPy 2.4.6 into default_rng_cases.out.
import numpy as np


def total(values):
    # a sum in draw order, the same on both sides: one number that changes with any draw
    s = 0.0
    for v in values:
        s += v
    return s


print("-- seeds: random, standard_normal, integers")
for seed in (0, 1, 42, 12345, 2**32 + 5, 2**62 + 7):
    rng = np.random.default_rng(seed)
    print(seed, rng.random(), rng.random(3))
    print(rng.standard_normal(3), rng.integers(0, 100, size=5))
print(np.random.default_rng(0))

print("-- random and uniform: sizes as int and tuple")
rng = np.random.default_rng(7)
print(rng.random((2, 3)))
print(repr(rng.random(4)))
print(rng.uniform(-2, 3, size=4), rng.uniform(), rng.uniform(5, 6))
print(rng.uniform(size=(2, 2)), rng.uniform(1.5, 1.5, 2))

print("-- normal: scalars, arrays broadcast, and 200000 draws with the ziggurat's wedges and tail")
rng = np.random.default_rng(2024)
print(rng.normal(), rng.normal(10, 2), rng.normal(1.0, 0.5, size=(2, 2)))
print(rng.normal([0, 10, 100], [1, 2, 3]))
print(rng.normal(np.zeros((2, 2)), 1.0), rng.standard_normal())
x = rng.standard_normal(200000)
tail = x[np.abs(x) > 3.6541528853610088]
print(repr(total(x.tolist())), len(tail))
print(tail.tolist())
print(x[-3:].tolist())
for seed in (3, 99):
    x = np.random.default_rng(seed).normal(5.0, 2.0, 100000)
    print(seed, repr(total(x.tolist())), x[np.abs(x - 5.0) > 7.5].tolist())

print("-- exponential: 200000 draws (tail values to 10 decimals: they go through the C library's log)")
rng = np.random.default_rng(2024)
print(rng.exponential(), rng.exponential(2.0, 3), rng.standard_exponential(2))
e = rng.exponential(1.5, 200000)
print(round(total(e.tolist()), 6), [round(v, 10) for v in e[e > 11.5].tolist()], e[-2:].tolist())

print("-- integers")
rng = np.random.default_rng(11)
print(rng.integers(10, size=8), rng.integers(5), rng.integers(-5, 5, size=6))
print(rng.integers(1, 6, size=5, endpoint=True), rng.integers(-3, -1, endpoint=True, size=4))
print(rng.integers(7, 8, size=4), rng.integers(0, 1), rng.integers(5, 5, endpoint=True, size=2), rng.random())
print(rng.integers(0, 2**32 - 1, size=3), rng.integers(0, 2**32, size=3), rng.integers(0, 2**32 + 1, size=3))
print(rng.integers(0, 2**40, size=4), rng.integers(-2**45, 2**45, size=3))
print(rng.integers(0, 3 * 2**30, size=12))
print(rng.integers(3, size=(2, 3), dtype=np.int32), rng.integers(3, dtype=np.int32), rng.integers(5, size=0))
# ranges past 2**53, one at a time: arrays of them would pass through float64 in Slope
print([int(rng.integers(0, 2**62 + 12345)) for _ in range(4)])
print([int(rng.integers(-2**62 * 2, 2**62 - 1 + 2**62)) for _ in range(4)])
print([int(rng.integers(-2**62 * 2, 2**62 - 1 + 2**62, endpoint=True)) for _ in range(3)])
print([int(rng.integers(0, 3 * 2**61)) for _ in range(8)])
rng = np.random.default_rng(5)
print(rng.integers(10), rng.random(), rng.integers(10), rng.integers(10), rng.standard_normal(), rng.integers(10))

print("-- choice")
rng = np.random.default_rng(3)
print(rng.choice(10, 4, replace=False), rng.choice(5, 6), rng.choice([10, 20, 30], 5))
print(rng.choice(4, 3, p=[0.1, 0.2, 0.3, 0.4]), rng.choice(4, 3, replace=False, p=[0.1, 0.2, 0.3, 0.4]))
print(rng.choice(6, 6, replace=False, p=[0.05, 0.05, 0.1, 0.2, 0.3, 0.3]))
print(rng.choice(5), rng.choice(5, replace=False), rng.choice([0.5, 1.5]), rng.choice(3, p=[0.2, 0.3, 0.5]))
print(rng.choice(np.arange(10) * 1.5, size=(2, 2), replace=False), rng.choice([[1, 2], [3, 4], [5, 6]], 2))
print(rng.choice(20000, 500, replace=False)[:8], rng.choice(20000, 5, replace=False))
print(rng.choice(20000, 500, replace=False, shuffle=False)[-5:], rng.choice(100, 10, replace=False, shuffle=False))

print("-- permutation and shuffle")
rng = np.random.default_rng(8)
print(rng.permutation(10), rng.permutation(np.array([1.5, 2.5, 3.5])))
print(rng.permutation(np.arange(6).reshape(3, 2)))
a = np.arange(8)
rng.shuffle(a)
print(a)
m = np.arange(12).reshape(4, 3)
rng.shuffle(m)
print(m)
names = ['a', 'b', 'c', 'd', 'e', 'f']
rng.shuffle(names)
print(names)

print("-- Generator(PCG64(seed)) is default_rng(seed)")
g = np.random.Generator(np.random.PCG64(7))
print(g.random(3), np.random.default_rng(7).random(3), np.random.default_rng(g) is g)
g = np.random.default_rng(np.random.PCG64(9))
print(g.integers(100, size=4), np.random.default_rng(9).integers(100, size=4))
