// Other datasets and bad input: local files (picked or dropped) and
// ?data= links. Every bad input gets a clear message, nothing panics, the
// page never goes blank, and the last good view stays on screen.

const { test, expect } = require("@playwright/test");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { openApp, watch, waitReady, dropFile, withProjectCopies } = require("./helpers");
const { CSP_ORIGIN, CSP_PORT } = require("./ports.cjs");

let real;

test.beforeAll(async ({ request }) => {
  real = await (await request.get("data/fy2022.json")).json();
});

const copy = () => JSON.parse(JSON.stringify(real));

/** Opens the default view, then feeds `body` as a local file. */

async function feed(page, body, name = "bad.json") {
  await openApp(page, "?view=kpis");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === "string" ? body : JSON.stringify(body));
  if (buffer.length > 40 * 1024 * 1024) {
    // Playwright passes large files by path only.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "shinchoku-")), name);
    fs.writeFileSync(file, buffer);
    await page.getByTestId("open-file").setInputFiles(file);
  } else {
    await page.getByTestId("open-file").setInputFiles({ name, mimeType: "application/json", buffer });
  }
  const alert = page.getByTestId("load-error");
  await expect(alert).toBeVisible({ timeout: 30_000 });
  // The last good view survives.
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
  await expect(page.locator("html")).not.toHaveAttribute("data-error", "panic");
  return alert;
}

test("a good local file replaces the view and a banner says where it came from", async ({ page }) => {
  const data = copy();
  data.projects = data.projects.slice(0, 1);
  await openApp(page, "?view=kpis");
  await page.getByTestId("open-file").setInputFiles({ name: "drugs-only.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toContainText("drugs-only.json");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(data.projects[0].kpis.length);
  await expect(page.locator("html")).toHaveAttribute("data-source", "file:drugs-only.json");
});
test("not JSON", async ({ page }) => {
  const alert = await feed(page, "this is not json");
  await expect(alert).toContainText("bad.json is not a valid dataset");
  await expect(alert).toContainText(/\bline 1\b/);
});
test("JSON of the wrong shape", async ({ page }) => {
  await expect(await feed(page, [1, 2, 3])).toContainText("the file holds a JSON array; a dataset is one JSON object");
});
test("a required field missing deep inside names its path", async ({ page }) => {
  const data = copy();
  delete data.projects[2].kpis[3].grade;
  const alert = await feed(page, data);
  await expect(alert).toContainText("grade");
  await expect(alert).toContainText("projects[2].kpis[3]");
});
test("numbers as strings", async ({ page }) => {
  const data = copy();
  data.projects[0].kpis[0].latest = String(data.projects[0].kpis[0].latest);
  const alert = await feed(page, data);
  await expect(alert).toContainText("projects[0].kpis[0].latest");
  await expect(alert).toContainText("invalid type: string");
});
test("negative and NaN-like values", async ({ page }) => {
  const data = copy();
  data.projects[0].kpis[0].yearly[0].value = -5;
  await expect(await feed(page, data)).toContainText("projects[0].kpis[0].yearly[0].value: a count of -5 is negative");
  const text = JSON.stringify(copy()).replace(/"latest":\d+/, '"latest":NaN');
  await page.reload();
  await waitReady(page);
  await page.getByTestId("open-file").setInputFiles({ name: "nan.json", mimeType: "application/json", buffer: Buffer.from(text) });
  await expect(page.getByTestId("load-error")).toContainText("nan.json is not a valid dataset");
});
test("a format version the viewer does not read is refused, naming the versions it reads", async ({ page }) => {
  const data = copy();
  data.schema_version = 999;
  const alert = await feed(page, data, "future.json");
  await expect(alert).toContainText("future.json has 1 error(s)");
  await expect(alert).toContainText("schema_version: schema version 999 is not one this viewer reads; it reads version 1");
});
test("duplicate ids, unknown ministry and unknown phase", async ({ page }) => {
  const data = copy();
  data.projects[1].kpis[1].id = data.projects[1].kpis[0].id;
  data.projects[0].ministries.participating.push("atlantis");
  data.projects[3].programs[0].phases = ["marketing"];
  const alert = await feed(page, data);
  await expect(alert).toContainText("duplicate KPI id");
  await expect(alert).toContainText('unknown ministry id "atlantis"');
  await expect(alert).toContainText('unknown phase id "marketing"');
  await expect(alert).toContainText("3 error(s)");
});
test("a 50 MB file is refused before parsing", async ({ page }) => {
  const alert = await feed(page, Buffer.alloc(50 * 1024 * 1024, 0x20), "huge.json");
  await expect(alert).toContainText("huge.json is larger than the 20 MB limit");
  await expect(alert).toContainText("50.0 MB");
});
test("a list of 3,000,000 entries is refused by counting, before it is built", async ({ page }) => {
  // The wasm's memory, read through the loader's start event.
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
  const data = copy();
  data.projects[0].ministry_actions = [];
  const text = JSON.stringify(data).replace('"ministry_actions":[]', `"ministry_actions":[${Array(3_000_000).fill('"ab"').join(",")}]`);
  const memory = () => page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  await openApp(page, "?view=kpis");
  const before = await memory();
  await page.getByTestId("open-file").setInputFiles({ name: "actions.json", mimeType: "application/json", buffer: Buffer.from(text) });
  const alert = page.getByTestId("load-error");
  // The parser's message (the validator's would say "has 1 error(s)").
  await expect(alert).toContainText("actions.json is not a valid dataset: 3000000 entries; at most 1000 (at projects[0].ministry_actions, line 1, column");
  // The text and its bytes, not three million strings besides: building
  // them took over 8 times the file's size.
  expect(await memory()).toBeLessThan(before + 3 * text.length);
});
test("a trap of the WebAssembly module while loading shows the error panel, never a spinner", async ({ page }) => {
  await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
  await openApp(page, "?view=kpis");
  // Leave the module no memory to grow into: the next allocation it cannot
  // serve from what it has fails, and a failed allocation traps.
  await page.evaluate(() => {
    const memory = window.__wasm.memory;
    for (let pages = 65536; pages >= 1; pages = Math.floor(pages / 2)) {
      for (;;) {
        try {
          memory.grow(pages);
        } catch {
          break;
        }
      }
    }
  });
  await page.getByTestId("open-file").setInputFiles({ name: "any.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(copy())) });
  const panel = page.locator("#fatal-error");
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute("role", "alert");
  await expect(panel).toContainText("RuntimeError");
  await expect(panel).toContainText("Reload the page");
  await expect(page.locator("html")).toHaveAttribute("data-error", "trap");
  await expect(page.locator(".loading")).toHaveCount(0);
});
test("deeply nested JSON", async ({ page }) => {
  const alert = await feed(page, '{"deep": ' + "[".repeat(100000) + "]".repeat(100000) + "}");
  // No stack overflow, no panic: a message that names the file and the position.
  await expect(alert).toContainText("bad.json is not a valid dataset");
  await expect(alert).toContainText("line 1, column");
});
test("markup and javascript: URLs in text fields are shown as text, nothing runs", async ({ page }) => {
  const data = copy();
  const k = data.projects[0].kpis[0];
  k.name = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  k.detail = "javascript:window.__pwned=3";
  data.projects[0].name_ja = '<img src=x onerror="window.__pwned = 4">';
  data.report.title = "<b>title</b>";
  await openApp(page, "?view=kpis");
  await page.getByTestId("open-file").setInputFiles({ name: "xss.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByTestId("source-banner")).toBeVisible();
  const row = page.locator(`tr[data-kpi-id="${k.id}"]`);
  await expect(row.locator("th.name .kpi-name")).toHaveText(k.name);
  await row.locator("button.expand").click();
  await expect(page.locator("tr.kpi-detail")).toContainText("javascript:window.__pwned=3");
  await page.locator('a[data-view="overview"]').click();
  await expect(page.getByTestId("report-title")).toHaveText("<b>title</b>");
  // Nothing that could run was made: no image with the handler and no
  // script element with the text anywhere in the document, so no handler
  // can fire later either.
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.locator("script").evaluateAll((els) => els.filter((e) => e.textContent.includes("__pwned")).length)).toBe(0);
});
test("?data= loads a same-origin dataset with a banner", async ({ page }) => {
  await page.goto("?data=data/fy2022.json&view=kpis");
  await waitReady(page);
  await expect(page.getByTestId("source-banner")).toContainText("data/fy2022.json");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
});
test("?data= on another origin is refused with a clear message", async ({ page }) => {
  const seen = watch(page);
  await page.goto("?data=https://evil.example/fake.json");
  await expect(page.getByTestId("load-error")).toContainText("https://evil.example/fake.json is on another site");
  expect(seen.requests.filter((u) => new URL(u).hostname.endsWith("evil.example"))).toEqual([]);
});
test("?data= on this origin that redirects to another origin is refused, naming both", async ({ page }) => {
  // The other origin (the strict-CSP server) lets anyone read its dataset.
  const foreign = `${CSP_ORIGIN}some/sub/path/__test/cors-dataset`;
  const seen = watch(page);
  await page.goto(`?data=${encodeURIComponent(`__test/redirect?to=${encodeURIComponent(foreign)}`)}`);
  const alert = page.getByTestId("load-error");
  await expect(alert).toContainText(`redirected to ${foreign}, which is on another site (${CSP_ORIGIN.slice(0, -1)})`);
  // Nothing foreign is shown.
  await expect(page.getByText("FOREIGN DATASET")).toHaveCount(0);
  await expect(page.getByTestId("source-banner")).toHaveCount(0);
  await expect(page.locator("html")).not.toHaveAttribute("data-source", new RegExp(String(CSP_PORT)));
  expect(seen.requests).toContain(foreign);
});
test("?data= that redirects within this origin loads, and the banner names where the data came from", async ({ page, baseURL }) => {
  const target = new URL("data/fy2022.json", baseURL).href;
  await page.goto(`?view=kpis&data=${encodeURIComponent(`__test/redirect?status=301&to=${encodeURIComponent(target)}`)}`);
  await waitReady(page);
  await expect(page.getByTestId("source-banner")).toContainText(target);
  await expect(page.locator("html")).toHaveAttribute("data-source", `url:${target}`);
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(45);
});
test("?data= that 404s", async ({ page }) => {
  await page.goto("?data=missing.json");
  await expect(page.getByTestId("load-error")).toContainText("missing.json: the server answered HTTP 404");
  await expect(page.getByTestId("report-title")).toBeVisible();
});
test("?data= that never answers times out", async ({ page }) => {
  test.setTimeout(60_000);
  await page.route("**/slow.json", () => {});
  await page.goto("?data=slow.json");
  await expect(page.getByTestId("load-error")).toContainText("did not arrive within 15 seconds", { timeout: 30_000 });
});
test("a file dropped on the page is read in the browser", async ({ page }) => {
  const data = copy();
  data.projects = data.projects.slice(1, 2);
  const seen = watch(page);
  await openApp(page, "?view=kpis");
  await dropFile(page, "dropped.json", JSON.stringify(data));
  await expect(page.getByTestId("source-banner")).toContainText("dropped.json");
  await expect(page.locator("tr[data-kpi-id]:not([hidden])")).toHaveCount(data.projects[0].kpis.length);
  expect(seen.requests.filter((u) => u.includes("dropped"))).toEqual([]);
});

test("thousands of warnings: the first 50 are listed, the rest counted", async ({ page }) => {
  // Every target's printed text disagrees with its value: a warning per
  // target, 45 KPIs and their breakdowns in each of 20 copies.
  const data = withProjectCopies(copy(), 20);
  let warnings = 0;
  for (const p of data.projects) {
    for (const k of p.kpis) {
      for (const row of [k, ...k.breakdowns]) {
        if (row.target && row.target.value !== 0) {
          row.target.text = "0";
          warnings += 1;
        }
      }
    }
  }
  expect(warnings).toBeGreaterThan(500);
  await openApp(page, "?view=kpis");
  await page.getByTestId("open-file").setInputFiles({ name: "warned.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
  const panel = page.getByTestId("dataset-warnings");
  await expect(panel).toBeVisible();
  await expect(panel.locator("li")).toHaveCount(51);
  const more = panel.getByTestId("warnings-more");
  await expect(more).toHaveText(/^… and [\d,]+ more$/);
  const counted = Number((await more.textContent()).replace(/\D/g, ""));
  expect(counted + 50).toBeGreaterThanOrEqual(warnings);
});


