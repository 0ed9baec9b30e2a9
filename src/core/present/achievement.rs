//! The overview's achievement chart: each selected KPI with a target, its
//! latest figure against the target, as a bar coloured by its computed
//! status (the chart option sorts them, lowest first), with the report's
//! grade beside it in the chart's data table.

use crate::core::dataset::model::{Dataset, Grade};
use crate::core::engine::progress::Status;
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::format;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::text::fold::ellipsize;
use crate::core::text::lang::Lang;
use crate::core::text::number::number;

/// One KPI's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementBar {
    /// The axis label: project number and the name, cut.
    pub label: String,
    /// The whole name.
    pub name: String,
    /// Achievement in percent (uncapped).
    pub percent: f64,
    /// Computed status (colour and legend).
    pub status: Status,
    /// The latest figure.
    pub latest: String,
    /// The target.
    pub target: String,
    /// The report's grade.
    pub grade: Grade,
    /// The tooltip's second line: latest, target and achievement.
    pub detail: String,
}

/// The chart's bars, up to [`DRAW_LIMIT`].
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementChart {
    /// The bars, in the selection's order.
    pub bars: Vec<AchievementBar>,
    /// The note when more KPIs have an achievement than are drawn.
    pub not_drawn: Option<NotDrawn>,
}

impl AchievementChart {
    /// The bars of the selected KPIs that have an achievement.
    pub fn build(dataset: &Dataset, catalog: &Catalog, selection: &Selection, lang: Lang) -> Self {
        let with_achievement: Vec<usize> = selection
            .kpis
            .iter()
            .copied()
            .filter(|&i| catalog.kpis[i].progress.achievement.is_some())
            .collect();
        let bars = with_achievement
            .iter()
            .take(DRAW_LIMIT)
            .filter_map(|&i| {
                let progress = &catalog.kpis[i].progress;
                let (project, kpi) = catalog.kpi(dataset, i);
                let percent = progress.achievement? * 100.0;
                let name = lang.local(&kpi.name, kpi.name_en.as_deref()).to_string();
                let latest = format::latest(kpi.latest, kpi.latest_text.as_deref(), kpi.unit, lang);
                let target = kpi
                    .target
                    .as_ref()
                    .map(|t| format::target(t, kpi.unit, lang))
                    .unwrap_or_default();
                let shown = number(percent);
                Some(AchievementBar {
                    // The axis label is cut; the table keeps the name whole.
                    label: format!(
                        "{}-{}",
                        project.number,
                        ellipsize(&name, if lang == Lang::En { 34 } else { 22 })
                    ),
                    detail: match lang {
                        Lang::Ja => format!("最新 {latest} ／ 目標 {target}：達成率 {shown}%"),
                        Lang::En => format!("latest {latest} / target {target}: {shown}%"),
                    },
                    name,
                    percent,
                    status: progress.status,
                    latest,
                    target,
                    grade: kpi.grade,
                })
            })
            .collect();
        Self {
            bars,
            not_drawn: NotDrawn::capped(with_achievement.len(), Rest::InKpiTable),
        }
    }
}
