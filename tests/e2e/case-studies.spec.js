// The report's case studies (研究開発成果事例): browsable across projects,
// following the project filter, each addressable by its id and citable.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("every case study of the report, in its own words, following the project filter", async ({ page }) => {
  await openApp(page, "?view=cases");
  const cases = page.getByTestId("cases").locator("article.case");
  await expect(cases).toHaveCount(22);
  await expect(cases.first()).toHaveAttribute("data-case-id", "drugs-case-1");
  await expect(cases.first().locator(".case-text")).toHaveAttribute("lang", "ja");
  await page.locator('[data-filter="project"] input[value="seeds"]').check();
  await expect(cases).toHaveCount(3);
  // The three result bullets of the first seeds case (seed 2160–2167).
  await expect(cases.first().locator(".case-text p")).toHaveCount(4);
});

test("one case study by its id, with a way back to all", async ({ page }) => {
  await openApp(page, "?view=cases&id=genome-case-2");
  const cases = page.getByTestId("cases").locator("article.case");
  await expect(cases).toHaveCount(1);
  await expect(cases.first()).toContainText("スマートフォンアプリ");
  await page.getByRole("link", { name: "← すべての事例" }).click();
  await expect(cases).toHaveCount(22);
});

test("in English: our English titles, the text marked Japanese and labelled", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=cases&lang=en");
  const first = page.getByTestId("cases").locator("article.case").first();
  await expect(first.locator("h3")).toContainText("(1) R&D on the creation of new modalities");
  await expect(first.locator(".ja-only")).toHaveText("Japanese only");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
