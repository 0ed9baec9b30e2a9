// The ministry profile (?view=ministry&ministry=…): which KPIs, programs
// and initiatives it lists, with the figures worked out from data/fy2022.json.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp, withProjectCopies } = require("./helpers");

const FY2022 = fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8");

const ids = (locator, key) => locator.evaluateAll((els, key) => els.map((e) => e.dataset[key]), key);

test("the ministry profile lists the KPIs of the projects it leads and joins, apart", async ({ page }) => {
  await openApp(page, "?view=ministry&ministry=mic");
  await expect(page.getByTestId("kpi-per-project-note")).toContainText("プロジェクトごと");
  // 総務省 leads no project and takes part in devices and genome.
  await expect(page.getByTestId("ministry-lead-kpis").locator("li[data-kpi-id]")).toHaveCount(0);
  const joined = page.getByTestId("ministry-joined-kpis");
  await expect(joined.locator("h4[data-project-id]")).toHaveCount(2);
  const n = await joined.locator("li[data-kpi-id]").count();
  expect(n).toBe(7 + 11);
  // Its two programs print no amount of their own: one line names them.
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(0);
  await expect(page.getByTestId("ministry-programs-without-amount")).toContainText("（2）");
});
test("the ministry profile draws at most 60 programs and says how many there are", async ({ page }) => {
  const data = JSON.parse(FY2022);
  const drugs = data.projects[0];
  const model = drugs.programs.find((g) => g.ministry === "mhlw" && g.budget !== null);
  for (let i = 0; i < 80; i++) drugs.programs.push({ ...model, id: `${model.id}-copy-${i}` });
  await openApp(page, "?view=ministry&ministry=mhlw");
  await page.getByTestId("open-file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toContainText("many.json");
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(60);
  // FY2022 has 17 MHLW programs with an amount of their own; with the 80 copies, 97.
  await expect(page.getByTestId("not-drawn")).toHaveText("先頭の60件のみ表示（全97件）");
});
test("文部科学省: the KPIs of the three projects it leads and the three it joins, its programs and budget", async ({ page }) => {
  await openApp(page, "?view=ministry&ministry=mext");
  await expect(page.getByTestId("ministry-select")).toHaveValue("mext");
  // MEXT leads projects 3, 5 and 6 (◎) and takes part in 1, 2 and 4.
  const lead = page.getByTestId("ministry-lead-kpis");
  const joined = page.getByTestId("ministry-joined-kpis");
  expect(await ids(lead.locator("h4[data-project-id]"), "projectId")).toEqual(["regenerative", "disease", "seeds"]);
  expect(await ids(joined.locator("h4[data-project-id]"), "projectId")).toEqual(["drugs", "devices", "genome"]);
  // 11 + 3 + 5 KPIs led, 8 + 7 + 11 joined; the counts are in the headings.
  await expect(lead.locator("li[data-kpi-id]")).toHaveCount(19);
  await expect(joined.locator("li[data-kpi-id]")).toHaveCount(26);
  await expect(lead.locator("h3")).toHaveText("主担当（◎）のプロジェクトのKPI（19）");
  await expect(joined.locator("h3")).toHaveText("参画するプロジェクトのKPI（26）");
  // Project 5's three KPIs, in the report's order, with their status and achievement.
  const disease = lead.locator('h4[data-project-id="disease"] + ul li');
  expect(await ids(disease, "kpiId")).toEqual(["disease-papers-high-if", "disease-papers-other", "disease-seed-transfer"]);
  expect(await ids(disease, "status")).toEqual(["achieved", "no_target", "achieved"]);
  await expect(disease.nth(0)).toContainText("464%"); // 1,856 of 400
  await expect(disease.nth(2)).toContainText("100%"); // 10 of 10
  // Its three programs with an amount of their own, in project order; the
  // eleven without one named in a line.
  expect(await ids(page.getByTestId("ministry-programs").locator("tr[data-program-id]"), "programId")).toEqual([
    "drugs-advanced-biopharma",
    "drugs-binds",
    "devices-research-results-deployment",
  ]);
  const binds = page.locator('tr[data-program-id="drugs-binds"]');
  await expect(binds.locator("td")).toHaveText(["1", "37億円"]);
  const without = page.getByTestId("ministry-programs-without-amount");
  await expect(without).toContainText("額の記載がない事業（11）");
  await expect(without).toContainText("次世代がん医療加速化研究事業");
  // Own amounts 15 + 37 + 11 = 63億円 for 3 programs, 11 without; 109億円
  // attributable in all (the 46億円 B-cure pool counts for MEXT).
  const budget = page.getByTestId("ministry-budget");
  await expect(budget).toContainText("この府省に帰属できる予算 109億円（事業ごとの記載額 63億円：3事業");
  await expect(budget).toContainText("額の記載がない事業 11件");
  // 31 of the initiatives name MEXT.
  await expect(page.locator(".ministry-view [data-initiative-id]")).toHaveCount(31);
});
test("other filters narrow the KPIs; the programs, budget and initiatives stay the ministry's, and the view says so", async ({ page }) => {
  await openApp(page, "?view=ministry&ministry=mext");
  await expect(page.getByTestId("ministry-unfiltered")).toHaveCount(0);
  const kpis = page.locator(".ministry-view li[data-kpi-id]");
  await expect(kpis).toHaveCount(45);
  // Each KPI's computed status has the report's grade beside it.
  expect(await ids(kpis, "grade")).toEqual(expect.arrayContaining(["A", "B"]));
  await expect(kpis.first().locator(".grade")).toHaveAttribute("title", /^報告書の評価 [AB]「/);
  await openApp(page, "?view=ministry&ministry=mext&grade=B");
  // Three KPIs are graded B; the programs and 31 initiatives stay.
  await expect(kpis).toHaveCount(3);
  expect(await ids(kpis, "grade")).toEqual(["B", "B", "B"]);
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(3);
  await expect(page.getByTestId("ministry-programs-without-amount")).toContainText("（11）");
  await expect(page.locator(".ministry-view [data-initiative-id]")).toHaveCount(31);
  await expect(page.getByTestId("ministry-budget")).toContainText("109億円");
  await expect(page.getByTestId("ministry-unfiltered")).toContainText("ほかの絞り込み");
});
test("経済産業省 in English: the one project it leads, four it joins", async ({ page }) => {
  await openApp(page, "?view=ministry&ministry=meti&lang=en");
  const lead = page.getByTestId("ministry-lead-kpis");
  const joined = page.getByTestId("ministry-joined-kpis");
  expect(await ids(lead.locator("h4[data-project-id]"), "projectId")).toEqual(["devices"]);
  expect(await ids(joined.locator("h4[data-project-id]"), "projectId")).toEqual(["drugs", "regenerative", "genome", "seeds"]);
  await expect(lead.locator("h3")).toHaveText("KPIs of the projects it leads (◎) (7)");
  await expect(joined.locator("h3")).toHaveText("KPIs of the projects it takes part in (35)");
  // Project 2's at-risk and off-track KPIs are the led ones.
  const devices = lead.locator("li[data-kpi-id]");
  expect(await ids(devices, "status")).toEqual(["achieved", "achieved", "at_risk", "on_track", "off_track", "on_track", "no_target"]);
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(3);
  await expect(page.getByTestId("ministry-programs-without-amount")).toContainText("(7)");
  // Own amounts 58 + 42 + 8 = 108億円 (¥10.8bn) for 3 programs; of the other
  // seven, the two printed as 再掲 (listed again) are in neither count.
  await expect(page.getByTestId("ministry-budget")).toContainText("programs' own amounts ¥10.8bn: 3 programs");
  await expect(page.getByTestId("ministry-budget")).toContainText("5 programs without an amount of their own");
  await expect(page.locator(".ministry-view [data-initiative-id]")).toHaveCount(24);
});
test("choosing another ministry in the view sets the ministry filter", async ({ page }) => {
  await openApp(page, "?view=ministry&ministry=mext");
  await page.getByTestId("ministry-select").selectOption("mic");
  await expect(page).toHaveURL(/view=ministry&ministry=mic$/);
  // 総務省 leads nothing and joins projects 2 and 4 (7 + 11 KPIs), two programs.
  await expect(page.getByTestId("ministry-lead-kpis").locator("li[data-kpi-id]")).toHaveCount(0);
  await expect(page.getByTestId("ministry-joined-kpis").locator("li[data-kpi-id]")).toHaveCount(18);
  await expect(page.getByTestId("ministry-programs").locator("tr[data-program-id]")).toHaveCount(0);
  await expect(page.getByTestId("ministry-programs-without-amount")).toContainText("（2）");
});
test("with many projects the KPI lists stop at 60 and say how many there are", async ({ page }) => {
  // The FY2022 projects five times over (ids suffixed -c1 … -c4).
  const real = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8"));
  const data = withProjectCopies(real, 5);
  await openApp(page, "?view=ministry&ministry=mext");
  await page.getByTestId("open-file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toContainText("many.json");
  // Led: 19 KPIs a copy, 95 in all; three copies (57) and 3 of the fourth's first project are drawn.
  const lead = page.getByTestId("ministry-lead-kpis");
  await expect(lead.locator("h3")).toHaveText("主担当（◎）のプロジェクトのKPI（95）");
  await expect(lead.locator("li[data-kpi-id]")).toHaveCount(60);
  await expect(lead.locator("h4[data-project-id]")).toHaveCount(10);
  await expect(lead.locator("h4[data-project-id]").last()).toHaveAttribute("data-project-id", "regenerative-c3");
  await expect(lead.getByTestId("kpis-not-drawn")).toHaveText("先頭の60件のみ表示（全95件。残りはKPI一覧で表示できます）");
  // Joined: 26 a copy, 130 in all.
  const joined = page.getByTestId("ministry-joined-kpis");
  await expect(joined.locator("li[data-kpi-id]")).toHaveCount(60);
  await expect(joined.getByTestId("kpis-not-drawn")).toHaveText("先頭の60件のみ表示（全130件。残りはKPI一覧で表示できます）");
});
