// The pictures in docs/screenshots/: run by `make screenshots`, not by
// `make test` (so a test run leaves the docs alone).
const { test, expect } = require("@playwright/test");
const path = require("node:path");
const { openApp, exportAction } = require("./helpers");
const { Workbook } = require("./xlsx");

const shots = (name) => path.join(__dirname, "../../docs/screenshots", name);

test.skip(!process.env.SHINCHOKU_SCREENSHOTS, "run by make screenshots");

const VIEWS = [
  ["overview", ""],
  ["kpis", "?view=kpis"],
  ["ministry", "?view=ministry&ministry=mic"],
  ["initiatives", "?view=initiatives"],
  ["project", "?view=project&project=devices"],
  ["changes", "?view=changes"],
];

test("screenshots at 1366×768 and 390×844, Japanese and English, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  for (const [width, height, suffix] of [[1366, 768, ""], [390, 844, "-phone"]]) {
    await page.setViewportSize({ width, height });
    for (const [name, query] of VIEWS) {
      for (const [lang, langSuffix] of [["", ""], ["lang=en", "-en"]]) {
        const q = [query.replace(/^\?/, ""), lang].filter(Boolean).join("&");
        await openApp(page, q ? `?${q}` : "");
        if (name === "kpis") await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
        await expect(page.locator(".chart:not(:has(canvas))")).toHaveCount(0);
        await page.screenshot({ path: shots(`${name}${suffix}${langSuffix}.png`) });
      }
    }
    await openApp(page, "?theme=dark");
    await expect(page.locator(".chart:not(:has(canvas))")).toHaveCount(0);
    await page.screenshot({ path: shots(`overview${suffix}-dark.png`) });
  }
  // Where WebAssembly never runs (Lockdown Mode): the prerendered page.
  for (const [width, height, suffix] of [[1366, 768, ""], [390, 844, "-phone"]]) {
    const context = await page.context().browser().newContext({ viewport: { width, height } });
    const bare = await context.newPage();
    await bare.addInitScript(() => { delete window.WebAssembly; });
    await bare.goto(page.url().replace(/\?.*$/, "").replace(/[^/]*$/, ""));
    await expect(bare.getByTestId("report-only")).toBeVisible();
    await bare.screenshot({ path: shots(`no-wasm${suffix}.png`) });
    await context.close();
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, "?view=kpis&ministry=mic&phase=clinical");
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: shots("print-kpis.pdf"), format: "A4", margin: { top: "14mm", bottom: "14mm", left: "14mm", right: "14mm" } });
});

/** A screenshot clipped to the boxes of `selectors`, with a margin. */
async function clipped(page, name, selectors, margin = 12) {
  const boxes = [];
  for (const s of selectors) boxes.push(await page.locator(s).first().boundingBox());
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(page.viewportSize().width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
  await page.screenshot({ path: shots(name), clip: { x, y, width: right - x, height: bottom - y } });
}

// The viewer's steps in docs/authoring.md, in Japanese and English: the
// export menu, the data menu, a workbook with errors, one with warnings
// only. (workbook-kpi-sheet.png, the workbook itself, is LibreOffice's
// rendering of an exported workbook: `soffice --headless --convert-to html`,
// its KPI sheet's first rows.)
test("screenshots of the Excel workbook steps, Japanese and English", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, "?view=kpis");
  const [file] = await Promise.all([page.waitForEvent("download"), (await exportAction(page, "export-xlsx")).click()]);
  const bytes = require("node:fs").readFileSync(await file.path());
  const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const bad = new Workbook(bytes).textCell("KPI", "I2", "12件").number("KPI", "I3", 8).textCell("KPI", "F5", "八割").bytes();
  const warned = new Workbook(bytes).number("KPI", "I2", 129).bytes();
  for (const [lang, suffix] of [["", ""], ["&lang=en", "-en"]]) {
    await openApp(page, `?view=kpis${lang}`);
    await (await exportAction(page, "export-xlsx")).hover();
    await clipped(page, `workbook-export${suffix}.png`, [".toolbar-actions", ".export-menu .menu-body", "tr.group"]);
    await page.getByTestId("export-menu").click();
    await page.getByTestId("data-menu").click();
    await clipped(page, `workbook-open${suffix}.png`, [".toolbar-actions", ".data-menu .menu-body"]);
    await page.getByTestId("data-menu").click();
    await page.getByTestId("open-xlsx").setInputFiles({ name: "fy2023.xlsx", mimeType: XLSX, buffer: bad });
    await page.mouse.move(0, 0);
    await clipped(page, `workbook-errors${suffix}.png`, ['[data-testid="load-error"]'], 8);
    await page.getByTestId("open-xlsx").setInputFiles({ name: "fy2023.xlsx", mimeType: XLSX, buffer: warned });
    await clipped(page, `workbook-warnings${suffix}.png`, ['[data-testid="workbook-warnings"]'], 8);
  }
});
