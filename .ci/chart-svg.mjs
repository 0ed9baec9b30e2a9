// After `prerender`: draws each prerendered page's charts as SVG, with
// ECharts' server-side SVG renderer and the same options the app gives
// ECharts (dist/prerender-charts.json, written by src/bin/prerender.rs),
// into the chart elements that carry their position (`data-svg`): one
// drawing for the light theme and one for the dark, the stylesheet showing
// the one that applies, until the app's live chart replaces them.
//
// Usage: node .ci/chart-svg.mjs dist
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const echarts = require("echarts");

const dist = process.argv[2];
if (!dist) throw new Error("usage: node .ci/chart-svg.mjs <dist>");

// The width the overview's charts have at 1366 and 1280 px; the drawing
// scales to other widths (the element's height stays the app's).
const WIDTH = 750;
// The page's own fonts, named explicitly: the drawing is text in the page.
// (Single quotes: ECharts writes it into a double-quoted style attribute.)
const FONT = "system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', Meiryo, sans-serif";

// Text widths without a canvas: ECharts lays labels out (and cuts them to a
// width) by measuring them. Full-width characters take one em; Latin
// letters and digits about half of one, as in the system UI fonts.
function measureText(text, font) {
  const size = Number((/(\d+(?:\.\d+)?)px/.exec(font ?? "") ?? [0, 12])[1]);
  const bold = /bold|[6-9]00/.test(font ?? "");
  let em = 0;
  for (const ch of String(text)) {
    const code = ch.codePointAt(0);
    if (code >= 0x1100 && !(code >= 0xff61 && code <= 0xff9f)) em += 1;
    else if (ch === " ") em += 0.28;
    else if (/[iljtf.,:;'!|()[\]]/.test(ch)) em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.85;
    else if (/[A-Z0-9%]/.test(ch)) em += 0.64;
    else em += 0.53;
  }
  return { width: em * size * (bold ? 1.05 : 1) };
}
echarts.setPlatformAPI({ measureText });

// `extra` merged into `option` as the app merges it (src/ui/chart/echarts.rs):
// objects into objects, an object into the first of an array.
function merge(target, extra) {
  for (const [key, value] of Object.entries(extra)) {
    let current = target[key];
    if (Array.isArray(current)) current = current[0];
    if (value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object") merge(current, value);
    else target[key] = value;
  }
  return target;
}

function draw(chart, theme) {
  const option = merge(JSON.parse(chart.option), JSON.parse(chart.extra));
  option.textStyle = { ...(option.textStyle ?? {}), fontFamily: FONT };
  const instance = echarts.init(null, theme, { renderer: "svg", ssr: true, width: WIDTH, height: chart.height });
  instance.setOption(option);
  const svg = instance.renderToSVGString();
  instance.dispose();
  // Scales with its element: the viewBox keeps the drawing's proportions.
  return svg.replace(/^<svg([^>]*?) width="\d+" height="\d+"/, `<svg$1 viewBox="0 0 ${WIDTH} ${chart.height}" preserveAspectRatio="xMidYMin meet"`);
}

const pages = JSON.parse(readFileSync(join(dist, "prerender-charts.json"), "utf8"));
let drawn = 0;
for (const page of pages) {
  if (page.charts.length === 0) continue;
  const file = join(dist, page.file);
  let html = readFileSync(file, "utf8");
  html = html.replace(/(<div[^>]*\bdata-svg="(\d+)"[^>]*>)(<\/div>)/g, (all, open, n, close) => {
    const chart = page.charts[Number(n)];
    const dark = page.dark[Number(n)];
    if (!chart) throw new Error(`${page.file}: no chart ${n}`);
    drawn++;
    const light = `<div class="chart-svg" data-for-theme="light" aria-hidden="true">${draw(chart, null)}</div>`;
    const night = dark ? `<div class="chart-svg" data-for-theme="dark" aria-hidden="true">${draw(dark, "dark")}</div>` : "";
    return `${open}${light}${night}${close}`;
  });
  writeFileSync(file, html);
}
rmSync(join(dist, "prerender-charts.json"));
console.log(`chart-svg: ${drawn} charts drawn as SVG`);
