# The derivative of y = 2x^2 + 3x + 1 at x = 2, by reverse-mode autograd: dy/dx = 4x + 3 = 11.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = 2 * x ** 2 + 3 * x + 1
y.backward()
print(x.grad)
