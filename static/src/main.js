// The playground page: editor, Run/Stop, examples, the result panels, and window.slope.run for
// embeds and tests. Code runs in this page's own Web Worker: no request leaves the page.
import { createEditor } from "./editor.js";
import { Engine, wasmGcSupported } from "./engine.js";
import { EXAMPLES } from "./examples.js";
import { showOutput, showVariables, showPlots, showGraph } from "./panels.js";

const CODE_KEY = "slope.code";
const THEME_KEY = "slope.theme";
const DEFAULT_OPTIONS = { maxMillis: 20000 };
const $ = id => document.getElementById(id);

const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
const storedTheme = () => localStorage.getItem(THEME_KEY); // "light", "dark" or null: follow the system
const isDark = () => (storedTheme() ? storedTheme() === "dark" : systemDark.matches);

function setStatus(text, kind = "") {
  const s = $("status");
  s.textContent = text;
  s.dataset.kind = kind;
}

function applyTheme(editor) {
  document.documentElement.dataset.theme = isDark() ? "dark" : "light";
  $("theme").textContent = isDark() ? "Light" : "Dark";
  editor?.setDark(isDark());
}

/** 16 random bytes in base64url: a server run's id, chosen here so the page can watch the run as it goes. */
function newRunId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
const count = n => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e3 ? `${Math.round(n / 1e3)} k` : String(n));

function codeFromHash(hash) {
  if (!hash.startsWith("#code=")) return null;
  try {
    const b64 = hash.slice(6).replace(/-/g, "+").replace(/_/g, "/");
    return new TextDecoder().decode(Uint8Array.from(atob(b64), c => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function main() {
  applyTheme(null);
  // "Open in playground" from an embed carries the code as edited there: /#code=BASE64URL(UTF-8).
  const fromEmbed = codeFromHash(location.hash);
  if (fromEmbed !== null) {
    localStorage.setItem(CODE_KEY, fromEmbed);
    history.replaceState(null, "", location.pathname);
  }
  const saved = localStorage.getItem(CODE_KEY);
  // A share link (/s/ID): the server names the snippet in a meta tag. Its code replaces the local
  // draft only once the reader edits it.
  const snippetId = document.querySelector('meta[name="slope-snippet"]')?.content;
  let persist = !snippetId;
  const editor = createEditor($("editor"), {
    doc: snippetId ? "" : saved ?? EXAMPLES[0].code,
    dark: isDark(),
    onRun: () => runEditor(),
    onChange: code => { if (persist) localStorage.setItem(CODE_KEY, code); },
  });
  applyTheme(editor);
  systemDark.addEventListener("change", () => applyTheme(editor));
  $("theme").addEventListener("click", () => {
    localStorage.setItem(THEME_KEY, isDark() ? "light" : "dark");
    applyTheme(editor);
  });

  const menu = $("examples");
  for (const ex of EXAMPLES) menu.append(new Option(ex.title, ex.id));
  menu.addEventListener("change", () => {
    const ex = EXAMPLES.find(e => e.id === menu.value);
    if (ex) editor.code = ex.code;
    menu.value = "";
    editor.view.focus();
  });

  if (!wasmGcSupported()) {
    $("unsupported").hidden = false;
    $("run").disabled = true;
    setStatus("This browser cannot run WebAssembly GC", "error");
    window.slope = { run: () => Promise.reject(new Error("WebAssembly GC is not supported by this browser")) };
    return;
  }

  const engine = new Engine((state, message) => {
    if (state === "ready" && !engine.busy) setStatus(`Ready (engine loaded in ${Math.round(engine.loadMs)} ms)`, "ok");
    if (state === "fatal") setStatus(`The engine did not load: ${message}`, "error");
  });
  setStatus("Loading the engine…");

  async function run(code, options = {}) {
    await engine.ready;
    return engine.run(code, { ...DEFAULT_OPTIONS, ...options });
  }

  /** Fills the panels from one run result and marks its error in the editor. */
  function show(result) {
    showOutput($("output"), result);
    showVariables($("variables"), result);
    showPlots($("plots"), result);
    showGraph($("graph"), result);
    editor.showError(result.error);
  }

  async function runEditor(options = {}) {
    if (engine.busy) return;
    $("run").disabled = true;
    $("stop").disabled = false;
    setStatus("Running…", "busy");
    document.body.dataset.state = "running";
    let result;
    try {
      result = await run(editor.code, options);
    } catch (e) {
      result = { stdout: "", error: { type: "SystemError", message: String(e.message || e), line: 0, column: 0 } };
    }
    $("run").disabled = false;
    $("stop").disabled = true;
    document.body.dataset.state = "done";
    show(result);
    const took = result.ms === undefined ? "" : ` in ${result.ms < 10 ? result.ms.toFixed(1) : Math.round(result.ms)} ms`;
    if (result.stopped) setStatus("Stopped", "error");
    else if (result.error?.type === "BudgetError") {
      setStatus(`BudgetError${took}: too big for the browser? Try Run on server`, "error");
      suggestServer();
    } else setStatus(result.error ? `${result.error.type}${took}` : `Done${took}`, result.error ? "error" : "ok");
    document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
    return result;
  }

  /** After the browser's budget stopped a run: a button under its error that runs it on the server. */
  function suggestServer() {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "suggest-server";
    button.textContent = "Run on server";
    button.title = "The server's budget is larger than the browser's";
    button.addEventListener("click", () => runOnServer());
    $("output").append(button);
  }

  /**
   * Watches a server run's progress (Server-Sent Events from GET /api/runs/ID/events): the bar shows
   * how much of the server's budget (time or steps, whichever is nearer) it has used, the output panel
   * its last lines. Returns the function that stops watching.
   */
  function watchServerRun(id) {
    const bar = $("run-progress");
    const events = new EventSource(`/api/runs/${encodeURIComponent(id)}/events`);
    events.addEventListener("progress", ({ data }) => {
      const p = JSON.parse(data);
      bar.hidden = false;
      bar.value = Math.min(1, Math.max(p.steps / p.maxSteps, p.elapsedMs / p.maxMillis));
      if (p.state === "queued") {
        setStatus("Waiting for a server worker…", "busy");
      } else {
        setStatus(`Running on the server: ${seconds(p.elapsedMs)} of ${seconds(p.maxMillis)}, ${count(p.steps)} steps`, "busy");
        const out = $("output");
        out.textContent = p.stdoutTail;
        out.classList.add("live");
      }
      document.body.dataset.serverProgress = String(Number(document.body.dataset.serverProgress || 0) + 1);
    });
    // After done the server ends the stream; an error (a lost connection) ends watching too: the POST still answers.
    events.addEventListener("done", () => events.close());
    events.addEventListener("error", () => events.close());
    return () => {
      events.close();
      bar.hidden = true;
      bar.value = 0;
      $("output").classList.remove("live");
    };
  }

  /** Runs the code on the server's JVM engine (POST /api/runs, the server's budget) and shows the result. */
  async function runOnServer() {
    if (engine.busy || document.body.dataset.state === "running") return;
    $("run").disabled = $("run-server").disabled = true;
    setStatus("Running on the server…", "busy");
    document.body.dataset.state = "running";
    const started = performance.now();
    editor.showError(null);
    const id = newRunId();
    const stopWatching = watchServerRun(id);
    let result;
    try {
      const response = await fetch("/api/runs", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: editor.code, id }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
      result = body;
    } catch (e) {
      result = { stdout: "", error: { type: "ServerError", message: String(e.message || e), line: 0, column: 0 } };
    }
    stopWatching();
    $("run").disabled = $("run-server").disabled = false;
    document.body.dataset.state = "done";
    show(result);
    const took = ` on the server in ${Math.round(performance.now() - started)} ms`;
    setStatus(result.error ? `${result.error.type}${took}` : `Done${took}`, result.error ? "error" : "ok");
    document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
    return result;
  }
  $("run-server").addEventListener("click", () => runOnServer());

  $("run").addEventListener("click", () => runEditor());
  $("share").addEventListener("click", () => share());

  /** Stores the code and title (POST /api/snippets), copies the link, and shows it in the address bar. */
  async function share() {
    setStatus("Sharing…", "busy");
    try {
      const response = await fetch("/api/snippets", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: editor.code, title: $("title").value }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
      history.replaceState(null, "", `/s/${body.id}`);
      let copied = false;
      try {
        await navigator.clipboard.writeText(body.url);
        copied = true;
      } catch { /* no clipboard permission: the link is in the status line and the address bar */ }
      setStatus(copied ? `Link copied: ${body.url}` : `Link: ${body.url}`, "ok");
      document.body.dataset.shared = body.url;
      return body;
    } catch (e) {
      setStatus(`Share failed: ${e.message}`, "error");
      throw e;
    }
  }

  // The snippet's code comes as JSON, never inside the HTML.
  const snippetLoaded = snippetId
    ? fetch(`/api/snippets/${encodeURIComponent(snippetId)}`)
        .then(r => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
        .then(s => {
          editor.code = s.code;
          persist = true;
          $("title").value = s.title;
          document.body.dataset.snippet = s.id;
          return s;
        })
        .catch(e => setStatus(`The snippet did not load: ${e.message}`, "error"))
    : Promise.resolve(null);
  $("stop").addEventListener("click", () => engine.stop());

  window.slope = {
    /** Runs code in the engine's worker; resolves with the run result (stdout, error, variables, graph, figures). */
    run,
    /** Resolves with the engine's load time in ms once the wasm module is loaded. */
    ready: engine.ready,
    stop: () => engine.stop(),
    /** Shows a run result (from run() or elsewhere) in the panels. */
    show,
    editor,
    runEditor,
    runOnServer,
    share,
    /** Resolves once a share link's snippet is in the editor (null on the plain page). */
    snippetLoaded,
    examples: EXAMPLES,
  };
}

main();
