//! What a [`Filter`] selects from a [`Catalog`], worked out in one pass:
//! the KPIs, programs and projects that pass, the per-phase counts the
//! phase pipeline shows, the filter chips' counts, the status and grade
//! counts and the budget total.
//! Everything the viewer shows of a selection is read from here.

use crate::core::dataset::model::{Dataset, Grade};
use crate::core::engine::budget::BudgetTotal;
use crate::core::engine::progress::Status;
use crate::core::select::catalog::Catalog;
use crate::core::select::counts::{ChipCounts, Chips, Dimension, Verdicts};
use crate::core::select::filter::{allows, Filter};

/// The result of filtering a catalog. Indices are positions in
/// `Catalog::kpis`, `Catalog::programs` and `Dataset::projects`, ascending
/// (the dataset's order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    /// KPIs that pass every dimension.
    pub kpis: Vec<usize>,
    /// Programs that pass the project, ministry, phase and search dimensions.
    pub programs: Vec<usize>,
    /// Projects that pass the project and ministry dimensions.
    pub projects: Vec<usize>,
    /// Per phase (dataset order): KPIs and programs that pass every
    /// dimension but the phase one, so each step shows what it would add.
    pub phase_counts: Vec<(usize, usize)>,
    /// Per filter chip, the KPIs it would select with the other
    /// dimensions as they are.
    pub chips: ChipCounts,
    /// Selected KPIs per computed status, in [`Status::ALL`] order.
    pub by_status: [usize; Status::ALL.len()],
    /// Selected KPIs per report's grade, in [`Grade::ALL`] order.
    pub by_grade: [usize; Grade::ALL.len()],
    /// The selected programs' own amounts and, without a phase or search
    /// filter, the selected projects' printed totals.
    pub budget: BudgetTotal,
}

/// The run of `indices` (ascending, so grouped by project) whose project,
/// as `project_of` tells, is `project`.
fn run_of_project(
    indices: &[usize],
    project_of: impl Fn(usize) -> usize,
    project: usize,
) -> &[usize] {
    let start = indices.partition_point(|&i| project_of(i) < project);
    let end = indices.partition_point(|&i| project_of(i) <= project);
    &indices[start..end]
}

impl Selection {
    /// Selected KPIs with the given status.
    pub fn count(&self, status: Status) -> usize {
        self.by_status[status.index()]
    }

    /// The selected KPIs of project `project` (a contiguous run, since both
    /// are in the dataset's order).
    pub fn kpis_of_project<'s>(&'s self, catalog: &Catalog, project: usize) -> &'s [usize] {
        run_of_project(&self.kpis, |i| catalog.kpis[i].project, project)
    }

    /// The selected programs of project `project`.
    pub fn programs_of_project<'s>(&'s self, catalog: &Catalog, project: usize) -> &'s [usize] {
        run_of_project(&self.programs, |i| catalog.programs[i].project, project)
    }
}

impl Catalog {
    /// Applies `filter` to every KPI and program once.
    pub fn select(&self, dataset: &Dataset, filter: &Filter) -> Selection {
        let scope = filter.scope();
        let search = filter.search();
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
        // Both project-level dimensions: listed, and a chosen ministry in it.
        let project_passes = |p: usize| project_ok[p] && ministry_ok[p];
        let phase_selected = self.phases_chosen(filter);
        let phase_ok = |phases: &[usize]| {
            filter.phases.is_empty() || phases.iter().any(|&p| phase_selected[p])
        };

        let mut out = Selection {
            projects: (0..project_ok.len())
                .filter(|&p| project_passes(p))
                .collect(),
            phase_counts: vec![(0, 0); self.phase_ids.len()],
            chips: ChipCounts::zero(dataset.ministries.len(), dataset.projects.len()),
            ..Selection::default()
        };
        for (i, entry) in self.kpis.iter().enumerate() {
            let kpi = &dataset.projects[entry.project].kpis[entry.position];
            let status = entry.progress.status;
            let mut verdicts = Verdicts {
                ministry: ministry_ok[entry.project],
                project: project_ok[entry.project],
                phase: phase_ok(&entry.phases),
                kind: allows(&filter.kinds, &kpi.kind),
                grade: allows(&filter.grades, &kpi.grade),
                status: allows(&filter.statuses, &status),
                search: true,
            };
            // A KPI that fails two dimensions counts nowhere, so the search
            // (the costly test) is only run when it can matter.
            if verdicts.failures() >= 2 {
                continue;
            }
            verdicts.search = search.matches_folded(&entry.text);
            out.chips.add(
                &verdicts,
                Chips {
                    ministries: self.project_ministries(entry.project, scope),
                    project: entry.project,
                    kind: kpi.kind,
                    grade: kpi.grade,
                    status,
                },
            );
            if verdicts.all_but(Dimension::Phase) {
                for &p in entry.phases.iter() {
                    out.phase_counts[p].0 += 1;
                }
            }
            if !verdicts.all() {
                continue;
            }
            out.kpis.push(i);
            out.by_status[status.index()] += 1;
            out.by_grade[kpi.grade.index()] += 1;
        }

        for (i, entry) in self.programs.iter().enumerate() {
            if !project_passes(entry.project) || !search.matches_folded(&entry.text) {
                continue;
            }
            for &p in entry.phases.iter() {
                out.phase_counts[p].1 += 1;
            }
            if !phase_ok(&entry.phases) {
                continue;
            }
            out.programs.push(i);
            out.budget
                .programs
                .add(&dataset.projects[entry.project].programs[entry.position]);
        }
        if filter.phases.is_empty() && search.is_empty() {
            out.budget.projects = Some(self.project_totals(dataset, out.projects.iter().copied()));
        }
        out
    }
}
