// The bundled report prerendered at build time (src/bin/prerender.rs): each
// page shows the report in its first frame, before the WebAssembly arrives
// and where it never runs; its text is the live app's, page by page; the
// app takes it over without moving anything or losing what the reader did;
// an address that asks for another view never shows the wrong one; without
// WebAssembly or JavaScript the pages are the report, linked together.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { waitReady, openApp } = require("./helpers");

const DIST = path.join(__dirname, "../../dist");
// Every prerendered page, with the query it shows.
const PAGES = fs
  .readdirSync(DIST)
  .filter((f) => f.endsWith(".html") && f !== "shinchoku-standalone.html")
  .map((file) => ({ file, query: /<meta name="shinchoku-query" content="([^"]*)"/.exec(fs.readFileSync(path.join(DIST, file), "utf8"))?.[1]?.replace(/&amp;/g, "&") }))
  .filter((p) => p.query !== undefined);

/** The page's text as the reader sees it, the charts aside (SVG or canvas). */
async function visibleText(page, root) {
  await page.addStyleTag({ content: ".chart { display: none !important; }" });
  const text = await page.locator(root).evaluate((el) => el.innerText);
  return text.replace(/[ \t]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
}

/** Holds every request for the app's wasm until `release()`. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/*.wasm", async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test("there is a page for every view, project and ministry in both languages", async () => {
  const files = PAGES.map((p) => p.file);
  for (const f of ["index.html", "index.en.html", "kpis.html", "kpis.en.html", "cases.html", "initiatives.html", "project.html", "project-devices.html", "ministry-mext.en.html"]) expect(files).toContain(f);
  expect(PAGES.length).toBeGreaterThanOrEqual(50);
});

test("every page's text is the live app's for the same address", async ({ browser }) => {
  test.setTimeout(240_000);
  const still = await browser.newPage();
  await still.route("**/*.wasm", (route) => route.abort());
  const live = await browser.newPage();
  for (const { file, query } of PAGES) {
    await still.goto(file);
    await expect(still.locator("#prerendered")).toBeVisible();
    const before = await visibleText(still, "#prerendered");
    await live.goto(file);
    await waitReady(live);
    const after = await visibleText(live, "#app");
    expect(after, `${file} (?${query})`).toBe(before);
    expect(await live.evaluate(() => new URLSearchParams(location.search).toString()), file).toBe("");
  }
  await still.close();
  await live.close();
});

test("the report is in the first frame: the headline and view show while the wasm is still on its way", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("");
  await expect(page.getByTestId("headline-verdict")).toContainText("30 / 33");
  await expect(page.locator(".card[data-project-id]")).toHaveCount(6);
  // The charts as drawn at build time: one drawing, for either theme.
  await expect(page.locator('[data-testid="achievement-chart"] .chart-svg[data-for-theme="any"] svg')).toBeVisible();
  await expect(page.locator('[data-testid="achievement-chart"] .chart-svg')).toHaveCount(1);
  await expect(page.locator("#boot")).toBeHidden();
  release();
  await waitReady(page);
  await expect(page.locator("#prerendered")).toHaveCount(0);
});

test("nothing of the app runs before the report's first frame, its preloads come after what that frame needs, and the wasm is fetched after it", async ({ page }) => {
  await page.addInitScript(() => {
    // Every frame callback comes late, so that a start that did not wait
    // for the frame would come before it, whatever this machine's timing.
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      raf((time) => {
        window.__firstFrameAt ??= performance.now();
        setTimeout(() => callback(time), 300);
      });
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="kpi-count"]')) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => (window.__frameDrawn = true), 0));
    });
    seen.observe(document, { childList: true, subtree: true });
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        window.__wasmStarted ??= { drawn: window.__frameDrawn === true || performance.getEntriesByName("first-contentful-paint").length > 0 };
        return original.apply(this, args);
      };
    }
  });
  await page.goto("kpis.html");
  await waitReady(page);
  expect(await page.evaluate(() => window.__wasmStarted)).toEqual({ drawn: true });
  const wasmRequested = await page.evaluate(() => performance.getEntriesByType("resource").find((e) => e.name.endsWith("_bg.wasm"))?.startTime);
  expect(wasmRequested).toBeGreaterThan(await page.evaluate(() => window.__firstFrameAt));
  const html = fs.readFileSync(path.join(DIST, "kpis.html"), "utf8");
  // The glue, the dataset index and the dataset; not the wasm, whose 1 MB
  // would come in on the main thread while the first frame is made: the
  // loader fetches it once that frame is drawn.
  const preloads = html.match(/<link rel="(?:module)?preload"[^>]*>/g);
  expect(preloads.length).toBe(3);
  for (const tag of preloads) expect(tag).toContain('fetchpriority="low"');
  expect(html).not.toMatch(/<link[^>]*_bg\.wasm/);
});

test("the wasm is preloaded where the app builds the page itself, and only there", async ({ page }) => {
  const wasmPreload = () => page.evaluate(() => document.querySelector('link[rel="preload"][href$="_bg.wasm"]') !== null);
  await page.goto("kpis.html");
  await waitReady(page);
  expect(await wasmPreload()).toBe(false);
  // An address asking for another view than the page's: the app builds it.
  await page.goto("kpis.html?q=POC");
  await waitReady(page);
  expect(await wasmPreload()).toBe(true);
});

test.describe("in the dark theme", () => {
  test.use({ colorScheme: "dark" });

  test("the drawing is repainted in the dark theme's colours", async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto("");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    // A bar "achieved" (#1f6a40 in the light theme) is drawn in the dark
    // theme's green, #7fd3a1, as ECharts' dark drawing has it.
    const fills = await page
      .locator('[data-testid="achievement-chart"] .chart-svg path[fill="#1f6a40"]')
      .evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills) expect(fill).toBe("rgb(127, 211, 161)");
    // The labels in the dark drawing's light text colour (#e6e9ed), not
    // the light drawing's near-black (#1b1f24).
    const labels = await page
      .locator('[data-testid="achievement-chart"] .chart-svg text[fill="#1b1f24"]')
      .evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fill));
    expect(labels.length).toBeGreaterThan(0);
    for (const fill of labels) expect(fill).toBe("rgb(230, 233, 237)");
    release();
  });
});

test("the takeover moves nothing (CLS ≤ 0.01), keeps one of each id, and the SVG until the live chart draws", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: "layout-shift", buffered: true });
    // No two elements with one id, at any mutation of the page.
    window.__duplicates = [];
    new MutationObserver(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (twice.length) window.__duplicates.push(...twice);
    }).observe(document, { childList: true, subtree: true });
  });
  for (const [address, width, height] of [["", 1366, 768], ["kpis.html", 1366, 768], ["ministry-mext.html", 1280, 800], ["", 390, 844], ["project-devices.en.html", 390, 844]]) {
    await page.setViewportSize({ width, height });
    await page.goto(address);
    await waitReady(page);
    // Until ECharts has drawn (it loads after the first frame), the SVG.
    await expect(page.locator(".chart:visible canvas, .chart:visible .chart-svg").first()).toBeAttached().catch(() => {});
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => window.__shift);
    expect(shift, `${address} at ${width}`).toBeLessThanOrEqual(0.01);
    expect(await page.evaluate(() => window.__duplicates), address).toEqual([]);
  }
});

test("a prerendered chart's SVG goes when the page changes language before ECharts has drawn", async ({ page }) => {
  // ECharts held back: the live charts cannot draw.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route("**/echarts.min.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto("");
  await waitReady(page);
  const chart = page.getByTestId("achievement-chart");
  await expect(chart.locator(".chart-svg").first()).toBeAttached();
  await expect(chart.locator(".chart-svg svg").first()).toContainText("目標");
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // No Japanese chart on the English page: the SVG is gone, the live chart follows.
  await expect(chart.locator(".chart-svg")).toHaveCount(0);
  release();
  await expect(chart.locator("canvas").first()).toBeAttached();
});

test("what the reader typed, ticked and focused before the takeover is the app's after it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("kpis.html");
  const search = page.locator('[data-filter="q"]');
  await search.fill("POC");
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  await search.focus();
  release();
  await waitReady(page);
  await expect(page).toHaveURL(/q=POC/);
  await expect(page).toHaveURL(/ministry=mic/);
  await expect(page.locator('[data-filter="q"]')).toHaveValue("POC");
  await expect(page.locator('[data-filter="q"]')).toBeFocused();
  for (const name of await page.locator("tr[data-kpi-id]:not([hidden]) .kpi-name").allInnerTexts()) expect(name).toContain("POC");
});

test("an address that asks for another view shows the loading state, never the page's own view", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("?view=kpis&status=off_track");
  await expect(page.locator("#prerendered")).toBeHidden();
  await expect(page.locator("#boot")).toBeVisible();
  await expect(page.getByTestId("headline-verdict")).toBeHidden();
  release();
  await waitReady(page);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(1);
  // The theme is no other view: the page shows, in the theme asked for.
  await page.unroute("**/*.wasm");
  const again = await holdWasm(page);
  await page.goto("kpis.html?theme=dark");
  await expect(page.locator("#prerendered")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  again();
});

test("the links lead to the pages: a tab, a project, a ministry, the methodology", async ({ page }) => {
  await openApp(page);
  await expect(page.locator('nav.tabs a[data-view="kpis"]')).toHaveAttribute("href", "kpis.html?view=kpis");
  await expect(page.locator('nav.tabs a[data-view="method"]')).toHaveAttribute("href", "docs/methodology.ja.html?view=method");
  await expect(page.locator('.card[data-project-id="devices"]').getByTestId("project-profile-link")).toHaveAttribute("href", "project-devices.html?view=project&project=devices");
  // In the app, a tab changes the view in place.
  await page.locator('nav.tabs a[data-view="kpis"]').click();
  await expect(page).toHaveURL(/\/some\/sub\/path\/\?view=kpis$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the pages are the report: read one, follow its links to another view, a project and back", async ({ page }) => {
    await page.goto("");
    await expect(page.getByTestId("no-javascript")).toBeVisible();
    await expect(page.getByTestId("headline-verdict")).toContainText("30 / 33");
    // The controls that need the app are not offered.
    await expect(page.locator(".sidebar")).toBeHidden();
    await page.locator('nav.tabs a[data-view="kpis"]').click();
    await expect(page).toHaveURL(/kpis\.html/);
    await expect(page.locator("tr[data-kpi-id]")).toHaveCount(45);
    await page.locator('nav.tabs a[data-view="project"]').click();
    await expect(page.getByTestId("project-profile")).toBeVisible();
    await page.locator('nav.tabs a[data-view="ministry"]').click();
    await expect(page.getByTestId("ministry-select")).toBeVisible();
    await page.goto("index.en.html");
    await expect(page.getByTestId("headline-verdict")).toContainText("of 33 KPIs");
    await page.locator('nav.tabs a[data-view="cases"]').click();
    await expect(page).toHaveURL(/cases\.en\.html/);
  });
});

test("the statuses have their colours before the app (and where it never runs), the same after the takeover", async ({ page }) => {
  const colour = () => page.locator(".badge.status-off_track").first().evaluate((el) => getComputedStyle(el).color);
  const release = await holdWasm(page);
  await page.goto("kpis.html");
  expect(await colour()).toBe("rgb(161, 34, 27)");
  release();
  await waitReady(page);
  await expect(page.locator("#prerendered")).toHaveCount(0);
  expect(await colour()).toBe("rgb(161, 34, 27)");
});

test("without WebAssembly the page is the report, with a notice of what needs it and how to get it", async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto("");
  const notice = page.getByTestId("report-only");
  await expect(notice).toContainText("ロックダウンモード");
  await expect(notice).not.toContainText("Lockdown Mode");
  await expect(page.getByTestId("headline-verdict")).toContainText("30 / 33");
  await expect(page.locator(".sidebar")).toBeHidden();
  await page.locator('.card[data-project-id="devices"]').getByTestId("project-profile-link").click();
  await expect(page).toHaveURL(/project-devices\.html/);
  await expect(page.getByTestId("project-profile")).toContainText("医療機器・ヘルスケアプロジェクト");
  // An English page: the notice in English only.
  await page.goto("index.en.html");
  await expect(page.getByTestId("report-only")).toContainText("Lockdown Mode");
  await expect(page.getByTestId("report-only")).not.toContainText("ロックダウンモード");
  // An address with filters: the page's own view, and the notice says so,
  // in both languages (the address may ask for the other one).
  await page.goto("kpis.html?view=kpis&ministry=mic");
  await expect(page.getByTestId("report-only")).toContainText("反映されていません");
  await expect(page.getByTestId("report-only")).toContainText("nor is this address's selection applied");
  await expect(page.locator("#prerendered")).toBeVisible();
});

/** FNV-1a (64 bits) of `bytes`, in hex: `core::dataset::checked::digest`. */
function fnv1a(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of bytes) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, "0");
}

test("the pages carry the digest of the dataset that passed every check at build time; a file replaced since is checked in full", async ({ page }) => {
  const index = JSON.parse(fs.readFileSync(path.join(DIST, "data/index.json"), "utf8"));
  const url = index.datasets.find((d) => d.id === index.default).url;
  const text = fs.readFileSync(path.join(DIST, url), "utf8");
  const digest = fnv1a(Buffer.from(text, "utf8"));
  for (const { file } of PAGES) {
    expect(fs.readFileSync(path.join(DIST, file), "utf8"), file).toContain(`<meta name="shinchoku-checked" content="${digest}" />`);
  }
  // The deployer puts another file in its place: one name beyond its
  // bound. The app checks it again and refuses it, saying where.
  const replaced = text.replace(/"name":"/, `"name":"${"あ".repeat(20_001)}`);
  expect(replaced).not.toBe(text);
  await page.route(`**/${url}`, (route) => route.fulfill({ contentType: "application/json", body: replaced }));
  await page.goto("kpis.html");
  const alert = page.getByTestId("load-error");
  await expect(alert).toContainText("projects[0].programs[0].name: a text of");
  await expect(alert).toContainText("at most 20,000");
});

test("each page's title names its view and is in its language, as the app keeps it; the description too", async ({ page }) => {
  const JA = "Shinchoku 進捗 — 医療分野研究開発推進計画 進捗ビューア";
  const EN = "Shinchoku — Medical R&D Promotion Plan progress viewer";
  const esc = (s) => s.replace("&", "&amp;");
  for (const { file } of PAGES) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const en = file.endsWith(".en.html");
    const title = /<title>([^<]*)<\/title>/.exec(html)[1];
    if (file === "index.html" || file === "index.en.html") expect(title, file).toBe(esc(en ? EN : JA));
    else expect(title, file).toMatch(new RegExp(`^[^|]+ \\| ${esc(en ? EN : JA)}$`));
    expect(/<meta name="description" content="([^"]*)"/.exec(html)[1], file).toMatch(en ? /^A viewer to explore the progress/ : /ブラウザだけで探索するビューア$/);
  }
  expect(fs.readFileSync(path.join(DIST, "kpis.html"), "utf8")).toContain(`<title>KPI一覧 | ${JA}</title>`);
  expect(fs.readFileSync(path.join(DIST, "ministry-mhlw.en.html"), "utf8")).toContain(`<title>Ministries | ${esc(EN)}</title>`);
  await page.goto("index.en.html");
  await waitReady(page);
  await expect(page).toHaveTitle(EN);
  await page.locator('nav.tabs a[data-view="kpis"]').click();
  await expect(page).toHaveTitle(`KPIs | ${EN}`);
  await page.getByTestId("lang-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page).toHaveTitle(`KPI一覧 | ${JA}`);
  await page.goto("kpis.html?lang=en&view=kpis");
  await waitReady(page);
  await expect(page).toHaveTitle(`KPIs | ${EN}`);
});

test("every link of every prerendered page names a file in dist/", () => {
  const broken = [];
  for (const { file } of PAGES) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const content = html.slice(html.indexOf('<div id="prerendered">'));
    for (const [, href] of content.matchAll(/<a [^>]*href="([^"#]*)[^"]*"/g)) {
      if (/^(https?:|mailto:|data:)/.test(href) || href === "") continue;
      const target = href.replace(/&amp;/g, "&").split("?")[0] || file;
      const resolved = target === "./" ? "index.html" : target;
      if (!fs.existsSync(path.join(DIST, resolved))) broken.push(`${file}: ${href}`);
    }
  }
  expect(PAGES.length).toBeGreaterThan(50);
  expect([...new Set(broken)]).toEqual([]);
});
