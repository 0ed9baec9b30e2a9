//! The reference the property tests hold the app to: every KPI assessed on
//! its own, and the filter's rules stated plainly, item by item, with texts
//! folded on the spot. The app itself filters in one pass over the catalog
//! (`Catalog::select`), which these tests check against this.
#![allow(dead_code)] // Each test file uses its own part.

use shinchoku::core::dataset::model::{Dataset, Initiative, Kpi, MinistryRoles, Program, Project};
use shinchoku::core::engine::progress::{assess_kpi, PlanClock, Progress};
use shinchoku::core::select::filter::{Filter, OTHER_PROJECT};
use shinchoku::core::text::fold::fold;

/// A KPI with its project and its computed progress.
#[derive(Debug, Clone)]
pub struct AssessedKpi<'a> {
    pub project: &'a Project,
    pub kpi: &'a Kpi,
    pub progress: Progress,
}

/// Every KPI of the dataset with its progress, in the dataset's order.
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

/// An empty choice allows everything; otherwise the value must be chosen.
fn allows<T: PartialEq>(chosen: &[T], value: &T) -> bool {
    chosen.is_empty() || chosen.contains(value)
}

/// Every search term occurs in one of `texts`, both folded.
fn found<'t>(query: &str, texts: impl IntoIterator<Item = &'t str>) -> bool {
    let texts: Vec<String> = texts.into_iter().map(fold).collect();
    fold(query)
        .split_whitespace()
        .all(|term| texts.iter().any(|t| t.contains(term)))
}

/// The filter's rules, one item at a time.
pub trait Reference {
    /// A chosen ministry leads the roles, or (unless lead only) takes part.
    fn roles_pass(&self, roles: &MinistryRoles) -> bool;
    /// The project is chosen and a chosen ministry is in it.
    fn project_matches(&self, project: &Project) -> bool;
    /// The KPI's project passes, and so do its phases, kind, grade,
    /// status and texts.
    fn kpi_matches(&self, item: &AssessedKpi<'_>) -> bool;
    /// The program's project passes, and so do its phases and texts.
    fn program_matches(&self, project: &Project, program: &Program) -> bool;
    /// その他 is chosen (or no project is), a chosen ministry is in the
    /// initiative, and its texts match.
    fn initiative_matches(&self, initiative: &Initiative) -> bool;
}

impl Reference for Filter {
    fn roles_pass(&self, roles: &MinistryRoles) -> bool {
        self.ministries.is_empty()
            || self.ministries.iter().any(|m| {
                roles.lead.contains(m) || (!self.lead_only && roles.participating.contains(m))
            })
    }

    fn project_matches(&self, project: &Project) -> bool {
        allows(&self.projects, &project.id) && self.roles_pass(&project.ministries)
    }

    fn kpi_matches(&self, item: &AssessedKpi<'_>) -> bool {
        let kpi = item.kpi;
        self.project_matches(item.project)
            && (self.phases.is_empty() || kpi.phases.iter().any(|p| self.phases.contains(p)))
            && allows(&self.kinds, &kpi.kind)
            && allows(&self.grades, &kpi.grade)
            && allows(&self.statuses, &item.progress.status)
            && found(
                &self.query,
                [kpi.name.as_str(), kpi.detail.as_str()]
                    .into_iter()
                    .chain(kpi.breakdowns.iter().map(|b| b.label.as_str())),
            )
    }

    fn program_matches(&self, project: &Project, program: &Program) -> bool {
        self.project_matches(project)
            && (self.phases.is_empty() || program.phases.iter().any(|p| self.phases.contains(p)))
            && found(
                &self.query,
                [program.name.as_str(), program.description.as_str()],
            )
    }

    fn initiative_matches(&self, initiative: &Initiative) -> bool {
        allows(&self.projects, &OTHER_PROJECT.to_string())
            && self.roles_pass(&initiative.ministries)
            && found(
                &self.query,
                [
                    initiative.heading.as_str(),
                    initiative.section_title.as_str(),
                ]
                .into_iter()
                .chain(initiative.plan.iter().map(String::as_str))
                .chain(initiative.results.iter().map(String::as_str)),
            )
    }
}

/// The app's reading of a query string (with or without the leading `?`).
pub fn decode_str(query: &str, dataset: &Dataset) -> shinchoku::core::select::query::Decoded {
    use shinchoku::core::select::query::{decode, Params};
    decode(&Params::parse(query), dataset)
}
