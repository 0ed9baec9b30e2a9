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
import darkTheme from "echarts/lib/theme/dark.js";

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);
echarts.registerLocale("JA", langJA);
// Chart text in the page's own font stack (style/main.css), so labels read
// like the page around them and Japanese finds a Japanese font directly
// rather than through the system's per-character fallback.
const fontFamily = 'system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", Meiryo, sans-serif';
echarts.registerTheme("shinchoku", { textStyle: { fontFamily } });
echarts.registerTheme("shinchoku-dark", { ...darkTheme, textStyle: { ...darkTheme.textStyle, fontFamily } });
window.echarts = echarts;
