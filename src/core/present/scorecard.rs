//! The project scorecard on the overview: a row per selected project with
//! its KPIs by computed status, the report's grades and its printed
//! budget, ordered by default so that the project needing attention most
//! comes first.

use std::cmp::Ordering;

use crate::core::dataset::model::{Dataset, Grade};
use crate::core::engine::progress::Status;
use crate::core::present::names::project_heading;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::select::sort::sorted;
use crate::core::text::lang::Lang;

/// One project's row.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreRow {
    /// The project's id.
    pub id: String,
    /// Its number, as printed.
    pub number: u32,
    /// 1. 医薬品プロジェクト.
    pub heading: String,
    /// Its selected KPIs per computed status, in [`Status::ALL`] order.
    pub statuses: [usize; Status::ALL.len()],
    /// Its selected KPIs per report's grade, in [`Grade::ALL`] order.
    pub grades: [usize; Grade::ALL.len()],
    /// Its printed budget, AMED and in-house together (億円), if printed.
    pub budget: Option<f64>,
}

impl ScoreRow {
    /// KPIs at risk or off track.
    pub fn attention(&self) -> usize {
        self.statuses[Status::AtRisk.index()] + self.statuses[Status::OffTrack.index()]
    }

    /// KPIs achieved or on track.
    pub fn good(&self) -> usize {
        Status::ALL
            .into_iter()
            .filter(|s| s.is_good())
            .map(|s| self.statuses[s.index()])
            .sum()
    }

    /// KPIs that have a target and figures.
    pub fn graded(&self) -> usize {
        Status::ALL
            .into_iter()
            .filter(|s| s.is_graded())
            .map(|s| self.statuses[s.index()])
            .sum()
    }

    /// The share of its graded KPIs at risk or off track (0 when none is graded).
    pub fn attention_share(&self) -> f64 {
        match self.graded() {
            0 => 0.0,
            n => self.attention() as f64 / n as f64,
        }
    }
}

/// A column the scorecard sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreColumn {
    /// The default: the share of graded KPIs at risk or off track, highest
    /// first; then more B grades; then the report's order.
    Attention,
    /// The report's order.
    Project,
    /// KPIs achieved or on track.
    Good,
    /// The report's B grades.
    GradeB,
    /// The printed budget.
    Budget,
}

impl ScoreColumn {
    /// Every column, in the table's order.
    pub const ALL: [ScoreColumn; 5] = [
        ScoreColumn::Project,
        ScoreColumn::Attention,
        ScoreColumn::Good,
        ScoreColumn::GradeB,
        ScoreColumn::Budget,
    ];

    /// Stable id (`data-sort`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Attention => "attention",
            Self::Project => "project",
            Self::Good => "good",
            Self::GradeB => "grade-b",
            Self::Budget => "budget",
        }
    }

    /// How two rows compare in this column, the larger first (the
    /// project's own order for [`ScoreColumn::Project`]).
    fn compare(self, a: &ScoreRow, b: &ScoreRow) -> Ordering {
        let b_grades = |r: &ScoreRow| r.grades[Grade::B.index()];
        match self {
            Self::Attention => b
                .attention_share()
                .total_cmp(&a.attention_share())
                .then(b_grades(b).cmp(&b_grades(a))),
            Self::Project => Ordering::Equal,
            Self::Good => b.good().cmp(&a.good()),
            Self::GradeB => b_grades(b).cmp(&b_grades(a)),
            Self::Budget => b
                .budget
                .unwrap_or(-1.0)
                .total_cmp(&a.budget.unwrap_or(-1.0)),
        }
        .then(a.number.cmp(&b.number))
    }
}

/// The scorecard's rows: the selected projects with their selected KPIs,
/// ordered by `column` (reversed when `reversed`).
pub fn scorecard(
    dataset: &Dataset,
    catalog: &Catalog,
    selection: &Selection,
    column: ScoreColumn,
    reversed: bool,
    lang: Lang,
) -> Vec<ScoreRow> {
    let rows: Vec<ScoreRow> = selection
        .projects
        .iter()
        .map(|&p| {
            let project = &dataset.projects[p];
            let mut row = ScoreRow {
                id: project.id.clone(),
                number: project.number,
                heading: project_heading(project, lang),
                statuses: [0; Status::ALL.len()],
                grades: [0; Grade::ALL.len()],
                budget: match (project.budget.amed, project.budget.inhouse) {
                    (None, None) => None,
                    (a, i) => Some(a.unwrap_or(0.0) + i.unwrap_or(0.0)),
                },
            };
            for &i in selection.kpis_of_project(catalog, p) {
                let (_, kpi) = catalog.kpi(dataset, i);
                row.statuses[catalog.kpis[i].progress.status.index()] += 1;
                row.grades[kpi.grade.index()] += 1;
            }
            row
        })
        .collect();
    let mut rows = sorted(rows, &|a, b| column.compare(a, b));
    if reversed {
        rows.reverse();
    }
    rows
}
