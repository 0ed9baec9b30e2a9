// Trunk post-build hook (run before csp-loader.mjs), for a smaller first
// load (about 19 KB gzip less):
// * the wasm is optimized here by wasm-opt (from npm's binaryen), not by
//   Trunk (index.html: data-wasm-opt="0"), after the three JavaScript
//   classes of wasm-streams that it exports, and nothing in the app uses,
//   are taken out of it and of the glue: their code then goes too;
// * the names by which the wasm imports the glue's functions and the glue
//   reads the wasm's exports are shortened, in the wasm and the glue alike;
// * the wasm-bindgen glue, the stylesheet and docs/preflight.js are
//   minified by esbuild (from npm);
// * index.html (and so every page the prerender writes from it) loses its
//   HTML comments, which are notes for whoever reads the source;
// * the datasets data/index.json lists lose the whitespace between their
//   tokens (their text otherwise unchanged: every number is the same
//   characters, and the build checks that each parses to the same value).
// index.html's integrity attributes are written again for the files that
// changed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

/** `text` as a regular expression that matches it literally. */
const literal = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Writes `name` and gives index.html its new integrity, if it has one. */
function rewrite(name, contents) {
  writeFileSync(join(dir, name), contents);
  const link = new RegExp(`(href="\\./${literal(name)}"[^>]*integrity=")sha384-[^"]+(")`);
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

/** A name's UTF-8 bytes with their length before them, as the wasm writes names. */
function wasmName(text) {
  const bytes = Array.from(new TextEncoder().encode(text));
  return [...toLeb(bytes.length), ...bytes];
}

/** The name written at `at` in `wasm` (its length, then UTF-8): [text, the offset after it]. */
function readName(wasm, at) {
  const [length, start] = leb(wasm, at);
  return [new TextDecoder().decode(wasm.subarray(start, start + length)), start + length];
}

/** The wasm's sections after its header, in order: each one's id, where its body starts and where it ends. */
function* sections(wasm) {
  let at = 8;
  while (at < wasm.length) {
    const [size, body] = leb(wasm, at + 1);
    yield { id: wasm[at], at, body, end: body + size };
    at = body + size;
  }
}

/** A section as the wasm writes it: its id, its size, its bytes. */
function section(id, bytes) {
  return Buffer.concat([Buffer.from([id, ...toLeb(bytes.length)]), Buffer.from(bytes)]);
}

/** Replaces the one occurrence of `from` in `text` (the build stops if there is not exactly one). */
function replaceOnce(text, from, to, what) {
  const uses = text.split(from).length - 1;
  if (uses !== 1) throw new Error(`minify: the glue has ${what} ${uses} times, not once`);
  return text.replace(from, () => to);
}

/**
 * Shorter names between the wasm and its glue, in both: wasm-bindgen names
 * each import `__wbg_<name>_<16 hex digits>` from the module
 * `./<crate>_bg.js`, written in full for each of some 240 imports, and
 * exports such as `__wbindgen_malloc` or
 * `wasm_bindgen__convert__closures_____invoke__<hash>`, which the glue
 * reads as `wasm.<name>`. Imports are renamed `a`, `b`, … from module `a`;
 * exports `$a`, `$b`, … where the glue reads them only as `wasm.<name>`
 * (`memory` keeps its name: tests read it). The custom sections
 * (producers, target features), which nothing reads at run time, are
 * dropped. An import that is not a function of the glue stops the build.
 */
function shortenNames(wasm, glue) {
  const parts = [wasm.subarray(0, 8)];
  for (const { id, at, body, end } of sections(wasm)) {
    if (id === 0) continue;
    let out = null;
    if (id === 2) {
      let [count, p] = leb(wasm, body);
      out = [...toLeb(count)];
      let module = null;
      for (let i = 0; i < count; i++) {
        const [from, f] = readName(wasm, p);
        const [field, kind] = readName(wasm, f);
        if (wasm[kind] !== 0 || (module !== null && from !== module)) throw new Error(`minify: import ${from} ${field} is not a function of the glue`);
        module = from;
        const [, after] = leb(wasm, kind + 1);
        const short = shortName(i);
        glue = replaceOnce(glue, field, short, `import ${field}`);
        out.push(...wasmName("a"), ...wasmName(short), ...wasm.subarray(kind, after));
        p = after;
      }
      glue = replaceOnce(glue, `"${module}": import0`, `"a": import0`, `module ${module}`);
    }
    if (id === 7) {
      let [count, p] = leb(wasm, body);
      out = [...toLeb(count)];
      for (let i = 0; i < count; i++) {
        const [field, kind] = readName(wasm, p);
        const [, after] = leb(wasm, kind + 1);
        const read = new RegExp(`\\bwasm\\.${literal(field)}(?![\\w$])`, "g");
        const reads = glue.match(read)?.length ?? 0;
        let kept = field;
        if (field !== "memory" && reads > 0 && reads === glue.split(field).length - 1) {
          kept = `$${shortName(i)}`;
          glue = glue.replace(read, () => `wasm.${kept}`);
        }
        out.push(...wasmName(kept), ...wasm.subarray(kind, after));
        p = after;
      }
    }
    parts.push(out === null ? wasm.subarray(at, end) : section(id, out));
  }
  return { wasm: Buffer.concat(parts), glue };
}

// -Oz with --low-memory-unused: a constant under 1 KB added to an address
// becomes the access's offset, which differs only for an address that
// wraps around (Rust never makes one); 6 KB smaller. Then, twice, the code
// flattened and its control flow rebuilt (--flatten --rereloop) and -Oz
// twice more: 4.5 KB smaller by gzip.
// --one-caller-inline-max-function-size=100: a function called from one
// place is inlined there only if it is under 100 bytes (by default at any
// size). Inlined whole, functions grew large (reading a dataset,
// `load::from_text`, to 58 KB: the parser, every type's deserializer and
// the validator). The browser compiles a function on its first call and
// optimizes it only for its next one, so work in a large function that
// runs once runs unoptimized. With the limit, a taken-over page's start
// compiled its functions in 42 ms (58 before); with a limit of 200 bytes
// it ran them in 81 ms (112), traced. It is interactive 10-60 ms sooner,
// and the wasm is 2.7 KB smaller by gzip (bench/results.md, seventh pass).
const WASM_OPT = ["-Oz", "--low-memory-unused", "--flatten", "--rereloop", "-Oz", "-Oz", "--flatten", "--rereloop", "-Oz", "-Oz", "--one-caller-inline-max-function-size=100"];

/** `wasm` optimized by wasm-opt with {@link WASM_OPT}. */
function optimized(wasm) {
  const scratch = mkdtempSync(join(tmpdir(), "minify-"));
  try {
    writeFileSync(join(scratch, "in.wasm"), wasm);
    const run = spawnSync("wasm-opt", [...WASM_OPT, join(scratch, "in.wasm"), "-o", join(scratch, "out.wasm")], { stdio: "inherit" });
    if (run.status !== 0) throw new Error(`minify: wasm-opt failed (${run.error ?? `exit ${run.status}`})`);
    return readFileSync(join(scratch, "out.wasm"));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The wasm and glue without the JavaScript classes IntoUnderlyingByteSource,
 * IntoUnderlyingSink and IntoUnderlyingSource: wasm-streams (which
 * server_fn, a dependency of Leptos, uses to stream a server's answers)
 * exports them, and nothing in this app makes a stream. Their exports go
 * from the wasm (wasm-opt then removes the code only they reached); their
 * classes, finalization registries and dispose hooks from the glue. The
 * build stops if the glue still names them.
 */
function withoutStreams(wasm, glue) {
  const unused = /^(?:__wbg_)?intounderlying/;
  const parts = [wasm.subarray(0, 8)];
  let dropped = 0;
  for (const { id, at, body, end } of sections(wasm)) {
    if (id !== 7) {
      parts.push(wasm.subarray(at, end));
      continue;
    }
    let [count, p] = leb(wasm, body);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const [field, kind] = readName(wasm, p);
      const [, after] = leb(wasm, kind + 1);
      if (unused.test(field)) dropped++;
      else kept.push(wasm.subarray(p, after));
      p = after;
    }
    parts.push(section(7, Buffer.concat([Buffer.from(toLeb(kept.length)), ...kept])));
  }
  const classes = "IntoUnderlying(?:ByteSource|Sink|Source)";
  const without = glue
    .replace(new RegExp(`^export class (${classes}) \\{\\n[\\s\\S]*?^\\}\\nif \\(Symbol\\.dispose\\) \\1\\.prototype\\[Symbol\\.dispose\\] = \\1\\.prototype\\.free;\\n`, "gm"), "")
    .replace(new RegExp(`^const ${classes}Finalization = [^;]*;\\n`, "gm"), "")
    .replace(/^const __wbindgen_enum_ReadableStreamType = [^;]*;\n/m, "");
  if (dropped === 0 || /intounderlying/i.test(without)) throw new Error(`minify: wasm-streams' classes not found as expected (${dropped} exports dropped)`);
  console.log(`minify: wasm-streams' classes taken out (${dropped} exports, ${glue.length - without.length} bytes of glue)`);
  return { wasm: Buffer.concat(parts), glue: without };
}

for (const name of readdirSync(dir)) {
  if (/^shinchoku-[0-9a-f]+\.js$/.test(name)) {
    const wasmFile = name.replace(/\.js$/, "_bg.wasm");
    const before = readFileSync(join(dir, wasmFile));
    const lean = withoutStreams(before, readFileSync(join(dir, name), "utf8"));
    const short = shortenNames(optimized(lean.wasm), lean.glue);
    rewrite(wasmFile, short.wasm);
    console.log(`minify: ${wasmFile}'s imports and exports renamed, ${before.length} → ${short.wasm.length} bytes`);
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
writeFileSync(page, html.replace(/<!--[\s\S]*?-->\s*/g, ""));
