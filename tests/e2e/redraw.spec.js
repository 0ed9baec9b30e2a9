// What a filter change redraws: rows and cards already built are hidden
// and shown, not built again, and off-screen cards are not laid out (the
// timings themselves are measured by `make bench`, not asserted here).

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

const ministry = (page, id) => page.locator(`[data-filter="ministry"] input[value="${id}"]`);

test("a filter change hides and shows the KPI rows it already built", async ({ page }) => {
  await openApp(page, "?view=kpis");
  const shown = page.locator("tr[data-kpi-id]:not([hidden])");
  await expect(shown).toHaveCount(45);
  // Mark every row element; a row built again would lose the mark.
  await page.evaluate(() => document.querySelectorAll("tr[data-kpi-id]").forEach((r) => (r.__kept = true)));
  await ministry(page, "mic").check();
  await expect(shown).not.toHaveCount(45);
  const hiddenNow = await page.locator("tr[data-kpi-id][hidden]").count();
  expect(hiddenNow).toBeGreaterThan(0);
  // Hidden rows are out of the layout and of the accessibility tree.
  await expect(page.locator("tr[data-kpi-id][hidden]").first()).toBeHidden();
  await ministry(page, "mic").uncheck();
  await expect(shown).toHaveCount(45);
  const kept = await page.evaluate(() => [...document.querySelectorAll("tr[data-kpi-id]")].every((r) => r.__kept === true));
  expect(kept, "every row is the same element as before").toBe(true);
  // A project group heading shows while any of its KPIs does, and hides with the last.
  await page.locator('[data-filter="q"]').fill("臨床POCの取得件数");
  await expect(shown).not.toHaveCount(45);
  const groups = await page.evaluate(() => {
    const rows = [...document.querySelectorAll(".kpi-table tbody tr")];
    let group = null;
    const seen = [];
    const withShown = new Set();
    for (const r of rows) {
      if (r.classList.contains("group")) group = r;
      else if (r.matches("tr[data-kpi-id]:not([hidden])")) {
        seen.push(group.hidden);
        withShown.add(group);
      }
    }
    const shownGroups = rows.filter((r) => r.classList.contains("group") && !r.hidden).length;
    return { shownUnderHidden: seen.filter(Boolean).length, shownGroups, withShown: withShown.size };
  });
  expect(groups.shownUnderHidden, "no shown KPI under a hidden heading").toBe(0);
  expect(groups.shownGroups, "every shown heading has a shown KPI").toBe(groups.withShown);
  expect(groups.shownGroups).toBeGreaterThan(1);
});
test("off-screen project cards are not laid out until they come near, and print lays out every one", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "");
  const cards = page.locator(".cards > .card");
  await expect(cards).toHaveCount(6);
  // Whether a card's heading is rendered (false while its card's content is skipped).
  const rendered = () => page.evaluate(() => [...document.querySelectorAll(".cards > .card h3")].map((h) => h.checkVisibility({ contentVisibilityAuto: true })));
  const onScreen = await rendered();
  expect(onScreen[0], "the first card, on screen, is rendered").toBe(true);
  expect(onScreen[5], "the last card, far below, is skipped").toBe(false);
  await cards.last().scrollIntoViewIfNeeded();
  await expect.poll(async () => (await rendered())[5]).toBe(true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.emulateMedia({ media: "print" });
  await expect.poll(rendered).toEqual([true, true, true, true, true, true]);
  await expect.poll(() => page.evaluate(() => document.querySelector(".matrix-panel table").checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
});
