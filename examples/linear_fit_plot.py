# Fit y = kx + b to noisy points by gradient descent, then plot the loss (log scale) and the fitted line.
import torch
import matplotlib.pyplot as plt

torch.manual_seed(0)
xs = torch.linspace(0, 5, 40)
ys = 2 * xs + 3 + 0.5 * torch.randn(40)

k = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
opt = torch.optim.SGD([k, b], lr=0.02)
losses = []
for step in range(500):
    opt.zero_grad()
    loss = ((k * xs + b - ys) ** 2).mean()
    loss.backward()
    opt.step()
    losses.append(loss.item())
print(f"k = {k.item():.2f}, b = {b.item():.2f}, loss = {losses[-1]:.4f}")

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
ax1.plot(losses)
ax1.set_yscale('log')
ax1.set_title('Loss')
ax1.set_xlabel('step')
ax1.set_ylabel('mean squared error')
ax1.grid(True)

ax2.scatter(xs, ys, label='data')
with torch.no_grad():
    ax2.plot(xs, k * xs + b, 'r-', label=f'y = {k.item():.2f}x + {b.item():.2f}')
ax2.set_title('Fitted line')
ax2.set_xlabel('x')
ax2.set_ylabel('y')
ax2.legend()
plt.tight_layout()
plt.show()
