# A small convolutional network learns to tell vertical bars from horizontal ones.
import torch
import torch.nn as nn
import torch.nn.functional as F
import matplotlib.pyplot as plt

torch.manual_seed(0)

def bars(n):
    """n noisy 8x8 images, each with one bar; label 1 for vertical, 0 for horizontal."""
    images = 0.1 * torch.randn(n, 1, 8, 8)
    labels = torch.randint(0, 2, (n,))
    where = torch.randint(1, 7, (n,))
    for i in range(n):
        if labels[i] == 1:
            images[i, 0, :, where[i]] += 1.0
        else:
            images[i, 0, where[i], :] += 1.0
    return images, labels

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, kernel_size=3, padding=1)  # four 3x3 filters
        self.fc = nn.Linear(4 * 4 * 4, 2)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv(x)), 2)  # 8x8 -> 4x4
        return self.fc(torch.flatten(x, 1))

X, y = bars(64)
net = Net()
print(net)
optimizer = torch.optim.Adam(net.parameters(), lr=0.05)
losses = []
for step in range(40):
    optimizer.zero_grad()
    loss = F.cross_entropy(net(X), y)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())

X_test, y_test = bars(100)
accuracy = (net(X_test).argmax(1) == y_test).float().mean()
print(f'loss {losses[0]:.3f} -> {losses[-1]:.3f}, test accuracy {accuracy:.2f}')

fig, axes = plt.subplots(1, 5, figsize=(10, 2))
axes[0].plot(losses)
axes[0].set_title('loss')
for k in range(4):
    axes[k + 1].imshow(net.conv.weight[k, 0].detach(), cmap='Greys')
    axes[k + 1].set_title(f'filter {k}')
plt.show()
