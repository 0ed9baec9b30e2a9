// Shared helpers for the end-to-end specs.
const { expect } = require("@playwright/test");

/** Records every request and console error of a page. */
function watch(page) {
  const seen = { requests: [], errors: [] };
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error") seen.errors.push(m.text());
  });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  return seen;
}

/** Waits until the app says its first render after loading is done. */
async function waitReady(page) {
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true", { timeout: 30_000 });
}

/** Opens the app at `path` (relative to the sub-path) and waits until ready. */
async function openApp(page, path = "") {
  const seen = watch(page);
  await page.goto(path);
  await waitReady(page);
  return seen;
}

/** An item of the "export and share" menu, with the menu opened first. */
async function exportAction(page, testid) {
  const menu = page.locator("details.export-menu");
  if (!(await menu.evaluate((d) => d.open))) await page.getByTestId("export-menu").click();
  return page.getByTestId(testid);
}

/** Every request went to the page's own origin, and nothing was logged as an error. */
function expectClean(seen, origin) {
  const foreign = seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
  expect(foreign, "requests to other origins").toEqual([]);
  expect(seen.errors, "console errors").toEqual([]);
}

/**
 * A copy of dataset `data` whose projects are its own `copies` times over:
 * the first copy as it is, the others with `-c1`, `-c2`, … after every
 * project, program, KPI and breakdown id (and project name).
 */
function withProjectCopies(data, copies) {
  const out = JSON.parse(JSON.stringify(data));
  out.projects = [];
  for (let n = 0; n < copies; n++) {
    for (const original of data.projects) {
      const p = JSON.parse(JSON.stringify(original));
      const suffix = n === 0 ? "" : `-c${n}`;
      p.id += suffix;
      p.name_ja += suffix;
      p.name_en += suffix;
      for (const g of p.programs) g.id += suffix;
      for (const line of p.budget_lines) line.programs = line.programs.map((id) => id + suffix);
      for (const k of p.kpis) {
        k.id += suffix;
        for (const b of k.breakdowns) b.id += suffix;
      }
      out.projects.push(p);
    }
  }
  return out;
}

/**
 * Drops a file named `name` holding `content` (a text, or bytes as a
 * Buffer) on the page's main area, as dragging it there from the desktop
 * would.
 */
function dropFile(page, name, content, type = "application/json") {
  const bytes = Buffer.isBuffer(content) ? [...content] : null;
  return page.evaluate(([name, text, bytes, type]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes ? new Uint8Array(bytes) : text], name, { type }));
    document.querySelector("main").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, bytes ? null : content, bytes, type]);
}

module.exports = {
  exportAction, watch, waitReady, openApp, expectClean, withProjectCopies, dropFile };
