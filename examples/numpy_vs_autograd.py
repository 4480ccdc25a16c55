# Fit y = sin(x) with a cubic twice: with NumPy and gradients worked out by hand,
# then with torch, where autograd finds the same gradients from the loss alone.
import math
import numpy as np
import torch
import matplotlib.pyplot as plt

x = np.linspace(-math.pi, math.pi, 2000)
y = np.sin(x)
np.random.seed(0)
start = np.random.randn(4)
lr = 1e-6

a, b, c, d = start
for t in range(1000):
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    grad_y_pred = 2.0 * (y_pred - y)          # d(loss)/d(y_pred) for loss = sum((y_pred - y)^2)
    a -= lr * grad_y_pred.sum()
    b -= lr * (grad_y_pred * x).sum()
    c -= lr * (grad_y_pred * x ** 2).sum()
    d -= lr * (grad_y_pred * x ** 3).sum()
print(f'NumPy:    y = {a:.4f} + {b:.4f} x + {c:.4f} x^2 + {d:.4f} x^3')

X, Y = torch.from_numpy(x), torch.from_numpy(y)  # float64, sharing NumPy's memory
w = torch.tensor(start, requires_grad=True)
for t in range(1000):
    y_pred = w[0] + w[1] * X + w[2] * X ** 2 + w[3] * X ** 3
    loss = (y_pred - Y).pow(2).sum()
    loss.backward()                               # no gradient written by hand
    with torch.no_grad():
        w -= lr * w.grad
        w.grad = None
print(f'autograd: y = {w[0]:.4f} + {w[1]:.4f} x + {w[2]:.4f} x^2 + {w[3]:.4f} x^3')

plt.plot(x, y, label='sin(x)')
plt.plot(x, (w[0] + w[1] * X + w[2] * X ** 2 + w[3] * X ** 3).detach().numpy(), '--', label='cubic fit')
plt.legend()
plt.title('Same fit, gradients by hand and by autograd')
plt.show()
