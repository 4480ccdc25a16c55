"""Records PyTorch values that pin down Slope's float32 emulation: sums of given inputs (order), linspace,
pow and tanh_backward on vector and scalar paths. Usage: python3 record_exactness.py OUT.json"""
import json, sys
import torch

def bits(t):
    return t.contiguous().view(torch.int32).reshape(-1).tolist()

out = {'sums': [], 'linspace': [], 'pow': {}, 'tanh_backward': {}}
for shape, c in [((20, 20), 1.3), ((4, 6, 10), 0.7), ((3, 37), 1.1), ((37, 3), 1.1), ((100, 17), 0.3), ((17, 100), 0.3),
                 ((5, 6, 70), 0.9), ((129, 5), 1.7), ((1000, 3), 0.2), ((33, 64), 0.5), ((10000,), 0.01), ((4099,), 1.1),
                 ((2, 3, 4, 5), 0.4), ((64, 40), 2.1)]:
    n = 1
    for s in shape: n *= s
    m = torch.sin(torch.arange(n) * c).reshape(shape)
    dims = [[d] for d in range(len(shape))] + ([[0, len(shape) - 1]] if len(shape) > 1 else []) + [list(range(len(shape)))]
    out['sums'].append({'shape': list(shape), 'x': bits(m),
                        'sum': {','.join(map(str, d)): bits(m.sum(d)) for d in dims},
                        'sum_t': bits(m.t().sum(0)) if len(shape) == 2 else None})
for a, b, n in [(0, 1, 7), (-1.5, 2.5, 101), (-3, 3, 13), (-10, 10, 1000), (0, 1, 33), (0.1, 7.3, 64), (-2, 5, 17), (1, 2, 250)]:
    out['linspace'].append({'start': a, 'end': b, 'steps': n, 'y': bits(torch.linspace(a, b, n))})
x = torch.linspace(0.01, 10, 1000) * torch.linspace(1, 1.37, 1000)
out['pow_x'] = bits(x)
for e in [1.7, -1.5, 0.3, 3.0, -2.0, 2.5]:
    out['pow'][str(e)] = {'vector': bits(x ** e), 'single': [bits(x[i:i + 1] ** e)[0] for i in range(64)]}
y = torch.tanh(torch.linspace(-4, 4, 1000))
g = torch.cos(torch.linspace(0, 30, 1000))
out['tb_y'] = bits(y)
out['tb_g'] = bits(g)
out['tanh_backward'] = {'vector': bits(torch.ops.aten.tanh_backward(g, y)),
                        'single': [bits(torch.ops.aten.tanh_backward(g[i:i + 1], y[i:i + 1]))[0] for i in range(64)],
                        'sigmoid_backward': bits(torch.ops.aten.sigmoid_backward(g, y))}
json.dump(out, open(sys.argv[1], 'w'))
