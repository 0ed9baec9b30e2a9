// Issue 2: the built dist/ works from a sub-path, offline, without errors.
const { test, expect } = require("@playwright/test");
const { watch, openApp, expectClean, waitReady } = require("./helpers");

const ORIGIN = "http://127.0.0.1:4173/";

test("renders from a sub-path, reaches data-ready, shows the title, stays on its origin", async ({ page }) => {
  const seen = await openApp(page);
  await expect(page.getByTestId("report-title")).toHaveText(/医療分野研究開発推進計画/);
  await expect(page.locator("footer")).toContainText("出典");
  const mark = await page.evaluate(() => performance.getEntriesByName("shinchoku:ready").length);
  expect(mark).toBe(1);
  expect(seen.requests.some((u) => u.endsWith("/some/sub/path/data/fy2022.json"))).toBe(true);
  expectClean(seen, ORIGIN);
});

test("draws the first chart with ECharts from dist/, not a CDN", async ({ page }) => {
  const seen = await openApp(page);
  const chart = page.locator(".chart").first();
  await expect(chart.locator("canvas")).toHaveCount(1);
  const bound = await chart.evaluate((el) => Boolean(window.echarts.getInstanceByDom(el)));
  expect(bound).toBe(true);
  expect(seen.requests.some((u) => u.endsWith("/some/sub/path/echarts.min.js"))).toBe(true);
  expectClean(seen, ORIGIN);
});

test("a view without charts never loads ECharts; opening a KPI's chart loads it once", async ({ page }) => {
  const seen = await openApp(page, "?view=kpis");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])").first()).toBeVisible();
  expect(seen.requests.filter((u) => u.includes("echarts"))).toEqual([]);
  await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
  await expect(page.locator("tr.kpi-detail .chart canvas")).toHaveCount(1);
  await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").nth(1).click();
  await expect(page.locator("tr.kpi-detail .chart canvas")).toHaveCount(2);
  expect(seen.requests.filter((u) => u.includes("echarts"))).toHaveLength(1);
  expectClean(seen, ORIGIN);
});

test("when ECharts cannot be loaded, each chart says so and the rest of the view works", async ({ page }) => {
  const seen = watch(page);
  await page.route("**/echarts.min.js", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto("");
  await waitReady(page);
  await expect(page.locator(".chart-error").first()).toContainText("echarts.min.js");
  await expect(page.locator("[data-project-id]")).toHaveCount(6);
  await expect(page.getByTestId("phase-matrix")).toBeVisible();
  expect(seen.errors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("a failed dataset fetch shows a readable alert, not a blank page", async ({ page }) => {
  const seen = watch(page);
  await page.route("**/data/fy2022.json", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto("");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("HTTP 404");
  await expect(alert).toContainText("data/fy2022.json");
  await expect(page.getByTestId("report-title")).toBeVisible();
  expect(seen.errors.filter((e) => !e.includes("404"))).toEqual([]);
});

test("a malformed dataset names the place of the error", async ({ page }) => {
  await page.route("**/data/fy2022.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"schema_version": "one"}' }),
  );
  await page.goto("");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("schema_version");
  await expect(alert).toContainText(/\bline 1\b/);
});

test("shows a loading indicator while the dataset is on its way", async ({ page }) => {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route("**/data/fy2022.json", async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto("");
  await expect(page.getByRole("status")).toContainText("読み込んでいます");
  release();
  await waitReady(page);
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a window that opens phone-narrow and is widened unfolds the filter panel", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=kpis");
  await expect(page.locator("details.filters-toggle")).not.toHaveAttribute("open", "");
  await page.setViewportSize({ width: 1280, height: 900 });
  // On a wide screen the fold's summary is hidden: the panel must open by itself.
  const mic = page.locator('[data-filter="ministry"] input[value="mic"]');
  await expect(mic).toBeVisible();
  await mic.check();
  await expect(page).toHaveURL(/ministry=mic/);
});
