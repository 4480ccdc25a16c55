#!/usr/bin/env python3
"""Writes tools/cases/format.cases.json (python3 tools/cases/format_cases.py > tools/cases/format.cases.json).

Each case is PyTorch printing code plus, per print call, a model of what it prints (shape, dtype, exact
values, suffixes), so PyTorchCasesTest checks Slope's formatter alone against the recorded stdout."""
import json, math, sys
import numpy as np

F32, F64, I64, BOOL = "FLOAT32", "FLOAT64", "INT64", "BOOL"
TORCH = {F32: "torch.float32", F64: "torch.float64", I64: "torch.int64", BOOL: "torch.bool"}


def rnd(v, dt):
    if dt == F32:
        with np.errstate(over="ignore"):
            return float(np.float32(v))
    if dt == F64:
        return float(v)
    if dt == I64:
        return int(v)
    return bool(v)


def vstr(v, dt):
    if dt == BOOL:
        return "1" if v else "0"
    if dt == I64:
        return str(int(v))
    return repr(float(v))  # 'nan', 'inf', '-0.0', shortest digits


class T:
    """A tensor expression and its exact contents."""
    def __init__(self, expr, shape, flat, dt, suffixes=()):
        self.expr, self.shape, self.flat, self.dt, self.suffixes = expr, list(shape), list(flat), dt, list(suffixes)

    def group(self):
        depth = 0
        for ch in self.expr:  # a space outside brackets means a binary operator
            depth += ch in "([" and 1 or ch in ")]" and -1 or 0
            if ch == " " and depth == 0:
                return f"({self.expr})"
        return self.expr

    def model(self):
        return {"kind": "tensor", "shape": self.shape, "dtype": self.dt,
                "values": " ".join(vstr(v, self.dt) for v in self.flat), "suffixes": self.suffixes}

    def map(self, expr_fmt, fn, dt=None, suffixes=None):
        dt = dt or self.dt
        return T(expr_fmt.format(self.group()), self.shape, [rnd(fn(v), dt) for v in self.flat], dt,
                 self.suffixes if suffixes is None else suffixes)

    def reshape(self, *shape):
        return T(f"{self.group()}.reshape({', '.join(map(str, shape))})", shape, self.flat, self.dt, self.suffixes)


def shape_of(nested):
    if isinstance(nested, (list, tuple)):
        if not nested:
            return [0]
        return [len(nested)] + shape_of(nested[0])
    return []


def flatten(nested):
    if isinstance(nested, (list, tuple)):
        return [x for n in nested for x in flatten(n)]
    return [nested]


def lit_str(nested, dt):
    if isinstance(nested, (list, tuple)):
        return "[" + ", ".join(lit_str(n, dt) for n in nested) + "]"
    if dt == BOOL:
        return "True" if nested else "False"
    if dt == I64:
        return str(int(nested))
    v = float(nested)
    if math.isnan(v):
        return "float('nan')"
    if math.isinf(v):
        return "float('inf')" if v > 0 else "-float('inf')"
    return repr(v)


def tensor(nested, dt=F32, rg=False, explicit_dtype=False):
    args = [lit_str(nested, dt)]
    if dt in (F64,) or explicit_dtype:
        args.append("dtype=" + TORCH[dt])
    if rg:
        args.append("requires_grad=True")
    return T(f"torch.tensor({', '.join(args)})", shape_of(nested), [rnd(v, dt) for v in flatten(nested)], dt,
             ["requires_grad=True"] if rg else [])


def arange(n, dt=F32):
    expr = {F32: f"torch.arange({n}.)", I64: f"torch.arange({n})", F64: f"torch.arange({n}, dtype=torch.float64)"}[dt]
    return T(expr, [n], [rnd(i, dt) for i in range(n)], dt)


def full(shape, value, dt=F32, fn="full"):
    args = ", ".join(map(str, shape))
    n = int(np.prod(shape)) if shape else 1
    if fn == "zeros" or fn == "ones":
        expr = f"torch.{fn}({args}{', dtype=' + TORCH[dt] if dt != F32 else ''})"
    else:
        expr = f"torch.full(({args}{',' if len(shape) == 1 else ''}), {lit_str(value, dt)}{', dtype=' + TORCH[dt] if dt != F32 else ''})"
    return T(expr, shape, [rnd(value, dt)] * n, dt)


def size(t, expr=None):
    return (expr or f"{t.expr}.shape"), {"kind": "size", "shape": t.shape}


def item(t):
    assert len(t.flat) == 1
    return f"{t.expr}.item()", {"kind": "item", "dtype": t.dt, "value": vstr(t.flat[0], t.dt)}


def tolist(t):
    return f"{t.expr}.tolist()", {"kind": "tolist", "shape": t.shape, "dtype": t.dt,
                                  "values": " ".join(vstr(v, t.dt) for v in t.flat)}


def show(*args):
    """One print call with these arguments (tensors or (expr, model) pairs)."""
    out = []
    for a in args:
        out.append((a.expr, a.model()) if isinstance(a, T) else a)
    return out


CASES = []


def case(cid, *stmts):
    lines, prints = ["import torch"], []
    for s in stmts:
        if isinstance(s, str):
            lines.append(s)
        else:
            if not isinstance(s, list):
                s = show(s)
            lines.append("print(" + ", ".join(e for e, _ in s) + ")")
            prints.append([m for _, m in s])
    CASES.append({"id": "format-" + cid, "code": "\n".join(lines) + "\n", "prints": prints})


def var(name, t):
    """Assign t to a variable; the returned T prints through the name."""
    return f"{name} = {t.expr}", T(name, t.shape, t.flat, t.dt, t.suffixes)


nan, inf = float("nan"), float("inf")

# ---- fixed notation, float32 -------------------------------------------------
case("fixed-1d", tensor([1.5, -2.25, 3.125]), tensor([0.1, 0.2, 0.3]), tensor([-0.5, 0.25]))
case("fixed-2d", tensor([[0.4842, -0.1305, 2.5755], [-0.6347, 0.321, -4.0226]]), tensor([[0.5, 0.25], [0.125, 0.0625]]))
case("fixed-widths", tensor([-1.5, 10.25, -100.125]), tensor([12345.5, 100.25, -3.75]), tensor([99999.5, 1000.25]))
case("fixed-round-float32-value", tensor([1.00005, 2.00005, 0.12345]), tensor([1.00005], F64), tensor([0.00015, 0.00025]))
case("fixed-round-half-even", tensor([0.03125, 0.15625, 0.65625, 1.03125]), tensor([0.5, 2.5]).map("{} + 0.03125", lambda v: v + 0.03125))
case("fixed-rounds-up-to-wider", tensor([9.99996, 1.5]), tensor([-9.99996, 0.5]), tensor([99.99999, 0.25]))
case("fixed-0d", tensor(3.25), tensor(-0.5), tensor(0.1), tensor(1234.5678))
case("fixed-ratio-1000-stays-fixed", tensor([0.5, 500.0]), tensor([0.125, 125.0]), tensor([-0.25, 250.0]))
case("fixed-ratio-over-1000-is-sci", tensor([0.5, 500.5]), tensor([0.125, 125.5]), tensor([0.001, 1.5]))

# ---- integer-valued floats -----------------------------------------------------
case("intmode-basic", tensor([1.0, 2.0, 3.0]), tensor([[4.0, 6.0], [8.0, 10.0]]), tensor(11.0), tensor([-1.0, 100.0]))
case("intmode-zeros-ones", full([3], 0, fn="zeros"), full([2, 2], 1, fn="ones"), tensor([0.0, 0.0]), tensor(0.0))
case("intmode-ratio-boundary", tensor([1000.0, 1.0]), tensor([1001.0, 1.0]), tensor([-1000.0, 1.0, 0.0]))
case("intmode-1e8-boundary", tensor([1e8]), tensor([1e8, 1e6]), tensor([123456789.0]), tensor(1e9), tensor([99999999.0]))
case("intmode-big-float64", tensor([1e8], F64), tensor([100000001.0], F64), tensor([99999999.0, 1e7], F64))
case("intmode-nonfinite", tensor([1.0, nan]), tensor([1.0, inf, -inf]), tensor([10.0, -inf]), tensor([100.0, nan, 2.0]))

# ---- scientific ----------------------------------------------------------------
case("sci-small", tensor([1e-5, 1.0]), tensor([0.00001, 0.00002]), tensor(1e-5), tensor([-1e-5, 2.5e-6]))
case("sci-large", tensor([1e10, 1.0]), tensor([1.5e20, 2.5]), tensor([3.4e38]), tensor(-1e12))
case("sci-mixed-signs-2d", tensor([[1e10, -1e-10], [1.0, -2.0]]), tensor([[-123456.0, 0.5], [7.0, 0.001]]))
case("sci-1e-4-boundary", tensor([1e-4]), tensor([1e-4, 1e-3], F64), tensor([0.00011, 0.0002]), tensor([0.0001, 0.0002], F64), tensor([0.000099, 0.0002], F64))
case("sci-1e8-boundary", tensor([1e8, 2e5 + 0.5], F64), tensor([100000000.5, 2e5], F64), tensor([99999999.5, 2e5], F64))
case("sci-rounds-up-exponent", tensor([999999.9, 1.0]), tensor([9.99996e-5, 1.0]), tensor([-9.99999e9, 1.0]))
case("sci-round-half-even", tensor([1.03125, 1e-5]), tensor([1.0000762939453125, 1e-7]))
case("sci-subnormal", tensor([1e-45]), tensor([1e-40, 1.0]), tensor([1.4e-45, -3e-44]))
case("sci-float64-3-digit-exponent", tensor([1e-300, 1e300], F64), tensor([5e-324, 1.0], F64), tensor([1e100, -2.5], F64))
case("sci-nonfinite", tensor([1e-5, nan, inf, -inf]), tensor([[1e10, nan], [-inf, 1.0]]))
case("sci-zero-among", tensor([0.0, 1e-5, 1.0]), tensor([-0.0, 1e-5]), tensor([[0.0, 1e9], [1.0, 0.0]]))
case("sci-wide-3d", tensor([[[1e-6, 2e-6], [3.5, -4.25]], [[1e3, 2e3], [0.0, nan]]]))

# ---- nan, inf, negative zero ------------------------------------------------------
case("nonfinite-only", tensor([nan]), tensor([inf, -inf, nan]), tensor(nan), tensor(-inf), tensor([0.0, nan]))
case("nonfinite-fixed", tensor([1.5, nan]), tensor([-0.25, inf, -inf]), tensor([[nan, 0.5], [1.25, -inf]]))
case("negative-zero", tensor(-0.0), tensor([0.0, -0.0]), tensor([-0.0, 1.5]), tensor([-0.0, 1.0]), tensor([[1.2877, 0.0, 1.5534], [-1.1682, -0.0, -1.4092]]))
case("negative-zero-float64", tensor([-0.0], F64), tensor([-0.0, 2.5], F64), tensor(-0.0, F64))

# ---- float64 ---------------------------------------------------------------------
case("float64-basic", tensor([1.0, 2.0], F64), tensor([0.1, 0.2, 0.3], F64), tensor(2.5, F64), tensor(0.1, F64))
case("float64-2d", tensor([[1 / 7, 2 / 7], [3 / 7, -4 / 7]], F64), tensor([[1.0, 2.0], [3.0, 4.0]], F64))
case("float64-many-digits", tensor([0.123456789012345, 9876.54321], F64), tensor([1.00005, 2.00005], F64))

# ---- int64 and bool ------------------------------------------------------------------
case("int64-basic", tensor([1, 2, 3], I64), tensor([[1, -2], [30, 400]], I64), tensor(5, I64), tensor(-7, I64))
case("int64-wide-values", tensor([2 ** 40, -1, 0], I64), tensor([10 ** 15, -10 ** 15], I64))
case("int64-from-float", tensor([1.7, -2.7, 0.0]).map("{}.long()", lambda v: math.trunc(v), I64), arange(12, I64).reshape(3, 4))
case("bool-basic", tensor([True, False], BOOL), tensor([True, True], BOOL), tensor(True, BOOL), tensor(False, BOOL))
case("bool-2d-and-compare", tensor([[True, False], [False, True]], BOOL), tensor([0.5, 1.5, 2.5]).map("({} > 1)", lambda v: v > 1, BOOL))

# ---- dimensions, brackets, blank lines ---------------------------------------------
case("shape-unit-dims", full([1, 3], 1, fn="ones"), full([3, 1], 1, fn="ones"), full([1, 1, 1], 1, fn="ones"), tensor([[2.5]]))
case("3d-int-mode", arange(24).reshape(2, 3, 4))
case("3d-fixed", arange(24).map("{} / 8", lambda v: v / 8).reshape(2, 3, 4))
case("3d-int64", arange(24, I64).reshape(2, 3, 4), arange(8, I64).reshape(2, 2, 2))
case("4d", arange(48).map("{} / 4", lambda v: v / 4).reshape(2, 2, 3, 4))
case("4d-int64-and-5d", arange(16, I64).reshape(2, 2, 2, 2), full([1, 1, 1, 1, 2], 0, fn="zeros"))
case("3d-bool", arange(8).map("({} > 3)", lambda v: v > 3, BOOL).reshape(2, 2, 2))
case("3d-float64", tensor([[[0.5, -1.25]], [[2.0, 3.0]]], F64))

# ---- line wrapping ------------------------------------------------------------------------
case("wrap-1d-int-mode", arange(30))
case("wrap-1d-fixed", arange(30).map("{} / 8", lambda v: v / 8), arange(30).map("-{} / 16", lambda v: -v / 16))
case("wrap-1d-int64", arange(100, I64))
case("wrap-1d-sci", tensor([float(f"{i}e-5") for i in range(20)]))
case("wrap-2d-rows", arange(40).map("{} / 8", lambda v: v / 8).reshape(2, 20), arange(60, I64).reshape(2, 30))
case("wrap-3d-rows", arange(60).map("{} * 1.5", lambda v: v * 1.5).reshape(2, 2, 15))
case("wrap-exact-fit", arange(9).map("{} + 0.5", lambda v: v + 0.5), arange(10).map("{} + 0.5", lambda v: v + 0.5),
     arange(14).map("{} + 10.5", lambda v: v + 10.5))
case("wrap-float64", arange(12, F64).map("{} / 4", lambda v: v / 4), arange(24, F64).map("{} / 4", lambda v: v / 4).reshape(2, 12))
case("wrap-bool", arange(30).map("({} % 3 == 0)", lambda v: v % 3 == 0, BOOL))

# ---- summarization (> 1000 elements) ----------------------------------------------------
case("summary-1d-sci", arange(2000))
case("summary-1d-fixed", arange(1001).map("{} / 1024", lambda v: v / 1024), arange(1001).map("({} - 500) / 8", lambda v: (v - 500) / 8))
case("summary-1d-int64", arange(1001, I64), arange(1500, I64).map("{} * 1000", lambda v: v * 1000))
case("not-summarized-at-1000", arange(1000, I64))
case("summary-2d", arange(1600).map("{} / 16", lambda v: v / 16).reshape(40, 40), arange(1100, I64).reshape(100, 11))
case("summary-2d-short-first-dim", arange(1250).map("{} / 8", lambda v: v / 8).reshape(5, 250), arange(1200, I64).reshape(600, 2))
case("summary-3d", arange(1280, I64).reshape(8, 8, 20), arange(1200).reshape(3, 20, 20))
case("summary-4d", arange(2401, I64).reshape(7, 7, 7, 7))
case("summary-hidden-values-ignored",
     "x = torch.ones(2001)", "x[1000] = 1e-5",
     show(("x", T("x", [2001], [1.0] * 1000 + [rnd(1e-5, F32)] + [1.0] * 1000, F32).model())))
case("summary-float64-bool", arange(1500, F64).map("{} / 4", lambda v: v / 4), arange(1001).map("({} % 2 == 0)", lambda v: v % 2 == 0, BOOL))
case("summary-wraps-ellipsis", arange(2000).map("{} * 1024", lambda v: v * 1024).map("-{}", lambda v: -v))

# ---- empty tensors ---------------------------------------------------------------------
case("empty-1d", T("torch.tensor([])", [0], [], F32), T("torch.zeros(0)", [0], [], F32))
case("empty-sizes", T("torch.zeros(0, 3)", [0, 3], [], F32), T("torch.zeros(2, 0)", [2, 0], [], F32), T("torch.zeros(0, 2, 3)", [0, 2, 3], [], F32))
case("empty-dtypes", T("torch.tensor([], dtype=torch.int64)", [0], [], I64), T("torch.zeros(0, dtype=torch.bool)", [0], [], BOOL),
     T("torch.zeros(0, 3, dtype=torch.float64)", [0, 3], [], F64))
case("empty-requires-grad", T("torch.zeros(0, requires_grad=True)", [0], [], F32, ["requires_grad=True"]),
     T("torch.zeros(2, 0, dtype=torch.float64, requires_grad=True)", [2, 0], [], F64, ["requires_grad=True"]))

# ---- suffixes ---------------------------------------------------------------------------
s, x = var("x", tensor([1.0, 2.0], rg=True))
case("requires-grad-and-mul", s, x, x.map("{} * 2", lambda v: v * 2, suffixes=["grad_fn=<MulBackward0>"]),
     T("x.sum()", [], [3.0], F32, ["grad_fn=<SumBackward0>"]))
s, x = var("x", tensor([[1.0, 2.0], [3.0, 4.0]], rg=True))
case("requires-grad-2d", s, x, x.map("({} + 1)", lambda v: v + 1, suffixes=["grad_fn=<AddBackward0>"]),
     T("(x ** 2).sum()", [], [30.0], F32, ["grad_fn=<SumBackward0>"]))
s, x = var("x", tensor(2.5, rg=True))
case("requires-grad-0d", s, x, x.map("-{}", lambda v: -v, suffixes=["grad_fn=<NegBackward0>"]), x.map("{} * 0", lambda v: v * 0.0, suffixes=["grad_fn=<MulBackward0>"]))
s, x = var("x", tensor([1.5, 2.5], F64, rg=True))
case("float64-with-grad", s, x, x.map("{} * 3", lambda v: v * 3, suffixes=["grad_fn=<MulBackward0>"]))
case("suffix-wrap-float64", *[tensor([0.5 + i for i in range(n)], F64) for n in (5, 6, 7, 8, 9)])
case("suffix-wrap-requires-grad", *[tensor([0.5 + i for i in range(n)], rg=True) for n in (6, 7, 8, 9, 10)])
case("suffix-wrap-both", *[tensor([0.25 + i for i in range(n)], F64, rg=True) for n in (3, 4, 5, 6)])
s, x = var("x", tensor([[1.5 + i + 10 * j for i in range(7)] for j in range(2)], rg=True))
case("suffix-after-2d", s, x, x.map("{} * 2", lambda v: v * 2, suffixes=["grad_fn=<MulBackward0>"]))
s, x = var("x", tensor([0.5 * i for i in range(12)], rg=True))
case("suffix-after-wrapped-rows", s, x, x.map("{} * 2", lambda v: v * 2, suffixes=["grad_fn=<MulBackward0>"]))
s, x = var("x", tensor([[1.0 + i for i in range(9)]], F64, rg=True))
case("suffix-float64-2d-grad", s, x, x.map("{} * 2", lambda v: v * 2, suffixes=["grad_fn=<MulBackward0>"]))

s, x = var("x", tensor([1.0, 2.0, 3.0], rg=True))
case("grad-after-backward", s, "y = (x * x).sum()", T("y", [], [14.0], F32, ["grad_fn=<SumBackward0>"]), "y.backward()",
     T("x.grad", [3], [2.0, 4.0, 6.0], F32), T("x.detach()", [3], [1.0, 2.0, 3.0], F32))
s, x = var("x", tensor([0.5, -1.5], rg=True))
case("no-grad-drops-suffix", s, "with torch.no_grad():\n    z = x * 2", T("z", [2], [1.0, -3.0], F32),
     T("x * 2", [2], [1.0, -3.0], F32, ["grad_fn=<MulBackward0>"]))
case("factories-with-dtype", full([3], 0, I64, fn="zeros"), full([2], 1, BOOL, fn="ones"), full([2, 2], 0.5, F64, fn="ones").map("{} / 2", lambda v: 0.5),
     full([2], -7, I64))
case("summary-sci-with-nan", T("torch.cat([torch.tensor([float('nan'), 1e-5]), torch.ones(1200) * 3, torch.tensor([float('inf')])])",
     [1203], [nan, rnd(1e-5, F32)] + [3.0] * 1200 + [inf], F32))

# ---- several tensors in one print, shape, item, tolist ----------------------------------
case("print-several", show(tensor(1.0), tensor([2.0, 3.0]), tensor(4, I64)), show(tensor([[1.0, 2.0], [3.0, 4.0]]), tensor(0.5)))
t2 = tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
case("shape", show(size(t2)), show(size(tensor(1.0))), show(size(T("torch.zeros(0, 3)", [0, 3], [], F32))),
     show(size(arange(24).reshape(2, 3, 4), "torch.arange(24.).reshape(2, 3, 4).size()")), show(size(tensor([5.0]))))
case("item", show(item(tensor(0.1))), show(item(tensor(0.1, F64))), show(item(tensor(5, I64))), show(item(tensor(True, BOOL))),
     show(item(tensor(1e-5))), show(item(tensor(123456789.0))), show(item(tensor(1e16, F64))), show(item(tensor(-0.0))),
     show(item(tensor(inf))), show(item(tensor(nan))), show(item(tensor(2.5))), show(item(tensor(1e22, F64))))
case("tolist", show(tolist(tensor([0.1, 0.5]))), show(tolist(tensor([[1.0, 2.0], [3.0, 4.0]]))), show(tolist(tensor([1, 2], I64))),
     show(tolist(tensor([True, False], BOOL))), show(tolist(tensor(2.5))), show(tolist(T("torch.zeros(0)", [0], [], F32))),
     show(tolist(tensor([[1e-5, 1e20]], F64))), show(tolist(arange(8).reshape(2, 2, 2))))
case("print-repr-and-str", show((f"repr(torch.tensor([1.5, 2.0]))", tensor([1.5, 2.0]).model())), show((f"str(torch.tensor(3))", tensor(3, I64).model())))

if __name__ == "__main__":
    json.dump(CASES, sys.stdout, indent=1)
    sys.stdout.write("\n")
    print(len(CASES), "cases", file=sys.stderr)
