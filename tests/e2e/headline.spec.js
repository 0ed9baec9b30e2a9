// The headline band: the report's printed budgets and the ministry split.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("the budget line shows the report's printed totals and the ministry split", async ({ page }) => {
  await openApp(page);
  const budget = page.getByTestId("budget-summary");
  // 326 + 108 + 183 + 161 + 152 + 238 = 1,168億円 AMED, 44 + 18 = 62億円 in-house.
  await expect(budget.locator(".big")).toHaveText("1,230億円");
  await expect(budget).toContainText("予算（報告書の記載額：AMED 1,168億円＋インハウス 62億円）");
  await expect(budget).toContainText("府省に帰属できる額 506.4億円（厚 289.4億円・文 109億円・経 108億円）");
  await expect(budget).toContainText("帰属できない額 723.6億円");
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  // 総務省 takes part in devices (108) and genome (161 + 18).
  await expect(budget.locator(".big")).toHaveText("287億円");
  await expect(budget).toContainText("選択中の府省に帰属できる額：総務省 0億円");
  await openApp(page, "?lang=en");
  await expect(budget.locator(".big")).toHaveText("¥123bn");
  await expect(budget).toContainText("Budget as printed (AMED ¥116.8bn + in-house ¥6.2bn)");
  // The budget chart draws one bar per project, longest first, with the printed total.
  await openApp(page, "?view=budget");
  await expect(page.getByTestId("budget-chart").locator("canvas")).toHaveCount(1);
  await page.getByTestId("budget-chart").locator("summary").click();
  const rows = page.getByTestId("budget-chart").locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText("370億円");
});
