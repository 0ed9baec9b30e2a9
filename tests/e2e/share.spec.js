// Issue 6: share, embed, export, and the strict CSP.
const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const { openApp, expectClean, watch, waitReady } = require("./helpers");

const ORIGIN = "http://127.0.0.1:4173/";

test("embedded in a host page on another origin: no chrome, height follows content both ways", async ({ page }) => {
  await page.goto("http://127.0.0.1:4175/host.html?view=kpis");
  const frame = page.frameLocator("#viewer");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(frame.locator(".site-footer")).toHaveCount(0);
  await expect(frame.getByTestId("open-full")).toBeVisible();
  const height = () => page.locator("#viewer").evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(height).toBeGreaterThan(1000);
  const tall = await height();
  await frame.locator("details.embed-filters summary").click();
  await frame.locator('[data-filter="project"] input[value="disease"]').check();
  await expect(frame.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(3);
  await expect.poll(height).toBeLessThan(tall - 300);
  const short = await height();
  await frame.locator('[data-filter="project"] input[value="disease"]').uncheck();
  await expect.poll(height).toBeGreaterThan(short + 300);
  const contentHeight = await frame.locator("#app").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs((await height()) - contentHeight)).toBeLessThanOrEqual(2);
});

test("embed with view=kpi&id shows that one KPI, expanded", async ({ page }) => {
  await openApp(page, "?embed=1&view=kpi&id=devices-class34-approvals");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(1);
  await expect(page.getByTestId("explanation")).toBeVisible();
});

test("the share panel's permalink restores the same view in a new page", async ({ page, context }) => {
  await openApp(page, "?view=kpis");
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  await page.locator('[data-filter="grade"] input[value="A"]').check();
  const ids = await page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((r) => r.map((x) => x.dataset.kpiId));
  await page.getByTestId("share").click();
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

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test("CSV export: BOM, CRLF, one row per shown KPI, numbers as numbers", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic");
  const shown = await page.locator("tr[data-kpi-id]:not([hidden])").count();
  const { name, bytes } = await download(page, "export-csv");
  expect(name).toBe("shinchoku-fy2022-mic.csv");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8").slice(1);
  expect(text.endsWith("\r\n")).toBe(true);
  const lines = text.trimEnd().split("\r\n");
  expect(lines.length).toBe(shown + 1);
  // RFC 4180 cells: quoted text (with "" inside), or bare numbers.
  const cells = (line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]).slice(0, -1);
  const header = cells(lines[0]);
  const target = header.indexOf('"2024年度目標"');
  expect(target).toBeGreaterThan(0);
  expect(lines.slice(1).some((l) => /^"devices",/.test(l))).toBe(true);
  // The target column holds a bare number (no quotes) on every row that has one.
  for (const line of lines.slice(1)) {
    const row = cells(line);
    expect(row.length).toBe(header.length);
    expect(row[target]).toMatch(/^(-?\d+(\.\d)?)?$/);
  }
});

test("CSV export neutralises a formula-like KPI name", async ({ page }) => {
  await page.route("**/data/fy2022.json", async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.projects[0].kpis[0].name = '=HYPERLINK("http://evil.example","x")';
    await route.fulfill({ response, json: data });
  });
  await openApp(page, "?view=kpis&project=drugs");
  const { bytes } = await download(page, "export-csv");
  const text = bytes.toString("utf8");
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
});

test("JSON export validates and loads back to the same view", async ({ page }) => {
  await openApp(page, "?view=kpis&project=genome");
  const ids = await page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((r) => r.map((x) => x.dataset.kpiId));
  const { name, bytes } = await download(page, "export-json");
  expect(name).toBe("shinchoku-fy2022-genome.json");
  const exported = JSON.parse(bytes.toString("utf8"));
  expect(exported.projects.map((p) => p.id)).toEqual(["genome"]);
  const second = await page.context().newPage();
  await second.route("**/data/fy2022.json", (route) => route.fulfill({ json: exported }));
  await second.goto("?view=kpis");
  await waitReady(second);
  await expect(second.getByRole("alert")).toHaveCount(0);
  expect(await second.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((r) => r.map((x) => x.dataset.kpiId))).toEqual(ids);
});

test("the whole app runs under the strict Content-Security-Policy", async ({ page }) => {
  const seen = watch(page);
  const response = await page.goto("http://127.0.0.1:4174/some/sub/path/?view=kpis");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await waitReady(page);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
  await expect(page.locator("tr.kpi-detail .chart canvas")).toHaveCount(1);
  await page.locator('a[data-view="overview"]').click();
  await expect(page.locator(".chart canvas").first()).toBeVisible();
  expectClean(seen, "http://127.0.0.1:4174/");
});

test("a chart downloads as a PNG", async ({ page }) => {
  await openApp(page);
  // The button saves the chart that is drawn: wait until it is.
  await expect(page.locator(".chart canvas").first()).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-png").first().click()]);
  expect(file.suggestedFilename()).toBe("shinchoku-achievement.png");
  const bytes = fs.readFileSync(await file.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
});
