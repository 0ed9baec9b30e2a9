// The ECharts build Shinchoku ships: only the charts and components it uses
// (bar, line; grid, tooltip, legend, mark lines; the canvas
// renderer only, which PNG export also uses) and the Japanese locale.
// `make` bundles it with esbuild into target/echarts/echarts.min.js, which
// index.html copies into dist/; src/ui/chart/mod.rs loads it when the first chart
// is drawn, so views without charts never load it. It sets window.echarts
// like the full build.
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import langJA from "echarts/i18n/langJA-obj.js";

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);
echarts.registerLocale("JA", langJA);
window.echarts = echarts;
