// The autograd graph as SVG: grad_fn nodes and leaf tensors in layers, inputs above their users.
const NS = "http://www.w3.org/2000/svg";

function el(name, attrs = {}, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Layer of each node: the longest path from it down to an output, so edges always point down. */
function layers(nodes, edges) {
  const users = new Map(nodes.map(n => [n.id, []]));
  for (const e of edges) users.get(e.from)?.push(e.to);
  const depth = new Map();
  const visit = (id, seen) => {
    if (depth.has(id)) return depth.get(id);
    if (seen.has(id)) return 0; // a cycle cannot happen in autograd; guard anyway
    seen.add(id);
    const d = Math.max(0, ...users.get(id).map(u => visit(u, seen) + 1));
    depth.set(id, d);
    return d;
  };
  for (const n of nodes) visit(n.id, new Set());
  return depth;
}

/** A tensor's print on one line, cut to fit a node: "tensor([[ 4.,  6.], [ 8., 10.]])" -> "[[4., 6.], [8., 10.]]". */
function short(text) {
  const t = text.replace(/^tensor\(/, "").replace(/\)$/, "").replace(/\s+/g, " ").replace(/\[ /g, "[").replace(/, +/g, ", ");
  return t.length > 28 ? t.slice(0, 27) + "…" : t;
}

export function drawGraph(graph) {
  const nodes = graph?.nodes || [];
  const edges = (graph?.edges || []).filter(e => nodes.some(n => n.id === e.from) && nodes.some(n => n.id === e.to));
  if (nodes.length === 0) return null;
  const depth = layers(nodes, edges);
  const maxDepth = Math.max(...depth.values());
  const rows = [];
  for (const n of nodes) (rows[maxDepth - depth.get(n.id)] ||= []).push(n);
  const boxH = 34, rowGap = 36, colGap = 16, charW = 7.2, pad = 10;
  const gradLine = n => (n.grad ? "grad " + short(n.grad) : "");
  const width = n => Math.max(60, Math.max(n.label.length, gradLine(n).length) * charW + 20);
  const pos = new Map();
  let svgW = 0;
  rows.forEach((row, r) => {
    const rowW = row.reduce((s, n) => s + width(n), 0) + colGap * (row.length - 1);
    svgW = Math.max(svgW, rowW);
    row.rowW = rowW;
  });
  rows.forEach((row, r) => {
    let x = pad + (svgW - row.rowW) / 2;
    for (const n of row) {
      pos.set(n.id, { x, y: pad + r * (boxH + rowGap), w: width(n) });
      x += width(n) + colGap;
    }
  });
  const svgH = pad * 2 + rows.length * boxH + (rows.length - 1) * rowGap;
  const svg = el("svg", { class: "graph", width: svgW + 2 * pad, height: svgH, viewBox: `0 0 ${svgW + 2 * pad} ${svgH}`,
                          role: "img", "aria-label": "autograd graph" });
  const defs = el("defs");
  const marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
  marker.append(el("path", { d: "M0,0 L10,5 L0,10 z", class: "graph-arrow" }));
  defs.append(marker);
  svg.append(defs);
  for (const e of edges) {
    const a = pos.get(e.from), b = pos.get(e.to);
    const x1 = a.x + a.w / 2, y1 = a.y + boxH, x2 = b.x + b.w / 2, y2 = b.y;
    const my = (y1 + y2) / 2;
    svg.append(el("path", { class: "graph-edge", d: `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2}`, "marker-end": "url(#arrow)" }));
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const g = el("g", { class: `graph-node ${n.kind}` });
    g.append(el("rect", { x: p.x, y: p.y, width: p.w, height: boxH, rx: n.kind === "leaf" ? 4 : 14 }));
    if (n.grad) {
      g.append(el("text", { x: p.x + p.w / 2, y: p.y + 14, "text-anchor": "middle" }, n.label));
      g.append(el("text", { x: p.x + p.w / 2, y: p.y + 28, "text-anchor": "middle", class: "graph-grad" }, gradLine(n)));
    } else {
      g.append(el("text", { x: p.x + p.w / 2, y: p.y + boxH / 2 + 4, "text-anchor": "middle" }, n.label));
    }
    if (n.grad) g.append(el("title", {}, `${n.label}.grad = ${n.grad}`));
    svg.append(g);
  }
  return svg;
}
