//! Every KPI with its project and progress ([`assess_all`], for exports and
//! checks item by item).

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
