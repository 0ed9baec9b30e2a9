//! Totals over many KPIs: status and grade counts, the share on track and
//! median achievement, by project, ministry, phase or kind.

use std::collections::BTreeMap;

use super::model::{Dataset, Grade, Kpi, Project};
use super::progress::{assess_kpi, PlanClock, Progress, Status};

/// A KPI with its project and its computed progress.
#[derive(Debug, Clone)]
pub struct AssessedKpi<'a> {
    /// The project the KPI belongs to.
    pub project: &'a Project,
    /// The KPI.
    pub kpi: &'a Kpi,
    /// Its computed progress.
    pub progress: Progress,
}

/// Assesses every KPI of the dataset, in document order.
pub fn assess_all(dataset: &Dataset) -> Vec<AssessedKpi<'_>> {
    let clock = PlanClock::of(&dataset.report);
    dataset
        .projects
        .iter()
        .flat_map(|project| {
            project.kpis.iter().map(move |kpi| AssessedKpi {
                project,
                kpi,
                progress: assess_kpi(&clock, kpi),
            })
        })
        .collect()
}

/// Counts and shares over a set of KPIs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Number of KPIs.
    pub total: usize,
    /// KPIs per computed status (statuses with none are absent).
    pub by_status: BTreeMap<Status, usize>,
    /// KPIs graded A by the report.
    pub grade_a: usize,
    /// KPIs graded B by the report.
    pub grade_b: usize,
    /// Share of KPIs with a target and figures that are achieved or on track.
    pub good_share: Option<f64>,
    /// Median of latest / target over KPIs where it is defined.
    pub median_achievement: Option<f64>,
}

impl Summary {
    /// KPIs with the given status.
    pub fn count(&self, status: Status) -> usize {
        self.by_status.get(&status).copied().unwrap_or(0)
    }
}

/// Summarises a set of assessed KPIs.
pub fn summarize<'a, 'd: 'a>(items: impl IntoIterator<Item = &'a AssessedKpi<'d>>) -> Summary {
    let mut summary = Summary::default();
    let mut achievements = Vec::new();
    for item in items {
        summary.total += 1;
        *summary.by_status.entry(item.progress.status).or_default() += 1;
        match item.kpi.grade {
            Grade::A => summary.grade_a += 1,
            Grade::B => summary.grade_b += 1,
        }
        achievements.extend(item.progress.achievement);
    }
    let graded: usize = Status::ALL
        .iter()
        .filter(|s| s.is_graded())
        .map(|s| summary.count(*s))
        .sum();
    let good = summary.count(Status::Achieved) + summary.count(Status::OnTrack);
    summary.good_share = (graded > 0).then(|| good as f64 / graded as f64);
    summary.median_achievement = median(&mut achievements);
    summary
}

/// The median of finite values, or `None` for an empty slice.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    })
}

/// Which ministries a project counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinistryScope {
    /// Only ministries marked ◎.
    LeadOnly,
    /// Lead and participating ministries.
    Involved,
}

/// Whether `ministry` is a lead of (or, with `Involved`, takes part in) `project`.
pub fn project_has_ministry(project: &Project, ministry: &str, scope: MinistryScope) -> bool {
    project.ministries.lead.iter().any(|m| m == ministry)
        || (scope == MinistryScope::Involved
            && project
                .ministries
                .participating
                .iter()
                .any(|m| m == ministry))
}

/// How to group KPIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By project.
    Project,
    /// By ministry of the KPI's project.
    Ministry(MinistryScope),
    /// By (classified) phase; a KPI in two phases counts in both.
    Phase,
    /// By output / outcome.
    Kind,
}

/// Summaries per group, in dataset order (groups with no KPI included).
pub fn group_by<'d>(
    dataset: &'d Dataset,
    items: &[AssessedKpi<'d>],
    grouping: Grouping,
) -> Vec<(String, Summary)> {
    let keys: Vec<String> = match grouping {
        Grouping::Project => dataset.projects.iter().map(|p| p.id.clone()).collect(),
        Grouping::Ministry(_) => dataset.ministries.iter().map(|m| m.id.clone()).collect(),
        Grouping::Phase => dataset.phases.iter().map(|p| p.id.clone()).collect(),
        Grouping::Kind => vec!["output".into(), "outcome".into()],
    };
    keys.into_iter()
        .map(|key| {
            let member = |item: &&AssessedKpi<'d>| match grouping {
                Grouping::Project => item.project.id == key,
                Grouping::Ministry(scope) => project_has_ministry(item.project, &key, scope),
                Grouping::Phase => item.kpi.phases.contains(&key),
                Grouping::Kind => item.kpi.kind.id() == key,
            };
            let summary = summarize(items.iter().filter(member));
            (key, summary)
        })
        .collect()
}
