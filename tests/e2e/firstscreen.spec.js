// Issue 12: the answer on the first screen, a status-first table that fits,
// honest charts, a ministry profile, empty states and print that fits.
const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

/** The KPI table's scroll box: [scrollWidth, clientWidth]. */
const tableWidths = (page) => page.getByTestId("kpi-table-scroll").evaluate((e) => [e.scrollWidth, e.clientWidth]);

/** The KPI table's column headings wider than their columns (their text). */
const cutHeadings = (page) =>
  page.locator(".kpi-table thead th").evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent.trim()));

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
async function chartOption(locator) {
  return locator.locator(".chart").first().evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    const o = chart.getOption();
    return { max: o.xAxis[0].max, min: o.xAxis[0].min, marks: o.series.flatMap((s) => (s.markLine?.data ?? []).map((d) => d.xAxis)), legend: o.legend[0].data ?? o.series.map((s) => s.name) };
  });
}

test("the achievement axis keeps 100% in view when every KPI shown is below it", async ({ page }) => {
  await openApp(page, "?status=at_risk&status=off_track");
  const panel = page.locator('section[aria-labelledby="achievement-heading"]');
  await expect(panel.locator("canvas")).toHaveCount(1);
  const option = await chartOption(panel);
  expect(option.min).toBe(0);
  expect(option.max).toBeGreaterThanOrEqual(100);
  expect(option.marks).toContain(100);
});

test("the ministry profile lists the KPIs of the projects it leads and joins, apart", async ({ page }) => {
  await openApp(page, "?view=ministry&ministry=mic");
  await expect(page.getByTestId("kpi-per-project-note")).toContainText("プロジェクトごと");
  // 総務省 leads no project and takes part in devices and genome.
  await expect(page.getByTestId("ministry-lead-kpis").locator("li[data-kpi-id]")).toHaveCount(0);
  const joined = page.getByTestId("ministry-joined-kpis");
  await expect(joined.locator("h4[data-project-id]")).toHaveCount(2);
  const n = await joined.locator("li[data-kpi-id]").count();
  expect(n).toBe(7 + 11);
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(2);
});

test("an impossible combination says why and offers to clear the filters", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic&project=drugs");
  await expect(page.getByTestId("empty-result")).toBeVisible();
  await page.getByTestId("empty-clear").click();
  await expect(page).not.toHaveURL(/ministry=/);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
});

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

test("an embedded view says what it is filtered to", async ({ page }) => {
  await openApp(page, "?embed=1&view=kpis&ministry=mic");
  await expect(page.getByTestId("selection-words")).toContainText("府省: 総務省");
});
