//! Every KPI with its project and progress ([`assess_all`], for exports and
//! checks item by item), and the one rule of which ministries a project
//! counts for ([`project_has_ministry`]).

use super::model::{Dataset, Kpi, Project};
use super::progress::{assess_kpi, PlanClock, Progress};

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
