// The engine as the page drives it: one module Worker running slope.wasm. Stop terminates the
// worker at once (a runaway loop never yields) and starts a fresh one for the next run.

const WASM_GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0]); // (type (struct (field i32)))

export function wasmGcSupported() {
  try {
    return typeof WebAssembly === "object" && WebAssembly.validate(WASM_GC_PROBE);
  } catch {
    return false;
  }
}

export class Engine {
  constructor(onState = () => {}) {
    this.onState = onState;
    this.nextId = 1;
    this.pending = new Map();
    this.start();
  }

  start() {
    this.worker = new Worker("/worker.js", { type: "module" });
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = ({ data }) => {
        if (data.type === "ready") {
          this.loadMs = data.loadMs;
          resolve(data.loadMs);
          this.onState("ready");
        } else if (data.type === "fatal") {
          reject(new Error(data.message));
          this.onState("fatal", data.message);
        } else if (data.type === "result") {
          const p = this.pending.get(data.id);
          if (!p) return;
          this.pending.delete(data.id);
          const result = JSON.parse(data.json);
          result.ms = data.ms;
          p.resolve(result);
        }
      };
      this.worker.onerror = e => {
        const message = e.message || "the engine's worker failed to start";
        reject(new Error(message));
        this.onState("fatal", message);
      };
    });
    this.ready.catch(() => {});
  }

  /** Runs code; resolves with the run result object (stdout, error, variables, graph, figures). */
  run(code, options = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, code: String(code), options });
    });
  }

  get busy() {
    return this.pending.size > 0;
  }

  /** Ends every run now: they resolve with a KeyboardInterrupt, as Ctrl-C in Python. */
  stop() {
    this.worker.terminate();
    const stopped = [...this.pending.values()];
    this.pending.clear();
    this.start();
    for (const p of stopped) {
      p.resolve({ stdout: "", error: { type: "KeyboardInterrupt", message: "stopped", line: 0, column: 0 }, stopped: true });
    }
  }
}
