# Fit y = 2x + 3 with nn.Linear, MSELoss and SGD, the standard PyTorch training loop.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-1, 1, 20).reshape(-1, 1)
y = 2 * x + 3

model = nn.Linear(1, 1)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

for epoch in range(500):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if epoch % 100 == 0:
        print(f"epoch {epoch}: loss {loss.item():.6f}")

print(model)
print(f"k = {model.weight.item():.4f}, b = {model.bias.item():.4f}")
