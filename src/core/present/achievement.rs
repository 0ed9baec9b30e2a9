//! The overview's achievement chart: each selected KPI with a target, its
//! latest figure against the target, as a bar coloured by its computed
//! status, grouped by project (in the report's order) and lowest first in
//! each group, with the report's grade beside it in the chart's data table.

use crate::core::dataset::model::{Dataset, Grade};
use crate::core::engine::progress::Status;
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::format;
use crate::core::present::names::project_heading;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::select::sort::sorted;
use crate::core::text::lang::Lang;
use crate::core::text::number::number;

/// One KPI's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementBar {
    /// The KPI's id.
    pub id: String,
    /// The KPI's name, whole (the chart cuts it to its width; the tooltip,
    /// the phone's list and the table show it all).
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

/// One project's bars, lowest achievement first.
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementGroup {
    /// The project, numbered: "2. 医療機器・ヘルスケアプロジェクト".
    pub heading: String,
    /// Its KPIs' bars, lowest first (equal ones in the report's order).
    pub bars: Vec<AchievementBar>,
}

/// The chart's bars, up to [`DRAW_LIMIT`] in all.
#[derive(Debug, Clone, PartialEq)]
pub struct AchievementChart {
    /// The bars by project, in the report's order of projects.
    pub groups: Vec<AchievementGroup>,
    /// The note when more KPIs have an achievement than are drawn.
    pub not_drawn: Option<NotDrawn>,
}

impl AchievementChart {
    /// The bars of the selected KPIs that have an achievement.
    pub fn build(dataset: &Dataset, catalog: &Catalog, selection: &Selection, lang: Lang) -> Self {
        let mut groups: Vec<AchievementGroup> = Vec::new();
        let with_achievement: Vec<usize> = selection
            .kpis
            .iter()
            .copied()
            .filter(|&i| catalog.kpis[i].progress.achievement.is_some())
            .collect();
        for &i in with_achievement.iter().take(DRAW_LIMIT) {
            let (project, _) = catalog.kpi(dataset, i);
            let heading = project_heading(project, lang);
            let at = match groups.iter().position(|g| g.heading == heading) {
                Some(at) => at,
                None => {
                    groups.push(AchievementGroup {
                        heading,
                        bars: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            groups[at].bars.extend(Self::bar(dataset, catalog, i, lang));
        }
        for group in &mut groups {
            group.bars = sorted(std::mem::take(&mut group.bars), &|a, b| {
                a.percent.total_cmp(&b.percent)
            });
        }
        Self {
            groups,
            not_drawn: NotDrawn::capped(with_achievement.len(), Rest::InKpiTable),
        }
    }

    /// The bars in the order they are drawn.
    pub fn bars(&self) -> impl Iterator<Item = &AchievementBar> {
        self.groups.iter().flat_map(|g| &g.bars)
    }

    /// The bar of the catalog's KPI `i`, if it has an achievement.
    fn bar(dataset: &Dataset, catalog: &Catalog, i: usize, lang: Lang) -> Option<AchievementBar> {
        let progress = &catalog.kpis[i].progress;
        let (_, kpi) = catalog.kpi(dataset, i);
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
            id: kpi.id.clone(),
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
    }
}
