# Your own backward rule: a torch.autograd.Function, checked against autograd's Jacobian.
import torch

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 3 * x ** 2  # d/dx x^3 = 3x^2

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = Cube.apply(x)
print(y)
y.sum().backward()
print(x.grad)
print(torch.autograd.functional.jacobian(lambda t: (t ** 3).sum(), x.detach()))
