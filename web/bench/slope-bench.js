// Slope's engine (slope.wasm, wasm-gc) as one more engine of shared/bench's browser page:
// window.runBench('slope') runs W1..W5 as Python programs through the exported run() and times
// each inside the program with time.perf_counter (medians where the peers take medians).
(function () {
  const PROGRAMS = {
    W1: `import torch, time
def w1(n):
    acc = 0.0
    for i in range(1, n + 1):
        x = torch.tensor(2.0 + i * 1e-6, requires_grad=True)
        y = 2 * x ** 2 + 3 * x + 1
        y.backward()
        acc += x.grad.item()
    return acc
w1(20000)
t0 = time.perf_counter()
acc = w1(200000)
print((time.perf_counter() - t0) * 1e9 / 200000, acc)
`,
    W2: `import torch, time
x = torch.linspace(-1.0, 1.0, 1000000, requires_grad=True)
ts = []
for i in range(30):
    x.grad = None
    t0 = time.perf_counter()
    y = (x ** 2 + 2 * x + 1).sum()
    y.backward()
    if i >= 5:
        ts.append((time.perf_counter() - t0) * 1000)
ts.sort()
print((ts[12]), y.item())
`,
    W3: `import torch, time
torch.manual_seed(3)
x = torch.rand(100000)
y = 2 * x + 3 + 0.1 * torch.randn(100000)
def fit(steps):
    k = torch.tensor(0.0, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)
    opt = torch.optim.SGD([k, b], lr=0.1)
    for s in range(steps):
        opt.zero_grad()
        loss = ((k * x + b - y) ** 2).mean()
        loss.backward()
        opt.step()
    return k.item(), b.item()
fit(20)
t0 = time.perf_counter()
k, b = fit(500)
print((time.perf_counter() - t0) * 1000, k, b)
`,
    W4: `import torch, time
torch.manual_seed(4)
X = torch.rand(256, 784)
labels = torch.randint(0, 10, (256,))
onehot = (torch.arange(10).unsqueeze(0) == labels.unsqueeze(1)).float()
g1 = (6 / (784 + 128)) ** 0.5
g2 = (6 / (128 + 10)) ** 0.5
W1 = ((torch.rand(784, 128) * 2 - 1) * g1).requires_grad_()
b1 = torch.zeros(128, requires_grad=True)
W2 = ((torch.rand(128, 10) * 2 - 1) * g2).requires_grad_()
b2 = torch.zeros(10, requires_grad=True)
params = [W1, b1, W2, b2]
opt = torch.optim.SGD(params, lr=0.01)
ts = []
for i in range(30):
    t0 = time.perf_counter()
    opt.zero_grad()
    logits = torch.relu(X @ W1 + b1) @ W2 + b2
    loss = -(torch.log_softmax(logits, 1) * onehot).sum(1).mean()
    loss.backward()
    opt.step()
    if i >= 5:
        ts.append((time.perf_counter() - t0) * 1000)
ts.sort()
print(ts[12], loss.item())
`,
    W5: `import torch, time
def run(steps):
    x = torch.tensor(-1.5, requires_grad=True)
    y = torch.tensor(2.0, requires_grad=True)
    opt = torch.optim.Adam([x, y], lr=0.01, betas=(0.9, 0.999), eps=1e-8)
    for s in range(steps):
        opt.zero_grad()
        f = (1 - x) ** 2 + 100 * (y - x ** 2) ** 2
        f.backward()
        opt.step()
    return x.item(), y.item()
run(200)
t0 = time.perf_counter()
x, y = run(10000)
print((time.perf_counter() - t0) * 1000, x, y)
`,
  };
  const KEYS = { W1: ["ns_per_iter", "check"], W2: ["ms", "y"], W3: ["ms", "k", "b"], W4: ["ms", "loss_last"], W5: ["ms", "x", "y"] };

  const previous = window.runBench;
  window.runBench = async function (engine, opts = {}) {
    if (engine !== "slope") return previous(engine, opts);
    const log = m => { console.log(`[chromium slope] ${m}`); document.getElementById("log").textContent += m + "\n"; };
    const t0 = performance.now();
    const teavm = await TeaVM.wasmGC.load("/browser/slope.wasm");
    const out = { env: "chromium", engine: "slope-wasm-gc", ua: navigator.userAgent, load_ms: performance.now() - t0,
                  date: new Date().toISOString(), results: {} };
    for (const [w, code] of Object.entries(PROGRAMS)) {
      if ((opts.skip || []).includes(w)) continue;
      const r = JSON.parse(teavm.exports.runWith(code, 1e12, 600000, 0));
      if (r.error) { log(`${w} failed: ${r.error.type}: ${r.error.message} (line ${r.error.line})`); out.results[w] = { error: r.error }; continue; }
      const nums = r.stdout.trim().split(/\s+/).map(Number);
      const res = {};
      KEYS[w].forEach((k, i) => { res[k] = nums[i]; });
      out.results[w] = w === "W2" ? { f32: { ms: res.ms, gbps: 8e6 / (res.ms * 1e6), y: res.y }, f64: null } : res;
      log(`${w} ${r.stdout.trim()}`);
    }
    return out;
  };
})();
