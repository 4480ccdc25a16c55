// The embeddable widget (/embed/ID): editor, Run, output and plots. Options from the query string:
// autorun=1, readonly=1, theme=light|dark (default: the system's), height=PX (the editor's height).
// It tells the embedding page its height with postMessage (static/embed.js sizes the iframe).
import { createEditor } from "./editor.js";
import { Engine, wasmGcSupported } from "./engine.js";
import { showOutput, showPlots } from "./panels.js";

const $ = id => document.getElementById(id);
const params = new URLSearchParams(location.search);
const flag = name => ["1", "true", "yes"].includes(params.get(name));

function setStatus(text, kind = "") {
  $("status").textContent = text;
  $("status").dataset.kind = kind;
}

function base64url(text) {
  const bytes = new TextEncoder().encode(text);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// The body's own height: the document's scrollHeight is never less than the iframe, so it could not shrink.
function reportHeight() {
  parent.postMessage({ type: "slope:height", height: Math.ceil(document.body.getBoundingClientRect().height) }, "*");
}

async function main() {
  const theme = params.get("theme");
  const dark = theme === "dark" || (theme !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
  const height = Number.parseInt(params.get("height"), 10);
  if (height > 0) $("editor").style.height = `${Math.min(height, 4000)}px`;

  const id = decodeURIComponent(location.pathname.split("/").pop());
  const response = await fetch(`/api/snippets/${encodeURIComponent(id)}`);
  const snippet = response.ok ? await response.json() : { code: "", title: "" };
  if (!response.ok) setStatus("This snippet does not exist", "error");

  const editor = createEditor($("editor"), {
    doc: snippet.code, dark, readOnly: flag("readonly"), onRun: () => runEditor(), onChange: () => {},
  });
  // The link carries the code as edited here, read when it is followed.
  const updateLink = () => { $("open").href = `/#code=${base64url(editor.code)}`; };
  $("open").addEventListener("pointerdown", updateLink);
  $("open").addEventListener("focus", updateLink);
  updateLink();
  new ResizeObserver(reportHeight).observe(document.body);

  if (!wasmGcSupported()) {
    $("unsupported").hidden = false;
    $("run").disabled = true;
    return;
  }
  const engine = new Engine(() => {});
  async function runEditor() {
    if (engine.busy) return;
    $("run").disabled = true;
    setStatus("Running…", "busy");
    await engine.ready;
    const result = await engine.run(editor.code, { maxMillis: 20000 });
    $("run").disabled = false;
    showOutput($("output"), result);
    showPlots($("plots"), result);
    editor.showError(result.error);
    setStatus(result.error ? result.error.type : "Done", result.error ? "error" : "ok");
    document.body.dataset.runs = String(Number(document.body.dataset.runs || 0) + 1);
    updateLink();
    reportHeight();
  }
  $("run").addEventListener("click", () => runEditor());
  window.slope = { editor, run: runEditor, snippet, ready: engine.ready };
  if (flag("autorun") && response.ok) runEditor();
}

main();
