//! ECharts options built with charming, one function per chart. Colours
//! follow the computed status; labels follow the UI language.

use charming::component::{Axis, Grid};
use charming::datatype::DataPointItem;
use charming::element::{
    AxisLabel, AxisType, Color, ItemStyle, Label, LineStyle, LineStyleType, MarkLine, MarkLineData,
    MarkLineVariant, Tooltip, Trigger,
};
use charming::series::{Bar, Line, Sunburst, SunburstLevel, SunburstNode};
use charming::Chart;

use crate::core::format::number;
use crate::core::i18n::Lang;
use crate::core::progress::Status;
use crate::core::series::DetailSeries;

/// Colour of a status (the badge beside it carries a shape and text too).
pub fn status_color(status: Status) -> &'static str {
    match status {
        Status::Achieved => "#2e7d4f",
        Status::OnTrack => "#1f6fb2",
        Status::AtRisk => "#b7791f",
        Status::OffTrack => "#b3261e",
        Status::NoTarget | Status::NoData => "#7a8591",
    }
}

/// Colour of a ministry in the budget chart.
pub fn ministry_color(id: &str) -> &'static str {
    match id {
        "mext" => "#1f6fb2",
        "mhlw" => "#2e7d4f",
        "meti" => "#c05621",
        "mic" => "#6b46c1",
        _ => "#7a8591",
    }
}

fn text_color(dark: bool) -> &'static str {
    if dark {
        "#e6e9ed"
    } else {
        "#1b1f24"
    }
}

fn vertical_line(x: f64, label: String) -> MarkLineVariant {
    MarkLineVariant::Simple(MarkLineData::new().x_axis(x).name(label))
}

/// One bar of the achievement chart.
pub struct AchievementBar {
    /// Axis label.
    pub label: String,
    /// Achievement in percent (uncapped).
    pub percent: f64,
    /// Computed status (colour).
    pub status: Status,
}

/// Horizontal bars of achievement, with 100% and time-elapsed lines.
pub fn achievement(bars: &[AchievementBar], elapsed_percent: f64, lang: Lang, dark: bool) -> Chart {
    let labels: Vec<String> = bars.iter().map(|b| b.label.clone()).collect();
    let data: Vec<DataPointItem> = bars
        .iter()
        .map(|b| {
            DataPointItem::new((b.percent * 10.0).round() / 10.0)
                .item_style(ItemStyle::new().color(status_color(b.status)))
        })
        .collect();
    let fg = text_color(dark);
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .grid(
            Grid::new()
                .left(8)
                .right(32)
                .top(24)
                .bottom(24)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .axis_label(AxisLabel::new().formatter("{value}%").color(fg)),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .inverse(true)
                .data(labels)
                .axis_label(AxisLabel::new().color(fg)),
        )
        .series(
            Bar::new()
                .name(lang.pick("達成率", "Achievement"))
                .data(data)
                .mark_line(
                    MarkLine::new()
                        .silent(true)
                        .symbol(vec![
                            charming::element::Symbol::None,
                            charming::element::Symbol::None,
                        ])
                        .line_style(
                            LineStyle::new()
                                .color("#7a8591")
                                .type_(LineStyleType::Dashed),
                        )
                        .data(vec![
                            vertical_line(100.0, lang.pick("目標", "Target").into()),
                            vertical_line(
                                elapsed_percent,
                                format!(
                                    "{} {}%",
                                    lang.pick("経過", "Elapsed"),
                                    number(elapsed_percent)
                                ),
                            ),
                        ]),
                ),
        )
}

/// A chart point, or `-` (no point) for a year without one.
fn point(value: Option<f64>) -> DataPointItem {
    value.map_or(DataPointItem::new("-"), DataPointItem::new)
}

/// Yearly bars, cumulative line, target line and dashed projection to the
/// plan's end, from the series the core lays out per plan year.
pub fn kpi_detail(s: &DetailSeries, lang: Lang, dark: bool) -> Chart {
    let labels: Vec<String> = s.years.iter().map(|y| format!("FY{y}")).collect();
    let fg = text_color(dark);
    let mut chart = Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(
            charming::component::Legend::new()
                .text_style(charming::element::TextStyle::new().color(fg)),
        )
        .grid(
            Grid::new()
                .left(8)
                .right(16)
                .top(40)
                .bottom(8)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .axis_label(AxisLabel::new().color(fg)),
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
                .name(lang.pick("2024年度目標", "FY2024 target"))
                .symbol(charming::element::Symbol::None)
                .line_style(
                    LineStyle::new()
                        .color(Color::from("#b3261e"))
                        .type_(LineStyleType::Dotted),
                )
                .data(line),
        );
    }
    chart
}

/// One program's slice of the budget chart.
pub struct BudgetSlice {
    /// Program name.
    pub program: String,
    /// Budget, 億円.
    pub amount: f64,
    /// Funding ministry id, if known.
    pub ministry: Option<String>,
}

/// Sunburst: projects inside, their programs with attributed budgets outside,
/// coloured by funding ministry.
pub fn budget(projects: &[(String, Vec<BudgetSlice>)]) -> Chart {
    let nodes: Vec<SunburstNode> = projects
        .iter()
        .map(|(name, slices)| {
            SunburstNode::new(name.clone()).children(
                slices
                    .iter()
                    .map(|s| {
                        SunburstNode::new(s.program.clone())
                            .value(s.amount)
                            .item_style(
                                ItemStyle::new()
                                    .color(ministry_color(s.ministry.as_deref().unwrap_or(""))),
                            )
                    })
                    .collect(),
            )
        })
        .collect();
    Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .series(
            Sunburst::new()
                .radius(("15%", "95%"))
                // Program names are too many to print on the ring; the tooltip
                // and the table below carry them.
                .levels(vec![
                    SunburstLevel::new(),
                    SunburstLevel::new(),
                    SunburstLevel::new().label(Label::new().show(false)),
                ])
                .data(nodes),
        )
}
