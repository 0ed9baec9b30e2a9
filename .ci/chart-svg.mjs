// After `prerender`: draws each prerendered page's charts as SVG, with
// ECharts' server-side SVG renderer and the same options the app gives
// ECharts (dist/prerender-charts.json, written by src/bin/prerender.rs),
// into the chart elements that carry their position (`data-svg`), where
// they stay until the app's live chart replaces them.
//
// Both themes are drawn. Where the dark drawing is the light one with other
// colours in its fill and stroke attributes (the same shapes, text and
// positions), the page carries the light drawing only (`data-for-theme=
// "any"`) and a style rule per colour that repaints it in the dark theme:
// 3.7 KB gzip less on the default page. A chart whose drawings differ in
// anything else, or whose colours map differently from another chart's on
// the same page, keeps both drawings, the stylesheet showing the one that
// applies.
//
// Usage: node .ci/chart-svg.mjs dist
import { readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const echarts = require("echarts");

const dist = process.argv[2];
if (!dist) throw new Error("usage: node .ci/chart-svg.mjs <dist>");

// The width the overview's charts have at 1366 and 1280 px; the drawing
// scales to other widths (the element's height stays the app's).
const WIDTH = 750;
// The page's own fonts, as its stylesheet names them (`:root`'s
// font-family): the drawing is text in the page.
const FONT = pageFont(dist);

/** The font list of `:root` in dist's stylesheet, each name with a space in
 * single quotes (ECharts writes it into a double-quoted style attribute). */
function pageFont(dir) {
  const css = readdirSync(dir).find((name) => /^main-[0-9a-f]+\.css$/.test(name));
  const list = css && /:root\{[^}]*?font-family:([^;}]+)/.exec(readFileSync(join(dir, css), "utf8"))?.[1];
  if (!list) throw new Error("chart-svg: no font-family on :root in dist's stylesheet");
  return list
    .split(",")
    .map((name) => name.trim().replace(/"/g, "'"))
    .map((name) => (/\s/.test(name) && !name.startsWith("'") ? `'${name}'` : name))
    .join(", ");
}

// Text widths without a canvas: ECharts lays labels out (and cuts them to a
// width) by measuring them. Full-width characters take one em; Latin
// letters and digits about half of one, as in the page's fonts.
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

const COLOUR = /#[0-9a-fA-F]{3,8}\b|rgba?\([^)]*\)/g;

// The rules that repaint `light` as `dark` (`fill="#1f6a40"` → `#7fd3a1`),
// added to `rules`, the page's; or null, `rules` untouched, where the two
// differ in more than the colours of fill and stroke attributes or a
// colour would be repainted two ways. ECharts numbers its class names
// across drawings (`zr3-cls-24` in one is `zr4-cls-30` in the next), and
// its <style> holds only the hover colours, which the rules outrank: a
// bar keeps its colour under the pointer in the dark theme.
function repaint(light, dark, rules) {
  const shape = (svg) => svg.replace(COLOUR, "#").replace(/\bzr\d+-cls-\d+/g, "zr");
  if (shape(light) !== shape(dark)) return null;
  const style = /<style[^>]*>[\s\S]*?<\/style>/.exec(light);
  const inStyle = (at) => style !== null && at > style.index && at < style.index + style[0].length;
  const found = new Map(rules);
  const ours = [...light.matchAll(COLOUR)];
  const theirs = [...dark.matchAll(COLOUR)];
  for (let i = 0; i < ours.length; i++) {
    const attribute = /\b(fill|stroke)="$/.exec(light.slice(Math.max(0, ours[i].index - 8), ours[i].index));
    if (!attribute) {
      if (ours[i][0] !== theirs[i][0] && !inStyle(ours[i].index)) return null;
      continue;
    }
    const key = `${attribute[1]}="${ours[i][0]}"`;
    if ((found.get(key) ?? theirs[i][0]) !== theirs[i][0]) return null;
    found.set(key, theirs[i][0]);
  }
  for (const [key, value] of found) rules.set(key, value);
  return rules;
}

const pages = JSON.parse(readFileSync(join(dist, "prerender-charts.json"), "utf8"));
let drawn = 0;
let repainted = 0;
for (const page of pages) {
  if (page.charts.length === 0) continue;
  const file = join(dist, page.file);
  let html = readFileSync(file, "utf8");
  const rules = new Map();
  html = html.replace(/(<div[^>]*\bdata-svg="(\d+)"[^>]*>)(<\/div>)/g, (all, open, n, close) => {
    const chart = page.charts[Number(n)];
    const dark = page.dark[Number(n)];
    if (!chart) throw new Error(`${page.file}: no chart ${n}`);
    drawn++;
    const light = draw(chart, null);
    const night = dark ? draw(dark, "dark") : null;
    if (night && repaint(light, night, rules)) {
      repainted++;
      return `${open}<div class="chart-svg" data-for-theme="any" aria-hidden="true">${light}</div>${close}`;
    }
    const drawings = [`<div class="chart-svg" data-for-theme="light" aria-hidden="true">${light}</div>`];
    if (night) drawings.push(`<div class="chart-svg" data-for-theme="dark" aria-hidden="true">${night}</div>`);
    return `${open}${drawings.join("")}${close}`;
  });
  const css = [...rules]
    .filter(([key, value]) => !key.endsWith(`"${value}"`))
    .map(([key, value]) => `[data-theme="dark"] .chart-svg [${key}]{${key.split("=")[0]}:${value}}`)
    .join("");
  if (css) html = html.replace("</head>", `<style>${css}</style></head>`);
  writeFileSync(file, html);
}
rmSync(join(dist, "prerender-charts.json"));
console.log(`chart-svg: ${drawn} charts drawn as SVG, ${repainted} of them repainted for the dark theme by style rules`);
