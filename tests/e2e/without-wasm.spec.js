// Where the app cannot run: dist/index.html opened from disk, browsers
// without WebAssembly (or its features) and without JavaScript get a notice
// that says why and what to do.

const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { waitReady } = require("./helpers");

const DIST = path.join(__dirname, "../../dist");

const INDEX = pathToFileURL(path.join(DIST, "index.html")).href;

test("dist/index.html opened from disk says how to open it, in both languages, within two seconds", async ({ page }) => {
  await page.goto(INDEX);
  const notice = page.getByTestId("file-protocol");
  await expect(notice).toBeVisible({ timeout: 2_000 });
  await expect(notice).toContainText("ファイルから直接は開けません");
  await expect(notice).toContainText("This page cannot run from a file");
  await expect(notice.locator('a[href="shinchoku-standalone.html"]').first()).toBeVisible();
  await expect(notice).toContainText("web server");
  await expect(page.locator("#boot")).toHaveCount(0);
  // The link leads to the edition that works from disk.
  await notice.locator('a[href="shinchoku-standalone.html"]').first().click();
  await waitReady(page);
});
test("a browser without WebAssembly gets a readable notice, not the endless placeholder", async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto("");
  const notice = page.getByTestId("unsupported-browser");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("このブラウザでは Shinchoku を利用できません");
  await expect(notice).toContainText("Firefox 89");
  await expect(page.locator("#boot")).toHaveCount(0);
});
test("a browser without the WebAssembly features the build uses gets the same notice", async ({ page }) => {
  await page.addInitScript(() => { WebAssembly.validate = () => false; });
  await page.goto("");
  await expect(page.getByTestId("unsupported-browser")).toBeVisible();
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
