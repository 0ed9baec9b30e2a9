// The ECharts build Shinchoku ships: only the charts and components it uses
// (bar, line, sunburst; grid, tooltip, legend, mark lines; canvas and SVG).
// `make` bundles it with esbuild into target/echarts/echarts.min.js, which
// index.html copies into dist/. It sets window.echarts like the full build.
import * as echarts from "echarts/core";
import { BarChart, LineChart, SunburstChart } from "echarts/charts";
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent } from "echarts/components";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, LineChart, SunburstChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer, SVGRenderer]);
window.echarts = echarts;
