// Typing Japanese through an input method: while the text is being composed
// (kana not yet converted) the search box neither filters nor writes the
// URL; the committed text does, once.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

async function recordHistoryWrites(page) {
  await page.addInitScript(() => {
    window.__writes = [];
    for (const name of ["pushState", "replaceState"]) {
      const original = history[name].bind(history);
      history[name] = (state, title, url) => {
        window.__writes.push(String(url));
        return original(state, title, url);
      };
    }
  });
}

const writes = (page) => page.evaluate(() => window.__writes.slice());

const kpiRows = (page) => page.locator("tr[data-kpi-id]:not([hidden])");

test("composing with an IME does not filter or write the URL until the text is committed", async ({ page }) => {
  await recordHistoryWrites(page);
  await openApp(page, "?view=kpis");
  await expect(kpiRows(page)).toHaveCount(45);
  const box = page.locator('[data-filter="q"]');
  await box.focus();
  const before = await writes(page);
  const cdp = await page.context().newCDPSession(page);

  // Composing ち → ちけ → ちけん (治験 before conversion): the box shows the
  // composition; each CDP call returns after the page has handled its events.
  for (const text of ["ち", "ちけ", "ちけん"]) {
    await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
    await expect(box).toHaveValue(text);
  }
  expect(await writes(page)).toEqual(before);
  expect(await page.evaluate(() => location.search)).toBe("?view=kpis");
  await expect(kpiRows(page)).toHaveCount(45);

  // Converted and committed: one write, and the table filters.
  await cdp.send("Input.insertText", { text: "治験" });
  await expect(box).toHaveValue("治験");
  await expect(page).toHaveURL(/\?view=kpis&q=%E6%B2%BB%E9%A8%93$/);
  const after = (await writes(page)).slice(before.length);
  expect(after).toEqual([expect.stringMatching(/\?view=kpis&q=%E6%B2%BB%E9%A8%93$/)]);
  const names = await page.locator("tr[data-kpi-id]:not([hidden]) th.name .kpi-name").allTextContents();
  expect(names).toContain("研究成果を活用した臨床試験・治験への移行状況");
  expect(names).not.toContain("非臨床POCの取得件数");
});
test("plain typing (no IME) still filters on every input", async ({ page }) => {
  await recordHistoryWrites(page);
  await openApp(page, "?view=kpis");
  const box = page.locator('[data-filter="q"]');
  await box.focus();
  const before = (await writes(page)).length;
  await page.keyboard.type("POC");
  await expect(page).toHaveURL(/\?view=kpis&q=POC$/);
  const after = (await writes(page)).slice(before);
  expect(after.map((u) => u.replace(/.*\?/, "?"))).toEqual(["?view=kpis&q=P", "?view=kpis&q=PO", "?view=kpis&q=POC"]);
});
