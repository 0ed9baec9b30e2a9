// The share panel: it lies over the page (the toolbar keeps its height),
// shows the whole link and offers the self-sizing embed, the compact tile
// and the fixed-height embed; for a local file it says that others cannot
// open it instead of offering a link to data they cannot load.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp, exportAction } = require("./helpers");
const { ORIGIN } = require("./ports.cjs");

const FY2022 = fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8");

for (const [width, height] of [[1366, 768], [390, 844]]) {
  test(`at ${width}×${height} the share panel opens over the page and shows the whole link`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openApp(page, "?view=kpis&ministry=mext&q=%E6%B2%BB%E9%A8%93");
    const toolbar = page.locator(".toolbar");
    const before = (await toolbar.boundingBox()).height;
    await (await exportAction(page, "share")).click();
    await expect(page.locator("#share-panel")).toBeVisible();
    expect((await toolbar.boundingBox()).height).toBe(before);
    const link = page.getByTestId("permalink");
    await expect(link).toHaveValue(new RegExp(`^${ORIGIN.replace(/[.?]/g, "\\$&")}some/sub/path/\\?view=kpis&ministry=mext&q=`));
    // All of it in view, nothing scrolled away inside the box.
    expect(await link.evaluate((t) => t.scrollHeight <= t.clientHeight + 1)).toBe(true);
    await expect(page.getByTestId("embed-tile-snippet")).toHaveValue(/embed=tile/);
    await expect(page.getByTestId("embed-snippet")).toHaveValue(/embed=1/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByTestId("share-close").click();
    await expect(page.locator("#share-panel")).toBeHidden();
  });
}

test("a view of a local file offers no link: the panel says others cannot open it", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await page.getByTestId("open-file").setInputFiles({ name: "mine.json", mimeType: "application/json", buffer: Buffer.from(FY2022) });
  await expect(page.getByTestId("source-banner")).toContainText("mine.json");
  await (await exportAction(page, "share")).click();
  await expect(page.getByTestId("share-unavailable")).toContainText("mine.json");
  await expect(page.getByTestId("permalink")).toHaveCount(0);
});
