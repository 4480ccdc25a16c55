// node table.cjs results.jsonl: medians over runs per engine, and Slope's ratio to each peer.
"use strict";
const fs = require("fs");
const rows = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean).map(l => JSON.parse(l));
const med = a => { a = a.filter(v => typeof v === "number" && isFinite(v)).sort((x, y) => x - y); if (!a.length) return null; const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
const get = (o, p) => p.split(".").reduce((x, k) => (x == null ? undefined : x[k]), o);
const cols = [["W1 ns/iter", "W1.ns_per_iter"], ["W2 ms", "W2.f32.ms"], ["W3 ms", "W3.ms"], ["W4 ms/step", "W4.ms"], ["W5 ms", "W5.ms"]];
const by = {};
for (const r of rows) (by[r.id] ||= []).push(r);
const M = (id, p) => med(by[id].map(r => get(r.r.results, p)));
const fmt = v => (v == null ? "—" : v >= 100 ? Math.round(v).toLocaleString("en-US") : v.toFixed(2));
let out = `| engine (Chromium) | runs | ${cols.map(c => c[0]).join(" | ")} |\n|---|---:|${cols.map(() => "---:").join("|")}|\n`;
for (const id of Object.keys(by)) out += `| ${id} | ${by[id].length} | ${cols.map(c => fmt(M(id, c[1]))).join(" | ")} |\n`;
const slope = "chromium:slope";
if (by[slope]) {
  out += `\nRatio Slope / peer (below 1: Slope is faster):\n\n| peer | ${cols.map(c => c[0].split(" ")[0]).join(" | ")} |\n|---|${cols.map(() => "---:").join("|")}|\n`;
  for (const id of Object.keys(by)) {
    if (id === slope) continue;
    out += `| ${id} | ${cols.map(c => { const a = M(slope, c[1]), b = M(id, c[1]); return a == null || b == null ? "—" : (a / b).toFixed(2); }).join(" | ")} |\n`;
  }
  out += `\nSlope's values: ${JSON.stringify(Object.fromEntries(cols.map(c => [c[0].split(" ")[0], by[slope][0].r.results[c[0].split(" ")[0]]])))}\n`;
}
process.stdout.write(out);
