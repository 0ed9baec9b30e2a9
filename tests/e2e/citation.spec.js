// Citing: a KPI, a project's evaluation, a case study and an initiative
// each copy a citation in the reader's language: the report, where the
// item sits, the figure as printed, the day viewed and a link to exactly it.

const { test, expect } = require("@playwright/test");
const { openApp } = require("./helpers");

async function citationOf(page, scope) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await scope.getByTestId("copy-citation").first().click();
  await expect(scope.locator(".cite .copy-status").first()).toHaveText(/コピーしました|Copied/);
  return page.evaluate(() => navigator.clipboard.readText());
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

test("a KPI is cited with its printed figures and a link that opens it", async ({ page }) => {
  await openApp(page, "?view=kpi&id=devices-class34-approvals");
  const text = await citationOf(page, page.locator("tr.kpi-detail"));
  expect(text).toMatch(/^『医療分野研究開発推進計画（第2期）の進捗状況（令和4年度）』 2\. 医療機器・ヘルスケアプロジェクト ＞ KPI ＞ /);
  expect(text).toContain("（報告書の記載: 最新の数値 ");
  const [y, m, d] = today().split("-").map(Number);
  expect(text).toContain(`（${y}年${m}月${d}日閲覧）`);
  const link = text.match(/(http\S+?)（/)[1];
  await page.goto(link);
  await expect(page.locator("tr.kpi-row:not([hidden])")).toHaveCount(1);
  await expect(page.locator("tr.kpi-row")).toHaveAttribute("data-kpi-id", "devices-class34-approvals");
});

test("a project's evaluation, a case study and an initiative, in English", async ({ page }) => {
  await openApp(page, "?view=project&project=seeds&lang=en");
  let text = await citationOf(page, page.getByTestId("project-evaluation"));
  expect(text).toMatch(/^Progress of the Medical R&D Promotion Plan \(2nd period\), FY2022 \(Japanese PDF\), 6\. .* > Evaluation\. http\S+view=project&project=seeds&lang=en \(viewed \d{4}-\d\d-\d\d\)\.$/);
  await openApp(page, "?view=cases&id=seeds-case-2&lang=en");
  text = await citationOf(page, page.getByTestId("cases"));
  expect(text).toContain(" > Case studies > ");
  expect(text).toContain("view=cases&id=seeds-case-2&lang=en");
  await openApp(page, "?view=initiatives&id=s3-1-inhouse-rd&lang=en");
  text = await citationOf(page, page.locator('details[data-initiative-id="s3-1-inhouse-rd"]'));
  expect(text).toContain("Other initiatives > 3.1 ");
  expect(text).toContain("view=initiatives&id=s3-1-inhouse-rd&lang=en");
});

test("on a phone the cite button and its status fit", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "?view=cases&id=drugs-case-1");
  await citationOf(page, page.getByTestId("cases"));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
