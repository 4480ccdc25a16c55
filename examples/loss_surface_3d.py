# The mean squared error of a line fit y = w*x + b, seen over (w, b), is a bowl. Gradient descent
# walks down it: draw the surface in 3-D with the path SGD took, one point per step.
import torch
import matplotlib.pyplot as plt

torch.manual_seed(0)
x = torch.linspace(-1, 1, 50)
y = 2 * x + 1 + 0.2 * torch.randn(50)

def loss(w, b):
    return ((w * x + b - y) ** 2).mean()

w = torch.tensor(-2.0, requires_grad=True)
b = torch.tensor(3.5, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)
path = []
for step in range(60):
    opt.zero_grad()
    l = loss(w, b)
    l.backward()
    path.append([w.item(), b.item(), l.item()])
    opt.step()
print(f"w = {w.item():.3f}, b = {b.item():.3f}, loss = {loss(w, b).item():.4f}")

# the loss at every (w, b) of a grid: broadcast the 50 points along a last dimension
W, B = torch.meshgrid(torch.linspace(-3, 5, 40), torch.linspace(-2, 4, 40), indexing='xy')
L = ((W.unsqueeze(-1) * x + B.unsqueeze(-1) - y) ** 2).mean(-1)
path = torch.tensor(path)

fig = plt.figure(figsize=(8, 6))
ax = fig.add_subplot(projection='3d')
surf = ax.plot_surface(W, B, L, cmap='viridis', alpha=0.6)
ax.plot(path[:, 0], path[:, 1], path[:, 2], 'r.-', label='SGD, lr 0.1')
ax.set_xlabel('w')
ax.set_ylabel('b')
ax.set_zlabel('loss')
ax.set_title('The loss surface of a line fit')
fig.colorbar(surf, shrink=0.5, aspect=8)
ax.legend()
plt.show()
