// Trunk post-build hook (run before csp-loader.mjs), for a smaller first
// load (about 17 KB gzip less):
// * the names by which the wasm imports the glue's functions are shortened,
//   in the wasm's import section and the glue alike;
// * the wasm-bindgen glue, the stylesheet and docs/preflight.js are
//   minified by esbuild (from npm);
// * the datasets data/index.json lists lose the whitespace between their
//   tokens (their text otherwise unchanged: every number is the same
//   characters, and the build checks that each parses to the same value).
// index.html's integrity attributes are written again for the files that
// changed.
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

/** Writes `name` and gives index.html its new integrity, if it has one. */
function rewrite(name, contents) {
  writeFileSync(join(dir, name), contents);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const link = new RegExp(`(href="\\./${escaped}"[^>]*integrity=")sha384-[^"]+(")`);
  const integrity = `sha384-${createHash("sha384").update(contents).digest("base64")}`;
  html = html.replace(link, (_, head, tail) => `${head}${integrity}${tail}`);
}

/** Minifies `name` in place (its text `before`, if given, instead of the file's). */
function minifyFile(name, kind, before = readFileSync(join(dir, name), "utf8")) {
  const after = minified(before, kind);
  rewrite(name, after);
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

/** Reads an unsigned LEB128 at `at`: [value, the offset after it]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128 bytes. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** A short identifier for the `n`th import: a … Z, aa, ab, … */
function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/**
 * The wasm's imports from the glue renamed to short names, in the wasm's
 * import section and the glue's import object alike: wasm-bindgen names
 * each `__wbg_<name>_<16 hex digits>` and the module `./<crate>_bg.js`,
 * written in full for each of some 240 imports. Only function imports of
 * that one module are renamed; anything else stops the build.
 */
function shortenImports(wasm, glue) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    let [count, p] = leb(wasm, body);
    const entries = [toLeb(count)];
    let module = null;
    for (let i = 0; i < count; i++) {
      const [moduleLength, m] = leb(wasm, p);
      const name = decoder.decode(wasm.subarray(m, m + moduleLength));
      const [fieldLength, f] = leb(wasm, m + moduleLength);
      const field = decoder.decode(wasm.subarray(f, f + fieldLength));
      p = f + fieldLength;
      if (wasm[p] !== 0 || (module !== null && name !== module)) throw new Error(`minify: import ${name} ${field} is not a function of the glue`);
      module = name;
      const [, after] = leb(wasm, p + 1);
      const uses = glue.split(field).length - 1;
      if (uses !== 1) throw new Error(`minify: the glue names import ${field} ${uses} times, not once`);
      const short = shortName(i);
      glue = glue.replace(field, short);
      const kind = Array.from(wasm.subarray(p, after));
      entries.push(toLeb(1), Array.from(encoder.encode("a")), toLeb(short.length), Array.from(encoder.encode(short)), kind);
      p = after;
    }
    const quoted = `"${module}": import0`;
    if (glue.split(quoted).length !== 2) throw new Error(`minify: the glue does not give ${module} once as import0`);
    glue = glue.replace(quoted, `"a": import0`);
    const section = entries.flat();
    const head = Buffer.from([2, ...toLeb(section.length)]);
    return { wasm: Buffer.concat([wasm.subarray(0, at), head, Buffer.from(section), wasm.subarray(body + size)]), glue };
  }
  throw new Error("minify: the wasm has no import section");
}

for (const name of readdirSync(dir)) {
  if (/^shinchoku-[0-9a-f]+\.js$/.test(name)) {
    const wasmName = name.replace(/\.js$/, "_bg.wasm");
    const before = readFileSync(join(dir, wasmName));
    const short = shortenImports(before, readFileSync(join(dir, name), "utf8"));
    rewrite(wasmName, short.wasm);
    console.log(`minify: ${wasmName}'s imports renamed, ${before.length} → ${short.wasm.length} bytes`);
    minifyFile(name, "esm", short.glue);
  } else if (/^main-[0-9a-f]+\.css$/.test(name)) minifyFile(name, "css");
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
