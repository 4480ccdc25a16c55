// The engine's Web Worker: loads slope.wasm once, then runs one program per message.
// The page terminates this worker to stop a run at once and starts a fresh one.
import "./slope.wasm-runtime.js";

// Run once after loading, its result dropped: a module's first run compiles and initializes what
// every program uses (tens of ms), and this pays for it before the learner presses Run. A run asked
// for meanwhile waits for it, and then needs no more than it would have.
const WARM_UP = "import torch\nx = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)\n"
  + "y = (2 * x ** 2 + 3 * x + 1).sum()\ny.backward()\nprint(x.grad, y.item())\n";

const engine = (async () => {
  const t0 = performance.now();
  const teavm = await globalThis.TeaVM.wasmGC.load("slope.wasm");
  postMessage({ type: "ready", loadMs: performance.now() - t0 });
  teavm.exports.runWith(WARM_UP, 0, 0, 0, 0);
  return teavm;
})();
engine.catch(e => postMessage({ type: "fatal", message: String((e && e.message) || e) }));

onmessage = async ({ data: { id, code, options = {} } }) => {
  const teavm = await engine;
  const t0 = performance.now();
  let json;
  try {
    json = teavm.exports.runWith(code, options.maxSteps || 0, options.maxMillis || 0, options.maxElements || 0,
      options.maxOutput || 0);
  } catch (e) {
    // A wasm trap: deep recursion overflows the stack (a RangeError); anything else is Slope's bug, named so.
    const overflow = e instanceof RangeError;
    json = JSON.stringify({ stdout: "", error: { type: overflow ? "RecursionError" : "SystemError",
      message: (overflow ? "the browser's stack ran out (" : "internal error in Slope (") + String((e && e.message) || e) + ")",
      line: 0, column: 0 } });
  }
  postMessage({ type: "result", id, json, ms: performance.now() - t0 });
};
