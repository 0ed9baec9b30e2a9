//! What filtering needs to know about a dataset, worked out once when it
//! loads: every KPI's progress and folded search text, every program's
//! folded search text, phases as indices, each project's budget ledger and
//! the ministries it counts for. A filter change then only
//! compares small values ([`Catalog::select`] in `selection.rs`) and never
//! folds text, assesses a KPI or clones one again.

use crate::core::dataset::ledger::Ledger;
use crate::core::dataset::model::{Dataset, Initiative, Kpi, MinistryScope, Program, Project};
use crate::core::engine::budget::ProjectTotals;
use crate::core::engine::progress::{assess_kpi, PlanClock, Progress};
use crate::core::select::filter::Filter;
use crate::core::text::fold::fold_many;

/// A KPI as the catalog holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiEntry {
    /// Index of its project in `Dataset::projects`.
    pub project: usize,
    /// Position of the KPI in its project's `kpis`.
    pub position: usize,
    /// Its computed progress.
    pub progress: Progress,
    /// Indices (into `Dataset::phases`) of its phases.
    pub phases: Box<[usize]>,
    /// Name, detail and breakdown labels, folded ([`kpi_text`]).
    pub(super) text: Box<str>,
}

/// A program as the catalog holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramEntry {
    /// Index of its project in `Dataset::projects`.
    pub project: usize,
    /// Position of the program in its project's `programs`.
    pub position: usize,
    /// Indices (into `Dataset::phases`) of its phases.
    pub phases: Box<[usize]>,
    /// Name and description, folded.
    pub(super) text: Box<str>,
}

/// Every KPI, program and initiative of one dataset, in the dataset's order,
/// ready to filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// Every KPI, project by project.
    pub kpis: Vec<KpiEntry>,
    /// Every program, project by project.
    pub programs: Vec<ProgramEntry>,
    /// Where the plan stands, for the progress figures.
    pub clock: PlanClock,
    /// Phase ids in dataset order: position `i` is phase index `i`.
    pub(super) phase_ids: Vec<String>,
    /// Each project's printed amounts, counted once (`Dataset::projects` order).
    pub ledgers: Vec<Ledger>,
    /// Each initiative's searchable texts, folded (`Dataset::initiatives` order).
    initiatives: Vec<Box<str>>,
    /// Per project, the ministries (positions in `Dataset::ministries`) it
    /// counts for: leads only, then leads and participants.
    project_ministries: Vec<[Box<[usize]>; 2]>,
}

/// A KPI's searchable texts joined by newlines (a search term never holds
/// whitespace, so it cannot match across two of them).
fn kpi_text(kpi: &Kpi) -> String {
    [kpi.name.as_str(), kpi.detail.as_str()]
        .into_iter()
        .chain(kpi.breakdowns.iter().map(|b| b.label.as_str()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A program's searchable texts (name and description) joined by a newline.
fn program_text(program: &Program) -> String {
    format!("{}\n{}", program.name, program.description)
}

/// An initiative's searchable texts (heading, section title, plan, results)
/// joined by newlines.
fn initiative_text(initiative: &Initiative) -> String {
    [
        initiative.heading.as_str(),
        initiative.section_title.as_str(),
    ]
    .into_iter()
    .chain(initiative.plan.iter().map(String::as_str))
    .chain(initiative.results.iter().map(String::as_str))
    .collect::<Vec<_>>()
    .join("\n")
}

impl Catalog {
    /// Builds the catalog: assesses every KPI and folds every search text
    /// (KPIs, programs and initiatives) in one batch.
    pub fn new(dataset: &Dataset) -> Self {
        let clock = PlanClock::of(&dataset.report);
        let phase_ids: Vec<String> = dataset.phases.iter().map(|p| p.id.clone()).collect();
        let phases_of = |ids: &[String]| -> Box<[usize]> {
            ids.iter()
                .filter_map(|id| phase_ids.iter().position(|p| p == id))
                .collect()
        };
        // Every searchable text, KPIs first, folded in one batch.
        let texts: Vec<String> = dataset
            .projects
            .iter()
            .flat_map(|p| p.kpis.iter().map(kpi_text))
            .chain(
                dataset
                    .projects
                    .iter()
                    .flat_map(|p| p.programs.iter().map(program_text)),
            )
            .chain(dataset.initiatives.iter().map(initiative_text))
            .collect();
        let mut folded = fold_many(&texts).into_iter();
        let mut kpis = Vec::new();
        for (p, project) in dataset.projects.iter().enumerate() {
            for (k, kpi) in project.kpis.iter().enumerate() {
                kpis.push(KpiEntry {
                    project: p,
                    position: k,
                    progress: assess_kpi(&clock, kpi),
                    phases: phases_of(&kpi.phases),
                    text: folded.next().unwrap_or_default().into(),
                });
            }
        }
        let mut programs = Vec::new();
        for (p, project) in dataset.projects.iter().enumerate() {
            for (g, program) in project.programs.iter().enumerate() {
                programs.push(ProgramEntry {
                    project: p,
                    position: g,
                    phases: phases_of(&program.phases),
                    text: folded.next().unwrap_or_default().into(),
                });
            }
        }
        let initiatives = folded.map(String::into_boxed_str).collect();
        let ministries_for = |project: &Project, scope| -> Box<[usize]> {
            (0..dataset.ministries.len())
                .filter(|&m| {
                    project
                        .ministries
                        .counts_for(&dataset.ministries[m].id, scope)
                })
                .collect()
        };
        let project_ministries = dataset
            .projects
            .iter()
            .map(|p| {
                [
                    ministries_for(p, MinistryScope::LeadOnly),
                    ministries_for(p, MinistryScope::Involved),
                ]
            })
            .collect();
        Self {
            kpis,
            programs,
            initiatives,
            project_ministries,
            clock,
            phase_ids,
            ledgers: dataset
                .projects
                .iter()
                .map(|p| Ledger::of(dataset, p))
                .collect(),
        }
    }

    /// The printed totals of `projects` (indices) from the ledgers built
    /// with the catalog: what the selection, the budget chart and the
    /// ministry profile add up.
    pub fn project_totals(
        &self,
        dataset: &Dataset,
        projects: impl IntoIterator<Item = usize>,
    ) -> ProjectTotals {
        let mut totals = ProjectTotals::new(dataset.ministries.len());
        for p in projects {
            totals.add(&dataset.projects[p], &self.ledgers[p]);
        }
        totals
    }

    /// The ministries (positions in `Dataset::ministries`) project
    /// `project` counts for in `scope`.
    pub(super) fn project_ministries(&self, project: usize, scope: MinistryScope) -> &[usize] {
        let [lead, involved] = &self.project_ministries[project];
        match scope {
            MinistryScope::LeadOnly => lead,
            MinistryScope::Involved => involved,
        }
    }

    /// Per phase (dataset order): whether `filter` chose it.
    pub(super) fn phases_chosen(&self, filter: &Filter) -> Vec<bool> {
        self.phase_ids
            .iter()
            .map(|id| filter.phases.contains(id))
            .collect()
    }

    /// The project and KPI of catalog entry `index`.
    pub fn kpi<'d>(&self, dataset: &'d Dataset, index: usize) -> (&'d Project, &'d Kpi) {
        let entry = &self.kpis[index];
        let project = &dataset.projects[entry.project];
        (project, &project.kpis[entry.position])
    }

    /// The project and program of catalog entry `index`.
    pub fn program<'d>(&self, dataset: &'d Dataset, index: usize) -> (&'d Project, &'d Program) {
        let entry = &self.programs[index];
        let project = &dataset.projects[entry.project];
        (project, &project.programs[entry.position])
    }

    /// The initiatives (indices) that pass `filter`, matched against the
    /// texts folded when the catalog was built.
    pub fn initiatives_shown(&self, dataset: &Dataset, filter: &Filter) -> Vec<usize> {
        let search = filter.search();
        (0..dataset.initiatives.len())
            .filter(|&i| {
                filter.initiative_listed(&dataset.initiatives[i])
                    && search.matches_folded(&self.initiatives[i])
            })
            .collect()
    }

    /// Number of phases in the dataset.
    pub fn phase_count(&self) -> usize {
        self.phase_ids.len()
    }
}
