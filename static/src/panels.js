// The result panels: output, variables (value and .grad), plots and the autograd graph.
import { drawGraph } from "./graph.js";

const VALUE_LINES = 12;

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

export function showOutput(pre, result) {
  pre.textContent = "";
  pre.append(h("span", { class: "stdout" }, result.stdout || ""));
  const e = result.error;
  if (e) {
    const where = e.line > 0 ? `line ${e.line}: ` : "";
    pre.append(h("span", { class: "stderr" }, `${where}${e.type}${e.message ? ": " + e.message : ""}\n`));
  }
}

/** A value in a <pre>, with "show more" when PyTorch's print summarised it or it is long. */
function valueBlock(cls, label, text, data, shape) {
  const pre = h("pre", { class: `value ${cls}` }, text);
  const box = h("div", { class: "value-box" }, h("div", { class: "value-label" }, label), pre);
  const lines = text.split("\n");
  const summarised = text.includes("...");
  if (lines.length > VALUE_LINES && !summarised) {
    pre.textContent = lines.slice(0, VALUE_LINES).join("\n") + "\n  ⋯";
    box.append(moreButton(() => { pre.textContent = text; }));
  } else if (summarised && Array.isArray(data) && data.length > 0) {
    box.append(moreButton(() => { pre.textContent = fullText(data, shape); }));
  }
  return box;
}

function moreButton(expand) {
  const b = h("button", { class: "more", type: "button" }, "show more");
  b.addEventListener("click", () => { expand(); b.remove(); });
  return b;
}

/** Every element the engine sent (at most 10,000), as nested rows: the long view behind "show more". */
function fullText(data, shape) {
  const fmt = v => (typeof v === "number" ? String(v) : String(v));
  if (!shape || shape.length <= 1) return data.map(fmt).join(", ");
  const rowLen = shape[shape.length - 1];
  const rows = [];
  for (let i = 0; i < data.length; i += rowLen) rows.push("[" + data.slice(i, i + rowLen).map(fmt).join(", ") + "]");
  return rows.join("\n");
}

export function showVariables(container, result) {
  container.textContent = "";
  const vars = result.variables;
  if (!Array.isArray(vars) || vars.length === 0) {
    container.append(h("p", { class: "empty" }, Array.isArray(vars) ? "No tensors in the program's globals." :
      "Run a program to see its tensors."));
    return;
  }
  for (const v of vars) {
    const meta = [`shape [${(v.shape || []).join(", ")}]`, v.dtype, `requires_grad=${v.requires_grad ? "True" : "False"}`];
    if (v.grad_fn) meta.push(`grad_fn=${v.grad_fn}`);
    else if (v.requires_grad) meta.push(v.is_leaf === false ? "non-leaf" : "leaf");
    const card = h("section", { class: "variable", "data-name": v.name },
      h("header", {}, h("span", { class: "var-name" }, v.name), h("span", { class: "var-meta" }, meta.join(" · "))),
      valueBlock("var-value", "value", v.text || "", v.data, v.shape));
    if (v.grad) card.append(valueBlock("var-grad", ".grad", v.grad.text || "", v.grad.data, v.shape));
    container.append(card);
  }
}

export function showPlots(container, result) {
  container.textContent = "";
  const figures = result.figures || [];
  if (figures.length === 0) {
    container.append(h("p", { class: "empty" }, "No plots: call plt.show() to draw one."));
    return;
  }
  for (const f of figures) {
    const fig = h("figure", { class: "plot" });
    fig.innerHTML = f.svg; // SVG written by the engine's own renderer, from this page's worker
    container.append(fig);
  }
}

export function showGraph(container, result) {
  container.textContent = "";
  const svg = drawGraph(result.graph);
  if (svg) container.append(svg);
  else container.append(h("p", { class: "empty" }, "No autograd graph: no tensor requires grad."));
}
