// Charts: ECharts is loaded from dist/ when the first chart is drawn and
// never by a view without one; a missing ECharts is said under each chart;
// the achievement axis keeps 100% in view; a chart whose data did not change
// is not drawn again; a chart downloads as a PNG; on phones the overview's
// charts are lists; labels are grouped, cut to a width and kept clear.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const { openApp, watch, expectClean, waitReady } = require("./helpers");
const { ORIGIN } = require("./ports.cjs");

async function chartOption(locator) {
  return locator.locator(".chart").first().evaluate((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    const o = chart.getOption();
    return { max: o.xAxis[0].max, min: o.xAxis[0].min, marks: o.series.flatMap((s) => (s.markLine?.data ?? []).map((d) => d.xAxis)), legend: o.legend[0].data ?? o.series.map((s) => s.name) };
  });
}


const ministry = (page, id) => page.locator(`[data-filter="ministry"] input[value="${id}"]`);

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

test("the achievement axis keeps 100% in view when every KPI shown is below it", async ({ page }) => {
  await openApp(page, "?status=at_risk&status=off_track");
  const panel = page.locator('section[aria-labelledby="achievement-heading"]');
  await expect(panel.locator("canvas")).toHaveCount(1);
  const option = await chartOption(panel);
  expect(option.min).toBe(0);
  expect(option.max).toBeGreaterThanOrEqual(100);
  expect(option.marks).toContain(100);
});
test("draws the first chart with ECharts from dist/, not a CDN", async ({ page }) => {
  const seen = await openApp(page);
  const chart = page.locator(".chart").first();
  await expect(chart.locator("canvas")).toHaveCount(1);
  const bound = await chart.evaluate((el) => Boolean(window.echarts.getInstanceByDom(el)));
  expect(bound).toBe(true);
  expect(seen.requests.some((u) => u.endsWith("/some/sub/path/echarts.min.js"))).toBe(true);
  expectClean(seen, ORIGIN);
});
test("a view without charts never loads ECharts; opening a KPI's chart loads it once", async ({ page }) => {
  const seen = await openApp(page, "?view=kpis");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])").first()).toBeVisible();
  expect(seen.requests.filter((u) => u.includes("echarts"))).toEqual([]);
  await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
  await expect(page.locator("tr.kpi-detail .chart canvas")).toHaveCount(1);
  await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").nth(1).click();
  await expect(page.locator("tr.kpi-detail .chart canvas")).toHaveCount(2);
  expect(seen.requests.filter((u) => u.includes("echarts"))).toHaveLength(1);
  expectClean(seen, ORIGIN);
});
test("when ECharts cannot be loaded, each chart says so and the rest of the view works", async ({ page }) => {
  const seen = watch(page);
  await page.route("**/echarts.min.js", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto("");
  await waitReady(page);
  await expect(page.locator(".chart-error").first()).toContainText("echarts.min.js");
  await expect(page.locator(".card[data-project-id]")).toHaveCount(6);
  await expect(page.getByTestId("phase-matrix")).toBeVisible();
  expect(seen.errors.filter((e) => !e.includes("404"))).toEqual([]);
});
test("a chart whose data a filter leaves unchanged is not drawn again", async ({ page }) => {
  await openApp(page);
  await expect(page.locator('[data-testid="budget-chart"] canvas').first()).toBeVisible();
  // Count ECharts' draws per chart from here on.
  await page.evaluate(() => {
    window.__draws = {};
    for (const el of document.querySelectorAll("[data-testid] .chart")) {
      const id = el.closest("[data-testid]").dataset.testid;
      window.__draws[id] = 0;
      window.echarts.getInstanceByDom(el).on("finished", () => window.__draws[id]++);
    }
  });
  const draws = () => page.evaluate(() => ({ ...window.__draws }));
  // A status filter narrows the KPIs but not the programs: the achievement
  // chart is drawn again, the budget chart is left as it is.
  await page.locator('[data-filter="status"] input').first().check();
  await expect.poll(async () => (await draws())["achievement-chart"]).toBeGreaterThan(0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Fewer bars make a shorter chart: it is drawn once, at its new size.
  expect((await draws())["achievement-chart"]).toBe(1);
  expect((await draws())["budget-chart"]).toBe(0);
  // A ministry filter changes both.
  await ministry(page, "mic").check();
  await expect.poll(async () => (await draws())["budget-chart"]).toBeGreaterThan(0);
});
test("a chart downloads as a PNG", async ({ page }) => {
  await openApp(page);
  // The button saves the chart that is drawn: wait until it is.
  await expect(page.locator(".chart canvas").first()).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-png").first().click()]);
  expect(file.suggestedFilename()).toBe("shinchoku-achievement.png");
  const bytes = fs.readFileSync(await file.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
});

test("the stylesheet's phone breakpoint is the charts': lists of bars up to 640 px, ECharts from 641", async ({ page }) => {
  const achievement = page.getByTestId("achievement-chart");
  const budget = page.getByTestId("budget-chart");
  await page.setViewportSize({ width: 640, height: 900 });
  await openApp(page);
  await expect(achievement.getByTestId("achievement-list").first()).toBeVisible();
  await expect(budget.getByTestId("budget-list")).toBeVisible();
  await expect(achievement.locator(".chart")).toHaveCount(0);
  await page.setViewportSize({ width: 641, height: 900 });
  await expect(achievement.locator(".chart canvas")).toHaveCount(1);
  await expect(budget.locator(".chart canvas")).toHaveCount(1);
  await expect(achievement.getByTestId("achievement-list")).toHaveCount(0);
  // A row of 26 px per bar and per project heading (the table's rows).
  const rows = await achievement.locator("tbody tr").count();
  const height = await achievement.locator(".chart").evaluate((el) => Number.parseInt(el.style.height, 10));
  expect(height).toBe(96 + 26 * rows);
  await page.setViewportSize({ width: 640, height: 900 });
  await expect(achievement.getByTestId("achievement-list").first()).toBeVisible();
});

for (const [width, height] of [[360, 740], [390, 844]]) {
  for (const lang of ["ja", "en"]) {
    test(`at ${width} px in ${lang} the overview's charts are lists: names whole, bars on one scale, nothing past the edge`, async ({ page, request }) => {
      const data = await (await request.get("data/fy2022.json")).json();
      const kpiNames = new Set(data.projects.flatMap((p) => p.kpis.map((k) => (lang === "en" ? k.name_en ?? k.name : k.name))));
      const headings = new Set(data.projects.map((p) => `${p.number}. ${lang === "en" ? p.name_en : p.name_ja}`));
      await page.setViewportSize({ width, height });
      await openApp(page, lang === "en" ? "?lang=en" : "");
      const items = page.locator("[data-testid=achievement-list] li");
      expect(await items.count()).toBeGreaterThan(30);
      for (const name of await items.locator(".bar-name").allInnerTexts()) expect(kpiNames.has(name), name).toBe(true);
      for (const name of await page.locator("[data-testid=budget-list] .bar-name").allInnerTexts()) expect(headings.has(name), name).toBe(true);
      // Every track has the same width (one scale), and nothing passes the
      // viewport's right edge.
      const boxes = await page.locator(".bar-list .bar-track, .bar-list .bar-value, .bar-legend li").evaluateAll((els) =>
        els.map((el) => { const r = el.getBoundingClientRect(); return { cls: el.className, left: r.left, right: r.right, width: r.width }; }));
      const tracks = boxes.filter((b) => b.cls === "bar-track");
      expect(new Set(tracks.map((b) => Math.round(b.width))).size).toBe(1);
      for (const b of boxes) expect(b.right, b.cls).toBeLessThanOrEqual(width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}

test("the achievement chart groups its bars under bold project headings, cuts names to a width, labels the target line above the bars", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, "?lang=en");
  const chart = page.locator("[data-testid=achievement-chart] .chart");
  await expect(chart.locator("canvas")).toHaveCount(1);
  const o = await chart.evaluate((el) => {
    const opt = window.echarts.getInstanceByDom(el).getOption();
    return { labels: opt.yAxis[0].data, axisLabel: opt.yAxis[0].axisLabel, marks: opt.series.flatMap((s) => (s.markLine?.data ?? []).map((d) => d.label)) };
  });
  expect(o.labels[0]).toBe("{project|1. Drug Discovery Project}");
  expect(o.labels.filter((l) => l.startsWith("{project|"))).toHaveLength(6);
  // No "2-" prefixes: the names are the KPIs' own.
  expect(o.labels.filter((l) => /^\d-/.test(l))).toEqual([]);
  expect(o.axisLabel).toMatchObject({ width: 300, overflow: "truncate" });
  expect(o.axisLabel.rich.project.fontWeight).toBe("bold");
  // Both reference lines are labelled at the top, above the first row, the
  // elapsed share a line higher than the target.
  expect(o.marks.map((l) => l.position)).toEqual(["start", "start"]);
  expect(o.marks[0].formatter).toBe("Target 100%");
  expect(o.marks[1].formatter).toMatch(/^Time elapsed [\d.]+%\n $/);
});

test("the KPI detail chart's legend is under the plot, clear of the target line", async ({ page }) => {
  await openApp(page, "?view=kpi&id=devices-class34-approvals");
  const chart = page.locator("[data-testid=explanation]").locator("xpath=ancestor::*[.//div[contains(@class,'chart')]][1]").locator(".chart").first();
  await expect(chart.locator("canvas")).toHaveCount(1);
  const o = await chart.evaluate((el) => {
    const opt = window.echarts.getInstanceByDom(el).getOption();
    return { legend: opt.legend[0], grid: opt.grid[0], interval: opt.xAxis[0].axisLabel.interval };
  });
  expect(o.legend.bottom).toBe(0);
  expect(o.grid.bottom).toBeGreaterThanOrEqual(48);
  // Every plan year is labelled.
  expect(o.interval).toBe(0);
});

test("an achievement bar's tooltip shows the KPI's name and its figures", async ({ page, request }) => {
  const data = await (await request.get("data/fy2022.json")).json();
  const names = new Set(data.projects.flatMap((p) => p.kpis.flatMap((k) => [k.name, k.name_en])));
  for (const [query, figures] of [
    ["", /^最新 .+ ／ 目標 .+：達成率 [\d,.]+%$/],
    ["?lang=en", /^latest .+ \/ target .+: [\d,.]+%$/],
  ]) {
    await openApp(page, query);
    const chart = page.locator("[data-testid=achievement-chart] .chart");
    await expect(chart.locator("canvas")).toHaveCount(1);
    const tip = await chart.evaluate(async (el) => {
      const instance = window.echarts.getInstanceByDom(el);
      const seriesIndex = instance.getOption().series.findIndex((s) => s.data && s.data.length > 0);
      instance.dispatchAction({ type: "showTip", seriesIndex, dataIndex: 0 });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      const tooltip = [...el.children].find((c) => c.style.zIndex === "9999999");
      return tooltip ? { text: tooltip.innerText, shown: getComputedStyle(tooltip).display !== "none" } : null;
    });
    expect(tip).not.toBeNull();
    expect(tip.shown).toBe(true);
    expect(tip.text).not.toContain("{");
    const [name, line, ...rest] = tip.text.trim().split("\n");
    expect(rest).toEqual([]);
    expect(names.has(name), name).toBe(true);
    expect(line).toMatch(figures);
  }
});
