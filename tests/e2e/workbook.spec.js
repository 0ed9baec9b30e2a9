// The Excel workbook round trip in the viewer: the export menu's workbook,
// edited by a script as a person would edit it in Excel, opened again
// (file picker or drop) and checked as a JSON dataset is: the changed
// figures shown; a bad cell listed at its sheet and cell with nothing
// loaded; a workbook with warnings only loaded when the reader says so.
// The module (dist/workbook/) is fetched only when used, works under the
// strict CSP, and a module that cannot be loaded, a corrupt file or a zip
// bomb leave the dataset on screen. The single-file edition has none.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { openApp, watch, waitReady, exportAction, expectClean, dropFile } = require("./helpers");
const { Workbook, zip } = require("./xlsx");
const { ORIGIN, CSP_ORIGIN } = require("./ports.cjs");

const SUB = "some/sub/path/";
const FY2022 = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8"));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// The first KPI (row 2 of the KPI sheet): a count, 45 + 36 + 47 = 128 by FY2022.
const KPI_ID = "drugs-nonclinical-poc";
const kpiRow = (page) => page.locator(`tr[data-kpi-id="${KPI_ID}"]`);

/** Exports the workbook from the export menu: its name, bytes and how long it took. */
async function exportWorkbook(page) {
  const item = await exportAction(page, "export-xlsx");
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent("download"), item.click()]);
  const bytes = fs.readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, ms: Date.now() - started };
}

/** Opens `bytes` as `name` with the data menu's Excel file picker. */
function openWorkbook(page, name, bytes) {
  return page.getByTestId("open-xlsx").setInputFiles({ name, mimeType: XLSX, buffer: bytes });
}

/** The workbook of the bundled report, as the viewer exports it (one export per worker). */
let exported = null;
async function bundledWorkbook(page) {
  if (!exported) {
    await openApp(page, "?view=kpis");
    exported = (await exportWorkbook(page)).bytes;
  }
  return exported;
}

test("a normal load fetches nothing under workbook/, and neither does opening the menus", async ({ page }) => {
  const seen = await openApp(page);
  await page.evaluate(() => new Promise((resolve) => {
    const drawn = () => performance.getEntriesByName("shinchoku:charts-drawn").length > 0;
    const poll = () => (drawn() ? resolve() : setTimeout(poll, 50));
    poll();
  }));
  await exportAction(page, "export-xlsx");
  await page.getByTestId("data-menu").click();
  await expect(page.getByTestId("open-xlsx")).toBeAttached();
  await page.goto("?view=kpis");
  await waitReady(page);
  expect(seen.requests.filter((u) => u.includes("/workbook/"))).toEqual([]);
  expectClean(seen, ORIGIN);
});

test("export → edit a figure and a text → open: the viewer shows them (Japanese)", async ({ page }) => {
  const seen = await openApp(page, "?view=kpis");
  await expect(kpiRow(page)).toContainText("128");
  // The module arrives slowly: the export says what it is doing meanwhile.
  await page.route("**/workbook/workbook_bg.wasm", async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  const item = await exportAction(page, "export-xlsx");
  await expect(item).toHaveText("Excel（編集用）");
  const downloaded = page.waitForEvent("download");
  await item.click();
  await expect(page.getByTestId("export-progress")).toContainText("Excel用の機能を読み込んでいます…");
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe("shinchoku-fy2022.xlsx");
  const bytes = fs.readFileSync(await file.path());
  expect(bytes.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04");
  await expect(page.getByTestId("export-progress")).toBeEmpty();
  expect(seen.requests.filter((u) => u.includes("/workbook/")).map((u) => u.slice(u.indexOf("workbook/")))).toEqual([
    "workbook/load-workbook.js",
    "workbook/workbook.js",
    "workbook/workbook_bg.wasm",
  ]);

  // FY2022's figure 47 → 50, so the cumulative 128 → 131 (as printed too),
  // and the report's title (the Report sheet's C4).
  const title = "医療分野研究開発推進計画（第2期）令和5年度の進捗状況（試行）";
  const edited = new Workbook(bytes)
    .number("KPI", "M2", 50)
    .number("KPI", "I2", 131)
    .textCell("KPI", "J2", "131件")
    .textCell("報告書 Report", "C4", title)
    .bytes();
  await openWorkbook(page, "fy2023.xlsx", edited);
  await expect(page.locator("html")).toHaveAttribute("data-source", "file:fy2023.xlsx");
  await expect(page.getByTestId("report-title")).toHaveText(title);
  await expect(kpiRow(page)).toContainText("131");
  await expect(page.getByTestId("source-banner")).toContainText("fy2023.xlsx");
  await expect(page.getByTestId("load-error")).toHaveCount(0);
  await expect(page.getByTestId("dataset-warnings")).toHaveCount(0);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  // Compared with the bundled report: the edited figure is the one change.
  const bundled = await page.evaluate(async () => (await fetch("data/fy2022.json")).text());
  await page.getByTestId("data-menu").click();
  await page.getByTestId("compare-file").setInputFiles({ name: "fy2022.json", mimeType: "application/json", buffer: Buffer.from(bundled) });
  await expect(page.getByTestId("compare-summary")).toBeVisible();
  const changed = page.locator(`.comparison [data-kpi-id="${KPI_ID}"][data-change]`);
  await expect(changed.first()).toBeVisible();
  await expect(changed.first()).toContainText("131");
  await expect(page.locator(".comparison [data-kpi-id][data-change]:not([data-kpi-id=\"" + KPI_ID + "\"])")).toHaveCount(0);
  expectClean(seen, ORIGIN);
});

test("an unedited workbook loads at once and gives the same dataset back", async ({ page }) => {
  const bytes = await bundledWorkbook(page);
  await openApp(page, "?view=kpis");
  // The JSON export with no filter is the whole dataset.
  const json = async () => {
    const item = await exportAction(page, "export-json");
    const [file] = await Promise.all([page.waitForEvent("download"), item.click()]);
    return JSON.parse(fs.readFileSync(await file.path(), "utf8"));
  };
  const bundled = await json();
  await dropFile(page, "fy2022.xlsx", bytes, XLSX);
  await expect(page.locator("html")).toHaveAttribute("data-source", "file:fy2022.xlsx");
  await expect(page.getByTestId("workbook-warnings")).toHaveCount(0);
  await expect(page.getByTestId("dataset-warnings")).toHaveCount(0);
  expect(await json()).toEqual(bundled);
});

for (const lang of ["ja", "en"]) {
  test(`a bad cell is listed at its sheet and cell, and nothing is loaded (${lang})`, async ({ page }) => {
    const bytes = await bundledWorkbook(page);
    await openApp(page, `?view=kpis${lang === "en" ? "&lang=en" : ""}`);
    const title = await page.getByTestId("report-title").textContent();
    const broken = new Workbook(bytes).textCell("KPI", "I2", "12件").number("KPI", "I3", 8).bytes();
    await openWorkbook(page, "broken.xlsx", broken);
    const alert = page.getByTestId("load-error");
    await expect(alert).toBeVisible();
    const items = alert.locator(".problem-list li");
    if (lang === "ja") {
      await expect(alert.getByTestId("workbook-refused")).toHaveText(/^broken\.xlsx に誤り1件、警告\d+件があります。誤りがある間は読み込みません。/);
      await expect(items.first()).toHaveText('誤り KPI!I2: 数値ではありません（"12件"）');
      await expect(alert).toContainText("直前のデータをそのまま表示しています。");
    } else {
      await expect(alert.getByTestId("workbook-refused")).toHaveText(/^broken\.xlsx has 1 error and \d+ warnings?; nothing is loaded while there are errors\./);
      await expect(items.first()).toHaveText('Error KPI!I2: not a number ("12件")');
      await expect(alert).toContainText("The previous dataset stays on screen.");
    }
    // The warning is listed too, after the error, at its cell.
    await expect(items.filter({ hasText: "KPI!I3" })).toHaveCount(1);
    await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
    await expect(page.getByTestId("report-title")).toHaveText(title);
    await expect(kpiRow(page)).toContainText("128");
  });
}

for (const lang of ["ja", "en"]) {
  test(`a workbook with warnings only: the reader chooses, by keyboard too (${lang})`, async ({ page }) => {
    const bytes = await bundledWorkbook(page);
    await openApp(page, `?view=kpis${lang === "en" ? "&lang=en" : ""}`);
    // 128 of a target of 25.
    await expect(kpiRow(page)).toContainText("512%");
    // The cumulative figure no longer the sum of the years (and its
    // printed text no longer its value): warnings, no error.
    const warned = new Workbook(bytes).number("KPI", "I2", 129).bytes();
    const ask = page.getByTestId("workbook-warnings");
    await dropFile(page, "warned.xlsx", warned, XLSX);
    await expect(ask).toBeVisible();
    const line = ask.locator(".problem-list li").filter({ hasText: "KPI!I2" });
    if (lang === "ja") {
      await expect(line).toHaveText("KPI!I2: 累計 129 が年度の数値の合計 128 と一致しません");
      await expect(ask).toContainText("warned.xlsx に警告2件があります（誤りはありません）");
    } else {
      await expect(line).toHaveText("KPI!I2: the cumulative figure 129 differs from the sum of the yearly figures, 128");
      await expect(ask).toContainText("warned.xlsx has 2 warnings and no errors");
    }
    // Not loaded until the reader says so; "don't load" keeps what is shown.
    await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
    await page.getByTestId("workbook-cancel").click();
    await expect(ask).toHaveCount(0);
    await expect(kpiRow(page)).toContainText("512%");

    await openWorkbook(page, "warned.xlsx", warned);
    await expect(ask.locator("h2")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("workbook-continue")).toBeFocused();
    await expect(page.getByTestId("workbook-continue")).toHaveText(lang === "ja" ? "警告を確かめたうえで読み込む" : "Continue with warnings");
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-source", "file:warned.xlsx");
    await expect(ask).toHaveCount(0);
    // 129 of 25 (the printed text, still 128件, is shown as printed).
    await expect(kpiRow(page)).toContainText("516%");
    // The warnings stay listed over the dataset, at their cells.
    await expect(page.getByTestId("dataset-warnings").locator("li").filter({ hasText: "KPI!J2" })).toHaveCount(1);
  });
}

test("a newer load wins over a workbook still being read", async ({ page }) => {
  const bytes = await bundledWorkbook(page);
  await openApp(page, "?view=kpis");
  await page.route("**/workbook/load-workbook.js", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  const edited = new Workbook(bytes).textCell("報告書 Report", "C4", "遅いブック").bytes();
  await openWorkbook(page, "slow.xlsx", edited);
  await expect(page.getByTestId("loading")).toContainText("Excel用の機能を読み込んでいます…");
  const data = structuredClone(FY2022);
  data.report.title = "後から開いたファイル";
  await page.getByTestId("open-file").setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("report-title")).toHaveText("後から開いたファイル");
  // The workbook's module arrives and reads it; its result is not shown.
  await page.waitForResponse("**/workbook/workbook_bg.wasm");
  await page.waitForTimeout(500);
  await expect(page.getByTestId("report-title")).toHaveText("後から開いたファイル");
  await expect(page.locator("html")).toHaveAttribute("data-source", "file:newer.json");
});

test("under the strict Content-Security-Policy, export and open work", async ({ page }) => {
  const seen = watch(page);
  const response = await page.goto(`${CSP_ORIGIN}${SUB}?view=kpis&lang=en`);
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await waitReady(page);
  const { bytes, ms } = await exportWorkbook(page);
  const edited = new Workbook(bytes).number("KPI", "M2", 50).number("KPI", "I2", 131).textCell("KPI", "J2", "131件").bytes();
  const started = Date.now();
  await openWorkbook(page, "csp.xlsx", edited);
  await expect(page.locator("html")).toHaveAttribute("data-source", "file:csp.xlsx");
  await expect(kpiRow(page)).toContainText("131");
  console.log(`workbook under CSP: export ${ms} ms (module included), open ${Date.now() - started} ms`);
  expectClean(seen, CSP_ORIGIN);
});

test("a module that cannot be loaded: a readable message, the dataset stays, and a later try works", async ({ page }) => {
  await openApp(page, "?view=kpis");
  await page.route("**/workbook/**", (route) => route.fulfill({ status: 404, body: "not deployed" }));
  await (await exportAction(page, "export-xlsx")).click();
  await expect(page.getByTestId("export-error")).toHaveText(/^出力できませんでした: Excel用の機能（workbook\/）を読み込めませんでした: /);
  await dropFile(page, "any.xlsx", Buffer.from("PK\x03\x04 not really", "latin1"), XLSX);
  const alert = page.getByTestId("load-error");
  await expect(alert).toContainText("any.xlsx: Excel用の機能（workbook/）を読み込めませんでした");
  await expect(alert).toContainText("直前のデータをそのまま表示しています。");
  await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  // Deployed after all: the next try loads it.
  await page.unroute("**/workbook/**");
  const { name } = await exportWorkbook(page);
  expect(name).toBe("shinchoku-fy2022.xlsx");
  await expect(page.getByTestId("export-error")).toHaveCount(0);
});

test("a corrupt file and a zip bomb are refused with their reasons, the dataset stays (en)", async ({ page }) => {
  await openApp(page, "?view=kpis&lang=en");
  const alert = page.getByTestId("load-error");
  await openWorkbook(page, "corrupt.xlsx", Buffer.from("PK\x03\x04 this is no zip at all", "latin1"));
  await expect(alert.locator(".problem-list li").first()).toHaveText(/^Error not an Excel workbook \(\.xlsx\): it cannot be read as a zip/);
  await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
  // A small file that declares 4 GB unpacked: refused before anything is inflated.
  const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(1000, 0x20), declared: 0xfffffff0 }]);
  await openWorkbook(page, "bomb.xlsx", bomb);
  await expect(alert.locator(".problem-list li").first()).toHaveText(/^Error the workbook would unpack to too much \([\d,]+ bytes; at most 268,435,456\): not read$/);
  await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
});

test.describe("the single-file edition", () => {
  const STANDALONE = pathToFileURL(path.join(__dirname, "../../dist/shinchoku-standalone.html")).href;

  test("offers no Excel workbooks, says why, and refuses a dropped one", async ({ page }) => {
    const seen = watch(page);
    await page.goto(STANDALONE);
    await waitReady(page);
    await exportAction(page, "export-csv");
    await expect(page.getByTestId("export-xlsx")).toHaveCount(0);
    await expect(page.locator(".export-menu").getByTestId("xlsx-unavailable")).toHaveText(/^単一ファイル版では Excel ブックの書き出し・読み込みはできません。/);
    await expect(page.getByTestId("open-xlsx")).toHaveCount(0);
    await expect(page.locator(".data-menu").getByTestId("xlsx-unavailable")).toBeAttached();
    await dropFile(page, "fy2023.xlsx", Buffer.from("PK\x03\x04", "latin1"), XLSX);
    const alert = page.getByTestId("load-error");
    await expect(alert).toContainText("fy2023.xlsx is an Excel workbook: the single-file edition of Shinchoku cannot read workbooks");
    await expect(alert).toContainText("サーバーに置いた版（dist/）で使ってください");
    await expect(page.locator("html")).toHaveAttribute("data-source", "bundled:fy2022");
    const elsewhere = seen.requests.filter((u) => !u.startsWith(STANDALONE) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(elsewhere).toEqual([]);
  });
});
