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

/// One KPI's verdict on each filter dimension, in this order.
pub(super) type Verdicts = [bool; 7];

/// Positions in [`Verdicts`].
pub(super) const MINISTRY: usize = 0;
pub(super) const PROJECT: usize = 1;
pub(super) const PHASE: usize = 2;
pub(super) const KIND: usize = 3;
pub(super) const GRADE: usize = 4;
pub(super) const STATUS: usize = 5;
pub(super) const SEARCH: usize = 6;

/// Whether a KPI with `verdicts` counts for dimension `d`'s chips (or, for
/// [`PHASE`], its steps): it passes every other dimension.
pub(super) fn passes_all_but(verdicts: &Verdicts, d: usize) -> bool {
    verdicts.iter().enumerate().all(|(i, &ok)| ok || i == d)
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
        if passes_all_but(verdicts, MINISTRY) {
            for &m in kpi.ministries {
                self.ministries[m] += 1;
            }
        }
        if passes_all_but(verdicts, PROJECT) {
            self.projects[kpi.project] += 1;
        }
        if passes_all_but(verdicts, KIND) {
            self.kinds[kpi.kind.index()] += 1;
        }
        if passes_all_but(verdicts, GRADE) {
            self.grades[kpi.grade.index()] += 1;
        }
        if passes_all_but(verdicts, STATUS) {
            self.statuses[kpi.status.index()] += 1;
        }
    }
}
