// `make bench`: load and filter timings of Shinchoku against a hand-written
// baseline (bench/baseline/) at 1×, 100× and 1,000× the real data, plus the
// transfer size of every file in dist/. Prints a table and writes
// bench/results.md (with --quick: 1× only, one run, target/bench/results-quick.md).
import { createServer } from "node:http";
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { gzipSync, gunzipSync, brotliCompressSync, constants } from "node:zlib";
import os from "node:os";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

// --quick: 1× once; --scales 1,1000 and --runs N narrow a run while working
// (results then go to target/bench/, never to bench/results.md).
const quick = process.argv.includes("--quick");
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const scales = arg("--scales")?.split(",").map(Number) ?? (quick ? [1] : [1, 100, 1000]);
const runs = Number(arg("--runs") ?? (quick ? 1 : 5));
const partial = quick || arg("--scales") !== undefined || arg("--runs") !== undefined;
const root = new URL("..", import.meta.url).pathname;
const site = join(root, "target/bench/site");
const BASE = "/bench/";

// The site: dist/ plus the synthetic datasets and the baseline page, one origin.
rmSync(site, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(join(root, "dist"), site, { recursive: true });
cpSync(join(root, "bench/baseline"), join(site, "baseline"), { recursive: true });
mkdirSync(join(site, "bench-data"), { recursive: true });
for (const n of scales) {
  const file = join(root, `target/bench/x${n}.json`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run make bench (it generates it)`);
  cpSync(file, join(site, `bench-data/x${n}.json`));
}
// Registered as bundled datasets, as a deployer would (?dataset=xN).
const index = JSON.parse(readFileSync(join(site, "data/index.json"), "utf8"));
index.datasets.push(...scales.map((n) => ({ id: `x${n}`, label: `合成データ ×${n}`, label_en: `Synthetic ×${n}`, url: `bench-data/x${n}.json` })));
writeFileSync(join(site, "data/index.json"), JSON.stringify(index));

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json", ".svg": "image/svg+xml" };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (!path.startsWith(BASE)) return res.writeHead(404).end();
  let file = join(site, path.slice(BASE.length) || "index.html");
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}${BASE}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [...require("../tests/chromium-flags.cjs"), "--enable-precise-memory-info"],
});

// Each page: its URL at scale n, and the three interactions measured on it
// (a click, or a value set on an input / select). The KPI view is measured at
// every scale; the default overview (charts included) and the ministry
// profile, which is what users land on, at 1× and 100×.
const FILTERS = {
  ministry: { selector: '[data-filter="ministry"] input[value="mic"]' },
  phases: [{ selector: '[data-filter="phase"] [data-phase="applied"]' }, { selector: '[data-filter="phase"] [data-phase="clinical"]' }],
  search: { selector: '[data-filter="q"]', values: ["POC", ""] },
};
const PAGES = {
  kpis: { label: "KPI view", url: (n) => `${origin}?view=kpis&dataset=x${n}`, ...FILTERS, scales: [1, 100, 1000], export: true },
  overview: { label: "overview (default, with charts)", url: (n) => `${origin}?dataset=x${n}`, ...FILTERS, scales: [1, 100] },
  ministry: {
    label: "ministry profile",
    url: (n) => `${origin}?view=ministry&ministry=mhlw&dataset=x${n}`,
    ...FILTERS,
    // The profile's own ministry choice (a select) in place of the chip.
    ministry: { selector: '[data-testid="ministry-select"]', values: ["mic", "mhlw"] },
    scales: [1, 100],
  },
  baseline: {
    label: "baseline",
    url: (n) => `${origin}baseline/?data=../bench-data/x${n}.json`,
    ministry: { selector: 'input[data-ministry="mic"]' },
    phases: [{ selector: 'input[data-phase="applied"]' }, { selector: 'input[data-phase="nonclinical"]' }, { selector: 'input[data-phase="clinical"]' }],
    search: { selector: "#q", values: ["POC", ""] },
  },
};

/** Runs one interaction and waits until the DOM has settled (microtasks, then layout). */
async function timed(page, selector, value) {
  return page.evaluate(async ([selector, value]) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector}`);
    const t0 = performance.now();
    if (value === null) el.click();
    else {
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
    }
    await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    const settled = performance.now() - t0;
    // Charts are drawn in the frame after the change (src/ui/chart/mod.rs),
    // which marks it: wait two frames and read the mark, if this change drew.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
    const mark = performance.getEntriesByName("shinchoku:charts-drawn").at(-1);
    window.__chartsDrawn = mark && mark.startTime > t0 ? mark.startTime - t0 : null;
    return settled;
  }, [selector, value]);
}

/** Input → charts redrawn for the interaction just timed, if it drew any. */
const chartsDrawn = (page) => page.evaluate(() => window.__chartsDrawn);

/** The interaction's steps: a click, or each of its values in turn (twice for a click). */
const steps = (action) => (action.values ? action.values.map((v) => [action.selector, v]) : [[action.selector, null], [action.selector, null]]);

// "Ready" is when the first frame after the page's own ready mark has been
// drawn: the mark is set before the browser lays out and paints the new
// page, and without this the first interaction would pay for that layout.
// The same script runs on both pages. It says when it has measured on the
// console (a message the page sends, which runs nothing in it): waiting
// with Playwright's waitForFunction would run its injected script (about
// 8 ms of the page's main thread) in the middle of a load still starting.
const FIRST_FRAME = `new MutationObserver((_, observer) => {
  if (document.documentElement.dataset.ready !== "true") return;
  observer.disconnect();
  requestAnimationFrame(() => setTimeout(() => {
    window.__drawn = performance.now();
    console.debug("shinchoku-bench:drawn");
  }, 0));
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });`;

/** Resolves when `page` logs `shinchoku-bench:<what>` (see FIRST_FRAME);
 * called before the navigation whose load sends it. */
const said = (page, what) =>
  page.waitForEvent("console", { predicate: (m) => m.text() === `shinchoku-bench:${what}`, timeout: 180_000 });

/** Opens `url` in a fresh context and waits for the first frame drawn
 * after it is ready: its context, page and that time (ms from navigation). */
async function openDrawn(url, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(FIRST_FRAME);
  const page = await context.newPage();
  let crashed = false;
  page.on("crash", () => (crashed = true));
  const drawn = said(page, "drawn");
  await page.goto(url);
  await drawn;
  if (crashed) throw new Error(`${name} crashed`);
  return { context, page, drawn: await page.evaluate(() => window.__drawn) };
}

async function measure(kind, n) {
  const spec = PAGES[kind];
  const out = { ready: [], ministry: [], phases: [], search: [], heap: [], export: [], charts: [] };
  for (let i = 0; i < runs; i++) {
    const { context, page, drawn } = await openDrawn(spec.url(n), `${kind} ×${n}`);
    out.ready.push(drawn);
    // The filters are measured on a settled page: after the work that
    // follows the first frame (ECharts fetched and run, the first charts
    // drawn), which an input at once would wait for.
    await page.evaluate(async () => {
      const charts = () => document.querySelectorAll(".chart").length > 0;
      const drawn = () => performance.getEntriesByName("shinchoku:charts-drawn").length > 0;
      for (let i = 0; i < 600 && charts() && !drawn(); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    });
    out.heap.push(await page.evaluate(() => performance.memory.usedJSHeapSize / 1048576));
    for (const [selector, value] of steps(spec.ministry)) {
      out.ministry.push(await timed(page, selector, value));
      const drawn = await chartsDrawn(page);
      if (drawn !== null) out.charts.push(drawn);
    }
    let phase = 0;
    for (const s of spec.phases) phase += await timed(page, s.selector, null);
    out.phases.push(phase);
    for (const [selector, value] of steps(spec.search)) out.search.push(await timed(page, selector, value));
    if (spec.export) {
      // CSV export of everything shown: click until the file is offered.
      const t0 = Date.now();
      await Promise.all([page.waitForEvent("download", { timeout: 180_000 }), page.click('[data-testid="export-menu"]').then(() => page.click('[data-testid="export-csv"]'))]);
      out.export.push(Date.now() - t0);
    }
    await context.close();
  }
  return out;
}

// The floor a page's content sets: the DOM Shinchoku has drawn, saved as a
// static page (no script, no wasm: the same elements and stylesheet) and
// loaded the same way. What "ready" takes beyond this is the app's own
// work: fetching and compiling the wasm, parsing the dataset, building the
// DOM; what this takes beyond the baseline is the page's content.
async function staticFloor(kind, n) {
  const { context, page } = await openDrawn(PAGES[kind].url(n), `${kind} ×${n}`);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.removeAttribute("data-ready");
    doc.querySelectorAll("script, link[rel=preload], link[rel=modulepreload]").forEach((e) => e.remove());
    doc.querySelectorAll("[integrity]").forEach((e) => e.removeAttribute("integrity"));
    const mark = document.createElement("script");
    mark.textContent = "document.documentElement.dataset.ready = 'true';";
    doc.querySelector("body").append(mark);
    return "<!doctype html>\n" + doc.outerHTML;
  });
  await context.close();
  const file = `static-${kind}-x${n}.html`;
  writeFileSync(join(site, file), html);
  const ready = [];
  for (let i = 0; i < runs; i++) {
    const { context: ctx, drawn } = await openDrawn(`${origin}${file}`, file);
    ready.push(drawn);
    await ctx.close();
  }
  return ready;
}

// The bundled report's prerendered pages (make dist writes them): the data
// is in the HTML, and the app takes the page over once it has loaded.
// Measured per view: navigation → the first frame showing the data (the
// KPI count drawn), → interactive (the app has taken over: the first frame
// after its ready mark), the layout shift through the takeover (CLS, every
// shift until the page is idle), and the bytes the first frame needed
// (the document and the render-blocking resources, at their gzip size in
// dist/). The live app without a prerendered page is the "before".
const PRERENDERED = { overview: "", kpis: "kpis.html", ministry: "ministry-mhlw.html" };
const FIRST_DATA = `(() => {
  window.__cls = 0;
  const both = () => {
    if (window.__firstData !== undefined && window.__fcp !== undefined) console.debug("shinchoku-bench:first-data");
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") {
      window.__fcp = e.startTime;
      both();
    }
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="kpi-count"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      window.__firstData = performance.now();
      both();
    }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** The gzip size of what `url` names in dist/ (its .gz copy), or its raw size. */
function gzipSize(url) {
  let path = decodeURIComponent(new URL(url).pathname).slice(BASE.length) || "index.html";
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, "dist", path);
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  return existsSync(file) ? statSync(file).size : 0;
}

/** One load of `url` in a fresh context: navigation → its first frame
 * showing the data, the browser's first contentful paint, the files the
 * first frame waited for, and, `withApp`, interactive and CLS (the load
 * then lasts until the app has taken over and is idle). */
async function loadPrerendered(url, withApp) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (withApp) await context.addInitScript(FIRST_FRAME);
  await context.addInitScript(FIRST_DATA);
  const page = await context.newPage();
  const measured = Promise.all([said(page, "first-data"), withApp && said(page, "drawn")]);
  await page.goto(url);
  await measured;
  if (withApp) {
    if (!(await page.evaluate(() => !document.getElementById("prerendered") && document.querySelector("#app [data-testid=kpi-count]")))) {
      throw new Error(`${url}: the app did not take the prerendered page over`);
    }
    await page.evaluate(async () => {
      const drawn = () => performance.getEntriesByName("shinchoku:charts-drawn").length > 0;
      for (let i = 0; i < 600 && document.querySelector(".chart") && !drawn(); i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    });
  }
  const m = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith("_bg.wasm"));
    return {
      first: window.__firstData,
      fcp: window.__fcp,
      interactive: window.__drawn,
      cls: window.__cls,
      urls: [location.href, ...performance.getEntriesByType("resource").filter((e) => e.renderBlockingStatus === "blocking").map((e) => e.name)],
      // The app's start, step by step (src/ui/page/ready.rs sets the marks).
      steps: [window.__firstData, wasm?.responseEnd, at("shinchoku:started"), at("shinchoku:index-read"), at("shinchoku:dataset-read"), at("shinchoku:built"), at("shinchoku:ready"), window.__drawn],
    };
  });
  await context.close();
  return m;
}

// The prerendered page as static HTML: the same file without its scripts
// and preloads, and with what `preflight.js` does to the page before its
// first frame done in the markup (the `js` class, which shows the filter
// panel and the toolbar), so that it draws the very page the reader gets:
// what the prerendered page takes beyond it is the cost of its scripts on
// the first frame. Unlike the floor above (the live app's DOM), it has the
// charts' SVG drawings and the phone layout.
function writePrerenderedFloor(kind) {
  const source = readFileSync(join(site, PRERENDERED[kind] || "index.html"), "utf8");
  if (!/<html (?![^>]*class=)/.test(source)) throw new Error(`${kind}: no <html> without a class to give the js class`);
  const html = source
    .replace(/<html /, '<html class="js" ')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, "")
    .replace(/<link rel="(?:module)?preload"[^>]*>\s*/g, "")
    .replace(/ integrity="[^"]*"/g, "");
  const file = `static-prerendered-${kind}.html`;
  writeFileSync(join(site, file), html);
  return `${origin}${file}`;
}

// The first frames: the page and its floor in turn, load for load (each
// first in half of the rounds), each load closed once its first data
// frame is drawn, so that the two are loaded alike (a page kept until its
// app is idle would leave the next load its teardown, and a floor follows
// it more often than a page does). More loads than the other figures:
// the target compares two figures 10% apart, and the ratio of two medians
// of 45 loads moves with a standard deviation of about 0.05 (resampled,
// bench/results.md).
// Interactive and the layout shift: the page kept until its app has taken
// over and is idle, and the baseline, in turn (each first in half of the
// rounds); the ratios to the baseline in this table are to these loads
// of it, not to the runs at the start of the scale (minutes earlier, and
// fewer).
const FIRST_FRAME_LOADS = quick ? 1 : 15 * runs;
const PRERENDERED_LOADS = quick ? 1 : 9 * runs;
/** Runs each of `loads` `rounds` times, in turn, each first in as many rounds. */
async function inTurn(rounds, loads) {
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < loads.length; j++) await loads[(i + j) % loads.length]();
  }
}
async function measurePrerendered(kind) {
  const out = { first: [], fcp: [], interactive: [], cls: [], bytes: [], floor: [], floorFcp: [], base: [], steps: [] };
  const pageUrl = `${origin}${PRERENDERED[kind]}`;
  const floorUrl = writePrerenderedFloor(kind);
  await inTurn(FIRST_FRAME_LOADS, [
    async () => {
      const m = await loadPrerendered(pageUrl, false);
      out.first.push(m.first);
      out.fcp.push(m.fcp);
      out.bytes.push(m.urls.reduce((a, u) => a + gzipSize(u), 0));
    },
    async () => {
      const f = await loadPrerendered(floorUrl, false);
      out.floor.push(f.first);
      out.floorFcp.push(f.fcp);
    },
  ]);
  await inTurn(PRERENDERED_LOADS, [
    async () => {
      const base = await openDrawn(PAGES.baseline.url(1), "baseline ×1");
      out.base.push(base.drawn);
      await base.context.close();
    },
    async () => {
      const m = await loadPrerendered(pageUrl, true);
      out.interactive.push(m.interactive);
      out.cls.push(m.cls);
      out.steps.push(m.steps);
    },
  ]);
  return out;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

const rows = [];
/** The prerendered pages' rows (at 1×, the bundled report). */
const prerendered = [];
/** Where each prerendered page's time from its first data frame to
 * interactive goes: per step (the order of `steps` in loadPrerendered),
 * the median over the loads of the time since the step before. */
const STEPS = [
  "the wasm fetched (requested once the first frame is drawn; the page finishing meanwhile)",
  "the wasm compiled and instantiated: the app starts",
  "the app mounted, the dataset index fetched and read",
  "the dataset fetched and read",
  "the view built: the catalog and every component",
  "the page taken over (the swap, the ready mark)",
  "the takeover's frame drawn: interactive",
];
const stepColumns = {};
for (const n of scales) {
  const base = await measure("baseline", n);
  for (const kind of ["kpis", "overview", "ministry"]) {
    const spec = PAGES[kind];
    if (!spec.scales.includes(n)) continue;
    const ours = await measure(kind, n);
    for (const [key, label] of [["ready", "navigation → ready (first frame drawn)"], ["ministry", spec.ministry === FILTERS.ministry ? "ministry toggle" : "ministry choice"], ["phases", "phase range"], ["search", "text search"]]) {
      rows.push([`×${n}`, spec.label, label, ms(median(ours[key])), ms(p95(ours[key])), ms(median(base[key])), `${(median(ours[key]) / Math.max(median(base[key]), 0.1)).toFixed(1)}×`]);
    }
    if (ours.charts.length) rows.push([`×${n}`, spec.label, "ministry change → charts redrawn (the frame after)", ms(median(ours.charts)), ms(p95(ours.charts)), "–", "–"]);
    if (spec.export) rows.push([`×${n}`, spec.label, "CSV export of every KPI (click → file offered)", ms(median(ours.export)), ms(p95(ours.export)), "–", "–"]);
    if (n === 1) {
      const floor = await staticFloor(kind, n);
      rows.push([`×${n}`, spec.label, "the same page as static HTML, no script: navigation → first frame (the content's floor)", ms(median(floor)), ms(p95(floor)), ms(median(base.ready)), `${(median(floor) / median(base.ready)).toFixed(1)}×`]);
      const pre = await measurePrerendered(kind);
      const preFloor = pre.floor;
      const preBase = pre.base;
      const ratio = (x, of) => `${(median(x) / median(of)).toFixed(2)}× the baseline, ${(median(x) / median(floor)).toFixed(2)}× the live app's static page`;
      prerendered.push([spec.label, "navigation → first frame showing the data", ms(median(ours.ready)), ms(median(pre.first)), ms(p95(pre.first)), `${ratio(pre.first, preBase)}, ${(median(pre.first) / median(preFloor)).toFixed(2)}× the prerendered page without scripts`]);
      prerendered.push([spec.label, "the prerendered page without its scripts and preloads: navigation → first frame showing the data (its own floor)", "–", ms(median(preFloor)), ms(p95(preFloor)), `${(median(preFloor) / median(preBase)).toFixed(2)}× the baseline`]);
      prerendered.push([spec.label, "the baseline, loaded in turn with the page: navigation → ready (first frame drawn)", "–", ms(median(preBase)), ms(p95(preBase)), "–"]);
      prerendered.push([spec.label, "navigation → first contentful paint (the browser's paint timing), the page / its floor", "–", `${ms(median(pre.fcp))} / ${ms(median(pre.floorFcp))}`, `${ms(p95(pre.fcp))} / ${ms(p95(pre.floorFcp))}`, `${(median(pre.fcp) / median(pre.floorFcp)).toFixed(2)}× its floor`]);
      prerendered.push([spec.label, "navigation → interactive (the app has taken over)", ms(median(ours.ready)), ms(median(pre.interactive)), ms(p95(pre.interactive)), ratio(pre.interactive, preBase)]);
      prerendered.push([spec.label, "layout shift through the takeover (CLS)", "–", median(pre.cls).toFixed(4), Math.max(...pre.cls).toFixed(4), "–"]);
      prerendered.push([spec.label, "bytes the first data frame needed (document and render-blocking files, gzip)", "–", kb(median(pre.bytes)), "", "–"]);
      const missing = pre.steps.filter((t) => !t.every((x) => typeof x === "number")).length;
      if (missing) throw new Error(`${spec.label}: ${missing} of ${pre.steps.length} loads lack a step of the app's start (its performance marks, the wasm's resource timing)`);
      stepColumns[spec.label] = [...STEPS.map((_, i) => median(pre.steps.map((t) => t[i + 1] - t[i]))), median(pre.steps.map((t) => t.at(-1) - t[0]))];
    }
    rows.push([`×${n}`, spec.label, "JS heap after load", `${median(ours.heap).toFixed(1)} MB`, "", `${median(base.heap).toFixed(1)} MB`, `${(median(ours.heap) / median(base.heap)).toFixed(1)}×`]);
  }
}
await browser.close();
server.close();

// Transfer sizes of dist/.
const sum = (k, list) => list.reduce((a, s) => a + s[k], 0);
function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const dist = join(root, "dist");
/** A file's sizes: raw; "gzip", the .gz copy make dist ships (zopfli: what
 * a server sending precompressed files sends; checked to be the file
 * compressed), or zlib's level 9 where there is none; "zlib", zlib's level
 * 9 (the most a server compressing each response on the fly does);
 * "brotli", quality 11. */
function fileSizes(f) {
  const raw = readFileSync(f);
  const zlib = gzipSync(raw, { level: 9 }).length;
  let gzip = zlib;
  if (existsSync(`${f}.gz`)) {
    const gz = readFileSync(`${f}.gz`);
    if (!gunzipSync(gz).equals(raw)) throw new Error(`${f}.gz is not ${f} compressed: run make dist`);
    gzip = gz.length;
  }
  return { raw: raw.length, gzip, zlib, brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}
const sizes = files(dist).filter(inDistTable).map((f) => ({ name: relative(dist, f), ...fileSizes(f) })).sort((a, b) => b.gzip - a.gzip);
// The single-file edition (make dist writes it) is measured on its own; it
// and the precompressed copies (.gz, .br) stay out of dist/'s table.
function inDistTable(file) {
  return !/\.(gz|br)$|shinchoku-standalone\.html$/.test(file) && !isOtherPage(file);
}
/** A prerendered page other than the default overview (index.html). */
function isOtherPage(file) {
  return dirname(file) === dist && /\.html$/.test(file) && !["index.html", "shinchoku-standalone.html"].includes(basename(file));
}
const otherPages = files(dist).filter(isOtherPage).map(fileSizes);
const pagesRow = { count: otherPages.length, raw: sum("raw", otherPages), gzip: sum("gzip", otherPages), zlib: sum("zlib", otherPages), brotli: sum("brotli", otherPages) };
const standalone = fileSizes(join(dist, "shinchoku-standalone.html"));
// Not on the first load: the schema, the host-page script, the
// methodology pages (fetched when that view opens) and the workbook module
// (fetched to export or import an Excel workbook).
// Before the report shows: the page and what its first frame waits for.
const beforeData = sizes.filter((s) => /^index\.html$|\.css$|^preflight\.js$/.test(s.name));
// Interactive: and the app, its loader and the dataset (ECharts comes after).
const interactive = sizes.filter((s) => /^index\.html$|\.css$|\.js$|_bg\.wasm$|^data\/(index|fy\d+)\.json$/.test(s.name) && !/echarts|embed|^workbook\//.test(s.name));
const firstLoad = sizes.filter((s) => !/schema\.json$|embed\.js$|methodology(\.ja)?\.html$|^workbook\//.test(s.name));
const table = (head, body) => [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const browserVersion = (await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] }).then(async (b) => { const v = b.version(); await b.close(); return v; }));
const md = `# Benchmark results

Measured by \`make bench${partial ? " (partial run)" : ""}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, headless Chromium ${browserVersion}.
${runs} run(s) per figure; "ready" is the end of the first frame drawn after the page marks itself ready (data shown); each filter figure is one interaction, on a page that has settled after loading (charts drawn, the main thread idle), from the input event until the DOM has settled (microtasks run and layout forced). Charts are drawn in the frame after a change; "charts redrawn" is from the input event to the end of that drawing (it includes the wait for the frame).
The baseline is \`bench/baseline/\`: the same data loaded into a plain DOM table by hand-written JavaScript (no framework, no charts). At 1×, each view's drawn page is also saved as static HTML (the same elements and stylesheet, no script) and loaded the same way: that is the floor the page's content sets, and "ready" minus that floor is the app's own work.
Shinchoku is measured on its KPI table view (\`?view=kpis\`) at every scale, and on the default overview (charts included) and the ministry profile (\`?view=ministry\`) at 1× and 100×; datasets from \`cargo run --bin synth -- --scale N\`. The ministry profile's ministry is chosen in its own select.

## Load and filter

${table(["scale", "view", "measure", "Shinchoku median", "Shinchoku p95", "baseline median", "ratio"], rows)}

## The bundled report's prerendered pages (×1, the default dataset)

The same three views as the bundled report's pages that \`make dist\` prerenders (\`index.html\`, \`kpis.html\`, \`ministry-mhlw.html\`): the data is in the HTML and its first frame; the app, loaded meanwhile, takes the page over. "The live app's static page" is the floor of the table above (the live app's DOM saved without script, on the synthetic ×1 dataset: other content, no chart drawings, one layout); "the prerendered page without scripts" (the same page as static HTML, which the first data frame is held to) is the same file as the prerendered page with its scripts and preloads taken out and the \`js\` class that \`preflight.js\` gives it written into its \`<html>\` (so it draws the same filter panel and toolbar), the floor that page itself sets; each view's page and its floor are loaded in turn, ${FIRST_FRAME_LOADS} loads each, each load closed once its first data frame is drawn (the first frames and their paint timing); then the page, kept until its app has taken over and is idle, and the baseline in turn, ${PRERENDERED_LOADS} loads each (interactive, the layout shift); the ratios to the baseline in this table are to those loads of it (the table above has the baseline's own runs, made minutes earlier). "First frame showing the data" is timed as "ready" is (the end of the first frame drawn once the KPI count is in the page); the first contentful paint is the browser's own paint timing of its first frame with content; it is presented after the frame has been drawn, so later than the end of the frame. "Before" is the live app on a page it has to build itself (the synthetic ×1 dataset above, the same size). Targets (issue 25): first data frame ≤ 1.1× the same page as static HTML and ≤ 1.6× the baseline; interactive ≤ 2.5× the baseline; CLS ≤ 0.01; the first data frame's bytes ≤ 120 KB gzip.

${table(["view", "measure", "before (no prerendered page), median", "prerendered, median", "prerendered, p95 / max", "ratio"], prerendered)}

Where the time from the first data frame to interactive goes, step by step, in the loads kept until the app has taken over: the page's own clocks (the wasm's resource timing, and the performance marks the app sets at each step, \`src/ui/page/ready.rs\`); each figure is the median over the loads of the time since the step before, so a column need not add up to its total. The browser's main thread is busy throughout (traced, bench/results.md), so each step is the work it names, V8 compiling the wasm's functions on their first call included.

${table(["step (time since the step before)", ...Object.keys(stepColumns)], [...STEPS, "first data frame → interactive, in all"].map((label, i) => [label, ...Object.values(stepColumns).map((c) => ms(c[i]))]))}

## Transfer size of dist/

"gzip" is the \`.gz\` copy that \`make dist\` writes beside each file (by zopfli, \`.ci/precompress.mjs\`), which a server sending precompressed files sends (\`docs/deploy.md\`); "gzip -9 (zlib)" is zlib at its highest level, the most a server compressing each response on the fly does; "brotli" is quality 11, as the \`.br\` copies.

${table(["file", "raw", "gzip", "gzip -9 (zlib)", "brotli"], sizes.map((s) => [s.name, kb(s.raw), kb(s.gzip), kb(s.zlib), kb(s.brotli)]))}
| **before the report shows** (the page, its CSS and preflight.js: what the first frame waits for) | ${kb(sum("raw", beforeData))} | ${kb(sum("gzip", beforeData))} | ${kb(sum("zlib", beforeData))} | ${kb(sum("brotli", beforeData))} |
| **interactive** (and the app's JavaScript and wasm, the data index and the dataset) | ${kb(sum("raw", interactive))} | ${kb(sum("gzip", interactive))} | ${kb(sum("zlib", interactive))} | ${kb(sum("brotli", interactive))} |
| **first load** (all but schema.json, embed.js, the methodology pages and workbook/) | ${kb(sum("raw", firstLoad))} | ${kb(sum("gzip", firstLoad))} | ${kb(sum("zlib", firstLoad))} | ${kb(sum("brotli", firstLoad))} |
| the other ${pagesRow.count} prerendered pages (each view, project and ministry, in Japanese and English; one of them per visit) | ${kb(pagesRow.raw)} | ${kb(pagesRow.gzip)} | ${kb(pagesRow.zlib)} | ${kb(pagesRow.brotli)} |
| **single-file edition** (shinchoku-standalone.html: everything inlined, one download) | ${kb(standalone.raw)} | ${kb(standalone.gzip)} | ${kb(standalone.zlib)} | ${kb(standalone.brotli)} |
`;
console.log(md);
const outFile = partial ? join(root, "target/bench/results-quick.md") : join(root, "bench/results.md");
// A hand-written analysis below the marker survives regeneration.
const MARKER = "<!-- analysis: kept by bench/run.mjs -->";
const previous = existsSync(join(root, "bench/results.md")) ? readFileSync(join(root, "bench/results.md"), "utf8") : "";
const analysis = previous.includes(MARKER) ? "\n" + previous.slice(previous.indexOf(MARKER)) : "";
writeFileSync(outFile, md + analysis);
console.log(`written to ${relative(root, outFile)}`);
