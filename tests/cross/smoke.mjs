#!/usr/bin/env node
// Cross-browser smoke suite: the app's main paths in Firefox ESR and WebKitGTK
// (Safari's engine), through WebDriver. It serves dist/ under a sub-path with
// tests/e2e/server.mjs, and also runs the applicable tests against the
// single-file edition (dist/shinchoku-standalone.html) from file:// when it
// exists. It starts and stops every server, driver and browser itself.
//
//   node tests/cross/smoke.mjs [--engines firefox,webkit] [--targets served,standalone]
//                              [--dist dist] [--standalone FILE] [--only NAME]
//
// Engines: firefox, webkit, chromium (all three by default).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ENGINES, launch, withTimeout } from "./engines.mjs";
import { Page, Failure, check, checkEqual } from "./page.mjs";
import { start, stopAll, killAllNow, freePort, waitHttp } from "./procs.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const SUB_PATH = "/some/sub/path/";
const TEST_TIMEOUT_MS = Number(process.env.CROSS_TEST_TIMEOUT_S ?? 90) * 1000;

const { values: opts } = parseArgs({
  options: {
    engines: { type: "string", default: process.env.CROSS_ENGINES ?? "firefox,webkit,chromium" },
    targets: { type: "string", default: process.env.CROSS_TARGETS ?? "served,standalone" },
    dist: { type: "string", default: join(ROOT, "dist") },
    standalone: { type: "string" },
    only: { type: "string" },
    "timeout-min": { type: "string", default: process.env.CROSS_TIMEOUT_MIN ?? "20" },
  },
});
const DIST = resolve(opts.dist);
const STANDALONE = resolve(opts.standalone ?? join(DIST, "shinchoku-standalone.html"));
const FY2022 = JSON.parse(readFileSync(join(ROOT, "data/fy2022.json"), "utf8"));

// ---------------------------------------------------------------- the tests
//
// Each test gets `t`: t.page (Page), t.url(query) for the target's start
// URL, t.target ("served" or "standalone"), t.origin, t.hostUrl(query) (a
// host page on another origin that embeds the viewer), t.cspUrl(query) (the
// app under docs/deploy.md's strict CSP) and t.tmp (a scratch directory).

// Rows are KPIs shown; the table may keep filtered-out rows mounted but hidden.
const kpiIds = (page) => page.attrs("tr[data-kpi-id]:not([hidden])", "data-kpi-id");
const projectIds = (page) => page.attrs(".card[data-project-id]", "data-project-id");
const kpiCount = async (page) => Number((await page.text('[data-testid="kpi-count"]')).match(/\d+/)[0]);
const checked = (page, css) => page.js((css) => document.querySelector(css)?.checked ?? null, css);

/** In the page: how many sampled pixels of the canvas `css` are painted, if at least `min`; else 0. */
function paintedPixels(css, min) {
  const canvas = document.querySelector(css);
  if (!canvas || !canvas.width || !canvas.height) return 0;
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 3; i < data.length; i += 16) if (data[i] > 0) n++;
  return n >= min ? n : 0;
}

/** Every resource the page loaded that is not on its own origin (or file:, data:, blob: for file://). */
function foreignRequests(page) {
  return page.js(() => {
    const own = location.protocol === "file:" ? ["file:", "data:", "blob:"] : [location.origin + "/", "data:", "blob:"];
    return performance
      .getEntriesByType("resource")
      .map((e) => e.name)
      .filter((u) => !own.some((o) => u.startsWith(o)));
  });
}

const MIC_KPIS = FY2022.projects.filter((p) => ["devices", "genome"].includes(p.id)).reduce((n, p) => n + p.kpis.length, 0);

const TESTS = [
  {
    name: "loads to data-ready on its own origin",
    async run(t) {
      const { page } = t;
      await page.open(t.url(""));
      await page.waitText('[data-testid="report-title"]', "医療分野研究開発推進計画");
      check((await kpiCount(page)) === 45, `kpi-count: expected 45, got ${await page.text('[data-testid="kpi-count"]')}`);
      checkEqual(await projectIds(page), ["drugs", "devices", "regenerative", "genome", "disease", "seeds"], "projects");
      const marks = await page.js(() => performance.getEntriesByName("shinchoku:ready").length);
      checkEqual(marks, 1, "shinchoku:ready performance marks");
      await page.waitFor("the first chart to be drawn", (css) => document.querySelector(css), [".chart canvas"]);
      if (t.target === "served") {
        const loaded = await page.js(() => performance.getEntriesByType("resource").map((e) => e.name));
        check(loaded.some((u) => u.endsWith(`${SUB_PATH}data/fy2022.json`)), "data/fy2022.json was not fetched from the sub-path");
      }
      checkEqual(await foreignRequests(page), [], "requests to other origins");
    },
  },
  {
    name: "ministry filter narrows projects and the KPI count",
    async run(t) {
      const { page } = t;
      await page.open(t.url(""));
      await page.click('[data-filter="ministry"] input[value="mic"]');
      await page.waitUrl(/\?ministry=mic$/);
      await page.waitCount(".card[data-project-id]", 2);
      checkEqual(await projectIds(page), ["devices", "genome"], "projects for 総務省");
      await page.waitText('[data-testid="kpi-count"]', `${MIC_KPIS}件のKPIを表示中`);
      await page.click('[data-filter="ministry"] input[value="mic"]');
      await page.click('[data-filter="ministry"] input[value="meti"]');
      await page.click('[data-filter="lead"] input');
      await page.waitUrl(/ministry=meti&lead=1/);
      await page.waitCount(".card[data-project-id]", 1);
      checkEqual(await projectIds(page), ["devices"], "projects led by 経済産業省");
      const devices = FY2022.projects.find((p) => p.id === "devices").kpis.length;
      await page.waitText('[data-testid="kpi-count"]', `${devices}件のKPIを表示中`);
    },
  },
  {
    name: "the filter survives a reload through the URL; back and forward walk views",
    async run(t) {
      const { page } = t;
      await page.open(t.url("?view=kpis"));
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      await page.click('[data-filter="ministry"] input[value="mic"]');
      await page.click('[data-filter="grade"] input[value="A"]');
      const url = await page.waitUrl(/ministry=mic.*grade=A|grade=A.*ministry=mic/);
      await page.waitFor("the KPI table to narrow", () => {
        const n = document.querySelectorAll("tr[data-kpi-id]:not([hidden])").length;
        return n > 0 && n < 45;
      });
      const before = await kpiIds(page);
      await page.reload();
      checkEqual(await page.url(), url, "URL after reload");
      checkEqual(await kpiIds(page), before, "KPIs after reload");
      checkEqual(await checked(page, '[data-filter="ministry"] input[value="mic"]'), true, "総務省 checked after reload");
      checkEqual(await checked(page, '[data-filter="grade"] input[value="A"]'), true, "grade A checked after reload");
      await page.click('a[data-view="initiatives"]');
      await page.waitUrl(/view=initiatives/);
      await page.waitFor("the initiatives view", () => document.querySelector("[data-initiative-id]"));
      page.step = "going back";
      await page.driver.navigate().back();
      await page.waitUrl(/view=kpis/);
      await page.waitFor("the KPI table after going back", () => document.querySelector("tr[data-kpi-id]:not([hidden])"));
      checkEqual(await kpiIds(page), before, "KPIs after going back");
      page.step = "going forward";
      await page.driver.navigate().forward();
      await page.waitUrl(/view=initiatives/);
      await page.waitFor("the initiatives view after going forward", () => document.querySelector("[data-initiative-id]"));
    },
  },
  {
    name: "the language switch redraws ja → en → ja in place",
    async run(t) {
      const { page } = t;
      const row = 'tr[data-kpi-id="drugs-nonclinical-poc"]';
      await page.open(t.url("?view=kpis"));
      await page.waitText(`${row} .kpi-name`, "非臨床POCの取得件数");
      checkEqual(await page.js(() => document.documentElement.lang), "ja", "<html lang> at start");
      await page.js(() => (window.__sameDocument = true));
      await page.click('[data-testid="lang-switch"]');
      await page.waitUrl(/lang=en/);
      await page.waitText(`${row} .kpi-name`, "Number of non-clinical proofs of concept (POC) obtained");
      await page.waitFor('<html lang="en">', () => document.documentElement.lang === "en");
      checkEqual(await page.text('a[data-view="kpis"]'), "KPIs", "KPI tab label");
      await page.waitText('[data-testid="kpi-count"]', "45 KPIs shown");
      checkEqual(await page.js(() => window.__sameDocument), true, "same document after switching");
      await page.click('[data-testid="lang-switch"]');
      await page.waitText(`${row} .kpi-name`, "非臨床POCの取得件数");
      await page.waitFor('<html lang="ja">', () => document.documentElement.lang === "ja");
      check(!/lang=en/.test(await page.url()), `URL still says lang=en: ${await page.url()}`);
    },
  },
  {
    name: "the theme switch turns the page dark and a reload keeps it",
    async run(t) {
      const { page } = t;
      await page.open(t.url("?view=kpis"));
      await page.click('[data-testid="theme-switch"]');
      await page.waitFor('<html data-theme="dark">', () => document.documentElement.dataset.theme === "dark");
      await page.waitUrl(/theme=dark/);
      const background = () => page.js(() => getComputedStyle(document.body).backgroundColor);
      const dark = await background();
      await page.reload();
      checkEqual(await page.js(() => document.documentElement.dataset.theme), "dark", "data-theme after reload");
      checkEqual(await background(), dark, "body background after reload");
      const [r, g, b] = dark.match(/\d+/g).map(Number);
      check(r + g + b < 3 * 96, `the dark body background is not dark: ${dark}`);
    },
  },
  {
    // Desktop windows have a minimum width (Firefox 500 px, MiniBrowser about
    // 450 px): narrow enough for the phone layout, which starts at 640 px.
    name: "fits a phone-narrow window without sideways scrolling",
    async run(t) {
      const { page } = t;
      await page.driver.manage().window().setRect({ width: 390, height: 844 });
      try {
        await page.open(t.url("?view=kpis"));
        const width = await page.js(() => window.innerWidth);
        check(width <= 640, `the window did not get narrower than the 640 px phone layout (innerWidth ${width})`);
        await page.click("tr[data-kpi-id]:not([hidden]) button.expand");
        await page.waitCount("tr.kpi-detail .chart canvas", 1);
        for (const view of ["", "?view=kpis"]) {
          await page.open(t.url(view));
          const overflow = await page.js(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          check(overflow <= 0, `${view || "overview"}: the page is ${overflow} px wider than the window`);
        }
        // Widened to a desktop (where the panel has no fold to open it by),
        // the folded filter panel unfolds.
        checkEqual(await page.js(() => document.querySelector(".filters-toggle").open), false, "filter panel folded on a phone");
      } finally {
        await page.driver.manage().window().setRect({ width: 1280, height: 1000 });
      }
      await page.waitFor("a desktop-wide window", () => window.innerWidth > 900);
      await page.waitFor("the filter panel to unfold on a desktop-wide window", () => {
        const box = document.querySelector('[data-filter="ministry"] input[value="mic"]').getBoundingClientRect();
        return document.querySelector(".filters-toggle").open && box.width > 0 && box.height > 0;
      });
      await page.click('[data-filter="ministry"] input[value="mic"]');
      await page.waitUrl(/ministry=mic/);
    },
  },
  {
    name: "an expanded KPI row draws its chart",
    async run(t) {
      const { page } = t;
      await page.open(t.url("?view=kpis&project=devices"));
      await page.click("tr[data-kpi-id]:not([hidden]) button.expand");
      await page.waitFor("aria-expanded=true", () => document.querySelector("tr[data-kpi-id]:not([hidden]) button.expand").getAttribute("aria-expanded") === "true");
      await page.waitText('tr.kpi-detail [data-testid="explanation"]', "2024年度目標");
      const canvas = "tr.kpi-detail .chart canvas";
      await page.waitCount(canvas, 1);
      await page.waitFor("ECharts bound to the chart", () => {
        const el = document.querySelector("tr.kpi-detail .chart");
        return Boolean(window.echarts && window.echarts.getInstanceByDom(el));
      });
      await page.waitFor("the chart's canvas to be painted (500 sampled pixels)", paintedPixels, [canvas, 500]);
    },
  },
  {
    name: "what changed: the year in review, and the report compared with itself",
    async run(t) {
      const { page } = t;
      await page.open(t.url("?view=changes&compare=fy2022"));
      await page.waitText('[data-testid="compare-verdict"]', "変化はありません");
      await page.waitCount("[data-testid=year-review] [data-review=reached] li.change", 9);
      await page.waitText('[data-review=short] li[data-kpi-id="devices-class34-approvals"]', "目標まで年7.5件が必要（直近の年平均の4.5倍）");
    },
  },
  {
    name: "embedded in another origin's page, the iframe follows the content height",
    targets: ["served"],
    async run(t) {
      const { page } = t;
      await page.open(t.hostUrl("?view=kpis"), { ready: false });
      await page.inFrame("#viewer", async () => {
        await page.ready();
        checkEqual(await page.js(() => document.querySelectorAll(".site-header, .site-footer").length), 0, "site chrome inside the embed");
        await page.waitFor("the open-full link", () => document.querySelector('[data-testid="open-full"]'));
      });
      const height = () => page.js(() => document.querySelector("#viewer").getBoundingClientRect().height);
      await page.waitFor("the iframe to grow past 1000 px", () => document.querySelector("#viewer").getBoundingClientRect().height > 1000);
      const tall = await height();
      await page.inFrame("#viewer", async () => {
        await page.click("details.embed-filters summary");
        await page.click('[data-filter="project"] input[value="disease"]');
        await page.waitCount("tr[data-kpi-id]:not([hidden])", 3);
      });
      await page.waitFor(
        `the iframe to shrink below ${tall - 300} px`,
        (h) => document.querySelector("#viewer").getBoundingClientRect().height < h,
        [tall - 300],
      );
      const short = await height();
      await page.inFrame("#viewer", () => page.click('[data-filter="project"] input[value="disease"]'));
      await page.waitFor(
        `the iframe to grow past ${short + 300} px`,
        (h) => document.querySelector("#viewer").getBoundingClientRect().height > h,
        [short + 300],
      );
      const content = await page.inFrame("#viewer", () =>
        page.js(() => Math.ceil(document.querySelector("#app").getBoundingClientRect().height)),
      );
      await page.waitFor(
        `the iframe height to match the content's ${content} px`,
        (c) => Math.abs(document.querySelector("#viewer").getBoundingClientRect().height - c) <= 2,
        [content],
      );
    },
  },
  {
    name: "runs under the strict Content-Security-Policy",
    targets: ["served"],
    async run(t) {
      const { page } = t;
      const res = await fetch(t.cspUrl(""));
      check(
        (res.headers.get("content-security-policy") ?? "").includes("'wasm-unsafe-eval'"),
        "the CSP server did not send the policy",
      );
      await page.open(t.cspUrl("?view=kpis"));
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      await page.click("tr[data-kpi-id]:not([hidden]) button.expand");
      await page.waitCount("tr.kpi-detail .chart canvas", 1);
    },
  },
  {
    name: "a malformed dataset from ?data= gives an alert that names the place",
    targets: ["served"],
    async run(t) {
      const { page } = t;
      await page.open(t.url("?data=__test/malformed"), { ready: false });
      const alert = '[data-testid="load-error"]';
      await page.waitText(alert, "schema_version");
      await page.waitText(alert, /\bline 1\b/);
      await page.waitFor("the report title to stay", () => document.querySelector('[data-testid="report-title"]'));
    },
  },
  {
    name: "a body without Content-Length is cut at the size limit while it streams",
    targets: ["served"],
    async run(t) {
      const { page } = t;
      await page.open(t.url("?data=__test/endless"), { ready: false });
      const alert = '[data-testid="load-error"]';
      await page.waitText(alert, "larger than the 20 MB limit");
      // Stopped past the limit but long before the 60 MB sent. How far past
      // depends on how much the engine buffered (Firefox on a loaded machine
      // hands over several megabytes at once), so only the bounds are fixed.
      const text = await page.text(alert);
      const mb = Number(/reading stopped at (\d+\.\d) MB/.exec(text)?.[1]);
      check(mb >= 20 && mb < 60, `expected reading to stop between 20 and 60 MB: ${text}`);
    },
  },
  {
    name: "an invalid local file gives an alert and the last good view stays",
    async run(t) {
      const { page } = t;
      const bad = join(t.tmp, "bad.json");
      writeFileSync(bad, "this is not json");
      await page.open(t.url("?view=kpis"));
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      await page.chooseFile('[data-testid="open-file"]', bad);
      await page.waitText('[data-testid="load-error"]', "bad.json is not a valid dataset");
      await page.waitText('[data-testid="load-error"]', /\bline 1\b/);
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
    },
  },
  {
    name: "a good local file replaces the view with a banner",
    async run(t) {
      const { page } = t;
      const data = structuredClone(FY2022);
      data.projects = data.projects.slice(0, 1);
      const good = join(t.tmp, "drugs-only.json");
      writeFileSync(good, JSON.stringify(data));
      await page.open(t.url("?view=kpis"));
      await page.chooseFile('[data-testid="open-file"]', good);
      await page.waitText('[data-testid="source-banner"]', "drugs-only.json");
      await page.waitCount("tr[data-kpi-id]:not([hidden])", data.projects[0].kpis.length);
    },
  },
  {
    // The ordinary build cannot run from disk (its stylesheet's integrity
    // check and the dataset's fetch are blocked there); it must say so, in
    // both languages, instead of showing its placeholder for ever.
    name: "dist/index.html opened from file:// says how to open it within two seconds",
    targets: ["served"],
    async run(t) {
      const { page } = t;
      const opened = Date.now();
      await page.open(pathToFileURL(join(DIST, "index.html")).href, { ready: false });
      const notice = '[data-testid="file-protocol"]';
      const left = Math.max(0, 2_000 - (Date.now() - opened));
      await page.waitText(notice, "ファイルから直接は開けません", left);
      await page.waitText(notice, "This page cannot run from a file");
      await page.waitText(notice, "web server");
      checkEqual(await page.js(() => document.querySelectorAll("#boot").length), 0, "the loading placeholder (#boot) still there");
      const shown = await page.js((css) => {
        const r = document.querySelector(css).getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.top < innerHeight;
      }, notice);
      check(shown, "the notice is not in the first screen");
      if (existsSync(STANDALONE)) {
        await page.click(`${notice} a[href="shinchoku-standalone.html"]`);
        await page.ready();
      }
    },
  },
  {
    // The loader (a classic script), its import() of the module and the
    // module's wasm, in each engine, under the strict policy: a file that is
    // no workbook is read by the module and refused with its reason.
    name: "an Excel workbook is read by the workbook module, fetched on first use, under the strict CSP",
    targets: ["served"],
    async run(t) {
      const { page } = t;
      const file = join(t.tmp, "corrupt.xlsx");
      writeFileSync(file, Buffer.from("PK\x03\x04 not really a workbook", "latin1"));
      await page.open(t.cspUrl("?view=kpis&lang=en"));
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      const fetched = () => page.js(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("/workbook/")).length);
      checkEqual(await fetched(), 0, "requests under workbook/ before a workbook is opened");
      await page.chooseFile('[data-testid="open-xlsx"]', file);
      await page.waitText('[data-testid="load-error"]', "not an Excel workbook (.xlsx)");
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      check((await fetched()) >= 3, "the loader, the module and its wasm were fetched");
    },
  },
  {
    name: "the single-file edition offers no Excel workbooks and refuses one with the reason",
    targets: ["standalone"],
    async run(t) {
      const { page } = t;
      const file = join(t.tmp, "fy2023.xlsx");
      writeFileSync(file, Buffer.from("PK\x03\x04", "latin1"));
      await page.open(t.url("?view=kpis"));
      await page.waitCount('[data-testid="xlsx-unavailable"]', 2);
      await page.waitCount('[data-testid="export-xlsx"]', 0);
      await page.chooseFile('[data-testid="open-file"]', file);
      await page.waitText('[data-testid="load-error"]', "the single-file edition of Shinchoku cannot read workbooks");
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      checkEqual(await foreignRequests(page), [], "requests off the file");
    },
  },
  {
    // Firefox's own switch (javascript.options.wasm=false), as an
    // administration's policy sets it: the prerendered pages are the report.
    name: "with WebAssembly turned off (javascript.options.wasm=false) the prerendered pages are the report, linked",
    targets: ["served"],
    engines: ["firefox"],
    firefoxPrefs: { "javascript.options.wasm": false },
    async run(t) {
      const { page } = t;
      await page.open(t.url("kpis.html"), { ready: false });
      await page.waitText('[data-testid="report-only"]', "WebAssembly");
      await page.waitText('[data-testid="kpi-count"]', `${FY2022.projects.reduce((n, p) => n + p.kpis.length, 0)}件のKPIを表示中`);
      await page.waitCount("tr[data-kpi-id]", 45);
      check(!(await page.js(() => document.documentElement.dataset.ready)), "no app took the page over");
      await page.open(t.url(""), { ready: false });
      await page.click('.card[data-project-id="devices"] [data-testid="project-profile-link"]');
      await page.waitUrl(/project-devices\.html/);
      await page.waitText('[data-testid="project-profile"]', "医療機器・ヘルスケアプロジェクト");
      await page.waitText('[data-testid="report-only"]', "WebAssembly");
    },
  },
  {
    // The single-file edition uses no network: ?data= is refused with the
    // reason, and the file picker is the way out.
    name: "the single-file edition refuses ?data= and the file picker is the way out",
    targets: ["standalone"],
    async run(t) {
      const { page } = t;
      await page.open(t.url("?data=data/fy2022.json&view=kpis"), { ready: false });
      const alert = '[data-testid="load-error"]';
      await page.waitText(alert, "?data=data/fy2022.json was not loaded");
      await page.waitText(alert, "単一ファイル版はネットワークを使いません");
      const file = join(t.tmp, "fy2022.json");
      writeFileSync(file, JSON.stringify(FY2022));
      await page.chooseFile('[data-testid="open-file"]', file);
      await page.waitText('[data-testid="source-banner"]', "fy2022.json");
      await page.waitCount(alert, 0);
      await page.waitCount("tr[data-kpi-id]:not([hidden])", 45);
      checkEqual(await foreignRequests(page), [], "requests off the file");
      const fetched = await page.js(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("fy2022.json")).length);
      checkEqual(fetched, 0, "requests for data/fy2022.json");
    },
  },
];

// --------------------------------------------------------------- the runner

const results = [];
let watchdog;

async function main() {
  const engines = opts.engines.split(",").map((s) => s.trim()).filter(Boolean);
  const targets = opts.targets.split(",").map((s) => s.trim()).filter(Boolean);
  for (const e of engines) if (!ENGINES[e]) throw new Error(`unknown engine ${e} (known: ${Object.keys(ENGINES).join(", ")})`);
  for (const t of targets) if (!["served", "standalone"].includes(t)) throw new Error(`unknown target ${t} (served, standalone)`);

  const minutes = Number(opts["timeout-min"]);
  watchdog = setTimeout(() => {
    console.error(`\ncross: the whole suite took longer than ${minutes} min; stopping every browser and server.`);
    killAllNow();
    process.exit(2);
  }, minutes * 60_000);

  const plans = [];
  if (targets.includes("served")) {
    check(existsSync(join(DIST, "index.html")), `${DIST}/index.html is missing: run make dist first`);
    plans.push({ target: "served", ...(await serve()) });
  }
  if (targets.includes("standalone")) {
    if (existsSync(STANDALONE)) {
      const base = pathToFileURL(STANDALONE).href;
      plans.push({ target: "standalone", url: (q) => base + q, origin: "file://" });
    } else {
      console.log(`cross: SKIP standalone target: ${STANDALONE} does not exist (build the single-file edition first)`);
    }
  }

  const tmp = mkdtempSync(join(tmpdir(), "shinchoku-cross-"));
  try {
    for (const name of engines) {
      const found = ENGINES[name].find();
      if (found.missing.length) {
        fail(name, "-", "setup", `not installed: ${found.missing.join(", ")} (run make setup-browser)`);
        continue;
      }
      for (const plan of plans) await runEngine(name, found, plan, tmp);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Starts the three test servers of tests/e2e/server.mjs on free ports. */
async function serve() {
  const server = join(ROOT, "tests/e2e/server.mjs");
  const [app, csp, host] = [await freePort(), await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${app}`;
  const procs = [
    start("app server", process.execPath, [server, String(app), DIST]),
    start("CSP server", process.execPath, [server, String(csp), DIST, "--csp"]),
    start("host page server", process.execPath, [server, String(host), DIST, "--host-page", origin]),
  ];
  await Promise.all(procs.map((p, i) => waitHttp(`http://127.0.0.1:${[app, csp, host][i]}/health`, p)));
  return {
    url: (q) => `${origin}${SUB_PATH}${q}`,
    origin,
    cspUrl: (q) => `http://127.0.0.1:${csp}${SUB_PATH}${q}`,
    hostUrl: (q) => `http://127.0.0.1:${host}/host.html${q}`,
  };
}

/** Runs every test of `plan`'s target in one engine, with a fresh session after a failure. */
async function runEngine(name, found, plan, tmp) {
  const chosen = TESTS.filter((t) => !opts.only || t.name.includes(opts.only));
  const applies = (t) => (t.targets ?? ["served", "standalone"]).includes(plan.target) && (t.engines ?? [name]).includes(name);
  const skipped = chosen.filter((t) => !applies(t));
  const tests = chosen.filter(applies);
  if (!tests.length) return;
  let session = null;
  for (const test of tests) {
    const started = Date.now();
    let page = null;
    try {
      // A test with preferences of its own gets a session of its own.
      if (test.firefoxPrefs) {
        await session?.close();
        session = null;
      }
      if (!session) {
        session = await launch(name, found, test.firefoxPrefs);
        console.log(`cross: ${name} (${session.version}) on ${plan.target}${test.firefoxPrefs ? " (with its test's preferences)" : ""}`);
      }
      page = new Page(session.driver);
      const run = test.run({ ...plan, page, tmp });
      run.catch(() => {}); // After a timeout its late failure is of no interest.
      await withTimeout(run, TEST_TIMEOUT_MS, `${test.name}`, session.proc).catch((e) => {
        throw e instanceof Failure || !/no answer within/.test(e.message)
          ? e
          : new Failure(`timed out after ${TEST_TIMEOUT_MS / 1000} s while ${page.step}`);
      });
      const panicked = await page.js(() => document.documentElement.dataset.error === "panic");
      check(!panicked, "the app panicked (<html data-error=panic>)");
      results.push({ ok: true });
      console.log(`  ✓ ${name} · ${plan.target} · ${test.name} (${seconds(started)})`);
      if (test.firefoxPrefs) {
        await session.close();
        session = null;
      }
    } catch (e) {
      fail(name, plan.target, test.name, describe(e, page), started);
      if (session) await screenshot(session, name, plan.target, test.name);
      // A failed test may leave the browser anywhere: start afresh.
      await session?.close();
      session = null;
    }
  }
  await session?.close();
  for (const t of skipped) console.log(`  - ${name} · ${plan.target} · ${t.name}: skipped (${[...(t.targets ?? []), ...(t.engines ?? [])].join(", ")} only)`);
}

function describe(e, page) {
  const message = e instanceof Failure ? e.message : `${e.name ?? "Error"}: ${e.message}${page ? ` (while ${page.step})` : ""}`;
  return message.split("\n").slice(0, 12).join("\n      ");
}

function fail(engine, target, test, message, started) {
  results.push({ ok: false, engine, target, test, message });
  const took = started ? ` (${seconds(started)})` : "";
  console.log(`  ✗ ${engine} · ${target} · ${test}${took}\n      ${message}`);
}

async function screenshot(session, engine, target, test) {
  try {
    const png = await withTimeout(session.driver.takeScreenshot(), 10_000, "screenshot");
    const dir = join(ROOT, "target/cross");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${engine}-${target}-${test.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.png`);
    writeFileSync(file, Buffer.from(png, "base64"));
    console.log(`      screenshot: ${file}`);
  } catch {
    // The browser may be gone; the message above says why.
  }
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.error(`\ncross: ${signal}; stopping every browser and server.`);
    killAllNow();
    process.exit(130);
  });
}
process.on("exit", killAllNow);

const began = Date.now();
main()
  .catch((e) => {
    results.push({ ok: false, engine: "-", target: "-", test: "setup", message: e.message });
    console.error(`cross: ${e.message}`);
  })
  .finally(async () => {
    clearTimeout(watchdog);
    await stopAll();
    const failed = results.filter((r) => !r.ok);
    const passed = results.length - failed.length;
    console.log(`\ncross: ${passed} passed, ${failed.length} failed in ${seconds(began)}`);
    for (const f of failed) console.log(`  FAILED ${f.engine} · ${f.target} · ${f.test}: ${f.message.split("\n")[0]}`);
    process.exitCode = failed.length || !results.length ? 1 : 0;
  });
