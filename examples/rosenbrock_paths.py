# Descend the Rosenbrock function (1 - x)^2 + 100 (y - x^2)^2 from (-1.5, 2) with SGD + momentum and
# with Adam, and draw both paths over its contour lines.
import torch
import matplotlib.pyplot as plt

def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

def descend(make_optimizer, steps):
    p = torch.tensor([-1.5, 2.0], requires_grad=True)
    opt = make_optimizer([p])
    path = [p.tolist()]
    for _ in range(steps):
        opt.zero_grad()
        f = rosenbrock(p[0], p[1])
        f.backward()
        opt.step()
        path.append(p.tolist())
    return torch.tensor(path)

sgd = descend(lambda ps: torch.optim.SGD(ps, lr=2e-4, momentum=0.9), 2000)
adam = descend(lambda ps: torch.optim.Adam(ps, lr=0.02), 2000)
for name, path in [("SGD + momentum", sgd), ("Adam", adam)]:
    x, y = path[-1].tolist()
    print(f"{name}: ends at ({x:.3f}, {y:.3f}), f = {rosenbrock(x, y):.5f}")

X, Y = torch.meshgrid(torch.linspace(-2, 2, 200), torch.linspace(-1, 3, 200), indexing='xy')
Z = rosenbrock(X, Y)

plt.figure(figsize=(8, 6))
cs = plt.contour(X, Y, Z, levels=[0.5, 2, 8, 30, 100, 300, 1000, 2500], colors='gray', linewidths=0.8)
plt.clabel(cs, fmt='%g')
plt.plot(sgd[:, 0], sgd[:, 1], 'r.-', linewidth=3, markersize=5, alpha=0.6, label='SGD + momentum')
plt.plot(adam[:, 0], adam[:, 1], 'b--', label='Adam')
plt.plot(1, 1, 'k*', markersize=12, label='minimum (1, 1)')
plt.title('Rosenbrock: two optimizers from (-1.5, 2)')
plt.xlabel('x')
plt.ylabel('y')
plt.legend()
plt.show()
