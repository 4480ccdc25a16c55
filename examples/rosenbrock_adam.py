# Descend the Rosenbrock function (1 - x)^2 + 100 (y - x^2)^2 from (-1.5, 2) with Adam.
import torch

p = torch.tensor([-1.5, 2.0], requires_grad=True)
opt = torch.optim.Adam([p], lr=0.01)
for i in range(5000):
    opt.zero_grad()
    f = (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
    f.backward()
    opt.step()
print(p)
print(round(f.item(), 6))
