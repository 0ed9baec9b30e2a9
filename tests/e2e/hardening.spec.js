// Issue 14: links, files and servers a hostile or careless world brings.
const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp } = require("./helpers");

const FY2022 = fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8");

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
  await expect(page.locator("[data-project-id]")).toHaveCount(6);
});

test("repeated URL keys: the first value wins everywhere, the rest is reported", async ({ page }) => {
  await openApp(page, "?embed=0&embed=1");
  await expect(page.locator("header.site-header")).toBeVisible();
  await expect(page.locator(".embedded")).toHaveCount(0);
  await expect(page.getByTestId("ignored-params")).toContainText("embed=1");
});

test("an unknown ?id= is named as ignored", async ({ page }) => {
  await openApp(page, "?view=kpi&id=nope");
  await expect(page.getByTestId("ignored-params")).toContainText("id=nope");
});

test("when the browser refuses history writes, filters still work and the page says so", async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => { throw new DOMException("history is not allowed here", "SecurityError"); };
    history.replaceState = refuse;
    history.pushState = refuse;
  });
  await openApp(page, "?view=kpis");
  await page.locator('[data-filter="grade"] input[value="B"]').check();
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(3);
  await expect(page.getByTestId("history-refused")).toContainText("history is not allowed here");
});

test("sorting descending keeps KPIs without a value last", async ({ page }) => {
  await openApp(page, "?view=kpis");
  const sort = page.locator('button[data-sort="achievement"]');
  await sort.click();
  await sort.click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  const statuses = await page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((rows) => rows.map((r) => r.dataset.status));
  const firstWithout = statuses.findIndex((s) => s === "no_target" || s === "no_data");
  expect(firstWithout).toBeGreaterThan(0);
  expect(statuses.slice(firstWithout).every((s) => s === "no_target" || s === "no_data")).toBe(true);
  // The highest achievement comes first: 非臨床POC's 512% is beaten only by 620%.
  const first = await page.locator("tr[data-kpi-id]:not([hidden]) .achv-text").first().textContent();
  expect(first).toBe("620%");
});

test("a long unknown value wraps inside its notice, invisible characters shown", async ({ page }) => {
  await openApp(page, `?view=${"x".repeat(2000)}&grade=A%E2%80%8B`);
  const notice = page.getByTestId("ignored-params");
  await expect(notice).toContainText("U+200B");
  const [scroll, client] = await notice.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  const [docScroll, docClient] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(docScroll).toBeLessThanOrEqual(docClient);
});

test("a failed export says so on the page", async ({ page }) => {
  await page.addInitScript(() => {
    URL.createObjectURL = () => { throw new Error("blocked by policy"); };
  });
  await openApp(page, "?view=kpis");
  await page.getByTestId("export-csv").click();
  await expect(page.getByTestId("export-error")).toContainText("blocked by policy");
});

test("the ministry profile draws at most 60 programs and says how many there are", async ({ page }) => {
  const data = JSON.parse(FY2022);
  const drugs = data.projects[0];
  const model = drugs.programs.find((g) => g.ministry === "mhlw" && g.budget !== null);
  for (let i = 0; i < 80; i++) drugs.programs.push({ ...model, id: `${model.id}-copy-${i}` });
  await openApp(page, "?view=ministry&ministry=mhlw");
  await page.getByTestId("open-file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toContainText("many.json");
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(60);
  // FY2022 has 40 MHLW programs; with the 80 copies, 120.
  await expect(page.getByTestId("not-drawn")).toHaveText("先頭の60件のみ表示（全120件）");
});
