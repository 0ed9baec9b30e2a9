// The answer above the fold: at 1366×768 and 1280×800 every view's own
// heading and first rows start within the first screen; the headline's
// status counts are filters; the headline describes the single project a
// profile shows; on phones the headline keeps its status counts and the
// content follows it within a screen; zoomed to 200% the KPI names keep a
// readable width.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

const VIEWS = [
  ["", ".content .panel h2"],
  ["?view=kpis", "tr.kpi-row"],
  ["?view=project&project=drugs", "[data-testid=project-evaluation]"],
  ["?view=ministry&ministry=mext", "[data-testid=ministry-lead-kpis]"],
  ["?view=cases", "article.case"],
  ["?view=initiatives", "[data-testid=initiatives-contents]"],
];

for (const [width, height] of [[1366, 768], [1280, 800]]) {
  test(`every view's content starts above y = 600 at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const [query, first] of VIEWS) {
      await openApp(page, query);
      const heading = await page.locator(".content h2").first().boundingBox();
      expect(heading.y, `${query || "overview"}: heading`).toBeLessThan(600);
      const row = await page.locator(first).first().boundingBox();
      expect(row.y, `${query || "overview"}: ${first}`).toBeLessThan(600);
    }
  });
}

test("each status count in the headline is a filter, and shows when it is on", async ({ page }) => {
  await openApp(page);
  const atRisk = page.getByTestId("headline-verdict").locator('button[data-status="at_risk"]');
  await expect(atRisk).toHaveAttribute("aria-pressed", "false");
  await atRisk.click();
  await expect(page).toHaveURL(/status=at_risk/);
  await expect(atRisk).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("kpi-count")).toHaveText("2件のKPIを表示中");
  // The other counts still say what each would select.
  await expect(page.getByTestId("headline-verdict").locator('button[data-status="achieved"]')).toContainText("27");
  await atRisk.click();
  await expect(page.getByTestId("kpi-count")).toHaveText("45件のKPIを表示中");
});

test("the headline describes the single project a view shows", async ({ page }) => {
  await openApp(page, "?view=project&id=disease");
  await expect(page.getByTestId("kpi-count")).toHaveText("3件のKPIを表示中");
  await expect(page.getByTestId("selection-words")).toContainText("疾患基礎研究プロジェクト");
});

test("on a phone the headline keeps its status counts and the view follows within a screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=kpis");
  await expect(page.getByTestId("headline-verdict").locator("button.status-filter").first()).toBeVisible();
  const headline = await page.getByTestId("headline").boundingBox();
  const content = await page.locator(".content h2").first().boundingBox();
  expect(content.y - (headline.y + headline.height)).toBeLessThan(844);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("zoomed to 200% on a 1366 px screen, KPI names keep a readable width", async ({ page }) => {
  // 200% zoom of 1366×768 lays out like 683×384 CSS pixels.
  await page.setViewportSize({ width: 683, height: 384 });
  await openApp(page, "?view=kpis");
  const name = await page.locator("tr.kpi-row .kpi-name").first().boundingBox();
  // At least about ten 16 px characters a line (it was about five).
  expect(name.width).toBeGreaterThan(10 * 16);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
