// The single-file edition (dist/shinchoku-standalone.html) opened from
// disk: everything works from the one file, requesting nothing.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { watch, waitReady, dropFile, exportAction } = require("./helpers");

const DIST = path.join(__dirname, "../../dist");

const STANDALONE = pathToFileURL(path.join(DIST, "shinchoku-standalone.html")).href;

const FY2022 = fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8");

/** Opens the single-file edition from disk with `query` and waits until ready. */

async function openStandalone(page, query = "") {
  const seen = watch(page);
  await page.goto(STANDALONE + query);
  await waitReady(page);
  return seen;
}

/** Nothing was requested but the file itself (and data:/blob: URLs), nothing logged as an error. */

function expectSelfContained(seen) {
  const elsewhere = seen.requests.filter((u) => !u.startsWith(STANDALONE) && !u.startsWith("data:") && !u.startsWith("blob:"));
  expect(elsewhere, "requests besides the file itself").toEqual([]);
  expect(seen.errors, "console errors").toEqual([]);
}

test.describe("the single-file edition opened from disk", () => {
  test("reaches data-ready on the bundled report, under its own policy, requesting nothing", async ({ page }) => {
    const seen = await openStandalone(page);
    await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
    await expect(page.getByTestId("report-title")).toHaveText(/医療分野研究開発推進計画/);
    await expect(page.locator(".card[data-project-id]")).toHaveCount(6);
    expect(await page.evaluate(() => performance.getEntriesByName("shinchoku:ready").length)).toBe(1);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'none'");
    // Scripts by hash (the preflight, the app, ECharts), never 'unsafe-inline'.
    const scripts = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
    expect(scripts).toMatch(/^script-src 'sha256-[^']+' 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'$/);
    await expect(page.getByTestId("file-protocol")).toHaveCount(0);
    expectSelfContained(seen);
  });

  test("a filter goes into the address and survives a reload", async ({ page }) => {
    await openStandalone(page);
    await page.locator('[data-filter="ministry"] input[value="mic"]').check();
    await expect(page).toHaveURL(/shinchoku-standalone\.html\?ministry=mic$/);
    await expect(page.locator(".card[data-project-id]")).toHaveCount(2);
    await expect(page.getByTestId("history-refused")).toHaveCount(0);
    await page.reload();
    await waitReady(page);
    await expect(page.locator('[data-filter="ministry"] input[value="mic"]')).toBeChecked();
    await expect(page.locator(".card[data-project-id]")).toHaveCount(2);
  });

  test("a refused history write keeps the filters working and says so", async ({ page }) => {
    await page.addInitScript(() => {
      const refuse = () => { throw new DOMException("history is not allowed here", "SecurityError"); };
      history.replaceState = refuse;
      history.pushState = refuse;
    });
    await openStandalone(page, "?view=kpis");
    await page.locator('[data-filter="grade"] input[value="B"]').check();
    await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(3);
    await expect(page.getByTestId("history-refused")).toContainText("history is not allowed here");
  });

  test("language and theme switch", async ({ page }) => {
    await openStandalone(page);
    await page.getByTestId("lang-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByTestId("report-title")).toContainText("Medical R&D");
    const before = await page.locator("html").getAttribute("data-theme");
    await page.getByTestId("theme-switch").click();
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", before);
    await expect(page).toHaveURL(/theme=(dark|light)/);
  });

  test("ECharts, carried inline, draws a KPI's chart when it is first needed", async ({ page }) => {
    const seen = await openStandalone(page, "?view=kpis");
    expect(await page.evaluate(() => typeof window.echarts)).toBe("undefined");
    await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
    const chart = page.locator("tr.kpi-detail .chart").first();
    await expect(chart.locator("canvas")).toHaveCount(1);
    expect(await chart.evaluate((el) => Boolean(window.echarts.getInstanceByDom(el)))).toBe(true);
    await expect(page.locator(".chart-error")).toHaveCount(0);
    expectSelfContained(seen);
  });

  test("a chart downloads as a PNG", async ({ page }) => {
    await openStandalone(page);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-png").first().click()]);
    expect(file.suggestedFilename()).toBe("shinchoku-achievement.png");
    const bytes = fs.readFileSync(await file.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  test("CSV and JSON export download, and print has its heading", async ({ page }) => {
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await openStandalone(page, "?view=kpis&ministry=mic");
    const csvItem = await exportAction(page, "export-csv");
    const [csv] = await Promise.all([page.waitForEvent("download"), csvItem.click()]);
    expect(csv.suggestedFilename()).toBe("shinchoku-fy2022-mic.csv");
    const bytes = fs.readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").trimEnd().split("\r\n")).toHaveLength((await page.locator("tr[data-kpi-id]:not([hidden])").count()) + 1);
    const jsonItem = await exportAction(page, "export-json");
    const [json] = await Promise.all([page.waitForEvent("download"), jsonItem.click()]);
    expect(json.suggestedFilename()).toBe("shinchoku-fy2022-mic.json");
    const exported = JSON.parse(fs.readFileSync(await json.path(), "utf8"));
    expect(exported.projects.map((p) => p.id)).toEqual(["devices", "genome"]);
    await (await exportAction(page, "print")).click();
    expect(await page.evaluate(() => window.__printed)).toBe(1);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("print-heading")).toBeVisible();
    await expect(page.getByTestId("print-heading")).toContainText("府省: 総務省");
  });

  test("every view draws from the file, the methodology in both languages, requesting nothing", async ({ page }) => {
    const seen = await openStandalone(page);
    const views = [
      ["?view=overview", ".card[data-project-id]"],
      ["?view=kpis", "tr[data-kpi-id]:not([hidden])"],
      ["?view=ministry&ministry=mext", '[data-testid="ministry-programs"] tbody tr'],
      ["?view=initiatives", "[data-initiative-id]"],
      ["?view=budget", ".chart canvas"],
      ["?view=phases", ".matrix-panel td"],
      ["?view=kpi&id=drugs-nonclinical-poc", 'tr[data-kpi-id="drugs-nonclinical-poc"]'],
      ["?view=project&id=genome", '[data-project-id="genome"]'],
      ["?view=method", '[data-testid="methodology"] h1'],
      ["?view=method&lang=en", '[data-testid="methodology"] h1'],
    ];
    for (const [query, shown] of views) {
      await page.goto(STANDALONE + query);
      await waitReady(page);
      await expect(page.locator(shown).first(), `${query} shows ${shown}`).toBeVisible();
      await expect(page.locator('[role="alert"]'), `${query} has no alert`).toHaveCount(0);
    }
    await expect(page.getByTestId("methodology")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("methodology")).toContainText("achievement");
    expectSelfContained(seen);
  });

  test("another JSON file opens by dropping it on the page", async ({ page }) => {
    const seen = await openStandalone(page, "?view=kpis");
    const data = JSON.parse(FY2022);
    data.projects = data.projects.slice(1, 2);
    await dropFile(page, "dropped.json", JSON.stringify(data));
    await expect(page.getByTestId("source-banner")).toContainText("dropped.json");
    await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(data.projects[0].kpis.length);
    expectSelfContained(seen);
  });

  test("another JSON file opens by the file picker", async ({ page }) => {
    const seen = await openStandalone(page);
    const data = JSON.parse(FY2022);
    data.report.title = "手元のファイル";
    await page.getByTestId("open-file").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
    await expect(page.getByTestId("source-banner")).toContainText("mine.json");
    await expect(page.getByTestId("report-title")).toHaveText("手元のファイル");
    await expect(page.locator("html")).toHaveAttribute("data-source", "file:mine.json");
    expectSelfContained(seen);
  });

  test("the share panel says links need the served copy, not a file on this computer", async ({ page }) => {
    await openStandalone(page);
    await (await exportAction(page, "share")).click();
    await expect(page.getByTestId("share-unavailable")).toContainText("サーバーに置いた版");
    await expect(page.getByTestId("permalink")).toHaveCount(0);
  });

  test("?data= is refused with the reason and the way out", async ({ page }) => {
    const seen = watch(page);
    await page.goto(STANDALONE + "?data=data/fy2022.json");
    const alert = page.getByTestId("load-error");
    await expect(alert).toContainText("single-file edition");
    await expect(alert).toContainText("?data=data/fy2022.json was not loaded");
    await expect(alert).toContainText("単一ファイル版はネットワークを使いません");
    // The way out is right there: the file picker.
    await expect(page.getByTestId("open-file")).toBeAttached();
    await page.getByTestId("open-file").setInputFiles({ name: "fy2022.json", mimeType: "application/json", buffer: Buffer.from(FY2022) });
    await expect(page.getByTestId("source-banner")).toContainText("fy2022.json");
    await expect(alert).toHaveCount(0);
    expectSelfContained(seen);
  });

  test("?compare= takes a bundled id from the file itself, and refuses a URL with the reason", async ({ page }) => {
    const seen = await openStandalone(page, "?view=changes&compare=fy2022");
    await expect(page.getByTestId("compare-verdict")).toContainText("変化はありません");
    await page.goto(STANDALONE + "?view=changes&compare=data/fy2022.json");
    await waitReady(page);
    const error = page.getByTestId("compare-error");
    await expect(error).toContainText("?compare=data/fy2022.json was not loaded");
    await expect(error).toContainText("single-file edition");
    // A file of one's own is the way: the data menu's compare input.
    await page.getByTestId("data-menu").click();
    await page.getByTestId("compare-file").setInputFiles({ name: "fy2022.json", mimeType: "application/json", buffer: Buffer.from(FY2022) });
    await expect(page.getByTestId("compare-verdict")).toContainText("変化はありません");
    expectSelfContained(seen);
  });
});
