// The pictures in docs/screenshots/: run by `make screenshots`, not by
// `make test` (so a test run leaves the docs alone).
const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { openApp } = require("./helpers");

const shots = (name) => path.join(__dirname, "../../docs/screenshots", name);

test.skip(!process.env.SHINCHOKU_SCREENSHOTS, "run by make screenshots");

const VIEWS = [
  ["overview", ""],
  ["kpis", "?view=kpis"],
  ["ministry", "?view=ministry&ministry=mic"],
  ["initiatives", "?view=initiatives"],
];

test("screenshots at 1366×768 and 390×844, Japanese and English, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  for (const [width, height, suffix] of [[1366, 768, ""], [390, 844, "-phone"]]) {
    await page.setViewportSize({ width, height });
    for (const [name, query] of VIEWS) {
      for (const [lang, langSuffix] of [["", ""], ["lang=en", "-en"]]) {
        const q = [query.replace(/^\?/, ""), lang].filter(Boolean).join("&");
        await openApp(page, q ? `?${q}` : "");
        if (name === "kpis") await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
        await expect(page.locator(".chart:not(:has(canvas))")).toHaveCount(0);
        await page.screenshot({ path: shots(`${name}${suffix}${langSuffix}.png`) });
      }
    }
    await openApp(page, "?theme=dark");
    await expect(page.locator(".chart:not(:has(canvas))")).toHaveCount(0);
    await page.screenshot({ path: shots(`overview${suffix}-dark.png`) });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, "?view=kpis&ministry=mic&phase=clinical");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: shots("print-kpis.pdf"), format: "A4", margin: { top: "14mm", bottom: "14mm", left: "14mm", right: "14mm" } });
});
