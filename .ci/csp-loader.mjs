// Trunk post-build hook: moves Trunk's inline module loader out of
// index.html into a hashed file, so dist/ runs under a Content-Security-Policy
// of `script-src 'self' 'wasm-unsafe-eval'` (no 'unsafe-inline'). On the way:
// * on a prerendered page showing its content, the loader starts the app
//   after the page's first frame (preflight.js's "shinchoku:drawn"), so that
//   nothing of the app (compiling the wasm's first functions, starting it)
//   runs before the report is drawn;
// * the app's preloads (the glue, the wasm; index.html's own and the
//   prerender's dataset preload say so themselves) are fetched at low
//   priority, after what the first frame needs (the stylesheet, preflight.js).
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
html = html.replace(/<link rel="(?:module)?preload"(?![^>]*fetchpriority)[^>]*>/g, (tag) => tag.replace(/^<link rel="(module)?preload"/, '<link rel="$1preload" fetchpriority="low"'));
writeFileSync(file, html);
console.log(`csp-loader: moved the inline loader to ${name}`);
