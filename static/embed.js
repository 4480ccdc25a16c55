// Slope widgets for any page: <div data-slope="ID"></div><script src="https://HOST/embed.js"></script>
// Each element with data-slope becomes an iframe of HOST/embed/ID; data-autorun, data-readonly,
// data-theme and data-height pass through as options. The iframe sizes itself to its content.
(() => {
  const origin = new URL(document.currentScript.src).origin;
  const frames = [];
  for (const el of document.querySelectorAll("[data-slope]")) {
    if (el.dataset.slopeMounted) continue;
    el.dataset.slopeMounted = "1";
    const query = new URLSearchParams();
    for (const option of ["autorun", "readonly", "theme", "height"]) {
      if (el.dataset[option] !== undefined) query.set(option, el.dataset[option]);
    }
    const frame = document.createElement("iframe");
    frame.src = `${origin}/embed/${encodeURIComponent(el.dataset.slope)}${query.toString() ? `?${query}` : ""}`;
    frame.title = "Slope: a PyTorch snippet to run";
    frame.style.cssText = "display:block;width:100%;height:320px;border:1px solid #d9dde3;border-radius:6px";
    el.replaceChildren(frame);
    frames.push(frame);
  }
  addEventListener("message", event => {
    if (event.origin !== origin || event.data?.type !== "slope:height") return;
    const frame = frames.find(f => f.contentWindow === event.source);
    const height = Number(event.data.height);
    if (frame && height > 0) frame.style.height = `${Math.min(Math.max(height, 80), 4000)}px`;
  });
})();
