// Trunk post-build hook (run before csp-loader.mjs): minifies what Trunk copies
// as written: the wasm-bindgen glue, the stylesheet and docs/preflight.js
// (esbuild, from npm), and strips the whitespace between the tokens of the
// datasets data/index.json lists (their text otherwise unchanged: every
// number is the same characters). index.html's integrity attributes are written again
// for the files that changed. Saves the first load about 10 KB gzip.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("set TRUNK_STAGING_DIR or pass the dist directory");
const page = join(dir, "index.html");
let html = readFileSync(page, "utf8");

/** The file's text minified by esbuild (`css`, or JavaScript as `esm` or a plain script). */
function minified(text, kind) {
  const options = kind === "css" ? { loader: "css" } : { loader: "js", format: kind === "esm" ? "esm" : undefined };
  return transformSync(text, { ...options, minify: true, legalComments: "none", logLevel: "warning" }).code;
}

/** Minifies `name` in place and gives index.html its new integrity, if it has one. */
function minifyFile(name, kind) {
  const file = join(dir, name);
  const before = readFileSync(file, "utf8");
  const after = minified(before, kind);
  writeFileSync(file, after);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const link = new RegExp(`(href="\\./${escaped}"[^>]*integrity=")sha384-[^"]+(")`);
  const integrity = `sha384-${createHash("sha384").update(after).digest("base64")}`;
  html = html.replace(link, (_, head, tail) => `${head}${integrity}${tail}`);
  console.log(`minify: ${name} ${before.length} → ${after.length} bytes`);
}

/** JSON text without the whitespace between tokens; strings are kept as written. */
function compactJson(text) {
  let out = "";
  let inString = false;
  let escaped = false;
  for (const c of text) {
    if (inString) {
      out += c;
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== " " && c !== "\n" && c !== "\r" && c !== "\t") {
      out += c;
    }
  }
  return out;
}

for (const name of readdirSync(dir)) {
  if (/^shinchoku-[0-9a-f]+\.js$/.test(name)) minifyFile(name, "esm");
  else if (/^main-[0-9a-f]+\.css$/.test(name)) minifyFile(name, "css");
  else if (name === "preflight.js") minifyFile(name, "script");
}
// The datasets the index lists (not the index, which deployers edit, nor
// the schema, which people read).
const index = JSON.parse(readFileSync(join(dir, "data", "index.json"), "utf8"));
for (const { url } of index.datasets) {
  if (!/^data\/[\w.-]+\.json$/.test(url)) continue;
  const file = join(dir, url);
  const name = url.slice("data/".length);
  const before = readFileSync(file, "utf8");
  const after = compactJson(before);
  // The same value: nothing but whitespace between tokens was removed.
  if (JSON.stringify(JSON.parse(before)) !== JSON.stringify(JSON.parse(after))) {
    throw new Error(`minify: data/${name} changed when compacted`);
  }
  writeFileSync(file, after);
}
writeFileSync(page, html);
