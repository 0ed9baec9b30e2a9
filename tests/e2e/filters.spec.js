// Filtering: by ministry, project, phase range, kind, grade, status and
// search (full- and half-width alike); a dataset with many projects gets a
// picker instead of chips.

const { test, expect } = require("@playwright/test");
const { openApp, withProjectCopies, expectClean } = require("./helpers");
const { ORIGIN } = require("./ports.cjs");

let real;

test.beforeAll(async ({ request }) => {
  real = await (await request.get("data/fy2022.json")).json();
});

const manyProjects = (copies) => withProjectCopies(real, copies);

/** Opens the KPI table and loads `data` as a local file. */

async function openWith(page, data, name) {
  await openApp(page, "?view=kpis");
  await page.getByTestId("open-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
}


const projectIds = (page) => page.locator(".card[data-project-id]").evaluateAll((els) => els.map((e) => e.dataset.projectId));

const kpiCount = async (page) => Number((await page.getByTestId("kpi-count").textContent()).match(/\d+/)[0]);

test("a dataset with many projects offers a project picker instead of a chip per project", async ({ page }) => {
  await openWith(page, manyProjects(5), "many.json");
  await expect(page.getByTestId("kpi-count")).toHaveText("225件のKPIを表示中");
  const group = page.locator('[data-filter="project"]');
  await expect(group.locator('input[type="checkbox"]')).toHaveCount(0);
  await expect(group.locator("datalist option")).toHaveCount(31);
  // Pick one by its name, as the list suggests it.
  const label = `2 ${real.projects[1].name_ja}-c3`;
  await page.getByTestId("project-pick").fill(label);
  await page.getByTestId("project-pick").press("Enter");
  await expect(page).toHaveURL(/project=devices-c3/);
  await expect(page.getByTestId("kpi-count")).toHaveText(`${real.projects[1].kpis.length}件のKPIを表示中`);
  await expect(page.getByTestId("project-pick")).toHaveValue("");
  const chip = group.locator('input[type="checkbox"][value="devices-c3"]');
  await expect(chip).toBeChecked();
  // Unchecking the chip removes it from the selection (and the chip).
  await chip.click();
  await expect(chip).toHaveCount(0);
  await expect(page).not.toHaveURL(/project=/);
  await expect(page.getByTestId("kpi-count")).toHaveText("225件のKPIを表示中");
});
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
  await expect(page.locator(".card[data-project-id]")).toHaveCount(2);
  expect(await projectIds(page)).toEqual(["devices", "genome"]);
  await page.locator('[data-filter="ministry"] input[value="mic"]').uncheck();
  await page.locator('[data-filter="ministry"] input[value="meti"]').check();
  await page.locator('[data-filter="lead"] input').check();
  await expect(page).toHaveURL(/ministry=meti&lead=1/);
  await expect(page.locator(".card[data-project-id]")).toHaveCount(1);
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
