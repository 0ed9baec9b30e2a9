//! The viewer's selection: which ministries, projects, phases, kinds,
//! grades, statuses and search text are shown. Empty dimensions select all.

use super::aggregate::{project_has_ministry, AssessedKpi, MinistryScope};
use super::model::{Grade, Initiative, Kpi, KpiKind, Program, Project};
use super::progress::Status;

use super::text::{fold, Search};

/// The text a search looks at for a KPI (name, detail, breakdown labels),
/// folded once so that filtering does not fold it again on every keystroke.
pub fn kpi_search_text(kpi: &Kpi) -> String {
    let mut text = fold(&kpi.name);
    for part in std::iter::once(&kpi.detail).chain(kpi.breakdowns.iter().map(|b| &b.label)) {
        text.push('\n');
        text.push_str(&fold(part));
    }
    text
}

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
fn allows<T: PartialEq>(selected: &[T], value: &T) -> bool {
    selected.is_empty() || selected.contains(value)
}

impl Filter {
    /// Whether nothing is selected.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    fn scope(&self) -> MinistryScope {
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
        allows(&self.projects, &project.id)
            && (self.ministries.is_empty()
                || self
                    .ministries
                    .iter()
                    .any(|m| project_has_ministry(project, m, self.scope())))
    }

    fn phases_match(&self, phases: &[String]) -> bool {
        self.phases.is_empty() || phases.iter().any(|p| self.phases.contains(p))
    }

    /// Whether the KPI passes every dimension.
    pub fn kpi_matches(&self, item: &AssessedKpi<'_>) -> bool {
        self.kpi_matches_indexed(item, &self.search(), &kpi_search_text(item.kpi))
    }

    /// [`Filter::kpi_matches`] with the search parsed once and the KPI's
    /// text folded in advance ([`kpi_search_text`]).
    pub fn kpi_matches_indexed(
        &self,
        item: &AssessedKpi<'_>,
        search: &Search,
        folded: &str,
    ) -> bool {
        let kpi = item.kpi;
        self.project_matches(item.project)
            && self.phases_match(&kpi.phases)
            && allows(&self.kinds, &kpi.kind)
            && allows(&self.grades, &kpi.grade)
            && allows(&self.statuses, &item.progress.status)
            && search.matches_folded(folded)
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
    /// search dimensions.
    pub fn initiative_matches(&self, initiative: &Initiative) -> bool {
        let roles = &initiative.ministries;
        let ministry_ok = self.ministries.is_empty()
            || self.ministries.iter().any(|m| {
                roles.lead.contains(m) || (!self.lead_only && roles.participating.contains(m))
            });
        allows(&self.projects, &OTHER_PROJECT.to_string())
            && ministry_ok
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
