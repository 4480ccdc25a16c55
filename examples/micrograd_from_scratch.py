# Reverse-mode autodiff from scratch, as in Karpathy's micrograd: each Value remembers the values it
# was made from and how to pass a gradient back to them. backward() visits the graph in reverse
# topological order. Then PyTorch computes the same gradients, to compare.
import math
import torch

class Value:
    def __init__(self, data, children=(), op=''):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = children
        self._op = op

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), '+')
        def _backward():
            self.grad += out.grad            # d(a + b)/da = 1
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), '*')
        def _backward():
            self.grad += other.data * out.grad   # d(a * b)/da = b
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, k):
        out = Value(self.data ** k, (self,), f'**{k}')
        def _backward():
            self.grad += k * self.data ** (k - 1) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), 'tanh')
        def _backward():
            self.grad += (1 - t ** 2) * out.grad
        out._backward = _backward
        return out

    def backward(self):
        order, seen = [], set()
        def visit(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    visit(child)
                order.append(v)
        visit(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()

    __radd__ = __add__
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __sub__(self, other): return self + (-other)
    def __truediv__(self, other): return self * other ** -1
    def __repr__(self): return f"Value(data={self.data:.4f}, grad={self.grad:.4f})"

# a neuron: tanh(w1*x1 + w2*x2 + b), and a squared error
x1, x2 = Value(2.0), Value(-1.0)
w1, w2, b = Value(-0.5), Value(1.5), Value(0.8)
y = (w1 * x1 + w2 * x2 + b).tanh()
loss = (y - 0.5) ** 2
loss.backward()
print('micrograd:', loss)
print('  dloss/dw1 =', round(w1.grad, 6), ' dloss/dw2 =', round(w2.grad, 6), ' dloss/db =', round(b.grad, 6))

# the same in PyTorch, in float64 as Python's floats are
x = torch.tensor([2.0, -1.0], dtype=torch.float64)
w = torch.tensor([-0.5, 1.5], dtype=torch.float64, requires_grad=True)
bt = torch.tensor(0.8, dtype=torch.float64, requires_grad=True)
lt = (torch.tanh(w @ x + bt) - 0.5) ** 2
lt.backward()
print('PyTorch:  ', lt)
print('  dloss/dw1 =', round(w.grad[0].item(), 6), ' dloss/dw2 =', round(w.grad[1].item(), 6), ' dloss/db =', round(bt.grad.item(), 6))
