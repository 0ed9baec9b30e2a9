//! The viewer's selection: which ministries, projects, phases, kinds,
//! grades, statuses and search text are shown. Empty dimensions select all.

use crate::core::dataset::model::{
    Grade, Initiative, KpiKind, MinistryRoles, MinistryScope, Project,
};
use crate::core::engine::progress::Status;
use crate::core::text::fold::Search;

/// Pseudo project id selecting the その他 initiatives (a dataset's
/// projects may not have it: the validator refuses it).
pub use crate::core::dataset::model::OTHER_PROJECT;

/// What the reader chose to see, dimension by dimension (what it selects
/// is a `Selection`). Within a dimension values are alternatives (OR);
/// across dimensions all must hold (AND); an empty dimension allows all.
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

    /// Whether the initiative passes the project (その他) and ministry
    /// dimensions.
    pub fn initiative_listed(&self, initiative: &Initiative) -> bool {
        allows(&self.projects, &OTHER_PROJECT.to_string())
            && self.roles_match(&initiative.ministries)
    }
}
