//! ECharts options built with charming, one function per chart. The
//! achievement chart is coloured by computed status, the budget chart by
//! ministry; labels follow the UI language.
//!
//! The option is charming's components in an [`EChartsOption`] of the
//! fields our charts set, rather than a `charming::Chart`: serialising a
//! `Chart` instantiates the serialisation of every component and series
//! type ECharts has (about 88 KB of the wasm, 31 KB by gzip), and the JSON
//! written is the same.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPointItem};
use charming::element::{
    AxisLabel, AxisType, Color, ItemStyle, Label, LabelPosition, LineStyle, LineStyleType,
    MarkLine, MarkLineData, MarkLineVariant, TextStyle, Tooltip, Trigger,
};
use charming::series::{Bar, Line};
use serde::Serialize;

use crate::core::engine::progress::Status;
use crate::core::engine::series::DetailSeries;
use crate::core::present::achievement::{AchievementBar, AchievementChart};
use crate::core::present::budget_chart::BudgetBar;
use crate::core::present::format::oku_yen;
use crate::core::present::vocab;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, round_to};
use crate::ui::widgets::status::status_color;

/// The grey of reference lines (the plan period's elapsed share).
const REFERENCE_LINE: &str = "#7a8591";

/// Colours of ministries in the budget chart, by their position in the
/// dataset's `ministries` (the FY2022 report's first four: 厚, 文, 経, 総),
/// repeating after the tenth.
const MINISTRY_COLORS: [&str; 10] = [
    "#2e7d4f", "#1f6fb2", "#c05621", "#6b46c1", "#b83280", "#2c7a7b", "#975a16", "#3c366b",
    "#9b2c2c", "#276749",
];

/// Colour of the amounts no ministry can be given.
pub fn not_attributable_color(dark: bool) -> &'static str {
    if dark {
        "#4a525c"
    } else {
        "#c9cfd6"
    }
}

/// Colour of the ministry at `position` in the dataset's `ministries`.
pub fn ministry_color(position: usize) -> &'static str {
    MINISTRY_COLORS[position % MINISTRY_COLORS.len()]
}

/// An ECharts option: the fields our charts set, in the order (and with
/// the names) `charming::Chart` writes them, with charming's builder calls.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EChartsOption {
    animation: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    tooltip: Option<Tooltip>,
    #[serde(skip_serializing_if = "Option::is_none")]
    legend: Option<Legend>,
    /// A list, as charming writes the grid.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    grid: Vec<Grid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_axis: Option<Axis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    y_axis: Option<Axis>,
    background_color: Color,
    series: Vec<Series>,
}

/// A series of our charts, written as charming writes it (boxed: each is
/// a few KB, most of it unset fields).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
enum Series {
    Bar(Box<Bar>),
    Line(Box<Line>),
}

impl From<Bar> for Series {
    fn from(bar: Bar) -> Self {
        Series::Bar(Box::new(bar))
    }
}

impl From<Line> for Series {
    fn from(line: Line) -> Self {
        Series::Line(Box::new(line))
    }
}

impl EChartsOption {
    fn tooltip(mut self, tooltip: Tooltip) -> Self {
        self.tooltip = Some(tooltip);
        self
    }

    fn legend(mut self, legend: Legend) -> Self {
        self.legend = Some(legend);
        self
    }

    fn grid(mut self, grid: Grid) -> Self {
        self.grid.push(grid);
        self
    }

    fn x_axis(mut self, axis: Axis) -> Self {
        self.x_axis = Some(axis);
        self
    }

    fn y_axis(mut self, axis: Axis) -> Self {
        self.y_axis = Some(axis);
        self
    }

    fn series(mut self, series: impl Into<Series>) -> Self {
        self.series.push(series.into());
        self
    }
}

/// Every chart starts here: transparent, so it sits on the card's colour in
/// both themes (the PNG export paints its own background), and without
/// animation: a filter change redraws the chart once, in the same frame,
/// instead of for a second of frames after it (and motion stays still for
/// readers who ask for reduced motion).
fn base() -> EChartsOption {
    EChartsOption {
        animation: false,
        tooltip: None,
        legend: None,
        grid: Vec::new(),
        x_axis: None,
        y_axis: None,
        background_color: Color::from("transparent"),
        series: Vec::new(),
    }
}

fn text_color(dark: bool) -> &'static str {
    if dark {
        "#e6e9ed"
    } else {
        "#1b1f24"
    }
}

fn vertical_line(x: f64, label: String, position: LabelPosition) -> MarkLineVariant {
    MarkLineVariant::Simple(
        MarkLineData::new()
            .x_axis(x)
            .name(label.clone())
            .label(Label::new().position(position).formatter(label.as_str())),
    )
}

/// The achievement axis ends here, so 100% stays in view whatever the
/// filter; longer bars stop at the cap and their label gives the value.
pub const ACHIEVEMENT_CAP: f64 = 200.0;

/// The width of the achievement chart's KPI names, in pixels: longer ones
/// are cut with an ellipsis (the tooltip, the data table and the phones'
/// list give them whole).
const ACHIEVEMENT_NAME_WIDTH: u32 = 300;

/// A chart's option: charming's components, and, as ECharts option JSON merged over
/// it, the few settings charming does not model (a label's width and
/// overflow, rich text, hidden overlaps).
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The option built from charming's components.
    pub chart: EChartsOption,
    /// ECharts option JSON merged over it (`{}` for none).
    pub extra: String,
}

impl From<EChartsOption> for Spec {
    fn from(chart: EChartsOption) -> Self {
        Spec {
            chart,
            extra: "{}".into(),
        }
    }
}

/// Horizontal bars of achievement on a fixed 0–200% axis with the 100%
/// (target) and time-elapsed lines: grouped by project, each group under
/// its project's name in bold and lowest first; a series per status gives
/// the legend, each bar is labelled with its value. Phones get a list
/// instead (the overview's achievement view).
pub fn achievement(bars: &AchievementChart, elapsed_percent: f64, lang: Lang, dark: bool) -> Spec {
    // The rows, top to bottom: each group's heading, then its bars.
    let mut labels = Vec::new();
    let mut rows: Vec<(usize, &AchievementBar)> = Vec::new();
    for group in &bars.groups {
        labels.push(format!("{{project|{}}}", group.heading));
        for bar in &group.bars {
            rows.push((labels.len(), bar));
            labels.push(bar.name.clone());
        }
    }
    let mut chart = achievement_frame(labels, dark);
    let graded = [
        Status::OffTrack,
        Status::AtRisk,
        Status::OnTrack,
        Status::Achieved,
    ];
    // The reference lines ride on the first series that has bars.
    let lines_on = graded
        .iter()
        .position(|s| rows.iter().any(|(_, b)| b.status == *s));
    for (n, status) in graded.into_iter().enumerate() {
        let mut series = status_bars(&rows, status, lang, dark);
        if lines_on == Some(n) {
            series = series.mark_line(reference_lines(elapsed_percent, lang));
        }
        chart = chart.series(series);
    }
    Spec {
        chart,
        extra: format!(
            r#"{{"yAxis":{{"axisLabel":{{"width":{ACHIEVEMENT_NAME_WIDTH},"overflow":"truncate","rich":{{"project":{{"fontWeight":"bold","color":"{}","width":{ACHIEVEMENT_NAME_WIDTH},"align":"left"}}}}}}}}}}"#,
            text_color(dark)
        ),
    }
}

/// The achievement chart's rows: a heading row per project, and a row of
/// 26 px per bar.
pub fn achievement_height(bars: &AchievementChart) -> u32 {
    let rows = bars.groups.len() + bars.bars().count();
    // The legend and the reference lines' labels above, the axis below.
    96 + 26 * rows as u32
}

/// The achievement chart without its bars: tooltip, legend, grid and the
/// fixed 0–200% axis against the rows' `labels`. A bar's tooltip is its
/// item's name (`{b}`), which [`status_bars`] makes the KPI's name and
/// figures: ECharts' tooltip templates know only `{a}`, `{b}` and `{c}` (a
/// label's `{@[n]}` is shown as written), and it escapes what it puts into
/// them. The stylesheet breaks the lines.
fn achievement_frame(labels: Vec<String>, dark: bool) -> EChartsOption {
    let fg = text_color(dark);
    base()
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter("{b}"))
        .legend(
            Legend::new()
                .right(56)
                .top(0)
                .left(0)
                .text_style(TextStyle::new().color(fg)),
        )
        .grid(
            Grid::new()
                .left(8)
                .right(56)
                .top(68)
                .bottom(28)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(ACHIEVEMENT_CAP)
                .axis_label(AxisLabel::new().formatter("{value}%").color(fg)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(labels)
                .axis_label(AxisLabel::new().color(fg)),
        )
}

/// The bars of one status, each in its row, labelled with its value.
fn status_bars(rows: &[(usize, &AchievementBar)], status: Status, lang: Lang, dark: bool) -> Bar {
    let fg = text_color(dark);
    // [capped value, row, value as written], named with the tooltip's
    // text: the KPI's name, and on a line of its own, its latest figure,
    // target and achievement.
    let data: Vec<DataPointItem> = rows
        .iter()
        .filter(|(_, b)| b.status == status)
        .map(|(row, b)| {
            DataPointItem::new(CompositeValue::Array(vec![
                CompositeValue::from(round_to(b.percent.min(ACHIEVEMENT_CAP), 1)),
                CompositeValue::from(*row as i64),
                CompositeValue::from(format!("{}%", number(b.percent))),
            ]))
            .name(format!("{}\n{}", b.name, b.detail))
        })
        .collect();
    Bar::new()
        .name(vocab::status(status, lang))
        .stack("achievement")
        .bar_width(16)
        .item_style(ItemStyle::new().color(status_color(status, dark)))
        .label(
            Label::new()
                .show(true)
                .position(LabelPosition::Right)
                .color(fg)
                .formatter("{@[2]}"),
        )
        .data(data)
}

/// The dashed lines at the target (100%) and at the share of the plan
/// period elapsed, each labelled above the bars, the elapsed share a line
/// higher so the two never meet.
fn reference_lines(elapsed_percent: f64, lang: Lang) -> MarkLine {
    MarkLine::new()
        .silent(true)
        .symbol(vec![
            charming::element::Symbol::None,
            charming::element::Symbol::None,
        ])
        .line_style(
            LineStyle::new()
                .color(REFERENCE_LINE)
                .type_(LineStyleType::Dashed),
        )
        .data(vec![
            vertical_line(
                100.0,
                lang.pick("目標 100%", "Target 100%").into(),
                LabelPosition::Start,
            ),
            vertical_line(
                elapsed_percent,
                // The empty second line lifts the label a line.
                format!(
                    "{} {}%\n ",
                    lang.pick("期間の経過", "Time elapsed"),
                    number(elapsed_percent)
                ),
                LabelPosition::Start,
            ),
        ])
}

/// A chart point, or `-` (no point) for a year without one.
fn point(value: Option<f64>) -> DataPointItem {
    value.map_or(DataPointItem::new("-"), DataPointItem::new)
}

/// Yearly bars, cumulative line, target line and dashed projection to the
/// plan's end, from the series the core lays out per plan year.
/// The legend sits under the chart, clear of the target line.
pub fn kpi_detail(s: &DetailSeries, lang: Lang, dark: bool) -> Spec {
    let labels: Vec<String> = s.years.iter().map(|&y| fy(y, lang)).collect();
    let fg = text_color(dark);
    let mut chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(
            Legend::new()
                .bottom(0)
                .left(0)
                .right(0)
                .text_style(TextStyle::new().color(fg)),
        )
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .top(36)
                .bottom(56)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .axis_label(AxisLabel::new().interval(0).color(fg)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .axis_label(AxisLabel::new().color(fg)),
        )
        .series(
            Bar::new()
                .name(lang.pick("単年度の実績", "Yearly figure"))
                .data(s.yearly.iter().map(|v| point(*v)).collect::<Vec<_>>()),
        );
    if let Some(cumulative) = &s.cumulative {
        chart = chart.series(
            Line::new()
                .name(lang.pick("累計", "Cumulative"))
                .data(cumulative.iter().map(|v| point(*v)).collect::<Vec<_>>()),
        );
    }
    if let Some(dashed) = &s.projection {
        chart = chart.series(
            Line::new()
                .name(lang.pick("見通し", "Projection"))
                .connect_nulls(true)
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(dashed.iter().map(|v| point(*v)).collect::<Vec<_>>()),
        );
    }
    if let Some(target) = s.target {
        let line: Vec<f64> = s.years.iter().map(|_| target).collect();
        chart = chart.series(
            Line::new()
                .name(match s.years.last() {
                    Some(&y) => vocab::target_for(y, lang),
                    None => vocab::TARGET.get(lang).to_string(),
                })
                .symbol(charming::element::Symbol::None)
                .line_style(
                    LineStyle::new()
                        .color(Color::from("#b3261e"))
                        .type_(LineStyleType::Dotted),
                )
                .data(line),
        );
    }
    chart.into()
}

/// Horizontal stacked bars, one per project (longest first, as the core
/// orders them): a segment per
/// funding ministry, a grey one for what no ministry can be given, and the
/// printed total written at the end of each bar. `ministries` are the
/// series: (position in the dataset's `ministries`, legend name).
/// Phones get a list instead (the overview's budget view); on narrower
/// charts the axis drops labels that would run together.
pub fn budget(bars: &[BudgetBar], ministries: &[(usize, String)], lang: Lang, dark: bool) -> Spec {
    let fg = text_color(dark);
    let order: Vec<&BudgetBar> = bars.iter().collect();
    let labels: Vec<String> = order.iter().map(|b| b.label.clone()).collect();
    let rounded = |v: f64| round_to(v, 1);
    let mut chart = base()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(
            Legend::new()
                .right(56)
                .top(0)
                .left(0)
                .text_style(TextStyle::new().color(fg)),
        )
        .grid(
            Grid::new()
                .left(8)
                .right(72)
                .top(56)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .axis_label(AxisLabel::new().color(fg)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(labels)
                .axis_label(AxisLabel::new().color(fg)),
        );
    for (m, (position, name)) in ministries.iter().enumerate() {
        chart = chart.series(
            Bar::new()
                .name(name.clone())
                .stack("budget")
                .item_style(ItemStyle::new().color(ministry_color(*position)))
                .data(
                    order
                        .iter()
                        .map(|b| rounded(b.by_ministry[m]))
                        .collect::<Vec<f64>>(),
                ),
        );
    }
    // The last segment: what no ministry can be given. Each item is named
    // with its bar's printed total, which its label ({b}) writes after the bar.
    let rest: Vec<DataPointItem> = order
        .iter()
        .map(|b| DataPointItem::new(rounded(b.not_attributable)).name(oku_yen(b.printed, lang)))
        .collect();
    let chart = chart.series(
        Bar::new()
            .name(vocab::NOT_ATTRIBUTABLE.get(lang))
            .stack("budget")
            .item_style(ItemStyle::new().color(not_attributable_color(dark)))
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Right)
                    .color(fg)
                    .formatter("{b}"),
            )
            .data(rest),
    );
    Spec {
        chart,
        extra: r#"{"xAxis":{"axisLabel":{"hideOverlap":true}}}"#.into(),
    }
}
