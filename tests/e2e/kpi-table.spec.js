// The KPI table: paging for a large table, one page for the report's own,
// and the detail an expanded row opens.

const { test, expect } = require("@playwright/test");
const { openApp, withProjectCopies } = require("./helpers");

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

test("a large KPI table pages by 25 rows; the pager works from the keyboard and a new filter starts at page 1", async ({ page }) => {
  await openWith(page, manyProjects(5), "pages.json");
  await expect(page.getByTestId("kpi-count")).toHaveText("225件のKPIを表示中");
  const rows = page.locator("tr[data-kpi-id]:not([hidden])");
  await expect(rows).toHaveCount(25);
  const pager = page.getByRole("navigation", { name: "KPI一覧のページ" });
  await expect(pager.getByRole("status")).toHaveText("1–25 / 225");
  await expect(page.getByTestId("page-prev")).toBeDisabled();
  const first = await rows.first().getAttribute("data-kpi-id");
  await page.getByTestId("page-next").focus();
  await page.keyboard.press("Enter");
  await expect(pager.getByRole("status")).toHaveText("26–50 / 225");
  await expect(rows.first()).not.toHaveAttribute("data-kpi-id", first);
  for (let i = 0; i < 7; i++) await page.keyboard.press("Enter");
  await expect(pager.getByRole("status")).toHaveText("201–225 / 225");
  await expect(rows).toHaveCount(25);
  await expect(page.getByTestId("page-next")).toBeDisabled();
  await page.locator('[data-filter="kind"] input[value="output"]').check();
  await expect(pager.getByRole("status")).toHaveText(/^1–25 \//);
});
test("a table of up to 50 KPIs is one page with no pager", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  await expect(page.getByRole("navigation", { name: "KPI一覧のページ" })).toHaveCount(0);
});
test("an expanded KPI shows the explanation, the report's text and a chart", async ({ page }) => {
  await openApp(page, "?view=kpis&project=devices");
  const row = page.locator("tr[data-kpi-id]:not([hidden])").first();
  await row.locator("button.expand").click();
  const detail = page.locator("tr.kpi-detail").first();
  await expect(detail.getByTestId("explanation")).toContainText("2024年度目標");
  await expect(detail.locator(".chart canvas")).toHaveCount(1);
});
