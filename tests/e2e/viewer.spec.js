// Issue 5: the viewer on the bundled FY2022 dataset, in headless Chromium.
const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { openApp, expectClean, waitReady } = require("./helpers");

const ORIGIN = "http://127.0.0.1:4173/";
const shots = (name) => path.join(__dirname, "../../docs/screenshots", name);

const kpiIds = (page) => page.locator("tr[data-kpi-id]:not([hidden])").evaluateAll((rows) => rows.map((r) => r.dataset.kpiId));
const projectIds = (page) => page.locator("[data-project-id]").evaluateAll((els) => els.map((e) => e.dataset.projectId));
const kpiCount = async (page) => Number((await page.getByTestId("kpi-count").textContent()).match(/\d+/)[0]);

test("all 45 KPIs and six projects are shown by default", async ({ page }) => {
  const seen = await openApp(page);
  expect(await kpiCount(page)).toBe(45);
  expect(await projectIds(page)).toEqual(["drugs", "devices", "regenerative", "genome", "disease", "seeds"]);
  expectClean(seen, ORIGIN);
});

test("ministry filter: 総務省 shows projects 2 and 4; 経済産業省 lead-only shows project 2", async ({ page }) => {
  await openApp(page);
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  await expect(page).toHaveURL(/\?ministry=mic$/);
  await expect(page.locator("[data-project-id]")).toHaveCount(2);
  expect(await projectIds(page)).toEqual(["devices", "genome"]);
  await page.locator('[data-filter="ministry"] input[value="mic"]').uncheck();
  await page.locator('[data-filter="ministry"] input[value="meti"]').check();
  await page.locator('[data-filter="lead"] input').check();
  await expect(page).toHaveURL(/ministry=meti&lead=1/);
  await expect(page.locator("[data-project-id]")).toHaveCount(1);
  expect(await projectIds(page)).toEqual(["devices"]);
});

test("project, kind, grade and status filters", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await page.locator('[data-filter="project"] input[value="regenerative"]').check();
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(11);
  await page.locator('[data-filter="project"] input[value="regenerative"]').uncheck();
  await page.locator('[data-filter="grade"] input[value="B"]').check();
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(3);
  await page.locator('[data-filter="grade"] input[value="B"]').uncheck();
  await page.locator('[data-filter="kind"] input[value="outcome"]').check();
  const outcomes = await kpiCount(page);
  expect(outcomes).toBeGreaterThan(0);
  expect(outcomes).toBeLessThan(45);
  await page.getByTestId("clear-filters").click();
  await page.locator('[data-filter="status"] input[value="no_data"]').check();
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(1);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveAttribute("data-status", "no_data");
});

test("a phase range is selected by two clicks and lands in the URL", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await page.locator('[data-filter="phase"] [data-phase="applied"]').click();
  await page.locator('[data-filter="phase"] [data-phase="clinical"]').click();
  await expect(page).toHaveURL(/phase=applied&phase=nonclinical&phase=clinical/);
  await expect(page.locator('[data-phase="nonclinical"]')).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('[data-phase="basic"]')).toHaveAttribute("aria-pressed", "false");
  const shown = await kpiCount(page);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(45);
  await expect(page.locator('[data-filter="phase"]')).toContainText("分類");
});

test("full-width search finds half-width text", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await page.locator('[data-filter="q"]').fill("ＰＯＣ");
  await expect(page).toHaveURL(/q=%EF%BC%B0%EF%BC%AF%EF%BC%A3/);
  // Names and details are searched: the POC KPIs are there, unrelated ones are not.
  const names = await page.locator("tr[data-kpi-id]:not([hidden]) th.name .kpi-name").allTextContents();
  expect(names).toContain("非臨床POCの取得件数");
  expect(names).toContain("臨床POCの取得件数");
  expect(names).not.toContain("薬事承認件数（新薬、適応拡大）");
  expect(names.length).toBeLessThan(45);
});

test("reload and shared links restore the exact view; back/forward walk views", async ({ page }) => {
  await openApp(page, "?view=kpis&ministry=mic&grade=A&lang=en");
  const before = await kpiIds(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  await waitReady(page);
  expect(await kpiIds(page)).toEqual(before);
  await expect(page.locator('[data-filter="ministry"] input[value="mic"]')).toBeChecked();
  await page.locator('a[data-view="initiatives"]').click();
  await expect(page).toHaveURL(/view=initiatives/);
  await expect(page.locator("[data-initiative-id]").first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/view=kpis/);
  expect(await kpiIds(page)).toEqual(before);
  await page.goForward();
  await expect(page).toHaveURL(/view=initiatives/);
});

test("unknown URL values are ignored with a notice, never a crash", async ({ page }) => {
  const seen = await openApp(page, "?ministry=atlantis&phase=%3Cscript%3E&status=great&view=kpis");
  await expect(page.getByTestId("ignored-params")).toContainText("ministry=atlantis");
  await expect(page.getByTestId("ignored-params")).toContainText("<script>");
  expect(await kpiCount(page)).toBe(45);
  expectClean(seen, ORIGIN);
});

test("language and theme switches", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('a[data-view="kpis"]')).toHaveText("KPIs");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("theme-switch").click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await waitReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator('a[data-view="kpis"]')).toHaveText("KPIs");
});

test("the theme follows the system preference without a switch", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await context.close();
});

test("keyboard only: filter, sort and expand", async ({ page }) => {
  await openApp(page, "?view=kpis");
  const box = page.locator('[data-filter="project"] input[value="drugs"]');
  await box.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/project=drugs/);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(8);
  await page.locator('button.sort[data-sort="achievement"]').focus();
  await page.keyboard.press("Enter");
  await expect(page.locator('th:has(button[data-sort="achievement"])')).toHaveAttribute("aria-sort", "ascending");
  const expand = page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first();
  await expand.focus();
  await page.keyboard.press("Enter");
  await expect(expand).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByTestId("explanation").first()).toContainText("2024年度");
  const focusVisible = await expand.evaluate((el) => getComputedStyle(el).outlineStyle !== "none");
  expect(focusVisible).toBe(true);
});

test("an expanded KPI shows the explanation, the report's text and a chart", async ({ page }) => {
  await openApp(page, "?view=kpis&project=devices");
  const row = page.locator("tr[data-kpi-id]:not([hidden])").first();
  await row.locator("button.expand").click();
  const detail = page.locator("tr.kpi-detail").first();
  await expect(detail.getByTestId("explanation")).toContainText("2024年度目標");
  await expect(detail.locator(".chart canvas")).toHaveCount(1);
});

for (const theme of ["light", "dark"]) {
  test(`axe-core finds no serious or critical violation on any view (${theme})`, async ({ page }) => {
    for (const view of ["overview", "kpis", "ministry", "initiatives", "method"]) {
      await openApp(page, `?view=${view}&theme=${theme}`);
      if (view === "kpis") await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
      await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
      );
      const bad = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${view}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      expect(bad).toEqual([]);
    }
  });
}

test("the budget line shows the report's printed totals and the ministry split", async ({ page }) => {
  await openApp(page);
  const budget = page.getByTestId("budget-summary");
  // 326 + 108 + 183 + 161 + 152 + 238 = 1,168億円 AMED, 44 + 18 = 62億円 in-house.
  await expect(budget.locator(".big")).toHaveText("1,230億円");
  await expect(budget).toContainText("予算（報告書の記載額：AMED 1,168億円＋インハウス 62億円）");
  await expect(budget).toContainText("府省に帰属できる額 506.4億円（厚 289.4億円・文 109億円・経 108億円）");
  await expect(budget).toContainText("帰属できない額 723.6億円");
  await page.locator('[data-filter="ministry"] input[value="mic"]').check();
  // 総務省 takes part in devices (108) and genome (161 + 18).
  await expect(budget.locator(".big")).toHaveText("287億円");
  await expect(budget).toContainText("選択中の府省に帰属できる額：総務省 0億円");
  await openApp(page, "?lang=en");
  await expect(budget.locator(".big")).toHaveText("¥123bn");
  await expect(budget).toContainText("Budget as printed (AMED ¥116.8bn + in-house ¥6.2bn)");
  // The budget chart draws one bar per project, longest first, with the printed total.
  await openApp(page, "?view=budget");
  await expect(page.getByTestId("budget-chart").locator("canvas")).toHaveCount(1);
  await page.getByTestId("budget-chart").locator("summary").click();
  const rows = page.getByTestId("budget-chart").locator("tbody tr");
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText("370億円");
});
