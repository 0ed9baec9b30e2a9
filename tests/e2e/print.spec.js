// Printing on A4: the selection in words, the headline and every KPI
// column within the page, in both languages.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

const tableWidths = (page) => page.getByTestId("kpi-table-scroll").evaluate((e) => [e.scrollWidth, e.clientWidth]);

/** The KPI table's column headings wider than their columns (their text). */

const cutHeadings = (page) =>
  page.locator(".kpi-table thead th").evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent.trim()));

test("print on A4 in English: every KPI column and heading within the page", async ({ page }) => {
  await openApp(page, "?view=kpis&lang=en");
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 690, height: 1000 });
  const [sw, cw] = await tableWidths(page);
  expect(sw).toBeLessThanOrEqual(cw);
  expect(await cutHeadings(page)).toEqual([]);
});
test("print on A4: the selection in words, the headline, every KPI column within the page", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic&phase=clinical");
  await page.emulateMedia({ media: "print" });
  // A4 portrait with 14 mm margins is about 690 CSS px wide.
  await page.setViewportSize({ width: 690, height: 1000 });
  await expect(page.getByTestId("print-heading")).toBeVisible();
  await expect(page.getByTestId("print-heading")).toContainText("府省: 総務省 · フェーズ（本ビューアによる分類）: 臨床研究・治験");
  await expect(page.getByTestId("headline")).toBeVisible();
  await expect(page.locator(".toolbar")).toBeHidden();
  await expect(page.locator(".sidebar")).toBeHidden();
  const [sw, cw] = await tableWidths(page);
  expect(sw).toBeLessThanOrEqual(cw);
  // Status and achievement are text, readable without background graphics.
  await expect(page.locator("tr[data-kpi-id]:not([hidden]) .achv-text").first()).toBeVisible();
  await expect(page.locator("tr[data-kpi-id]:not([hidden]) .badge").first()).toContainText(/達成|要注意|未達|目標なし|数値なし/);
  const pdf = await page.pdf({ format: "A4", margin: { top: "14mm", bottom: "14mm", left: "14mm", right: "14mm" } });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test("a printout ends with the print date, the selection in words and the address of the view", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic");
  await page.emulateMedia({ media: "print" });
  const footer = page.getByTestId("print-footer");
  await expect(footer).toBeVisible();
  await expect(footer).toContainText(/印刷 \d{4}-\d\d-\d\d \d\d:\d\d/);
  await expect(footer).toContainText("府省: 総務省");
  await expect(footer.locator(".print-url")).toContainText("view=kpis&ministry=mic");
  // The title breaks between phrases, never inside a bracket.
  const brackets = await page.locator(".site-header h1 .nobr").evaluateAll((spans) => spans.map((s) => s.getClientRects().length));
  expect(brackets.every((lines) => lines === 1)).toBe(true);
});
