// The examples menu: the tutorial's programs, in the order a learner meets them.
export const EXAMPLES = [
  {
    id: "scalar",
    title: "Scalar autograd",
    code: `import torch

x = torch.tensor(3.0, requires_grad=True)
y = x ** 2 + 5 * x + 1
y.backward()
print(x.grad)  # dy/dx = 2x + 5 = 11
`,
  },
  {
    id: "tensor2x2",
    title: "2x2 tensor",
    code: `import torch

x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
y = x ** 2 + 2 * x + 1
z = y.sum()
z.backward()
print(z)
print(x.grad)  # dz/dx = 2x + 2
`,
  },
  {
    id: "linear",
    title: "Learn y = kx + b",
    code: `import torch
import matplotlib.pyplot as plt

torch.manual_seed(0)
x = torch.linspace(0, 1, 50)
y = 2 * x + 3 + 0.1 * torch.randn(50)

k = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
lr = 0.1
losses = []
for step in range(500):
    loss = ((k * x + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        k -= lr * k.grad
        b -= lr * b.grad
    k.grad.zero_()
    b.grad.zero_()
    losses.append(loss.item())

print(f"k = {k.item():.3f}, b = {b.item():.3f}, loss = {losses[-1]:.5f}")

plt.plot(losses)
plt.yscale('log')
plt.title('loss')
plt.xlabel('step')
plt.show()

plt.scatter(x, y, label='data')
plt.plot(x, (k * x + b).detach(), 'r', label='fit')
plt.legend()
plt.title('fitted line')
plt.show()
`,
  },
  {
    id: "second",
    title: "Second derivative",
    code: `import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
dy, = torch.autograd.grad(y, x, create_graph=True)
d2y, = torch.autograd.grad(dy, x)
print(dy)   # 3x^2 = 12
print(d2y)  # 6x = 12
`,
  },
  {
    id: "module",
    title: "nn.Module with Adam",
    code: `import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.linspace(-2, 2, 64).unsqueeze(1)
y = torch.sin(x)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(1, 16)
        self.out = nn.Linear(16, 1)

    def forward(self, x):
        return self.out(torch.tanh(self.hidden(x)))

model = Net()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
for epoch in range(300):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d}  loss {loss.item():.5f}")
print(f"final loss {loss.item():.5f}")
`,
  },
  {
    id: "rosenbrock",
    title: "Rosenbrock descent",
    code: `import torch
import matplotlib.pyplot as plt

def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2

xs = torch.linspace(-2, 2, 100)
ys = torch.linspace(-1, 3, 100)
X, Y = torch.meshgrid(xs, ys, indexing='xy')
plt.contour(X, Y, torch.log(rosenbrock(X, Y) + 1), levels=20)

for name, make, steps in [('SGD', lambda p: torch.optim.SGD(p, lr=0.0015), 2000),
                          ('Adam', lambda p: torch.optim.Adam(p, lr=0.02), 2000)]:
    p = torch.tensor([-1.5, 2.0], requires_grad=True)
    opt = make([p])
    path_x, path_y = [p[0].item()], [p[1].item()]
    for i in range(steps):
        opt.zero_grad()
        loss = rosenbrock(p[0], p[1])
        loss.backward()
        opt.step()
        if i % 20 == 0:
            path_x.append(p[0].item())
            path_y.append(p[1].item())
    print(f"{name}: ({p[0].item():.4f}, {p[1].item():.4f}) loss {loss.item():.6f}")
    plt.plot(path_x, path_y, label=name)

plt.scatter([1.0], [1.0], color='k', label='minimum')
plt.legend()
plt.title('Rosenbrock: descent paths')
plt.show()
`,
  },
];
