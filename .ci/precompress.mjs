// Writes `<file>.gz` (gzip by zopfli: the same format, 2–8% smaller than
// zlib's level 9, decoded by every gzip reader) and `<file>.br` (brotli
// quality 11) beside every text and wasm file in dist/, for servers that
// send precompressed files (nginx gzip_static/brotli_static, Apache, IIS:
// see docs/deploy.md). Run by `make dist` after the single-file edition:
//
//   node .ci/precompress.mjs dist
//
// Prints, by each encoding: what the first page needs before it shows the
// report (the prerendered index.html, its stylesheet and the preflight
// script: nothing else blocks its first frame), what it needs to be
// interactive (that, the app's scripts and wasm and the dataset), the
// first load in all (that and ECharts, loaded once the page is drawn), the
// single-file edition and the workbook module (fetched only to export or
// import a workbook). The other prerendered pages, the schema, embed.js and
// the methodology pages are not part of it.
//
// Zopfli takes about 30 s of CPU for dist/; the files are shared among
// worker threads, one per core.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { extname, join, relative } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { brotliCompressSync, constants } from "node:zlib";
import { gzipAsync } from "@gfx/zopfli";

// A worker: gzips its share of the files, answers each file's gzip size.
if (!isMainThread) {
  for (const path of workerData) {
    const gz = await gzipAsync(readFileSync(path), { numiterations: 15 });
    writeFileSync(`${path}.gz`, gz);
    parentPort.postMessage([path, gz.length]);
  }
  process.exit(0);
}

const dist = process.argv[2] ?? "dist";
const TEXT = new Set([".html", ".js", ".css", ".json", ".svg", ".txt"]);
const COMPRESSIBLE = new Set([...TEXT, ".wasm"]);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Gzips `paths` with zopfli in worker threads: path → gzip size. */
async function gzipAll(paths) {
  const shares = Array.from({ length: Math.max(1, Math.min(availableParallelism(), paths.length)) }, () => ({ bytes: 0, paths: [] }));
  // The largest first, each to the share with the fewest bytes so far.
  const bySize = paths.map((path) => ({ path, bytes: statSync(path).size })).sort((a, b) => b.bytes - a.bytes);
  for (const { path, bytes } of bySize) {
    const least = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    least.bytes += bytes;
    least.paths.push(path);
  }
  const sizes = new Map();
  await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: share.paths });
          worker.on("message", ([path, size]) => sizes.set(path, size));
          worker.on("error", reject);
          worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`precompress: a gzip worker exited with ${code}`))));
        }),
    ),
  );
  return sizes;
}

const paths = files(dist).filter((path) => COMPRESSIBLE.has(extname(path)));
const gzipped = await gzipAll(paths);
const sizes = paths.map((path) => {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: TEXT.has(extname(path)) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  return { name: relative(dist, path), raw: body.length, gz: gzipped.get(path), br: br.length };
});

const index = JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8"));
const dataset = index.datasets.find((d) => d.id === index.default)?.url;
const beforeData = sizes.filter((s) => s.name === "index.html" || /^[^/]+\.css$/.test(s.name) || s.name === "preflight.js");
const app = sizes.filter((s) => /^(loader-[0-9a-f]+|shinchoku-[0-9a-f]+)\.js$|^shinchoku-[0-9a-f]+_bg\.wasm$/.test(s.name) || s.name === "data/index.json" || s.name === dataset);
const charts = sizes.filter((s) => s.name === "echarts.min.js");
const sum = (list, key) => list.reduce((a, s) => a + s[key], 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`precompress: ${sizes.length} files, each with .gz and .br`);
for (const [label, list] of [
  ["before the report shows (index.html, CSS, preflight)", beforeData],
  ["interactive (and the app, the dataset)", [...beforeData, ...app]],
  ["first load in all (and ECharts)", [...beforeData, ...app, ...charts]],
  ["single-file edition", sizes.filter((s) => s.name === "shinchoku-standalone.html")],
  ["workbook module (on demand)", sizes.filter((s) => s.name.startsWith("workbook/"))],
]) {
  if (list.length) console.log(`precompress: ${label}: ${kb(sum(list, "raw"))} raw, ${kb(sum(list, "gz"))} gzip (zopfli), ${kb(sum(list, "br"))} brotli`);
}
