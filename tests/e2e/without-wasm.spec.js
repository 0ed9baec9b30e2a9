// Where the app cannot run: dist/index.html opened from disk, browsers
// without WebAssembly (or its features) and without JavaScript get a notice
// that says why and what to do.

const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { waitReady } = require("./helpers");

const DIST = path.join(__dirname, "../../dist");

const INDEX = pathToFileURL(path.join(DIST, "index.html")).href;

test("dist/index.html opened from disk says how to open it, in both languages, within two seconds, above the report", async ({ page }) => {
  await page.goto(INDEX);
  const notice = page.getByTestId("file-protocol");
  await expect(notice).toBeVisible({ timeout: 2_000 });
  await expect(notice).toContainText("ファイルから直接は開けません");
  await expect(notice).toContainText("This page cannot run from a file");
  await expect(notice.locator('a[href="shinchoku-standalone.html"]').first()).toBeVisible();
  await expect(notice).toContainText("web server");
  await expect(page.locator("#boot")).toHaveCount(0);
  // The prerendered report stays readable below it.
  await expect(page.getByTestId("headline-verdict")).toBeVisible();
  // The link leads to the edition that works from disk.
  await notice.locator('a[href="shinchoku-standalone.html"]').first().click();
  await waitReady(page);
});
// A page that is not prerendered (as `trunk serve` serves it): the notice
// takes the placeholder's place. (Prerendered pages: prerender.spec.js.)
async function withoutPrerender(page) {
  await page.route(/\/some\/sub\/path\/(\?.*)?$/, async (route) => {
    const html = (await (await route.fetch()).text()).replace(/<div id="prerendered">[\s\S]*?<\/div>\s*(<div id="boot"[^>]*?) hidden>/, "$1>");
    await route.fulfill({ body: html, contentType: "text/html; charset=utf-8" });
  });
}

test("a browser without WebAssembly gets a readable notice, not the endless placeholder", async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await withoutPrerender(page);
  await page.goto("");
  const notice = page.getByTestId("unsupported-browser");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("このブラウザでは Shinchoku を利用できません");
  await expect(notice).toContainText("Firefox 89");
  await expect(page.locator("#boot")).toHaveCount(0);
});
test("a browser without the WebAssembly features the build uses gets the same notice", async ({ page }) => {
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await withoutPrerender(page);
  await page.goto("");
  await expect(page.getByTestId("unsupported-browser")).toBeVisible();
});
test("a prerendered page without the WebAssembly features is the report, with the notice above it", async ({ page }) => {
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto("");
  await expect(page.getByTestId("report-only")).toBeVisible();
  await expect(page.getByTestId("headline-verdict")).toBeVisible();
});
test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the page says so in both languages and hides the placeholder", async ({ page }) => {
    await page.goto("");
    const notice = page.getByTestId("no-javascript");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("JavaScript が無効です");
    await expect(notice).toContainText("Turn JavaScript on");
    await expect(page.locator("#boot")).toBeHidden();
  });
});
