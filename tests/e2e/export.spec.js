// Exports: CSV (BOM, CRLF, numbers as numbers, formulas neutralised) and
// JSON that loads back; a failed export says so.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp, waitReady, exportAction } = require("./helpers");

async function download(page, testid) {
  const item = await exportAction(page, testid);
  const [file] = await Promise.all([page.waitForEvent("download"), item.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test("a failed export says so on the page", async ({ page }) => {
  await page.addInitScript(() => {
    URL.createObjectURL = () => { throw new Error("blocked by policy"); };
  });
  await openApp(page, "?view=kpis");
  await (await exportAction(page, "export-csv")).click();
  await expect(page.getByTestId("export-error")).toContainText("blocked by policy");
});
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
