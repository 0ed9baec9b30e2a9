// Languages and themes: an English reader sees English, a Japanese reader
// Japanese, and what stays Japanese is marked lang="ja"; the switches redraw
// in place; the theme follows the system unless chosen.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp, waitReady, exportAction } = require("./helpers");

async function unmarkedJapanese(page, root = "main") {
  return page.evaluate((root) => {
    const cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]/;
    const out = [];
    const walker = document.createTreeWalker(document.querySelector(root), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!cjk.test(n.data)) continue;
      const el = n.parentElement;
      if (el.closest("[hidden], script, style, option")) continue;
      const marked = el.closest("[lang]");
      if (!marked || !marked.getAttribute("lang").startsWith("ja")) out.push(n.data.trim().slice(0, 60));
    }
    return out;
  }, root);
}

for (const view of ["", "?view=kpis", "?view=ministry&ministry=mext", "?view=initiatives", "?view=method", "?view=changes", "?view=changes&compare=__test/fixtures/fy2023-synthetic.json"]) {
  test(`English mode marks every remaining Japanese text lang="ja" (${view || "overview"})`, async ({ page }) => {
    await openApp(page, `${view}${view ? "&" : "?"}lang=en`);
    if (view === "?view=kpis") await page.locator("tr[data-kpi-id]:not([hidden]) button.expand").first().click();
    if (view.includes("compare=")) {
      await expect(page.getByTestId("compare-summary")).toBeVisible();
      await page.locator(".compare-notes summary").click();
    }
    expect(await unmarkedJapanese(page)).toEqual([]);
    expect(await unmarkedJapanese(page, "header")).toEqual([]);
  });
}
test("the language switch redraws every row and label of the KPI table without a reload", async ({ page }) => {
  await openApp(page, "?view=kpis");
  const row = page.locator('tr[data-kpi-id="drugs-nonclinical-poc"]');
  await expect(row.locator(".kpi-name")).toHaveText("非臨床POCの取得件数");
  await expect(row.locator(".latest")).toHaveText("128件");
  await page.evaluate(() => (window.__sameDocument = true));
  await page.getByTestId("lang-switch").click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(row.locator(".kpi-name")).toHaveText("Number of non-clinical proofs of concept (POC) obtained");
  await expect(row.locator(".latest")).toHaveText("128");
  await expect(row.locator(".kpi-meta")).toHaveText("Output");
  await expect(row.locator("button.expand .sr-only")).toHaveText("Show details");
  await expect(page.locator(".kpi-table tr.group:not([hidden])").first()).toHaveText("1. Drug Discovery Project");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(await unmarkedJapanese(page)).toEqual([]);
  await page.getByTestId("lang-switch").click();
  await expect(row.locator(".kpi-name")).toHaveText("非臨床POCの取得件数");
});
for (const view of ["", "?view=ministry&ministry=mic", "?view=initiatives"]) {
  test(`the language switch redraws the ${view || "overview"} without a reload`, async ({ page }) => {
    await openApp(page, view);
    await page.evaluate(() => (window.__sameDocument = true));
    await page.getByTestId("lang-switch").click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByTestId("headline")).toContainText("KPIs with a target");
    expect(await unmarkedJapanese(page)).toEqual([]);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  });
}
test("the methodology page is Japanese in Japanese mode and English in English mode", async ({ page }) => {
  await openApp(page, "?view=method");
  const ja = await page.getByTestId("methodology").textContent();
  const letters = ja.replace(/[\s\d\p{P}\p{S}]/gu, "");
  const japanese = letters.replace(/[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g, "");
  expect(japanese.length / letters.length).toBeGreaterThan(0.8);
  await expect(page.getByTestId("methodology")).toHaveAttribute("lang", "ja");
  await page.getByTestId("lang-switch").click();
  await expect(page.getByTestId("methodology")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("methodology")).toContainText("plan");
});
test("the CSV's header row follows the language", async ({ page }) => {
  for (const [query, first] of [["?view=kpis", "プロジェクトID"], ["?view=kpis&lang=en", "project_id"]]) {
    await openApp(page, query);
    const item = await exportAction(page, "export-csv");
    const [file] = await Promise.all([page.waitForEvent("download"), item.click()]);
    const text = fs.readFileSync(await file.path(), "utf8").replace(/^\uFEFF/, "");
    const header = text.split("\r\n")[0];
    expect(header.startsWith(`"${first}"`)).toBe(true);
    if (query.includes("en")) expect(header).toContain('"Achievement (%)"');
    else expect(header).toContain('"達成率（%）"');
  }
});
test("Japanese mode has no English sentence outside lang=\"en\"", async ({ page }) => {
  for (const view of ["", "?view=kpis", "?view=ministry&ministry=mext", "?view=initiatives", "?view=changes", "?view=changes&compare=__test/fixtures/fy2023-synthetic.json"]) {
    await openApp(page, view);
    if (view.includes("compare=")) await expect(page.getByTestId("compare-summary")).toBeVisible();
    const english = await page.evaluate(() => {
      // Four or more English words in a row is a sentence, not a loanword or an acronym.
      const sentence = /\b[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){3,}/;
      const out = [];
      for (const root of [document.querySelector("header"), document.querySelector("main"), document.querySelector("footer")]) {
        if (!root) continue;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          // Printed report text (marked lang="ja") may quote English names.
          if (el.closest('[hidden], script, style, textarea, [lang="ja"]')) continue;
          if (sentence.test(n.data) && !el.closest('[lang="en"]')) out.push(n.data.trim().slice(0, 80));
        }
      }
      return out;
    });
    expect(english, view || "overview").toEqual([]);
  }
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

test("the theme follows a change of the system preference live, unless the reader chose one", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openApp(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // A theme chosen in the URL wins over the system's.
  await page.getByTestId("theme-switch").click();
  await expect(page).toHaveURL(/theme=light/);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.emulateMedia({ colorScheme: "light" });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});
