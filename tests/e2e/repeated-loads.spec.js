// Opening file after file keeps nothing of the files before: after 20
// loads, once garbage is collected, the page holds as many DOM nodes and
// event listeners as after the first. (Each viewer, built per dataset, used
// to leave its media-query listeners, and their closures, behind.) The test
// waits with locators only: an element handle (page.waitForSelector) would
// itself keep a removed view alive.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("twenty files opened one after another leave no nodes or listeners behind", async ({ page, request }) => {
  const text = await (await request.get("data/fy2022.json")).text();
  await openApp(page);
  const cdp = await page.context().newCDPSession(page);
  const counts = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const { nodes, jsEventListeners } = await cdp.send("Memory.getDOMCounters");
    return { nodes, listeners: jsEventListeners };
  };
  const open = async (n) => {
    await page.getByTestId("open-file").setInputFiles({ name: `file-${n}.json`, mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.locator("html")).toHaveAttribute("data-source", `file:file-${n}.json`);
    // The overview's charts are drawn again for each dataset.
    await expect(page.locator("[data-testid=achievement-chart] .chart canvas")).toHaveCount(1);
  };
  await open(1);
  const first = await counts();
  for (let n = 2; n <= 20; n++) await open(n);
  const last = await counts();
  expect(last.listeners, "event listeners after 20 loads").toBeLessThanOrEqual(first.listeners);
  expect(last.nodes, "DOM nodes after 20 loads").toBeLessThanOrEqual(first.nodes + 20);
});
