# Second and third derivatives of y = x^3 + sin(x) with create_graph=True.
import torch

x = torch.tensor(1.5, requires_grad=True)
y = x ** 3 + torch.sin(x)
(g,) = torch.autograd.grad(y, x, create_graph=True)
(h,) = torch.autograd.grad(g, x, create_graph=True)
(t,) = torch.autograd.grad(h, x)
print(g.item(), h.item(), t.item())
