// The その他 initiatives: the first screen shows a contents list by
// section, not a wall of text; each initiative is folded, opens on demand
// and by its address; entries with the same heading are told apart.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

test("the contents come first; an entry opens its initiative and puts it in the address", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, "?view=initiatives");
  const contents = page.getByTestId("initiatives-contents");
  await expect(contents.locator(".contents-section h3")).toHaveText([
    /^3\.1 /, /^3\.2 /, /^3\.3 /, /^3\.4 /, /^3\.5 /,
  ]);
  const top = await contents.evaluate((e) => e.getBoundingClientRect().top);
  expect(top).toBeLessThan(768);
  // Folded: the texts are in the page but not shown.
  const item = page.locator('details.initiative[data-initiative-id="s3-1-inhouse-rd"]');
  await expect(item).not.toHaveAttribute("open", "");
  await contents.locator('li[data-initiative-id="s3-1-inhouse-rd"] a').click();
  await expect(page).toHaveURL(/view=initiatives&id=s3-1-inhouse-rd/);
  await expect(item).toHaveAttribute("open", "");
  await expect(item.locator(".results li").first()).toBeVisible();
});

test("an initiative's address opens it", async ({ page }) => {
  await openApp(page, "?view=initiatives&id=s3-3-human-resources-3");
  const item = page.locator('details.initiative[data-initiative-id="s3-3-human-resources-3"]');
  await expect(item).toHaveAttribute("open", "");
  await expect(item).toBeInViewport();
});

test("initiatives with the same heading are told apart by their first words, here and in the ministry profile", async ({ page }) => {
  await openApp(page, "?view=initiatives");
  const same = page.getByTestId("initiatives-contents").locator("li").filter({ hasText: "研究基盤の整備" });
  await expect(same).toHaveCount(9);
  const words = await same.locator(".first-words").allTextContents();
  expect(new Set(words).size).toBe(9);
  await openApp(page, "?view=ministry&ministry=mext");
  const listed = page.locator(".initiative-list li").filter({ hasText: "研究基盤の整備" });
  expect(new Set(await listed.locator(".first-words").allTextContents()).size).toBe(await listed.count());
});

test("in English on a phone: headings ours, texts Japanese and labelled, nothing sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=initiatives&lang=en&id=s3-1-inhouse-rd");
  const item = page.locator('details.initiative[data-initiative-id="s3-1-inhouse-rd"]');
  await expect(item.locator(".ja-only").first()).toHaveText("Japanese only");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
