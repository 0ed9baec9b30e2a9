// Accessibility: keyboard only, and axe-core on every view in both themes.

const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { openApp } = require("./helpers");

test("keyboard only: filter, sort and expand", async ({ page }) => {
  await openApp(page, "?view=kpis");
  const box = page.locator('[data-filter="project"] input[value="drugs"]');
  await box.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/project=drugs/);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(8);
  await page.locator('button.sort[data-sort="achievement"]').focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('th:has(button[data-sort="achievement"])')).toHaveAttribute("aria-sort", "ascending");
  const expand = page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first();
  await expand.focus();
  await page.keyboard.press("Enter");
  await expect(expand).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("explanation").first()).toContainText("2024年度");
  const focusVisible = await expand.evaluate((el) => getComputedStyle(el).outlineStyle !== "none");
  expect(focusVisible).toBe(true);
});
for (const theme of ["light", "dark"]) {
  test(`axe-core finds no serious or critical violation on any view (${theme})`, async ({ page }) => {
    for (const view of ["overview", "kpis", "ministry", "initiatives", "method", "changes", "changes&compare=__test/fixtures/fy2023-synthetic.json"]) {
      await openApp(page, `?view=${view}&theme=${theme}`);
      if (view.includes("compare=")) await expect(page.getByTestId("compare-summary")).toBeVisible();
      if (view === "kpis") await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      const bad = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      expect(bad).toEqual([]);
    }
  });
}
