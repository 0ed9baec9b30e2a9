// Trunk post-build hook: moves Trunk's inline module loader out of
// index.html into a hashed file, so dist/ runs under a Content-Security-Policy
// of `script-src 'self' 'wasm-unsafe-eval'` (no 'unsafe-inline'). On the way:
// * on a prerendered page showing its content, the loader starts the app
//   after the page's first frame (preflight.js's "shinchoku:drawn"), so that
//   nothing of the app (compiling the wasm's first functions, starting it)
//   runs before the report is drawn;
// * the app's preloads (the glue; index.html's own and the prerender's
//   dataset preload say so themselves) are fetched at low priority, after
//   what the first frame needs (the stylesheet, preflight.js);
// * the wasm is not preloaded by the page: on a prerendered page the
//   address asks for, the loader fetches it once the first frame is drawn
//   (preloaded, its 1 MB came in on the main thread while that frame was
//   being made: bench/results.md, "eighth pass"); where the app builds the
//   page itself, preflight.js preloads it at once. It finds the file in a
//   meta element, `shinchoku-wasm`, before it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("set TRUNK_STAGING_DIR or pass the dist directory");
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  console.log("csp-loader: no inline module script (already moved)");
  process.exit(0);
}
const start = "const wasm = await init(";
if (!match[1].includes(start)) throw new Error(`csp-loader: Trunk's loader has no "${start}"`);
// preflight.js decides whether the page waits (a prerendered page it shows,
// not one the address asks another view of): it sets shinchokuDrawn to
// false, and to true with the event. A hidden tab draws no frame, hence
// the second's wait at most.
const afterFirstFrame = `if (window.shinchokuDrawn === false) {
  await new Promise((resolve) => { addEventListener("shinchoku:drawn", resolve, { once: true }); setTimeout(resolve, 1000); });
}
`;
const code = match[1].trim().replace(start, afterFirstFrame + start) + "\n";
const hash = createHash("sha384").update(code).digest();
const name = `loader-${hash.toString("hex").slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const integrity = `sha384-${hash.toString("base64")}`;
html = html.replace(inline, `<script type="module" src="./${name}" integrity="${integrity}" fetchpriority="low"></script>`);
const wasmPreload = /<link rel="preload"[^>]*href="([^"]*_bg\.wasm)"[^>]*>\s*/;
const wasm = html.match(wasmPreload);
if (!wasm) throw new Error("csp-loader: Trunk's page has no preload of the wasm to take out");
const preflight = '<script src="preflight.js"></script>';
if (!html.includes(preflight)) throw new Error(`csp-loader: no ${preflight} to name the wasm for`);
html = html.replace(wasmPreload, "").replace(preflight, `<meta name="shinchoku-wasm" content="${wasm[1]}" />\n    ${preflight}`);
html = html.replace(/<link rel="(?:module)?preload"(?![^>]*fetchpriority)[^>]*>/g, (tag) => tag.replace(/^<link rel="(module)?preload"/, '<link rel="$1preload" fetchpriority="low"'));
writeFileSync(file, html);
console.log(`csp-loader: moved the inline loader to ${name}`);
