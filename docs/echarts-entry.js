// The ECharts build Shinchoku ships: only the charts and components it uses
// (bar, line; grid, tooltip, the plain legend, mark lines; the canvas
// renderer only, which PNG export also uses) and the Japanese locale.
// `make` bundles it with esbuild into target/echarts/echarts.min.js, which
// index.html copies into dist/; src/ui/chart/mod.rs loads it when the first chart
// is drawn, so views without charts never load it. window.echarts carries
// only what is called on it: `init` (src/ui/chart/echarts.rs) and
// `getInstanceByDom` (the tests, and anyone inspecting a chart), so the rest
// of echarts/core's exports (graphic, geo maps, formatting helpers, …) and
// the scrolling legend are left out of the bundle: 5.3 and 1.9 KB gzip.
import { use, init, getInstanceByDom, registerLocale } from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import langJA from "echarts/i18n/langJA-obj.js";

use([BarChart, LineChart, GridComponent, TooltipComponent, LegendPlainComponent, MarkLineComponent, CanvasRenderer]);
registerLocale("JA", langJA);
window.echarts = { init, getInstanceByDom };
