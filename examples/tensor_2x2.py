# Gradient of a sum over a 2x2 tensor: d/dx sum(x^2 + 2x + 1) = 2x + 2, elementwise.
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
y = torch.sum(x**2 + 2*x + 1)
print(y)
y.backward()
print(x.grad)
