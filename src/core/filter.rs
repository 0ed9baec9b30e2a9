//! The viewer's selection: which ministries, projects, phases, kinds,
//! grades, statuses and search text are shown. Empty dimensions select all.

use super::aggregate::AssessedKpi;
use super::catalog::kpi_search_text;
use super::model::{
    Grade, Initiative, Kpi, KpiKind, MinistryRoles, MinistryScope, Program, Project,
};
use super::progress::{Progress, Status};
use super::text::Search;

/// Pseudo project id selecting the その他 initiatives.
pub const OTHER_PROJECT: &str = "other";

/// A selection. Within a dimension values are alternatives (OR); across
/// dimensions all must hold (AND).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Ministry ids.
    pub ministries: Vec<String>,
    /// Count only ◎ lead ministries.
    pub lead_only: bool,
    /// Project ids, and [`OTHER_PROJECT`] for initiatives.
    pub projects: Vec<String>,
    /// Phase ids.
    pub phases: Vec<String>,
    /// KPI kinds.
    pub kinds: Vec<KpiKind>,
    /// Official grades.
    pub grades: Vec<Grade>,
    /// Computed statuses.
    pub statuses: Vec<Status>,
    /// Free-text search, matched after NFKC folding.
    pub query: String,
}

/// `true` when `selected` is empty or contains `value`.
pub(super) fn allows<T: PartialEq>(selected: &[T], value: &T) -> bool {
    selected.is_empty() || selected.contains(value)
}

impl Filter {
    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Which ministries a project counts for under this filter.
    pub(super) fn scope(&self) -> MinistryScope {
        if self.lead_only {
            MinistryScope::LeadOnly
        } else {
            MinistryScope::Involved
        }
    }

    /// The parsed search query.
    pub fn search(&self) -> Search {
        Search::new(&self.query)
    }

    /// Whether the project passes the project and ministry dimensions.
    pub fn project_matches(&self, project: &Project) -> bool {
        self.project_listed(project) && self.ministry_matches(project)
    }

    /// Whether the project passes the project dimension alone.
    pub fn project_listed(&self, project: &Project) -> bool {
        allows(&self.projects, &project.id)
    }

    /// Whether one of the chosen ministries leads (or, unless lead only,
    /// takes part in) the project; true when none is chosen.
    pub fn ministry_matches(&self, project: &Project) -> bool {
        self.roles_match(&project.ministries)
    }

    /// The ministry dimension on a project's or an initiative's roles.
    fn roles_match(&self, roles: &MinistryRoles) -> bool {
        self.ministries.is_empty()
            || self
                .ministries
                .iter()
                .any(|m| roles.counts_for(m, self.scope()))
    }

    fn phases_match(&self, phases: &[String]) -> bool {
        self.phases.is_empty() || phases.iter().any(|p| self.phases.contains(p))
    }

    /// Whether the KPI passes every dimension. To filter many KPIs, use
    /// [`Catalog::select`](super::catalog::Catalog), which folds no text.
    pub fn kpi_matches(&self, item: &AssessedKpi<'_>) -> bool {
        self.project_matches(item.project)
            && self.phases_match(&item.kpi.phases)
            && self.kpi_attributes_match(item.kpi, &item.progress)
            && self.search().matches_folded(&kpi_search_text(item.kpi))
    }

    /// Whether the KPI passes the kind, grade and status dimensions.
    pub fn kpi_attributes_match(&self, kpi: &Kpi, progress: &Progress) -> bool {
        allows(&self.kinds, &kpi.kind)
            && allows(&self.grades, &kpi.grade)
            && allows(&self.statuses, &progress.status)
    }

    /// Whether the initiative passes the project (その他) and ministry
    /// dimensions.
    pub fn initiative_listed(&self, initiative: &Initiative) -> bool {
        allows(&self.projects, &OTHER_PROJECT.to_string())
            && self.roles_match(&initiative.ministries)
    }

    /// Whether the program passes the project, ministry, phase and search
    /// dimensions (KPI-only dimensions do not apply to programs).
    pub fn program_matches(&self, project: &Project, program: &Program) -> bool {
        self.project_matches(project)
            && self.phases_match(&program.phases)
            && self
                .search()
                .matches([program.name.as_str(), program.description.as_str()])
    }

    /// Whether the initiative passes the project (その他), ministry and
    /// search dimensions. To filter them all, use
    /// [`Catalog::initiatives_shown`](super::catalog::Catalog::initiatives_shown),
    /// which folds no text.
    pub fn initiative_matches(&self, initiative: &Initiative) -> bool {
        self.initiative_listed(initiative)
            && self.search().matches(
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
