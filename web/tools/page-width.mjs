// Measures how wide each page lays out in real Chromium at phone and desktop
// widths, through the DevTools protocol (no npm packages: Node's WebSocket).
//
//   chromium --headless --no-sandbox --disable-gpu --remote-debugging-port=9333 \
//       --user-data-dir=/tmp/chrW about:blank &
//   node --experimental-websocket web/tools/page-width.mjs 9333 http://127.0.0.1:8091 \
//       / /search?q=x /entities/e-… /notices/n-…
//
// For each path, language (ja, en) and width (320, 360, 390, 440, 1280) it
// prints the document's scrollWidth and, when that exceeds the viewport, the
// widest elements that stick out. Exit code 1 when any page scrolls sideways.

const [port, base, ...paths] = process.argv.slice(2);
const widths = (process.env.WIDTHS || "320,360,390,440,1280").split(",").map(Number);
const langs = (process.env.LANGS || "ja,en").split(",");

const version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
const ws = new WebSocket(version.webSocketDebuggerUrl);
await new Promise((ok) => ws.addEventListener("open", ok, { once: true }));
let next = 0;
const waiting = new Map();
const events = [];
ws.addEventListener("message", (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && waiting.has(msg.id)) {
    waiting.get(msg.id)(msg);
    waiting.delete(msg.id);
  } else if (msg.method) {
    events.push(msg);
  }
});
function send(method, params = {}, sessionId) {
  const id = ++next;
  ws.send(JSON.stringify({ id, method, params, sessionId }));
  return new Promise((ok) => waiting.set(id, ok));
}

const { result: t } = await send("Target.createTarget", { url: "about:blank" });
const { result: a } = await send("Target.attachToTarget", { targetId: t.targetId, flatten: true });
const s = a.sessionId;
await send("Page.enable", {}, s);
await send("Network.enable", {}, s);
await send("Network.setCacheDisabled", { cacheDisabled: true }, s);

const probe = `(() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.right > vw + 1 && r.width > 0) out.push([Math.round(r.right), el.tagName.toLowerCase() + (el.className ? "." + el.className : "")]);
  }
  out.sort((x, y) => y[0] - x[0]);
  return JSON.stringify({ sw: document.documentElement.scrollWidth, vw, over: out.slice(0, 4) });
})()`;

let bad = 0;
for (const path of paths) {
  for (const lang of langs) {
    for (const w of widths) {
      await send("Emulation.setDeviceMetricsOverride", { width: w, height: 900, deviceScaleFactor: 1, mobile: w < 800 }, s);
      const url = `${base}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
      events.length = 0;
      await send("Page.navigate", { url }, s);
      for (let i = 0; i < 100 && !events.some((e) => e.method === "Page.loadEventFired"); i++) {
        await new Promise((ok) => setTimeout(ok, 50));
      }
      const { result } = await send("Runtime.evaluate", { expression: probe, returnByValue: true }, s);
      const r = JSON.parse(result.result.value);
      const flag = r.sw > w ? "SCROLLS" : "ok";
      if (r.sw > w) bad++;
      console.log(`${flag.padEnd(7)} ${String(w).padStart(4)} ${lang} ${String(r.sw).padStart(5)}px  ${path}${r.sw > w ? "  " + JSON.stringify(r.over) : ""}`);
    }
  }
}
ws.close();
process.exit(bad ? 1 : 0);
