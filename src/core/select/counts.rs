//! What each filter chip would show: for every value of a dimension, the
//! KPIs that pass all the *other* dimensions and have that value (as the
//! phase pipeline does for phases). Tallied by [`Catalog::select`]
//! (`crate::core::select::catalog::Catalog`) in its one pass over the KPIs, from the
//! per-dimension verdicts it works out anyway.

use crate::core::dataset::model::{Grade, KpiKind};
use crate::core::engine::progress::Status;

/// KPI counts per chip, in the order of the dataset (ministries, projects)
/// or of the enums ([`KpiKind`] output then outcome, grade A then B,
/// [`Status::ALL`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChipCounts {
    /// Per ministry.
    pub ministries: Vec<usize>,
    /// Per project.
    pub projects: Vec<usize>,
    /// Output, outcome.
    pub kinds: [usize; 2],
    /// A, B.
    pub grades: [usize; 2],
    /// Per computed status.
    pub statuses: [usize; Status::ALL.len()],
}

/// A filter dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// The ministries.
    Ministry,
    /// The projects.
    Project,
    /// The phases.
    Phase,
    /// The KPI kinds.
    Kind,
    /// The report's grades.
    Grade,
    /// The computed statuses.
    Status,
    /// The search text.
    Search,
}

/// One KPI's verdict on each filter dimension: whether it passes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdicts {
    /// Passes the ministry dimension.
    pub ministry: bool,
    /// Passes the project dimension.
    pub project: bool,
    /// Passes the phase dimension.
    pub phase: bool,
    /// Passes the kind dimension.
    pub kind: bool,
    /// Passes the grade dimension.
    pub grade: bool,
    /// Passes the status dimension.
    pub status: bool,
    /// Passes the search.
    pub search: bool,
}

impl Verdicts {
    /// Each dimension with its verdict.
    fn each(&self) -> [(Dimension, bool); 7] {
        [
            (Dimension::Ministry, self.ministry),
            (Dimension::Project, self.project),
            (Dimension::Phase, self.phase),
            (Dimension::Kind, self.kind),
            (Dimension::Grade, self.grade),
            (Dimension::Status, self.status),
            (Dimension::Search, self.search),
        ]
    }

    /// How many dimensions the KPI fails.
    pub fn failures(&self) -> usize {
        self.each().iter().filter(|(_, ok)| !ok).count()
    }

    /// Whether the KPI passes every dimension but `d` (so it counts for
    /// `d`'s chips, or for the phase pipeline's steps).
    pub fn all_but(&self, d: Dimension) -> bool {
        self.each().iter().all(|&(dim, ok)| ok || dim == d)
    }

    /// Whether the KPI passes every dimension.
    pub fn all(&self) -> bool {
        self.failures() == 0
    }
}

/// Just the KPI's facts [`ChipCounts::add`] counts by.
pub(super) struct Chips<'a> {
    /// The ministries (dataset positions) that count for its project.
    pub ministries: &'a [usize],
    /// Its project's position.
    pub project: usize,
    /// Its kind.
    pub kind: KpiKind,
    /// The report's grade.
    pub grade: Grade,
    /// Its computed status.
    pub status: Status,
}

impl ChipCounts {
    /// Counts with every chip at zero.
    pub(super) fn zero(ministries: usize, projects: usize) -> Self {
        Self {
            ministries: vec![0; ministries],
            projects: vec![0; projects],
            ..Self::default()
        }
    }

    /// Adds one KPI to the chips it counts for.
    pub(super) fn add(&mut self, verdicts: &Verdicts, kpi: Chips<'_>) {
        if verdicts.all_but(Dimension::Ministry) {
            for &m in kpi.ministries {
                self.ministries[m] += 1;
            }
        }
        if verdicts.all_but(Dimension::Project) {
            self.projects[kpi.project] += 1;
        }
        if verdicts.all_but(Dimension::Kind) {
            self.kinds[kpi.kind.index()] += 1;
        }
        if verdicts.all_but(Dimension::Grade) {
            self.grades[kpi.grade.index()] += 1;
        }
        if verdicts.all_but(Dimension::Status) {
            self.statuses[kpi.status.index()] += 1;
        }
    }
}
