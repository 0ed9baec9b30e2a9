// What changed (?view=changes): the year in review from the bundled report
// alone, and two reports side by side (?compare= with the synthetic next
// year's report from tests/fixtures/, served on this origin by the test
// server; a file from the data menu), in both languages; the report with
// itself shows no changes; bad ?compare= values, other plans and other
// periods are refused with a message; the CSV; print.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp, watch, expectClean } = require("./helpers");
const { ORIGIN, CSP_ORIGIN } = require("./ports.cjs");

const FIXTURE = "__test/fixtures/fy2023-synthetic.json";
const COMPARE = `?view=changes&compare=${encodeURIComponent(FIXTURE)}`;

/** The items of one group of the year in review. */
const review = (page, kind) => page.locator(`[data-testid=year-review] [data-review=${kind}] li.change`);
/** The items of one section of the comparison. */
const section = (page, kind) => page.locator(`[data-testid=comparison] [data-section=${kind}] li.change`);

async function openComparison(page, query = COMPARE) {
  const seen = await openApp(page, query);
  await expect(page.getByTestId("compare-summary")).toBeVisible({ timeout: 30_000 });
  return seen;
}

test("the year in review from the bundled report, in Japanese", async ({ page }) => {
  const seen = await openApp(page, "?view=changes");
  const root = page.getByTestId("changes");
  await expect(root.locator("h2")).toHaveText("変化");
  await expect(page.locator('a[data-view="changes"]')).toHaveAttribute("aria-current", "page");
  // Nothing compared yet: how to compare, and no comparison headline.
  await expect(page.getByTestId("compare-how")).toContainText("?compare=");
  await expect(page.getByTestId("compare-summary")).toHaveCount(0);
  await expect(page.getByTestId("year-review").locator("h3")).toHaveText("2022年度の動き（この報告書から）");
  // The lists worked out by hand (tests/year_review.rs says how).
  const ids = (kind) => review(page, kind).evaluateAll((items) => items.map((i) => i.dataset.kpiId));
  expect(await ids("reached")).toEqual([
    "regenerative-papers-high-if", "regenerative-trial-transition", "regenerative-seed-transfer",
    "genome-nonclinical-poc", "genome-clinical-poc", "genome-papers-high-if", "genome-biomarkers",
    "disease-seed-transfer", "seeds-approval-applications",
  ]);
  expect(await ids("short")).toEqual([
    "devices-healthcare-demonstrations", "devices-class34-approvals", "devices-healthcare-launches", "seeds-investigator-trials",
  ]);
  await expect(review(page, "rose")).toHaveCount(6);
  await expect(review(page, "fell")).toHaveCount(7);
  expect(await ids("unknown")).toEqual(["drugs-new-modality-share", "devices-class34-share", "genome-data-infrastructure"]);
  // Hooks and sentences in the KPI detail's words, with the figures behind them.
  const reached = review(page, "reached").first();
  await expect(reached).toHaveAttribute("data-change", "figure status");
  await expect(reached).toContainText("2022年度の間に目標400件に到達（累計 244件 → 450件、2022年度は206件）。");
  await expect(reached).toContainText("年度別（2020〜2022年度） 107/137/206件");
  const short = page.locator('[data-review=short] li[data-kpi-id="devices-class34-approvals"]');
  await expect(short).toHaveAttribute("data-change", "figure");
  await expect(short).toContainText("目標まで年7.5件が必要（直近の年平均の4.5倍）");
  await expect(page.locator('[data-review=unknown] li[data-kpi-id="genome-data-infrastructure"]')).toContainText("年度別の数値の記載がないため");
  // Each item links to its KPI.
  await short.locator("a").first().click();
  await expect(page).toHaveURL(/view=kpi&id=devices-class34-approvals/);
  await expect(page.locator('tr[data-kpi-id="devices-class34-approvals"]')).toBeVisible();
  expectClean(seen, ORIGIN);
});

test("the year in review in English, following the filters", async ({ page }) => {
  await openApp(page, "?view=changes&lang=en&project=devices");
  await expect(page.getByTestId("changes").locator("h2")).toHaveText("What changed");
  await expect(page.getByTestId("year-review").locator("h3")).toHaveText("FY2022 in review (from this report)");
  await expect(review(page, "reached")).toHaveCount(0);
  await expect(review(page, "short")).toHaveCount(3);
  await expect(page.locator('[data-review=short] li[data-kpi-id="devices-class34-approvals"]')).toContainText(
    "2 in FY2022, against a target of 20. Reaching it needs 7.5 a year, 4.5× the recent pace.",
  );
  await expect(page.locator('[data-review=short] h4')).toContainText("Short of the pace needed");
  // A filter change redraws the review in place.
  await page.locator('[data-filter="project"] input[value="genome"]').check();
  await expect(review(page, "reached")).toHaveCount(4);
});

test("two reports compared, in Japanese: the headline and every kind of change", async ({ page }) => {
  const seen = await openComparison(page);
  const summary = page.getByTestId("compare-summary");
  for (const [label, value] of [
    ["見通しが改善", "3件"], ["見通しが悪化", "2件"], ["評価（A/B）の変化", "2件（うちA→B 1件）"],
    ["目標に到達", "2件"], ["目標・単位の変更", "1件"], ["予算の合計（記載額）", "1,230億円 → 1,241億円（+11億円）"],
  ]) {
    await expect(summary.locator(".compare-tile", { hasText: label }).locator("dd")).toHaveText(value);
  }
  await expect(page.getByTestId("compare-source")).toContainText(FIXTURE);
  await expect(page.getByTestId("comparison").locator(".compare-notes li").first()).toContainText("【合成データ】");
  // 43 KPIs in both changed; the flagged ones first (a grade from A to B,
  // the moved goalpost, the revised figure).
  await expect(section(page, "kpis")).toHaveCount(43);
  const first = await section(page, "kpis").evaluateAll((items) => items.slice(0, 3).map((i) => i.dataset.kpiId));
  expect(first).toEqual(["drugs-network-seed-licensing", "seeds-investigator-trials", "drugs-approvals"]);
  const moved = page.locator('[data-section=kpis] li[data-kpi-id="seeds-investigator-trials"]');
  await expect(moved).toHaveAttribute("data-change", "figure status target");
  await expect(moved).toHaveClass(/flagged/);
  await expect(moved.locator(".flag")).toContainText("目標が変わりました: 170件 → 120件");
  const flip = page.locator('[data-section=kpis] li[data-kpi-id="drugs-network-seed-licensing"]');
  await expect(flip).toHaveAttribute("data-change", "figure status grade");
  await expect(flip.locator(".flag")).toContainText("報告書の評価 A → B");
  await expect(flip).toContainText("計算上の見通し 達成見込み → 要注意");
  const revised = page.locator('[data-section=kpis] li[data-kpi-id="drugs-approvals"]');
  await expect(revised).toHaveAttribute("data-change", "figure revised");
  await expect(revised).toContainText("2021年度の数値が公表後に修正されました: 15件 → 14件");
  await expect(page.locator('[data-section=kpis] li[data-kpi-id="drugs-nonclinical-poc"]')).toContainText(
    "最新の数値 128件 → 175件（新たな年度の数値: 2023年度 47件）",
  );
  // Added and removed: the same name said, never paired.
  const added = page.locator('[data-section=kpis-added-removed] li[data-kpi-id="disease-papers-other-v2"]');
  await expect(added).toHaveAttribute("data-change", "added");
  await expect(added).toContainText("削除された「disease-papers-other」と同じ名称ですが、IDが異なるため同じ項目とはみなしていません。");
  const removed = page.locator('[data-section=kpis-added-removed] li[data-kpi-id="disease-papers-other"]');
  await expect(removed).toHaveAttribute("data-change", "removed");
  // Budgets per project and program.
  await expect(page.locator('[data-section=budgets] li[data-project-id="drugs"]:not([data-program-id])')).toContainText("AMED対象経費 326億円 → 330億円（+4億円）");
  await expect(page.locator('[data-section=budgets] li[data-project-id="seeds"]')).toHaveAttribute("data-change", "budget");
  await expect(page.locator('[data-section=budgets] li[data-program-id="drugs-drug-discovery-infrastructure"]')).toContainText("予算 21億円 → 25億円（+4億円）");
  // The changed evaluation sentence, word by word.
  const text = page.locator('[data-section=texts] li[data-project-id="disease"]');
  await expect(text).toHaveAttribute("data-change", "text");
  await expect(text.locator("del")).toContainText("脳神経疾患等");
  await expect(text.locator("ins")).toContainText("脳神経疾患や感染症等");
  // The year in review stays below, from the report shown.
  await expect(review(page, "reached")).toHaveCount(9);
  // A KPI of the report shown links to its detail, the comparison kept in the address.
  await removed.locator("a").click();
  await expect(page).toHaveURL(/view=kpi&id=disease-papers-other/);
  await expect(page).toHaveURL(/compare=/);
  expectClean(seen, ORIGIN);
});

test("two reports compared, in English, following the filters", async ({ page }) => {
  await openComparison(page, `${COMPARE}&lang=en`);
  const summary = page.getByTestId("compare-summary");
  await expect(summary.locator(".compare-tile", { hasText: "Status improved" }).locator("dd")).toHaveText("3");
  await expect(summary.locator(".compare-tile", { hasText: "Budget total (printed)" }).locator("dd")).toHaveText("¥123bn → ¥124.1bn (+¥1.1bn)");
  await expect(page.locator('[data-section=kpis] li[data-kpi-id="seeds-investigator-trials"] .flag')).toContainText("The target moved: 170 → 120");
  await expect(page.locator('[data-section=texts] .diff')).toHaveAttribute("lang", "ja");
  await page.locator('[data-filter="project"] input[value="disease"]').check();
  await expect(section(page, "kpis")).toHaveCount(2);
  await expect(section(page, "kpis-added-removed")).toHaveCount(2);
  await expect(section(page, "budgets")).toHaveCount(0);
  await expect(summary.locator(".compare-tile", { hasText: "Budget total (printed)" }).locator("dd")).toHaveText("¥15.2bn → ¥15.2bn (±¥0bn)");
});

for (const lang of ["ja", "en"]) {
  test(`the bundled report compared with itself shows no changes (${lang})`, async ({ page }) => {
    await openComparison(page, `?view=changes&compare=fy2022&lang=${lang}`);
    await expect(page.getByTestId("compare-verdict")).toHaveText(
      lang === "ja" ? "変化はありません。2つの報告書の内容は同じです。" : "No changes: the two reports are the same.",
    );
    await expect(page.locator("[data-testid=comparison] li.change")).toHaveCount(0);
    await expect(page.getByTestId("compare-source")).toContainText(lang === "ja" ? "令和4年度" : "FY2022");
  });
}

test("a garbage, foreign or missing ?compare= says why, and the view stays", async ({ page }) => {
  const seen = watch(page);
  for (const [value, message] of [
    ["javascript:alert(1)", "is not a web address this viewer can load (only http and https)"],
    ["https://evil.example/fake.json", "https://evil.example/fake.json is on another site (https://evil.example)"],
    ["no-such-report", "the server answered HTTP 404. (Bundled datasets: fy2022.)"],
  ]) {
    await page.goto(`?view=changes&compare=${encodeURIComponent(value)}`);
    const error = page.getByTestId("compare-error");
    await expect(error).toContainText(message, { timeout: 30_000 });
    await expect(error).toContainText("比較する報告書を読み込めませんでした");
    await expect(page.getByTestId("year-review")).toBeVisible();
    await expect(page.locator("html")).not.toHaveAttribute("data-error", "panic");
  }
  expect(seen.requests.filter((u) => new URL(u).hostname.endsWith("evil.example"))).toEqual([]);
});

test("?compare= follows ?data='s rules: a redirect away is refused, a streamed body is cut at the limit", async ({ page }) => {
  const foreign = `${CSP_ORIGIN}some/sub/path/__test/cors-dataset`;
  await page.goto(`?view=changes&lang=en&compare=${encodeURIComponent(`__test/redirect?to=${encodeURIComponent(foreign)}`)}`);
  const error = page.getByTestId("compare-error");
  await expect(error).toContainText(`redirected to ${foreign}, which is on another site`, { timeout: 30_000 });
  await expect(error).toContainText("The report to compare with could not be loaded");
  await expect(page.getByText("FOREIGN DATASET")).toHaveCount(0);
  await page.goto("?view=changes&compare=__test/endless");
  await expect(page.getByTestId("compare-error")).toContainText("larger than the 20 MB limit", { timeout: 30_000 });
});

test("reports of another plan or another period are refused with a clear message", async ({ page, request }) => {
  const mini = fs.readFileSync(path.join(__dirname, "../fixtures/mini.json"), "utf8");
  const real = await (await request.get("data/fy2022.json")).json();
  // The same report moved five years on: a third plan period, FY2025–FY2029.
  const later = JSON.parse(JSON.stringify(real));
  for (const key of ["plan_first_year", "plan_last_year", "figures_through"]) later.report[key] += 5;
  for (const p of later.projects) for (const k of p.kpis) for (const y of k.yearly) y.fiscal_year += 5;
  for (const p of later.projects) for (const k of p.kpis) for (const b of k.breakdowns) for (const y of b.yearly) y.fiscal_year += 5;
  await page.route("**/other-plan.json", (route) => route.fulfill({ contentType: "application/json", body: mini }));
  await page.route("**/third-period.json", (route) => route.fulfill({ json: later }));
  await openApp(page, "?view=changes&compare=other-plan.json");
  await expect(page.getByTestId("compare-error")).toContainText("同じ統合プロジェクトが一つもないため、別の計画の報告書と判断しました");
  await expect(page.getByTestId("compare-summary")).toHaveCount(0);
  await openApp(page, "?view=changes&compare=third-period.json&lang=en");
  await expect(page.getByTestId("compare-error")).toContainText("begins in FY2020, and that of");
  await expect(page.getByTestId("compare-error")).toContainText("Reports of different plan periods are not compared.");
});

test("compare with a file from the data menu", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await page.getByTestId("data-menu").click();
  await page.getByTestId("compare-file").setInputFiles(path.join(__dirname, "../fixtures/fy2023-synthetic.json"));
  await expect(page.getByTestId("compare-summary")).toBeVisible();
  await expect(page).toHaveURL(/view=changes/);
  await expect(page).not.toHaveURL(/compare=/);
  await expect(page.getByTestId("compare-source")).toContainText("fy2023-synthetic.json");
  await expect(page.getByTestId("compare-source")).toContainText("このページのリンクには含まれません");
  await expect(section(page, "kpis")).toHaveCount(43);
  // The report shown is still the bundled one.
  await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
  // A file that is not a dataset says so.
  await page.getByTestId("compare-file").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from("[1, 2]") });
  await expect(page.getByTestId("compare-error")).toContainText("bad.json is not a valid dataset");
});

test("the changes as CSV, and in print", async ({ page }) => {
  await openComparison(page);
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-changes-csv").click()]);
  expect(file.suggestedFilename()).toBe("shinchoku-fy2022-changes-fy2023-synthetic.csv");
  const bytes = fs.readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  // Header, 29 items of the year in review, 43 + 2 + 3 + 1 of the comparison.
  expect(lines.length).toBe(1 + 29 + 43 + 2 + 3 + 1);
  expect(lines[0]).toBe('"変化の区分","グループ","対象の種類","ID","プロジェクト","項目名","変化の種類","変化の内容","根拠の数値"');
  expect(lines.some((l) => l.includes('"seeds-investigator-trials"') && l.includes('"figure status target"'))).toBe(true);
  // Print: the comparison and the review, without the buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("export-changes-csv")).toBeHidden();
  await expect(page.getByTestId("compare-summary")).toBeVisible();
  await expect(page.getByTestId("year-review")).toBeVisible();
  await expect(page.locator(".toolbar")).toBeHidden();
});
