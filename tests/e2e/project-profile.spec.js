// The project profile (?view=project&project=<id>): the report's own
// evaluation labelled as its words, our notes and readings labelled as
// ours beside the figures they explain, the programs and printed amounts,
// the ministries' main actions and the case studies; in both languages and
// on a phone.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("医療機器・ヘルスケア: the report's evaluation, our note on its two versions, and the programs with our readings", async ({ page }) => {
  await openApp(page, "?view=project&project=devices");
  const profile = page.getByTestId("project-profile");
  await expect(profile.locator("article.profile")).toHaveAttribute("data-project-id", "devices");
  const evaluation = page.getByTestId("project-evaluation");
  await expect(evaluation.locator("h4")).toHaveText("報告書の評価（報告書の記載）");
  await expect(evaluation.locator("blockquote[lang=ja] p")).toHaveCount(2);
  await expect(evaluation.locator("blockquote p").first()).toContainText("医療機器の開発・実⽤化は着実に進捗している");
  // Our note on the two versions is labelled as ours, apart from the quote.
  await expect(evaluation.getByTestId("our-note")).toContainText("本ビューアの注記");
  await expect(evaluation.getByTestId("our-note")).toContainText("2つの版");
  // Every amount printed for no single program, with our reading where we read it.
  const lines = page.getByTestId("budget-lines").locator("li");
  await expect(lines).toHaveCount(9);
  await expect(lines.filter({ hasText: "再掲分として合計に含めない" })).toHaveCount(2);
  const readings = page.getByTestId("budget-lines").getByTestId("our-reading");
  await expect(readings).toHaveCount(9);
  await expect(readings.first()).toContainText("本ビューアの判断");
  // A program's printed amount as printed, its ministry and where that comes from.
  const program = page.locator('[data-program-id="devices-advanced-rd"]');
  await expect(program).toContainText("予算額42億円");
  await expect(program).toContainText("AMEDの事業一覧（報告書外）");
  await expect(program).toContainText("フェーズ（本ビューアによる分類）");
  // The KPIs of the project only, and its four case studies linked.
  await expect(page.locator("tr.kpi-row:not([hidden])")).toHaveCount(7);
  await expect(page.getByTestId("project-cases").locator("a")).toHaveCount(4);
  await page.getByTestId("project-actions").locator("summary").click();
  await expect(page.getByTestId("project-actions").locator("li[lang=ja]").first()).toBeVisible();
});

test("the genome overview's printed note and the national centres' ministry basis", async ({ page }) => {
  await openApp(page, "?view=project&project=genome");
  await expect(page.getByTestId("project-programs")).toContainText("※上記に加えて、一部AMED運営費交付金にて措置");
  const ncbn = page.locator('[data-program-id="genome-ncbn"]');
  await expect(ncbn).toContainText("実施機関の所管府省（報告書外）");
  await expect(ncbn.getByTestId("our-note")).toContainText("NCBNはAMEDの事業ではなく");
});

test("choosing another project in the profile sets the project filter, and the card links to its profile", async ({ page }) => {
  await openApp(page);
  await page.locator('.card[data-project-id="seeds"]').getByTestId("project-profile-link").click();
  await expect(page).toHaveURL(/view=project/);
  await expect(page).toHaveURL(/project=seeds/);
  await expect(page.getByTestId("project-profile").locator("article")).toHaveAttribute("data-project-id", "seeds");
  await page.getByTestId("project-select").selectOption("disease");
  await expect(page).toHaveURL(/project=disease/);
  await expect(page.getByTestId("project-profile").locator("article")).toHaveAttribute("data-project-id", "disease");
});

test("in English: our English where we have it, the report's Japanese marked and labelled, our readings named as ours", async ({ page }) => {
  await openApp(page, "?view=project&project=devices&lang=en");
  await expect(page.getByTestId("project-evaluation").locator("h4")).toContainText("The report's evaluation (its own words)");
  await expect(page.getByTestId("project-evaluation").locator(".ja-only")).toHaveText("Japanese only");
  await expect(page.getByTestId("budget-lines").getByTestId("our-reading").first()).toContainText("Our reading");
  await expect(page.locator("article.profile h3")).toHaveText("2. Medical Devices and Healthcare Project");
  await expect(page.locator('[data-program-id="devices-advanced-rd"]')).toContainText("¥4.2bn");
});

test("on a phone the profile reads without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=project&project=devices");
  await expect(page.getByTestId("project-evaluation")).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await noSidewaysScroll(page)).toBe(true);
});
