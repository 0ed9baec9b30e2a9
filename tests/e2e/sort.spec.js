// The KPI table's sort: the rows' actual order, both directions, KPIs
// without a value last either way, and back to the report's order.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

const kpiIds = (page) => page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((rows) => rows.map((r) => r.dataset.kpiId));

const header = (page, column) => page.locator(`th:has(button[data-sort="${column}"])`);

// The Genome and Data Infrastructure Project's eleven KPIs as
// data/fy2022.json lists them, with their latest figures.
const GENOME = [
  ["genome-nonclinical-poc", 5],
  ["genome-clinical-poc", 12],
  ["genome-papers-high-if", 1099],
  ["genome-disease-mechanisms", 34],
  ["genome-disease-genes", 131],
  ["genome-data-infrastructure", null], // the report prints "-"
  ["genome-data-use", 203],
  ["genome-papers-other", 1729],
  ["genome-seed-transfer", 43],
  ["genome-biomarkers", 17],
  ["genome-new-diagnosis-treatment", 5],
];

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
test("sorting by the latest figure orders the rows both ways, the KPI without a figure last", async ({ page }) => {
  await openApp(page, "?view=kpis&project=genome");
  expect(await kpiIds(page)).toEqual(GENOME.map(([id]) => id));
  const button = page.locator('button.sort[data-sort="latest"]');

  await button.click();
  await expect(header(page, "latest")).toHaveAttribute("aria-sort", "ascending");
  // 5, 5 (a tie keeps the report's order), 12, 17, 34, 43, 131, 203, 1099, 1729, then "-".
  expect(await kpiIds(page)).toEqual([
    "genome-nonclinical-poc",
    "genome-new-diagnosis-treatment",
    "genome-clinical-poc",
    "genome-biomarkers",
    "genome-disease-mechanisms",
    "genome-seed-transfer",
    "genome-disease-genes",
    "genome-data-use",
    "genome-papers-high-if",
    "genome-papers-other",
    "genome-data-infrastructure",
  ]);
  const latest = await page.locator("tr[data-kpi-id]:not([hidden]) .col-latest .latest").allTextContents();
  expect(latest.slice(0, 3)).toEqual(["5件", "5件", "12件"]);

  await button.click();
  await expect(header(page, "latest")).toHaveAttribute("aria-sort", "descending");
  expect(await kpiIds(page)).toEqual([
    "genome-papers-other",
    "genome-papers-high-if",
    "genome-data-use",
    "genome-disease-genes",
    "genome-seed-transfer",
    "genome-disease-mechanisms",
    "genome-biomarkers",
    "genome-clinical-poc",
    "genome-nonclinical-poc",
    "genome-new-diagnosis-treatment",
    "genome-data-infrastructure",
  ]);

  // A third click returns to the report's order, grouped by project again.
  await button.click();
  await expect(header(page, "latest")).toHaveAttribute("aria-sort", "none");
  expect(await kpiIds(page)).toEqual(GENOME.map(([id]) => id));
  await expect(page.locator("tr.group:not([hidden])")).toHaveCount(1);
});
test("sorting by achievement puts the KPIs without a target last in both directions", async ({ page }) => {
  // Project 5 (Basic Research on Diseases): papers 1856 of 400 (464%),
  // other papers 2122 with no target, seed transfers 10 of 10 (100%).
  await openApp(page, "?view=kpis&project=disease");
  const button = page.locator('button.sort[data-sort="achievement"]');
  await button.click();
  await expect(header(page, "achievement")).toHaveAttribute("aria-sort", "ascending");
  expect(await kpiIds(page)).toEqual(["disease-seed-transfer", "disease-papers-high-if", "disease-papers-other"]);
  await expect(page.locator("tr[data-kpi-id]:not([hidden]) .achv-text")).toHaveText(["100%", "464%"]);
  await button.click();
  await expect(header(page, "achievement")).toHaveAttribute("aria-sort", "descending");
  expect(await kpiIds(page)).toEqual(["disease-papers-high-if", "disease-seed-transfer", "disease-papers-other"]);
  await expect(page.locator("tr[data-kpi-id]:not([hidden]) .achv-text")).toHaveText(["464%", "100%"]);
});
