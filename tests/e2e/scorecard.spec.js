// The project scorecard on the overview: a row per project, the one
// needing attention first, every column sortable, readable on a phone.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp } = require("./helpers");

const order = (page) => page.getByTestId("project-scorecard").locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.dataset.projectId));

test("the project needing attention comes first; the headings sort", async ({ page }) => {
  await openApp(page);
  // devices: 2 of 6 KPIs with a target at risk or off track; seeds 1 of 4; the rest none.
  expect(await order(page)).toEqual(["devices", "seeds", "drugs", "regenerative", "genome", "disease"]);
  const devices = page.getByTestId("project-scorecard").locator('tr[data-project-id="devices"]');
  await expect(devices.locator("td").first()).toHaveText("2 / 6");
  await page.getByTestId("project-scorecard").locator('button[data-sort="budget"]').click();
  expect((await order(page))[0]).toBe("drugs");
  await page.getByTestId("project-scorecard").locator('button[data-sort="project"]').click();
  expect(await order(page)).toEqual(["drugs", "devices", "regenerative", "genome", "disease", "seeds"]);
  // A row links to the project's profile.
  await devices.locator("a").click();
  await expect(page).toHaveURL(/view=project&project=devices/);
});

test("the scorecard follows the filters", async ({ page }) => {
  await openApp(page, "?ministry=mic");
  expect(await order(page)).toEqual(["devices", "genome"]);
});

test("in English at 360 px: a card per project, nothing cut or scrolled sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, "?lang=en");
  const card = page.getByTestId("project-scorecard").locator('tr[data-project-id="devices"]');
  await expect(card.locator("th a")).toHaveText("2. Medical Devices and Healthcare Project");
  await expect(card.locator("td").first()).toHaveText("2 / 6");
  const fits = await page.getByTestId("project-scorecard").evaluate((t) => t.scrollWidth <= t.clientWidth + 1);
  expect(fits).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("the scorecard draws at most 60 projects and says how many there are", async ({ page }) => {
  const data = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8"));
  const model = data.projects[0];
  // Copies of a project with ids of their own (its KPIs' and programs' too).
  for (let i = 0; i < 70; i++) {
    data.projects.push({
      ...model,
      id: `copy-${i}`,
      number: 100 + i,
      kpis: model.kpis.map((k) => ({ ...k, id: `copy-${i}-${k.id}` })),
      programs: model.programs.map((g) => ({ ...g, id: `copy-${i}-${g.id}` })),
      budget_lines: [],
    });
  }
  await openApp(page);
  await page.getByTestId("open-file").setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toContainText("many.json");
  await expect(page.getByTestId("project-scorecard").locator("tbody tr")).toHaveCount(60);
  await expect(page.getByTestId("scorecard-not-drawn")).toHaveText("先頭の60件のみ表示（全76件。残りは絞り込むと表示できます）");
});
