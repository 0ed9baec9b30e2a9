//! What each filter chip would show: for every value of a dimension, the
//! KPIs that pass all the *other* dimensions and have that value (as the
//! phase pipeline does for phases). One pass over the catalog.

use super::catalog::Catalog;
use super::filter::{allows, Filter};
use super::model::{Dataset, Grade, KpiKind};
use super::progress::Status;
use super::selection::status_slot;

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

/// Positions in the per-KPI pass list (phase is 2, search 6: they have no
/// chips of their own here).
const MINISTRY: usize = 0;
const PROJECT: usize = 1;
const KIND: usize = 3;
const GRADE: usize = 4;
const STATUS: usize = 5;

impl Catalog {
    /// The chip counts for `filter`.
    pub fn chip_counts(&self, dataset: &Dataset, filter: &Filter) -> ChipCounts {
        let scope = filter.scope();
        let search = filter.search();
        // Per project: its ministries (as indices) and whether it passes the
        // ministry and project dimensions.
        let ministries_of: Vec<Vec<usize>> = dataset
            .projects
            .iter()
            .map(|p| {
                (0..dataset.ministries.len())
                    .filter(|&m| p.ministries.counts_for(&dataset.ministries[m].id, scope))
                    .collect()
            })
            .collect();
        let ministry_ok: Vec<bool> = dataset
            .projects
            .iter()
            .map(|p| filter.ministry_matches(p))
            .collect();
        let project_ok: Vec<bool> = dataset
            .projects
            .iter()
            .map(|p| filter.project_listed(p))
            .collect();
        let phase_selected = self.phases_chosen(filter);
        let mut out = ChipCounts {
            ministries: vec![0; dataset.ministries.len()],
            projects: vec![0; dataset.projects.len()],
            ..ChipCounts::default()
        };
        for entry in &self.kpis {
            let kpi = &dataset.projects[entry.project].kpis[entry.kpi];
            let status = entry.progress.status;
            let pass = [
                ministry_ok[entry.project],
                project_ok[entry.project],
                filter.phases.is_empty() || entry.phases.iter().any(|&p| phase_selected[p]),
                allows(&filter.kinds, &kpi.kind),
                allows(&filter.grades, &kpi.grade),
                allows(&filter.statuses, &status),
                search.matches_folded(&entry.text),
            ];
            let failed = pass.iter().filter(|ok| !**ok).count();
            // Counts for dimension `d` need every other dimension to pass.
            let counts_for = |d: usize| failed == 0 || (failed == 1 && !pass[d]);
            if counts_for(MINISTRY) {
                for &m in &ministries_of[entry.project] {
                    out.ministries[m] += 1;
                }
            }
            if counts_for(PROJECT) {
                out.projects[entry.project] += 1;
            }
            if counts_for(KIND) {
                out.kinds[usize::from(kpi.kind == KpiKind::Outcome)] += 1;
            }
            if counts_for(GRADE) {
                out.grades[usize::from(kpi.grade == Grade::B)] += 1;
            }
            if counts_for(STATUS) {
                if let Some(s) = status_slot(status) {
                    out.statuses[s] += 1;
                }
            }
        }
        out
    }
}
