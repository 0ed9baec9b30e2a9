// The precompressed copies beside dist/'s files.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const DIST = path.join(__dirname, "../../dist");

test("every text and wasm file in dist/ has .gz and .br copies that decompress to it", () => {
  const walk = (dir) => fs.readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return fs.statSync(p).isDirectory() ? walk(p) : [p];
  });
  const originals = walk(DIST).filter((f) => /\.(html|js|css|json|svg|wasm)$/.test(f));
  expect(originals.map((f) => path.relative(DIST, f))).toEqual(expect.arrayContaining(["index.html", "shinchoku-standalone.html", "data/fy2022.json", "echarts.min.js"]));
  for (const file of originals) {
    const body = fs.readFileSync(file);
    const gz = fs.readFileSync(`${file}.gz`);
    const br = fs.readFileSync(`${file}.br`);
    expect(zlib.gunzipSync(gz).equals(body), `${file}.gz`).toBe(true);
    expect(zlib.brotliDecompressSync(br).equals(body), `${file}.br`).toBe(true);
    if (body.length > 4096) expect(br.length, `${file}.br is smaller`).toBeLessThan(body.length);
  }
});
