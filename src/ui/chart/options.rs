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
use crate::core::present::achievement::AchievementBar;
use crate::core::present::budget_chart::BudgetBar;
use crate::core::present::format::oku_yen;
use crate::core::present::vocab;
use crate::core::select::sort::sorted;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, round_to};
use crate::ui::widgets::status::status_color;

/// An ECharts option: the fields our charts set, in the order (and with
/// the names) `charming::Chart` writes them.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EChartsOption {
    animation: bool,
    tooltip: Tooltip,
    legend: Legend,
    /// A list, as charming writes the grid.
    grid: [Grid; 1],
    x_axis: Axis,
    y_axis: Axis,
    background_color: Color,
    series: Vec<Series>,
}

/// A series of our charts, written as charming writes it (boxed: each is
/// a few KB, most of it unset fields).
#[derive(Serialize)]
#[serde(untagged)]
enum Series {
    Bar(Box<Bar>),
    Line(Box<Line>),
}

/// The grey of reference lines (the plan period's elapsed share).
const REFERENCE_LINE: &str = "#7a8591";

/// Colours of ministries in the budget chart, by their position in the
/// dataset's `ministries` (the FY2022 report's first four: 厚, 文, 経, 総),
/// repeating after the tenth.
const MINISTRY_COLORS: [&str; 10] = [
    "#2e7d4f", "#1f6fb2", "#c05621", "#6b46c1", "#b83280", "#2c7a7b", "#975a16", "#3c366b",
    "#9b2c2c", "#276749",
];

/// Colour of the ministry at `position` in the dataset's `ministries`.
fn ministry_color(position: usize) -> &'static str {
    MINISTRY_COLORS[position % MINISTRY_COLORS.len()]
}

/// Every chart starts here: transparent, so it sits on the card's colour in
/// both themes (the PNG export paints its own background), and without
/// animation: a filter change redraws the chart once, in the same frame,
/// instead of for a second of frames after it (and motion stays still for
/// readers who ask for reduced motion).
fn base(frame: Frame, series: Vec<Series>) -> EChartsOption {
    EChartsOption {
        animation: false,
        tooltip: frame.tooltip,
        legend: frame.legend,
        grid: [frame.grid],
        x_axis: frame.x_axis,
        y_axis: frame.y_axis,
        background_color: Color::from("transparent"),
        series,
    }
}

/// What a chart draws its series in.
struct Frame {
    tooltip: Tooltip,
    legend: Legend,
    grid: Grid,
    x_axis: Axis,
    y_axis: Axis,
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

/// Horizontal bars of achievement, worst first, on a fixed 0–200% axis with
/// the 100% (target) and time-elapsed lines; a series per status gives the
/// legend, each bar is labelled with its value. `compact` (phones) writes
/// each name above its bar instead of on the axis, so the bars keep the
/// width.
pub fn achievement(
    bars: &[AchievementBar],
    elapsed_percent: f64,
    lang: Lang,
    dark: bool,
    compact: bool,
) -> EChartsOption {
    let order = sorted(bars.iter().collect(), &|a, b| {
        a.percent.total_cmp(&b.percent)
    });
    let labels: Vec<String> = order.iter().map(|b| b.label.clone()).collect();
    let graded = [
        Status::OffTrack,
        Status::AtRisk,
        Status::OnTrack,
        Status::Achieved,
    ];
    // The reference lines ride on the first series that has bars.
    let lines_on = graded
        .iter()
        .position(|s| order.iter().any(|b| b.status == *s));
    let series = graded
        .into_iter()
        .enumerate()
        .map(|(n, status)| {
            let series = status_bars(&order, status, lang, dark, compact);
            Series::Bar(Box::new(if lines_on == Some(n) {
                series.mark_line(reference_lines(elapsed_percent, lang, compact))
            } else {
                series
            }))
        })
        .collect();
    base(achievement_frame(labels, dark, compact), series)
}

/// The achievement chart without its bars: tooltip, legend, grid and the
/// fixed 0–200% axis against the KPIs' names (`labels`, hidden on phones).
/// A bar's tooltip is its item's name (`{b}`), which [`status_bars`] makes
/// the KPI's name and figures: ECharts' tooltip templates know only `{a}`,
/// `{b}` and `{c}` (a label's `{@[n]}` is shown as written), and it escapes
/// what it puts into them. The stylesheet breaks the lines.
fn achievement_frame(labels: Vec<String>, dark: bool, compact: bool) -> Frame {
    let fg = text_color(dark);
    Frame {
        tooltip: Tooltip::new().trigger(Trigger::Item).formatter("{b}"),
        legend: if compact {
            // Phones: the legend under the chart, out of the labels' way.
            Legend::new()
                .bottom(0)
                .left(0)
                .text_style(TextStyle::new().color(fg))
        } else {
            Legend::new()
                .right(56)
                .top(0)
                .left(0)
                .text_style(TextStyle::new().color(fg))
        },
        grid: Grid::new()
            .left(8)
            .right(if compact { 16 } else { 56 })
            .top(if compact { 24 } else { 40 })
            .bottom(if compact { 64 } else { 28 })
            .contain_label(true),
        x_axis: Axis::new()
            .type_(AxisType::Value)
            .min(0)
            .max(ACHIEVEMENT_CAP)
            .axis_label(AxisLabel::new().formatter("{value}%").color(fg)),
        y_axis: Axis::new()
            .type_(AxisType::Category)
            .inverse(true)
            .data(labels)
            .axis_label(AxisLabel::new().show(!compact).color(fg)),
    }
}

/// The bars of one status, each in its row of `order`, labelled with its
/// value (and, on phones, its name above it).
fn status_bars(
    order: &[&AchievementBar],
    status: Status,
    lang: Lang,
    dark: bool,
    compact: bool,
) -> Bar {
    let fg = text_color(dark);
    // [capped value, row, value as written, label], named with the
    // tooltip's text: the KPI's name, and on a line of its own, its latest
    // figure, target and achievement.
    let data: Vec<DataPointItem> = order
        .iter()
        .enumerate()
        .filter(|(_, b)| b.status == status)
        .map(|(row, b)| {
            DataPointItem::new(CompositeValue::Array(vec![
                CompositeValue::from(round_to(b.percent.min(ACHIEVEMENT_CAP), 1)),
                CompositeValue::from(row as i64),
                CompositeValue::from(format!("{}%", number(b.percent))),
                CompositeValue::from(b.label.clone()),
            ]))
            .name(format!("{}\n{}", b.name, b.detail))
        })
        .collect();
    Bar::new()
        .name(vocab::status(status, lang))
        .stack("achievement")
        .bar_width(if compact { 10 } else { 16 })
        .item_style(ItemStyle::new().color(status_color(status, dark)))
        .label(if compact {
            // Name and value above the bar, from its left end.
            Label::new()
                .show(true)
                .position(LabelPosition::InsideLeft)
                .offset((0.0, -13.0))
                .color(fg)
                .formatter("{@[3]}  {@[2]}")
        } else {
            Label::new()
                .show(true)
                .position(LabelPosition::Right)
                .color(fg)
                .formatter("{@[2]}")
        })
        .data(data)
}

/// The dashed lines at the target (100%) and at the share of the plan
/// period elapsed.
fn reference_lines(elapsed_percent: f64, lang: Lang, compact: bool) -> MarkLine {
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
                LabelPosition::InsideEndTop,
            ),
            vertical_line(
                elapsed_percent,
                format!(
                    "{} {}%",
                    lang.pick("期間の経過", "Time elapsed"),
                    number(elapsed_percent)
                ),
                if compact {
                    LabelPosition::InsideEndTop
                } else {
                    LabelPosition::Start
                },
            ),
        ])
}

/// A chart point, or `-` (no point) for a year without one.
fn point(value: Option<f64>) -> DataPointItem {
    value.map_or(DataPointItem::new("-"), DataPointItem::new)
}

/// Yearly bars, cumulative line, target line and dashed projection to the
/// plan's end, from the series the core lays out per plan year.
pub fn kpi_detail(s: &DetailSeries, lang: Lang, dark: bool) -> EChartsOption {
    let labels: Vec<String> = s.years.iter().map(|&y| fy(y, lang)).collect();
    let fg = text_color(dark);
    let frame = Frame {
        tooltip: Tooltip::new().trigger(Trigger::Axis),
        legend: Legend::new()
            .right(56)
            .text_style(TextStyle::new().color(fg)),
        grid: Grid::new()
            .left(8)
            .right(16)
            .top(40)
            .bottom(8)
            .contain_label(true),
        x_axis: Axis::new()
            .type_(AxisType::Category)
            .data(labels)
            .axis_label(AxisLabel::new().color(fg)),
        y_axis: Axis::new()
            .type_(AxisType::Value)
            .axis_label(AxisLabel::new().color(fg)),
    };
    let mut series = vec![Series::Bar(Box::new(
        Bar::new()
            .name(lang.pick("単年度の実績", "Yearly figure"))
            .data(s.yearly.iter().map(|v| point(*v)).collect::<Vec<_>>()),
    ))];
    if let Some(cumulative) = &s.cumulative {
        series.push(Series::Line(Box::new(
            Line::new()
                .name(lang.pick("累計", "Cumulative"))
                .data(cumulative.iter().map(|v| point(*v)).collect::<Vec<_>>()),
        )));
    }
    if let Some(dashed) = &s.projection {
        series.push(Series::Line(Box::new(
            Line::new()
                .name(lang.pick("見通し", "Projection"))
                .connect_nulls(true)
                .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                .data(dashed.iter().map(|v| point(*v)).collect::<Vec<_>>()),
        )));
    }
    if let Some(target) = s.target {
        let line: Vec<f64> = s.years.iter().map(|_| target).collect();
        series.push(Series::Line(Box::new(
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
        )));
    }
    base(frame, series)
}

/// Horizontal stacked bars, one per project, longest first: a segment per
/// funding ministry, a grey one for what no ministry can be given, and the
/// printed total written at the end of each bar. `ministries` are the
/// series: (position in the dataset's `ministries`, legend name).
pub fn budget(
    bars: &[BudgetBar],
    ministries: &[(usize, String)],
    lang: Lang,
    dark: bool,
) -> EChartsOption {
    let fg = text_color(dark);
    let order = sorted(bars.iter().collect(), &|a, b| {
        b.printed.total_cmp(&a.printed)
    });
    let labels: Vec<String> = order.iter().map(|b| b.label.clone()).collect();
    let rounded = |v: f64| round_to(v, 1);
    let frame = Frame {
        tooltip: Tooltip::new().trigger(Trigger::Axis),
        legend: Legend::new()
            .right(56)
            .top(0)
            .left(0)
            .text_style(TextStyle::new().color(fg)),
        grid: Grid::new()
            .left(8)
            .right(72)
            .top(56)
            .bottom(8)
            .contain_label(true),
        x_axis: Axis::new()
            .type_(AxisType::Value)
            .axis_label(AxisLabel::new().color(fg)),
        y_axis: Axis::new()
            .type_(AxisType::Category)
            .inverse(true)
            .data(labels)
            .axis_label(AxisLabel::new().color(fg)),
    };
    let mut series: Vec<Series> = ministries
        .iter()
        .enumerate()
        .map(|(m, (position, name))| {
            Series::Bar(Box::new(
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
            ))
        })
        .collect();
    // The last segment: what no ministry can be given. Each item is named
    // with its bar's printed total, which its label ({b}) writes after the bar.
    let rest: Vec<DataPointItem> = order
        .iter()
        .map(|b| DataPointItem::new(rounded(b.not_attributable)).name(oku_yen(b.printed, lang)))
        .collect();
    series.push(Series::Bar(Box::new(
        Bar::new()
            .name(lang.pick("府省に帰属できない額", "Not attributable to a ministry"))
            .stack("budget")
            .item_style(ItemStyle::new().color(if dark { "#4a525c" } else { "#c9cfd6" }))
            .label(
                Label::new()
                    .show(true)
                    .position(LabelPosition::Right)
                    .color(fg)
                    .formatter("{b}"),
            )
            .data(rest),
    )));
    base(frame, series)
}
