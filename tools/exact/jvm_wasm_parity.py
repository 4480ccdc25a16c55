# JVM/wasm parity of the float32 emulation: ./slope run tools/exact/jvm_wasm_parity.py > jvm.txt and
# web/chromium-check "$(cat tools/exact/jvm_wasm_parity.py)" must print the same stdout (they did on 2026-11-27).
import torch
x = torch.linspace(-20, 20, 3001) * 1.37
a = x.abs()
print(torch.sigmoid(x).sum().item(), torch.sigmoid(x)[::97].tolist())
print((a ** 1.7)[::89].tolist(), (a ** -0.3)[::101].tolist())
print(torch.log1p(a)[::83].tolist())
print(torch.linspace(-1.5, 2.5, 101)[::7].tolist())
m = torch.sigmoid(x[:3000]).reshape(30, 100)
print(m.sum(0)[::9].tolist(), m.sum(1)[::3].tolist(), m.var().item(), m.std(1)[::5].tolist(), m.norm().item())
y = x[:50].clone().requires_grad_()
torch.tanh(y / 10).sum().backward()
print(y.grad[::7].tolist())
print(torch.exp(x[::200]).tolist(), torch.tanh(x[::150]).tolist(), torch.sin(x[::130]).tolist())
print(torch.softmax(x[:1000].reshape(10, 100), 1)[:, ::13].tolist())
