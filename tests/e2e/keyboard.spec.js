// Keyboard only: the skip link goes to the view's own content, the first
// KPI is a few Tab presses away, and filter chips that would give nothing
// take no Tab stop until the reader asks for them.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("the skip link lands on the view's content, and the first KPI is at most 10 Tab presses in", async ({ page }) => {
  await openApp(page, "?view=kpis");
  let presses = 0;
  await page.keyboard.press("Tab");
  presses += 1;
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#content")).toBeFocused();
  while (presses < 10) {
    await page.keyboard.press("Tab");
    presses += 1;
    if (await page.evaluate(() => !!document.activeElement.closest("tr.kpi-row"))) break;
  }
  expect(await page.evaluate(() => !!document.activeElement.closest("tr.kpi-row")), `after ${presses} presses`).toBe(true);
  expect(presses).toBeLessThanOrEqual(10);
});

test("ministries with no KPI to give are folded out of the tab order until asked for", async ({ page }) => {
  await openApp(page);
  const ministries = page.locator('[data-filter="ministry"]');
  // 15 ministries are named in the report; 5 take part in a project with KPIs.
  await expect(ministries.locator(".chip:visible")).toHaveCount(5);
  const more = page.getByTestId("ministry-more");
  await expect(more).toHaveText("該当なしの10件も表示");
  await more.click();
  await expect(ministries.locator(".chip:visible")).toHaveCount(15);
  await more.click();
  await expect(ministries.locator(".chip:visible")).toHaveCount(5);
});
