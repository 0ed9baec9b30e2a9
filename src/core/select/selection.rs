//! What a [`Filter`] selects from a [`Catalog`], worked out in one pass:
//! the KPIs, programs and projects that pass, the per-phase counts the
//! phase pipeline shows, the filter chips' counts, the status and grade
//! counts and the budget total.
//! Everything the viewer shows of a selection is read from here.

use crate::core::dataset::model::{Dataset, Grade, MinistryScope};
use crate::core::engine::budget::BudgetTotal;
use crate::core::engine::progress::Status;
use crate::core::select::catalog::Catalog;
use crate::core::select::counts::{ChipCounts, Chips, Dimension, Verdicts};
use crate::core::select::filter::{allows, Filter};
use crate::core::text::fold::Search;

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

/// What one selection pass knows of the filter before it looks at a KPI
/// or a program: the project-level verdicts and the chosen phases.
struct Pass<'a> {
    catalog: &'a Catalog,
    dataset: &'a Dataset,
    filter: &'a Filter,
    search: Search,
    scope: MinistryScope,
    /// Per project: a chosen ministry leads or joins it (or none is chosen).
    ministry_ok: Vec<bool>,
    /// Per project: it is chosen (or none is).
    project_ok: Vec<bool>,
    /// Per phase: it is chosen.
    phase_chosen: Vec<bool>,
}

impl Pass<'_> {
    /// Both project-level dimensions: listed, and a chosen ministry in it.
    fn project_passes(&self, p: usize) -> bool {
        self.project_ok[p] && self.ministry_ok[p]
    }

    fn phase_ok(&self, phases: &[usize]) -> bool {
        self.filter.phases.is_empty() || phases.iter().any(|&p| self.phase_chosen[p])
    }

    /// Every KPI's verdicts: the selected KPIs, their counts per status and
    /// grade, the chips' and the phase steps' counts.
    fn kpis(&self, out: &mut Selection) {
        let filter = self.filter;
        for (i, entry) in self.catalog.kpis.iter().enumerate() {
            let kpi = &self.dataset.projects[entry.project].kpis[entry.position];
            let status = entry.progress.status;
            let mut verdicts = Verdicts {
                ministry: self.ministry_ok[entry.project],
                project: self.project_ok[entry.project],
                phase: self.phase_ok(&entry.phases),
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
            verdicts.search = self.search.matches_folded(&entry.text);
            out.chips.add(
                &verdicts,
                Chips {
                    ministries: self.catalog.project_ministries(entry.project, self.scope),
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
            if verdicts.all() {
                out.kpis.push(i);
                out.by_status[status.index()] += 1;
                out.by_grade[kpi.grade.index()] += 1;
            }
        }
    }

    /// Every program's: the selected programs, their own amounts, and the
    /// phase steps' counts.
    fn programs(&self, out: &mut Selection) {
        for (i, entry) in self.catalog.programs.iter().enumerate() {
            if !self.project_passes(entry.project) || !self.search.matches_folded(&entry.text) {
                continue;
            }
            for &p in entry.phases.iter() {
                out.phase_counts[p].1 += 1;
            }
            if self.phase_ok(&entry.phases) {
                out.programs.push(i);
                out.budget
                    .programs
                    .add(&self.dataset.projects[entry.project].programs[entry.position]);
            }
        }
    }
}

impl Catalog {
    /// Applies `filter` to every KPI and program once.
    pub fn select(&self, dataset: &Dataset, filter: &Filter) -> Selection {
        let pass = Pass {
            catalog: self,
            dataset,
            filter,
            search: filter.search(),
            scope: filter.scope(),
            ministry_ok: dataset
                .projects
                .iter()
                .map(|p| filter.ministry_matches(p))
                .collect(),
            project_ok: dataset
                .projects
                .iter()
                .map(|p| filter.project_listed(p))
                .collect(),
            phase_chosen: self.phases_chosen(filter),
        };
        let mut out = Selection {
            projects: (0..dataset.projects.len())
                .filter(|&p| pass.project_passes(p))
                .collect(),
            phase_counts: vec![(0, 0); self.phase_ids.len()],
            chips: ChipCounts::zero(dataset.ministries.len(), dataset.projects.len()),
            ..Selection::default()
        };
        pass.kpis(&mut out);
        pass.programs(&mut out);
        if filter.phases.is_empty() && pass.search.is_empty() {
            out.budget.projects = Some(self.project_totals(dataset, out.projects.iter().copied()));
        }
        out
    }
}
