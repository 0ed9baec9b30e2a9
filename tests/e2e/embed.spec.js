// Embedding: in a host page on another origin, with no chrome, a height
// that follows the content both ways, a single KPI, and the selection said;
// under docs/deploy.md's frame-ancestors, only the pages it lists can frame
// the viewer (and so hear its height).

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");
const { ORIGIN, CSP_ORIGIN, HOST_ORIGIN } = require("./ports.cjs");

test("an embedded view says what it is filtered to", async ({ page }) => {
  await openApp(page, "?embed=1&view=kpis&ministry=mic");
  await expect(page.getByTestId("selection-words")).toContainText("府省: 総務省");
});
for (const [host, served] of [
  ["host.html", "served without a policy"],
  ["host-csp.html", "whose frame-ancestors lists the host"],
]) test(`embedded in a host page on another origin (${served}): no chrome, height follows content both ways`, async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}${host}?view=kpis`);
  const frame = page.frameLocator("#viewer");
  await expect(frame.locator("html")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(frame.locator(".site-footer")).toHaveCount(0);
  await expect(frame.getByTestId("open-full")).toBeVisible();
  const height = () => page.locator("#viewer").evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(height).toBeGreaterThan(1000);
  const tall = await height();
  await frame.locator("details.embed-filters summary").click();
  await frame.locator('[data-filter="project"] input[value="disease"]').check();
  await expect(frame.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(3);
  await expect.poll(height).toBeLessThan(tall - 300);
  const short = await height();
  await frame.locator('[data-filter="project"] input[value="disease"]').uncheck();
  await expect.poll(height).toBeGreaterThan(short + 300);
  const contentHeight = await frame.locator("#app").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs((await height()) - contentHeight)).toBeLessThanOrEqual(2);
});
test("embed with view=kpi&id shows that one KPI, expanded", async ({ page }) => {
  await openApp(page, "?embed=1&view=kpi&id=devices-class34-approvals");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(1);
  await expect(page.getByTestId("explanation")).toBeVisible();
});

test("the compact tile (embed=tile): the verdict and its statuses, at most 400 px tall, linking to the full view", async ({ page }) => {
  await openApp(page, "?embed=tile&ministry=mic");
  const tile = page.getByTestId("embed-tile");
  await expect(tile.getByTestId("headline-verdict")).toContainText("/");
  await expect(tile.getByTestId("selection-words")).toContainText("総務省");
  const height = await page.evaluate(() => document.getElementById("app").getBoundingClientRect().height);
  expect(height).toBeLessThanOrEqual(400);
  await expect(tile.getByTestId("open-full")).toHaveAttribute("href", /ministry=mic/);
  await expect(tile.getByTestId("open-full")).not.toHaveAttribute("href", /embed/);
});
test("a page on an origin that frame-ancestors does not list cannot frame the viewer, nor hear its height", async ({ page }) => {
  // Any page of another origin: the plain server's health check.
  await page.goto(`${ORIGIN}health`);
  const refused = page.waitForEvent("console", (m) => m.text().includes("frame-ancestors"));
  await page.evaluate((src) => {
    window.heights = [];
    addEventListener("message", (e) => window.heights.push(e.data));
    const frame = document.createElement("iframe");
    frame.src = src;
    document.body.append(frame);
  }, `${CSP_ORIGIN}some/sub/path/?embed=1&q=iPS`);
  await refused;
  expect(await page.evaluate(() => window.heights)).toEqual([]);
});
