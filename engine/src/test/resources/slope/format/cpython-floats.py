# Writes cpython-floats.tsv for PyNumbersTest: python3 cpython-floats.py > cpython-floats.tsv
import random, struct, math
random.seed(20261127)
def f32(x): return struct.unpack('f', struct.pack('f', x))[0]
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 123456789012345678.0,
        1e-4, 1e-5, 0.0001, 0.00001, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        f32(0.1), f32(1e-5), f32(123456789.0), 0.27086448669433594, 4.485176086425781, 2.5, 0.125, 0.03125,
        9.99995, 9.9999, 99999.99995, 0.99995, 0.000049999, 2**-44, 2**-1022, 2**-1074 * 3, 2.0**63, 2.0**62, 2.0**64,
        2.0**52 + 0.5, 2.0**53, 2.0**53 + 2, 1e8, 99999999.5, 1.00005, f32(1.00005)]
for k in range(-30, 31):
    vals += [10.0**k, math.nextafter(10.0**k, 0), math.nextafter(10.0**k, math.inf), 2.0**k, f32(10.0**k)]
for _ in range(250):  # float32 values of all sizes
    vals.append(f32(random.uniform(-1, 1) * 10 ** random.uniform(-45, 38)))
for _ in range(150):  # ordinary doubles
    vals.append(random.uniform(-1, 1) * 10 ** random.uniform(-8, 9))
for _ in range(100):  # any double
    vals.append(struct.unpack('d', struct.pack('Q', random.getrandbits(63)))[0] * random.choice([1, -1]))
for _ in range(150):  # exact ties at various digits
    n = random.randint(1, 30); vals.append(random.randint(-10**6, 10**6) / 2**n)
for _ in range(60):  # float32 values that print near a rounding boundary
    vals.append(f32(round(random.uniform(-100, 100), random.randint(1, 5)) + random.choice([5e-5, -5e-5, 5e-6, 0])))
vals = [v for v in vals if math.isfinite(v)]
specs = ['.0f', '.1f', '.4f', '.7f', '.0e', '.4e', '.12e']
print('# bits\trepr\t' + '\t'.join(specs) + '   (CPython ' + __import__('sys').version.split()[0] + '; "-" = not checked)')
for v in vals:
    cols = ['%016x' % struct.unpack('Q', struct.pack('d', v))[0], repr(v)]
    for s in specs:
        cols.append(format(v, s) if s.endswith('e') or abs(v) < 1e25 else '-')
    print('\t'.join(cols))
