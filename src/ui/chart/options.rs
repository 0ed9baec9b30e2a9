//! ECharts options, one function per chart. The achievement chart is
//! coloured by computed status, the budget chart by ministry; labels
//! follow the UI language.
//!
//! The option's components are lean types of our own that hold only the
//! fields our charts set, in the order and with the names charming writes
//! them; their values are charming's (the trigger, axis type, label
//! position, line type, symbol). Serialising charming's own components
//! instantiates the serialisation of each of their dozens of optional
//! fields (about 30 KB of the wasm, 22 KB by gzip); the JSON written is
//! the same.

use charming::element::{AxisType, LabelPosition, LineStyleType, Symbol, Trigger};
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

/// An ECharts option: every chart of ours has a tooltip, a legend, a grid
/// and two axes. Transparent, so it sits on the card's colour in both
/// themes (the PNG export paints its own background), and without
/// animation: a filter change redraws the chart once, in the same frame,
/// instead of for a second of frames after it (and motion stays still for
/// readers who ask for reduced motion).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EChartsOption {
    animation: bool,
    tooltip: Tooltip,
    legend: Legend,
    /// A list, as charming writes the grid.
    grid: [Grid; 1],
    x_axis: Axis,
    y_axis: Axis,
    background_color: &'static str,
    series: Vec<Series>,
}

/// The tooltip: shown for an item or for an axis position.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Tooltip {
    trigger: Trigger,
    #[serde(skip_serializing_if = "Option::is_none")]
    formatter: Option<&'static str>,
}

/// The legend, from the chart's edges (pixels).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Legend {
    left: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    top: Option<u32>,
    right: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    bottom: Option<u32>,
    text_style: Colored,
}

impl Legend {
    /// A legend along the top, clear of the labels right of the bars, its
    /// text in `color`.
    fn along_the_top(color: &'static str) -> Self {
        Legend {
            left: 0,
            top: Some(0),
            right: 56,
            bottom: None,
            text_style: Colored { color },
        }
    }
}

/// A text or item style that sets only the colour.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Colored {
    color: &'static str,
}

/// The plot area, from the chart's edges (pixels), its axis labels inside.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Grid {
    left: u32,
    top: u32,
    right: u32,
    bottom: u32,
    contain_label: bool,
}

/// An axis: `value` or `category` (with its categories, `data`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Axis {
    #[serde(rename = "type")]
    type_: AxisType,
    #[serde(skip_serializing_if = "Option::is_none")]
    inverse: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    axis_label: AxisLabel,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    data: Vec<String>,
}

impl Axis {
    /// A value axis, its labels in `color`.
    fn value(color: &'static str) -> Self {
        Axis {
            type_: AxisType::Value,
            inverse: None,
            min: None,
            max: None,
            axis_label: AxisLabel {
                color,
                formatter: None,
                interval: None,
            },
            data: Vec::new(),
        }
    }

    /// A category axis of `labels`, its labels in `color`.
    fn category(labels: Vec<String>, color: &'static str) -> Self {
        Axis {
            type_: AxisType::Category,
            data: labels,
            ..Axis::value(color)
        }
    }
}

/// An axis' labels.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct AxisLabel {
    color: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    formatter: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interval: Option<f64>,
}

/// A series of our charts (boxed: the line's and the bar's sizes differ).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
enum Series {
    Bar(Box<Bar>),
    Line(Box<Line>),
}

/// A series of bars.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Bar {
    #[serde(rename = "type")]
    type_: &'static str,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<Label>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_style: Option<Colored>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mark_line: Option<MarkLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stack: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bar_width: Option<u32>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    data: Vec<Point>,
}

impl Bar {
    /// Bars named `name` (the legend's) of `data`.
    fn new(name: impl Into<String>, data: Vec<Point>) -> Self {
        Bar {
            type_: "bar",
            name: name.into(),
            label: None,
            item_style: None,
            mark_line: None,
            stack: None,
            bar_width: None,
            data,
        }
    }
}

/// A series drawn as a line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct Line {
    #[serde(rename = "type")]
    type_: &'static str,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    symbol: Option<Symbol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    line_style: Option<LineStyle>,
    #[serde(skip_serializing_if = "Option::is_none")]
    connect_nulls: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    data: Vec<Point>,
}

impl Line {
    /// A line named `name` (the legend's) through `data`.
    fn new(name: impl Into<String>, data: Vec<Point>) -> Self {
        Line {
            type_: "line",
            name: name.into(),
            symbol: None,
            line_style: None,
            connect_nulls: None,
            data,
        }
    }
}

/// A label on a bar or a line.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Label {
    #[serde(skip_serializing_if = "Option::is_none")]
    show: Option<bool>,
    position: LabelPosition,
    formatter: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'static str>,
}

/// How a line is drawn.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct LineStyle {
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'static str>,
    #[serde(rename = "type")]
    type_: LineStyleType,
}

/// Lines drawn across the chart at given values.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct MarkLine {
    line_style: LineStyle,
    symbol: [Symbol; 2],
    silent: bool,
    data: Vec<MarkLineData>,
}

/// A vertical line at `x_axis`, labelled.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
struct MarkLineData {
    name: String,
    x_axis: f64,
    label: Label,
}

/// A data point: a number, or an item with its value and name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
enum Point {
    Number(f64),
    Item {
        value: Value,
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
}

/// An item's value: a number, a text, or a row of them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
enum Value {
    Number(f64),
    Integer(i64),
    Text(String),
    Row(Vec<Value>),
}

impl EChartsOption {
    /// An option of these components and no series yet.
    fn new(tooltip: Tooltip, legend: Legend, grid: Grid, x_axis: Axis, y_axis: Axis) -> Self {
        EChartsOption {
            animation: false,
            tooltip,
            legend,
            grid: [grid],
            x_axis,
            y_axis,
            background_color: "transparent",
            series: Vec::new(),
        }
    }

    fn series(mut self, series: Series) -> Self {
        self.series.push(series);
        self
    }
}

fn text_color(dark: bool) -> &'static str {
    if dark {
        "#e6e9ed"
    } else {
        "#1b1f24"
    }
}

/// A vertical line at `x`, labelled at its start.
fn vertical_line(x: f64, label: String) -> MarkLineData {
    MarkLineData {
        name: label.clone(),
        x_axis: x,
        label: Label {
            show: None,
            position: LabelPosition::Start,
            formatter: label,
            color: None,
        },
    }
}

/// A label shown at the right of each bar, in `color`.
fn bar_label(formatter: &str, color: &'static str) -> Label {
    Label {
        show: Some(true),
        position: LabelPosition::Right,
        formatter: formatter.into(),
        color: Some(color),
    }
}

/// The achievement axis ends here, so 100% stays in view whatever the
/// filter; longer bars stop at the cap and their label gives the value.
pub const ACHIEVEMENT_CAP: f64 = 200.0;

/// The width of the achievement chart's KPI names, in pixels: longer ones
/// are cut with an ellipsis (the tooltip, the data table and the phones'
/// list give them whole).
const ACHIEVEMENT_NAME_WIDTH: u32 = 300;

/// A chart's option, and, as ECharts option JSON merged over it, the few
/// settings its types do not model (a label's width and overflow, rich
/// text, hidden overlaps).
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The option.
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
            series.mark_line = Some(reference_lines(elapsed_percent, lang));
        }
        chart = chart.series(Series::Bar(Box::new(series)));
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
    let mut x_axis = Axis::value(fg);
    x_axis.min = Some(0);
    x_axis.max = Some(ACHIEVEMENT_CAP);
    x_axis.axis_label.formatter = Some("{value}%");
    EChartsOption::new(
        Tooltip {
            trigger: Trigger::Item,
            formatter: Some("{b}"),
        },
        Legend::along_the_top(fg),
        Grid {
            left: 8,
            top: 68,
            right: 56,
            bottom: 28,
            contain_label: true,
        },
        x_axis,
        Axis {
            inverse: Some(true),
            ..Axis::category(labels, fg)
        },
    )
}

/// The bars of one status, each in its row, labelled with its value.
fn status_bars(rows: &[(usize, &AchievementBar)], status: Status, lang: Lang, dark: bool) -> Bar {
    let fg = text_color(dark);
    // [capped value, row, value as written], named with the tooltip's
    // text: the KPI's name, and on a line of its own, its latest figure,
    // target and achievement.
    let data: Vec<Point> = rows
        .iter()
        .filter(|(_, b)| b.status == status)
        .map(|(row, b)| Point::Item {
            value: Value::Row(vec![
                Value::Number(round_to(b.percent.min(ACHIEVEMENT_CAP), 1)),
                Value::Integer(*row as i64),
                Value::Text(format!("{}%", number(b.percent))),
            ]),
            name: Some(format!("{}\n{}", b.name, b.detail)),
        })
        .collect();
    Bar {
        stack: Some("achievement"),
        bar_width: Some(16),
        item_style: Some(Colored {
            color: status_color(status, dark),
        }),
        label: Some(bar_label("{@[2]}", fg)),
        ..Bar::new(vocab::status(status, lang), data)
    }
}

/// The dashed lines at the target (100%) and at the share of the plan
/// period elapsed, each labelled above the bars, the elapsed share a line
/// higher so the two never meet.
fn reference_lines(elapsed_percent: f64, lang: Lang) -> MarkLine {
    MarkLine {
        line_style: LineStyle {
            color: Some(REFERENCE_LINE),
            type_: LineStyleType::Dashed,
        },
        symbol: [Symbol::None, Symbol::None],
        silent: true,
        data: vec![
            vertical_line(100.0, lang.pick("目標 100%", "Target 100%").into()),
            vertical_line(
                elapsed_percent,
                // The empty second line lifts the label a line.
                format!(
                    "{} {}%\n ",
                    lang.pick("期間の経過", "Time elapsed"),
                    number(elapsed_percent)
                ),
            ),
        ],
    }
}

/// A chart point, or `-` (no point) for a year without one.
fn point(value: Option<f64>) -> Point {
    Point::Item {
        value: value.map_or(Value::Text("-".into()), Value::Number),
        name: None,
    }
}

/// Points of `values`, each as [`point`] writes it.
fn points(values: &[Option<f64>]) -> Vec<Point> {
    values.iter().map(|v| point(*v)).collect()
}

/// Yearly bars, cumulative line, target line and dashed projection to the
/// plan's end, from the series the core lays out per plan year.
/// The legend sits under the chart, clear of the target line.
pub fn kpi_detail(s: &DetailSeries, lang: Lang, dark: bool) -> Spec {
    let labels: Vec<String> = s.years.iter().map(|&y| fy(y, lang)).collect();
    let fg = text_color(dark);
    let mut x_axis = Axis::category(labels, fg);
    x_axis.axis_label.interval = Some(0.0);
    let mut chart = EChartsOption::new(
        Tooltip {
            trigger: Trigger::Axis,
            formatter: None,
        },
        Legend {
            left: 0,
            top: None,
            right: 0,
            bottom: Some(0),
            text_style: Colored { color: fg },
        },
        Grid {
            left: 8,
            top: 36,
            right: 16,
            bottom: 56,
            contain_label: true,
        },
        x_axis,
        Axis::value(fg),
    )
    .series(Series::Bar(Box::new(Bar::new(
        lang.pick("単年度の実績", "Yearly figure"),
        points(&s.yearly),
    ))));
    if let Some(cumulative) = &s.cumulative {
        chart = chart.series(Series::Line(Box::new(Line::new(
            lang.pick("累計", "Cumulative"),
            points(cumulative),
        ))));
    }
    if let Some(dashed) = &s.projection {
        chart = chart.series(Series::Line(Box::new(Line {
            connect_nulls: Some(true),
            line_style: Some(LineStyle {
                color: None,
                type_: LineStyleType::Dashed,
            }),
            ..Line::new(lang.pick("見通し", "Projection"), points(dashed))
        })));
    }
    if let Some(target) = s.target {
        let line = s.years.iter().map(|_| Point::Number(target)).collect();
        let name = match s.years.last() {
            Some(&y) => vocab::target_for(y, lang),
            None => vocab::TARGET.get(lang).to_string(),
        };
        chart = chart.series(Series::Line(Box::new(Line {
            symbol: Some(Symbol::None),
            line_style: Some(LineStyle {
                color: Some("#b3261e"),
                type_: LineStyleType::Dotted,
            }),
            ..Line::new(name, line)
        })));
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
    let mut chart = EChartsOption::new(
        Tooltip {
            trigger: Trigger::Axis,
            formatter: None,
        },
        Legend::along_the_top(fg),
        Grid {
            left: 8,
            top: 56,
            right: 72,
            bottom: 8,
            contain_label: true,
        },
        Axis::value(fg),
        Axis {
            inverse: Some(true),
            ..Axis::category(labels, fg)
        },
    );
    for (m, (position, name)) in ministries.iter().enumerate() {
        let data = order
            .iter()
            .map(|b| Point::Number(rounded(b.by_ministry[m])))
            .collect();
        chart = chart.series(Series::Bar(Box::new(Bar {
            stack: Some("budget"),
            item_style: Some(Colored {
                color: ministry_color(*position),
            }),
            ..Bar::new(name.clone(), data)
        })));
    }
    // The last segment: what no ministry can be given. Each item is named
    // with its bar's printed total, which its label ({b}) writes after the bar.
    let rest: Vec<Point> = order
        .iter()
        .map(|b| Point::Item {
            value: Value::Number(rounded(b.not_attributable)),
            name: Some(oku_yen(b.printed, lang)),
        })
        .collect();
    let chart = chart.series(Series::Bar(Box::new(Bar {
        stack: Some("budget"),
        item_style: Some(Colored {
            color: not_attributable_color(dark),
        }),
        label: Some(bar_label("{b}", fg)),
        ..Bar::new(vocab::NOT_ATTRIBUTABLE.get(lang), rest)
    })));
    Spec {
        chart,
        extra: r#"{"xAxis":{"axisLabel":{"hideOverlap":true}}}"#.into(),
    }
}
