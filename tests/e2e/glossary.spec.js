// The report's terms explained where they appear (a tap opens a short
// explanation that says whose words it is) and listed on the methodology
// page, the report's own definitions first.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("a term in a KPI's detail opens its explanation, marked as ours", async ({ page }) => {
  await openApp(page, "?view=kpi&id=drugs-nonclinical-poc");
  const poc = page.locator('tr.kpi-detail button.term[data-term="term-poc"]');
  await poc.click();
  const pop = page.locator(".term-pop:popover-open");
  await expect(pop).toContainText("概念実証");
  await expect(pop).toContainText("本ビューアによる説明");
  await page.keyboard.press("Escape");
  await expect(page.locator(".term-pop:popover-open")).toHaveCount(0);
});

test("the methodology page lists the terms, the report's own definitions first", async ({ page }) => {
  await openApp(page, "?view=method");
  const terms = page.getByTestId("glossary").locator("dt");
  await expect(terms.first()).toHaveText("最新の数値");
  await expect(page.getByTestId("glossary").locator("dd").first()).toContainText("報告書の定義");
  await expect(page.getByTestId("glossary").locator("dd").first()).toContainText("計画開始から令和４年度末までの通算の数値");
  await openApp(page, "?view=method&lang=en");
  await expect(page.getByTestId("glossary").locator("dt").first()).toHaveText("Latest figure");
  await expect(page.getByTestId("glossary").locator("dd").first().locator("span[lang=ja]")).toContainText("令和４年度");
  await expect(page.getByTestId("glossary")).toContainText("Proof of concept");
});
