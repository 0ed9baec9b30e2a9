// Everything the report says is reachable in some view, in its own words:
// every text of the bundled dataset (evaluations, case studies, ministries'
// actions, initiatives, KPI details, printed notes, our notes and readings)
// appears in the Japanese pages (folded parts count: they open with a
// click); and in English mode every field that has an English version of
// ours shows it. Spaces and line breaks are ignored in the comparison: the
// pages lay paragraphs out their own way.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const path = require("node:path");
const { openApp } = require("./helpers");

const DATA = JSON.parse(fs.readFileSync(path.join(__dirname, "../../data/fy2022.json"), "utf8"));
const READING = "【当方の判断】";

// Ids, references and closed vocabularies: not texts for a reader.
const NOT_TEXT = new Set(["id", "after", "ministry", "phases", "lead", "participating", "programs", "grade", "kind", "unit", "funding", "ministry_basis", "phase_basis", "comparator", "abbr", "schema_version"]);

/** Every text of the dataset: [JSON path, text], the Japanese ones or the English ones. */
function texts(value, english, at = "") {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, english, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) => {
      if (NOT_TEXT.has(key) && !(key === "programs" && Array.isArray(v) && typeof v[0] === "object")) return [];
      if (key === "id" && at === "report") return [];
      const isEnglish = key.endsWith("_en") || key === "en" || key === "names_en_note";
      if (typeof v === "string" && isEnglish !== english) return [];
      return texts(v, english, at ? `${at}.${key}` : key);
    });
  }
  return [];
}

const squash = (s) => s.replace(/\s+/g, "");

/** The parts of a text a page shows: paragraphs, and our notes apart from our readings. */
const parts = (text) => text.split("\n").flatMap((p) => p.split(READING)).map(squash).filter((p) => p.length > 0);

async function pageText(page, query) {
  await openApp(page, query);
  if (query.includes("view=kpis")) {
    for (const button of await page.locator("button.expand").all()) await button.click();
    await expect(page.locator("tr.kpi-detail")).toHaveCount(await page.locator("button.expand").count());
  }
  if (query.includes("view=method")) await expect(page.getByTestId("about-the-data")).toBeVisible();
  return squash(await page.evaluate(() => document.body.textContent));
}

const VIEWS = ["", "?view=kpis", "?view=ministry", "?view=cases", "?view=initiatives", "?view=method", ...DATA.projects.map((p) => `?view=project&project=${p.id}`)];

for (const [lang, english] of [["ja", false], ["en", true]]) {
  test(`every ${english ? "English" : "Japanese"} text of the dataset is reachable in some view`, async ({ page }) => {
    test.setTimeout(120_000);
    let all = "";
    for (const view of VIEWS) {
      const query = english ? (view ? `${view}&lang=en` : "?lang=en") : view;
      all += await pageText(page, query);
    }
    const missing = texts(DATA, english).filter(([, text]) => !parts(text).every((p) => all.includes(p)));
    expect(missing.map(([at, text]) => `${at}: ${text.slice(0, 60)}`)).toEqual([]);
  });
}
