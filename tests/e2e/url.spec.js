// The URL holds the view: reload, shared links and back/forward restore it;
// unknown, repeated and garbage values are ignored with a notice; a refused
// history write keeps the filters working and says so.

const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { openApp, watch, waitReady, expectClean, exportAction } = require("./helpers");
const { ORIGIN } = require("./ports.cjs");

let real;

test.beforeAll(async ({ request }) => {
  real = await (await request.get("data/fy2022.json")).json();
});

const copy = () => JSON.parse(JSON.stringify(real));

/** Opens the default view, then feeds `body` as a local file. */


const kpiIds = (page) => page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((rows) => rows.map((r) => r.dataset.kpiId));

const kpiCount = async (page) => Number((await page.getByTestId("kpi-count").textContent()).match(/\d+/)[0]);

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
test("a long unknown value wraps inside its notice, invisible characters shown", async ({ page }) => {
  await openApp(page, `?view=${"x".repeat(2000)}&grade=A%E2%80%8B`);
  const notice = page.getByTestId("ignored-params");
  await expect(notice).toContainText("U+200B");
  const [scroll, client] = await notice.evaluate((e) => [e.scrollWidth, e.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  const [docScroll, docClient] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(docScroll).toBeLessThanOrEqual(docClient);
});
test("garbage, huge and repeated URL parameters", async ({ page }) => {
  const seen = watch(page);
  // Long enough to matter, short enough for the test server's header limit.
  const huge = "字".repeat(800);
  const repeated = Array.from({ length: 300 }, (_, i) => `project=p${i}`).join("&");
  await page.goto(`?view=kpis&q=${encodeURIComponent(huge)}&${repeated}&phase=&grade=Z&lead=%00&%ZZ=1`);
  await waitReady(page);
  await expect(page.getByTestId("ignored-params")).toBeVisible();
  await expect(page.getByTestId("kpi-count")).toHaveText("0件のKPIを表示中");
  await page.getByTestId("clear-filters").click();
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  expect(seen.errors).toEqual([]);
});
test("the share panel's permalink restores the same view in a new page", async ({ page, context }) => {
  await openApp(page, "?view=kpis");
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  await page.locator('[data-filter="grade"] input[value="A"]').check();
  const ids = await page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((r) => r.map((x) => x.dataset.kpiId));
  await (await exportAction(page, "share")).click();
  const link = await page.getByTestId("permalink").inputValue();
  expect(link).toContain("ministry=mic");
  // The default snippet sizes itself (embed.js) and has a height without it;
  // the script-free one has an explicit height. Both name the selection.
  const withScript = await page.getByTestId("embed-snippet").inputValue();
  expect(withScript).toContain("embed=1");
  expect(withScript).toContain("<iframe data-shinchoku");
  expect(withScript).toMatch(/height:\d+px/);
  expect(withScript).toContain("/some/sub/path/embed.js");
  expect(withScript).not.toContain("index.htmlembed.js");
  expect(withScript).toContain("総務省");
  expect(await page.getByTestId("embed-iframe-snippet").inputValue()).toMatch(/<iframe src="[^"]*embed=1[^"]*"[^>]*height:\d+px/);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByTestId("embed-snippet-copy").click();
  await expect(page.getByTestId("embed-snippet-copied")).toHaveText("コピーしました");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(withScript);
  const other = await context.newPage();
  await other.goto(link);
  await waitReady(other);
  expect(await other.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((r) => r.map((x) => x.dataset.kpiId))).toEqual(ids);
});
test("reload and shared links restore the exact view; back/forward walk views", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic&grade=A&lang=en");
  const before = await kpiIds(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  await waitReady(page);
  expect(await kpiIds(page)).toEqual(before);
  await expect(page.locator('[data-filter="ministry"] input[value="mic"]')).toBeChecked();
  await page.locator('a[data-view="initiatives"]').click();
  await expect(page).toHaveURL(/view=initiatives/);
  await expect(page.locator("[data-initiative-id]").first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/view=kpis/);
  expect(await kpiIds(page)).toEqual(before);
  await page.goForward();
  await expect(page).toHaveURL(/view=initiatives/);
});
test("unknown URL values are ignored with a notice, never a crash", async ({ page }) => {
  const seen = await openApp(page, "?ministry=atlantis&phase=%3Cscript%3E&status=great&view=kpis");
  await expect(page.getByTestId("ignored-params")).toContainText("ministry=atlantis");
  await expect(page.getByTestId("ignored-params")).toContainText("<script>");
  expect(await kpiCount(page)).toBe(45);
  expectClean(seen, ORIGIN);
});
