// Writes dist/shinchoku-standalone.html, the single-file edition: the same
// app as dist/index.html with everything it loads inlined, so that it runs
// opened straight from disk (file://), where a page may fetch nothing and
// load no module script from a file. Run by `make dist` after `trunk build`:
//
//   node .ci/standalone.mjs dist
//
// What changes against dist/index.html:
// * the stylesheet becomes a <style>; the preflight script an inline one;
// * the prerendered overview's links lead to this page with a query, not
//   to the other prerendered pages;
// * Trunk's module loader becomes one inline module: the wasm-bindgen glue,
//   then the wasm passed to its init as bytes (read from a base64 element);
// * the files the app would fetch (data/index.json, every dataset it lists,
//   the methodology pages, echarts.min.js) sit in non-executing <script> elements with the id
//   `shinchoku-file:<path>`, where src/ui/page/standalone.rs reads them
//   (ECharts is still run only when the first chart is drawn);
// * a Content-Security-Policy meta allows exactly these inline scripts (by
//   sha256), WebAssembly, inline styles and data:/blob: images; nothing
//   else, so the page can make no request at all.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const OUT = "shinchoku-standalone.html";
const read = (name) => readFileSync(join(dist, name));
const text = (name) => new TextDecoder("utf-8", { fatal: true }).decode(read(name)).replace(/^\uFEFF/, "");

/** Replaces the one match of `pattern` in `html` (fails if there is not exactly one). */
function replaceOne(html, pattern, replacement, what) {
  const found = html.match(new RegExp(pattern.source, pattern.flags.replace("g", "") + "g")) ?? [];
  if (found.length !== 1) throw new Error(`standalone: expected one ${what} in index.html, found ${found.length}`);
  return html.replace(pattern, () => replacement);
}

/** Text that can sit inside a <script> or <style> element as it is. */
function raw(body, what, tag = "script") {
  if (new RegExp(`</${tag}|<!--`, "i").test(body)) throw new Error(`standalone: ${what} contains </${tag} or <!--`);
  return body;
}

/** JSON text that can sit inside a <script>: `<` only occurs in strings, where \u003c means the same. */
const json = (body) => body.replace(/</g, "\\u003c");

const sha256 = (body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
const attr = (s) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

// Without HTML comments: .ci/minify.mjs took them out of index.html.
let html = text("index.html");
const scripts = []; // inline scripts that run, for the policy's hashes

// The stylesheet, inline.
const cssLink = /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/;
const cssName = html.match(cssLink)?.[1];
html = replaceOne(html, cssLink, `<style>${raw(text(cssName ?? ""), cssName, "style")}</style>`, "stylesheet");

// The preflight, inline (it skips its file:// notice when the index is inline).
const preflight = raw(text("preflight.js"), "preflight.js");
scripts.push(preflight);
html = replaceOne(html, /<script src="preflight\.js"><\/script>/, `<script>${preflight}</script>`, "preflight script");

// The prerendered overview's links lead to the other prerendered pages
// beside dist/index.html; here, as in the app, to this page with a query.
html = html.replace(/href="(?:\.\/|[a-z0-9.-]+\.html|docs\/methodology(?:\.ja)?\.html)\?/g, 'href="?');

// Trunk's loader names the glue and the wasm; both become one inline module.
const loaderTag = /<script type="module" src="\.\/(loader-[0-9a-f]+\.js)"[^>]*><\/script>/;
const loader = text(html.match(loaderTag)?.[1] ?? "");
const glueName = loader.match(/from '\.\/([^']+\.js)'/)?.[1];
const wasmName = loader.match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!glueName || !wasmName) throw new Error("standalone: the loader names no glue or no wasm");
const glue = text(glueName);
const init = glue.match(/export\s*\{[^}]*?(?<![\w$])([\w$]+) as default\b/)?.[1];
if (!init) throw new Error(`standalone: ${glueName} exports no default init`);
const module = raw(
  `${glue}
// Single-file edition: the wasm comes from the page itself, as base64.
{
  const element = document.getElementById("shinchoku-wasm");
  const binary = atob(element.textContent);
  element.remove();
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const wasm = await ${init}({ module_or_path: bytes });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
}
`,
  glueName,
);
scripts.push(module);
html = replaceOne(html, loaderTag, `<script type="module">${module}</script>`, "module loader");
// Preloads would be requests (refused from a file): the files are inline.
// So would the wasm's, which preflight.js makes from its meta element.
html = html.replace(/<link rel="(?:module)?preload"[^>]*>\s*/g, "");
html = replaceOne(html, /<meta name="shinchoku-wasm"[^>]*>\s*/, "", "the wasm's meta element");

// The files the app would fetch, inline and inert.
const index = JSON.parse(text("data/index.json"));
const files = [
  ["data/index.json", "application/json", json(text("data/index.json"))],
  ...index.datasets.map((d) => {
    if (/^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.(\/|$)/i.test(d.url)) throw new Error(`standalone: ${d.url} is not a file in dist/`);
    return [d.url, "application/json", json(text(d.url))];
  }),
  // The methodology pages (src/ui/views/method.rs fetches them).
  ...["docs/methodology.ja.html", "docs/methodology.html"].map((path) => [path, "text/plain", raw(text(path), path)]),
  ["echarts.min.js", "text/plain", raw(text("echarts.min.js"), "echarts.min.js")],
];
const echarts = files.at(-1)[2];
scripts.push(echarts);
const inert = [
  ...files.map(([path, type, body]) => `<script type="${type}" id="shinchoku-file:${attr(path)}">${body}</script>`),
  `<script type="application/octet-stream" id="shinchoku-wasm">${read(wasmName).toString("base64")}</script>`,
].join("\n");
html = replaceOne(html, /<\/body>/, `${inert}\n</body>`, "</body>");

const policy = [
  "default-src 'none'",
  `script-src ${scripts.map(sha256).join(" ")} 'wasm-unsafe-eval'`,
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
html = replaceOne(
  html,
  /<meta charset="utf-8" \/>/,
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
  "charset meta",
);
html = html.replace(/^<!doctype html>\n?/i, "<!doctype html>\n<!-- Shinchoku, single-file edition: written from dist/ by .ci/standalone.mjs; open it from disk or any server. -->\n");

writeFileSync(join(dist, OUT), html);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`standalone: wrote ${join(dist, OUT)} (${kb(Buffer.byteLength(html))}; ${files.length} files and the wasm inline)`);
