// The headline band: the report's printed budgets and the ministry split.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("the budget line shows the report's printed totals and the ministry split", async ({ page }) => {
  await openApp(page);
  const budget = page.getByTestId("budget-summary");
  // 326 + 108 + 183 + 161 + 152 + 238 = 1,168億円 AMED, 44 + 18 = 62億円 in-house.
  await expect(budget.locator(".big")).toHaveText("1,230億円");
  // Our sum of the amounts printed per project, said to be one.
  await expect(budget).toContainText("予算（報告書のプロジェクト別記載額の合計：AMED 1,168億円＋インハウス 62億円）");
  await expect(budget).toContainText("府省に帰属できる額 506.4億円（厚 289.4億円・文 109億円・経 108億円）");
  await expect(budget).toContainText("帰属できない額 723.6億円");
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  // With a ministry chosen, the big figure is what it can be given; 総務省
  // takes part in devices (108) and genome (161 + 18) and is given nothing.
  await expect(budget.locator(".big")).toHaveText("0億円");
  await expect(budget).toContainText("総務省に帰属できる予算");
  await expect(budget).toContainText("該当するプロジェクトの記載額の合計 287億円");
  // 経済産業省: 108 of the 1,078 printed for the five projects it takes part in.
  await page.locator('[data-filter="ministry"] input[value="mic"]').uncheck();
  await page.locator('[data-filter="ministry"] input[value="meti"]').check();
  await expect(budget.locator(".big")).toHaveText("108億円");
  await expect(budget).toContainText("経済産業省に帰属できる予算");
  await expect(budget).toContainText("該当するプロジェクトの記載額の合計 1,078億円（AMED 1,016億円＋インハウス 62億円）のうち");
  await openApp(page, "?lang=en");
  await expect(budget.locator(".big")).toHaveText("¥123bn");
  await expect(budget).toContainText("Budget (the sum of the report's printed project amounts: AMED ¥116.8bn + in-house ¥6.2bn)");
  // The budget chart draws one bar per project, longest first, with the printed total.
  await openApp(page, "?view=budget");
  await expect(page.getByTestId("budget-chart").locator("canvas")).toHaveCount(1);
  await page.getByTestId("budget-chart").locator("summary").click();
  const rows = page.getByTestId("budget-chart").locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText("370億円");
});
