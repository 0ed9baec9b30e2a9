// Getting the report onto the screen: from a sub-path of any static
// server, under the strict Content-Security-Policy, with a loading indicator,
// and a readable alert (never a blank page) when the dataset, its index, the
// methodology page or the server fails; the newest load wins.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { watch, openApp, expectClean, waitReady } = require("./helpers");
const { ORIGIN, CSP_ORIGIN, HOST_ORIGIN } = require("./ports.cjs");


const FY2022 = fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8");

test("renders from a sub-path, reaches data-ready, shows the title, stays on its origin", async ({ page }) => {
  const seen = await openApp(page);
  await expect(page.getByTestId("report-title")).toHaveText(/医療分野研究開発推進計画/);
  await expect(page.locator("footer.site-footer")).toContainText("出典");
  const mark = await page.evaluate(() => performance.getEntriesByName("shinchoku:ready").length);
  expect(mark).toBe(1);
  expect(seen.requests.some((u) => u.endsWith("/some/sub/path/data/fy2022.json"))).toBe(true);
  expectClean(seen, ORIGIN);
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
  // An address no prerendered page shows (one shows its report at once).
  await page.goto("?view=kpis&status=achieved");
  await expect(page.getByRole("status")).toContainText("読み込んでいます");
  release();
  await waitReady(page);
  await expect(page.getByRole("status")).toHaveCount(0);
});
test("a server that sends the headers and then stalls times out with a message", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("?data=__test/stall");
  const alert = page.getByTestId("load-error");
  await expect(alert).toContainText("did not arrive within 15 seconds", { timeout: 30_000 });
  await expect(alert).toContainText("__test/stall");
});
test("a body without Content-Length is cut at the size limit while it streams", async ({ page }) => {
  await page.goto("?data=__test/endless");
  const alert = page.getByTestId("load-error");
  await expect(alert).toContainText("larger than the 20 MB limit", { timeout: 30_000 });
  // Stopped past the limit but long before the 60 MB sent (how far past
  // depends on how much the engine buffered).
  const stoppedAt = Number(/reading stopped at (\d+\.\d) MB/.exec(await alert.textContent())?.[1]);
  expect(stoppedAt).toBeGreaterThanOrEqual(20);
  expect(stoppedAt).toBeLessThan(60);
});
test("a small gzip body that unpacks past the limit is cut at the limit", async ({ page }) => {
  await page.goto("?data=__test/bomb");
  const alert = page.getByTestId("load-error");
  await expect(alert).toContainText("larger than the 20 MB limit", { timeout: 30_000 });
});
test("the newest load wins: a file opened during a slow ?data= load stays", async ({ page }) => {
  // The slow request (not the page, whose query names it) ends one way or
  // the other: aborted, or answered late.
  const isSlow = (request) => new URL(request.url()).pathname.endsWith("/__test/slow");
  const slowEnded = new Promise((resolve) => {
    const ended = (request) => isSlow(request) && resolve(request);
    page.on("requestfailed", ended);
    page.on("requestfinished", ended);
  });
  const slowStarted = page.waitForRequest(isSlow);
  await page.goto("?data=__test/slow%3Fms%3D3000");
  await slowStarted;
  const data = JSON.parse(FY2022);
  data.report.title = "開いたファイル";
  await page.getByTestId("open-file").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toContainText("mine.json");
  // The older load is aborted when the file is opened: its request fails
  // instead of being answered, so nothing can replace the file later.
  const slow = await slowEnded;
  expect(slow.failure(), "the slow load was aborted").not.toBeNull();
  await expect(page.getByTestId("source-banner")).toContainText("mine.json");
  await expect(page.getByTestId("report-title")).toHaveText("開いたファイル");
});
test("a malformed data/index.json is reported, and the bundled report still opens", async ({ page }) => {
  await page.route("**/data/index.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }));
  await openApp(page);
  await expect(page.getByTestId("index-problem")).toContainText("data/index.json");
  await expect(page.locator(".card[data-project-id]")).toHaveCount(6);
});
test("the methodology page, fetched when opened, says so when it cannot be", async ({ page }) => {
  await page.route("**/docs/methodology.ja.html", (route) => route.abort());
  await openApp(page, "?view=method");
  await expect(page.getByTestId("methodology-error")).toContainText("計算方法のページを読み込めませんでした");
  await expect(page.getByTestId("methodology-error")).toHaveAttribute("role", "alert");
});
test("the whole app runs under the strict Content-Security-Policy", async ({ page }) => {
  const seen = watch(page);
  const response = await page.goto(`${CSP_ORIGIN}some/sub/path/?view=kpis`);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(response.headers()["content-security-policy"]).toContain(`frame-ancestors 'self' ${HOST_ORIGIN.slice(0, -1)}`);
  await waitReady(page);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
  await expect(page.locator("tr.kpi-detail .chart canvas")).toHaveCount(1);
  await page.locator('a[data-view="overview"]').click();
  await expect(page.locator(".chart canvas").first()).toBeVisible();
  expectClean(seen, CSP_ORIGIN);
});
