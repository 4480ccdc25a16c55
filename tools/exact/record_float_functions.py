"""Records PyTorch's float32 results of the transcendental kernels for a fixed set of inputs, as bit
patterns, so Slope's ports (slope/tensor/SleefFloat.java) can be checked bit for bit.
Usage: python3 record_float_functions.py OUT.json"""
import json, random, struct, sys
import torch

def f32(v):
    return struct.unpack('<f', struct.pack('<f', v))[0]

def bits(t):
    return t.view(torch.int32).tolist()

rng = random.Random(20261127)
xs = [f32(-3 + 0.5 * i) for i in range(13)] + [f32(-1.774)]
for lo, hi, n in [(-1, 1, 600), (-10, 10, 800), (-100, 100, 400), (-1e4, 1e4, 200), (-90, 90, 400)]:
    xs += [f32(rng.uniform(lo, hi)) for _ in range(n)]
xs += [f32(2.0 ** rng.uniform(-30, 30)) for _ in range(400)]
x = torch.tensor(xs, dtype=torch.float32)
pos = x.abs() + 1e-30
fns = {
    'sin': torch.sin, 'cos': torch.cos, 'tan': torch.tan, 'tanh': torch.tanh, 'exp': torch.exp,
    'log': lambda t: torch.log(t.abs() + 1e-30), 'sigmoid': torch.sigmoid, 'expm1': torch.expm1,
    'log1p': lambda t: torch.log1p(t.abs()), 'sqrt': lambda t: torch.sqrt(t.abs()),
    'pow1.7': lambda t: t.abs() ** 1.7, 'atan': torch.atan, 'sinh': torch.sinh, 'cosh': torch.cosh,
}
out = {'torch': torch.__version__, 'capability': torch.backends.cpu.get_cpu_capability(),
       'mkl': torch.backends.mkl.is_available(), 'config': torch.__config__.show(),
       'x': bits(x), 'vector': {}, 'single': {}, 'strided': {}}
one = 300  # first inputs also run one element at a time (the scalar/tail path)
for name, f in fns.items():
    with torch.no_grad():
        out['vector'][name] = bits(f(x))
        out['single'][name] = [bits(f(x[i:i + 1]))[0] for i in range(one)]
        # non-contiguous input (every other element of an interleaved copy)
        y = torch.stack([x, x], 1)[:, 0]
        out['strided'][name] = bits(f(y))
# outer-dim and inner-dim float32 sums of awkward shapes
sums = {}
for shape in [(20, 20), (3, 37), (37, 3), (100, 17), (17, 100), (5, 6, 70), (129, 5), (1000, 3), (33, 64)]:
    n = 1
    for s in shape: n *= s
    m = torch.sin(torch.arange(n) * 1.3).reshape(shape)
    sums[str(shape)] = {str(d): bits(m.sum(d).reshape(-1)) for d in range(len(shape))}
    sums[str(shape)]['all'] = bits(m.sum().reshape(-1))
out['sums'] = sums
json.dump(out, open(sys.argv[1], 'w'))
