// The layout on every screen: the headline in the first viewport, a KPI
// table without sideways scrolling, cards on phones, the filter panel that
// folds on narrow windows and unfolds when widened, and the empty state.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

const tableWidths = (page) => page.getByTestId("kpi-table-scroll").evaluate((e) => [e.scrollWidth, e.clientWidth]);

/** The KPI table's column headings wider than their columns (their text). */

const cutHeadings = (page) =>
  page.locator(".kpi-table thead th").evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent.trim()));

const ministry = (page, id) => page.locator(`[data-filter="ministry"] input[value="${id}"]`);

for (const [width, height] of [[1280, 900], [1366, 768], [390, 844]]) {
  test(`the headline is in the first viewport at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page);
    const box = await page.getByTestId("headline").boundingBox();
    expect(box).not.toBeNull();
    expect(box.y).toBeLessThan(height);
    const verdict = await page.getByTestId("headline-verdict").boundingBox();
    expect(verdict.y + verdict.height).toBeLessThanOrEqual(height);
    await expect(page.getByTestId("headline-verdict")).toContainText("30 / 33");
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll, "no sideways scrolling").toBeLessThanOrEqual(client);
  });
}
for (const width of [1280, 1366]) {
  for (const lang of ["ja", "en"]) {
    test(`the KPI table needs no horizontal scroll at ${width} px in ${lang}, expanded rows included`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openApp(page, lang === "en" ? "?view=kpis&lang=en" : "?view=kpis");
      await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
      await expect(page.locator("tr.kpi-detail canvas")).toHaveCount(1);
      const [sw, cw] = await tableWidths(page);
      expect(sw).toBeLessThanOrEqual(cw);
      // No column heading is cut: each fits its column.
      expect(await cutHeadings(page)).toEqual([]);
      // Status comes right after the name.
      const heads = await page.locator(".kpi-table thead th").allTextContents();
      expect(heads[1]).toContain("KPI");
      expect(heads[2]).toContain(lang === "en" ? "Computed status" : "計算上の見通し");
      // Projects are group rows, not a column repeated on every row.
      await expect(page.locator(".kpi-table tr.group:not([hidden])")).toHaveCount(6);
    });
  }
}
for (const [width, height] of [[1366, 768], [390, 844]]) {
  test(`the search box's placeholder fits the box at ${width}×${height} in both languages`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const query of ["?view=kpis", "?view=kpis&lang=en"]) {
      await openApp(page, query);
      const box = page.locator('[data-filter="q"]');
      if (!(await box.isVisible())) await page.locator(".filters-toggle > summary").click();
      const [text, room] = await box.evaluate((input) => {
        const style = getComputedStyle(input);
        const context = document.createElement("canvas").getContext("2d");
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return [context.measureText(input.placeholder).width, room];
      });
      expect(text, `"${await box.getAttribute("placeholder")}" within the box`).toBeLessThanOrEqual(room);
      await expect(page.locator("#filter-q-hint")).toHaveText(query.includes("en") ? /case are treated alike/ : /区別しません/);
    }
  });
}
test("on a phone each KPI is a card and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=kpis");
  const row = page.locator("tr[data-kpi-id]:not([hidden])").first();
  expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe("grid");
  const [sw, cw] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(sw).toBeLessThanOrEqual(cw);
});

/** The option ECharts holds for the chart inside `locator`. */
test("an impossible combination says why and offers to clear the filters", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic&project=drugs");
  await expect(page.getByTestId("empty-result")).toBeVisible();
  await page.getByTestId("empty-clear").click();
  await expect(page).not.toHaveURL(/ministry=/);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
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
test("hidden rows stay hidden on a phone, where rows are cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=kpis&ministry=mic");
  const hidden = page.locator("tr[data-kpi-id][hidden]");
  expect(await hidden.count()).toBeGreaterThan(0);
  expect(await hidden.evaluateAll((rows) => rows.every((r) => getComputedStyle(r).display === "none"))).toBe(true);
});

for (const width of [1280, 1366]) {
  for (const lang of ["ja", "en"]) {
    test(`the toolbar is one row at ${width} px in ${lang}: every view's tab and the menus`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openApp(page, lang === "en" ? "?lang=en" : "");
      const tops = await page.locator(".toolbar .tabs > *, .toolbar-actions > *").evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => Math.round(r.top + r.height / 2)));
      expect(tops.length).toBeGreaterThan(8);
      expect(Math.max(...tops) - Math.min(...tops), `centres ${tops.join(", ")}`).toBeLessThanOrEqual(4);
    });
  }
}
