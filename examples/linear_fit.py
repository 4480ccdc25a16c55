# Learn y = kx + b from the points (1, 5) and (2, 7) by plain gradient descent.
import torch

xs = torch.tensor([1.0, 2.0])
ys = torch.tensor([5.0, 7.0])
k = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
lr = 0.1
for step in range(2000):
    loss = ((k * xs + b - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        k -= lr * k.grad
        b -= lr * b.grad
    k.grad.zero_()
    b.grad.zero_()
    if step % 500 == 0:
        print(f"step {step}: loss {loss.item():.6f}")
print(f"k = {k.item():.4f}, b = {b.item():.4f}")
