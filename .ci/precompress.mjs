// Writes `<file>.gz` (gzip level 9) and `<file>.br` (brotli quality 11)
// beside every text and wasm file in dist/, for servers that send
// precompressed files (nginx gzip_static/brotli_static, Apache, IIS: see
// docs/deploy.md). Run by `make dist` after the single-file edition:
//
//   node .ci/precompress.mjs dist
//
// Prints the first load (every file but data/schema.json, embed.js, the
// methodology pages, the single-file edition and the workbook module, which
// is fetched only to export or import a workbook) by each encoding, and the
// workbook module.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const TEXT = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);
const COMPRESSIBLE = new Set([...TEXT, ".wasm"]);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sizes = files(dist)
  .filter((path) => COMPRESSIBLE.has(extname(path)))
  .map((path) => {
    const body = readFileSync(path);
    const gz = gzipSync(body, { level: 9 });
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: TEXT.has(extname(path)) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    writeFileSync(`${path}.gz`, gz);
    writeFileSync(`${path}.br`, br);
    return { name: relative(dist, path), raw: body.length, gz: gz.length, br: br.length };
  });

const firstLoad = sizes.filter((s) => !/^data\/schema\.json$|^embed\.js$|^docs\/methodology(\.ja)?\.html$|^shinchoku-standalone\.html$|^workbook\//.test(s.name));
const sum = (list, key) => list.reduce((a, s) => a + s[key], 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompress: ${sizes.length} files, each with .gz and .br`);
for (const [label, list] of [["first load", firstLoad], ["single-file edition", sizes.filter((s) => s.name === "shinchoku-standalone.html")], ["workbook module (on demand)", sizes.filter((s) => s.name.startsWith("workbook/"))]]) {
  if (list.length) console.log(`precompress: ${label}: ${kb(sum(list, "raw"))} raw, ${kb(sum(list, "gz"))} gzip, ${kb(sum(list, "br"))} brotli`);
}
