//! Two reports of the same plan compared: every KPI matched by its id
//! (figures, computed status, grade, target, unit, yearly figures revised
//! after publication, the progress detail's text), KPIs, projects, programs
//! and initiatives added or removed (an unpaired item with the same name as
//! one on the other side is said to be so, never paired with it), budgets
//! per project and program, and the projects' evaluation texts. Neither
//! report is altered: both are only read.
//!
//! Two reports are of the same plan when their plans begin in the same
//! fiscal year (a plan period begins once: the 2nd period in FY2020) and
//! they share at least one integrated project id. Titles are not compared
//! (each names its own year), nor the plan's last year, which a revised or
//! extended plan may move: each report's statuses are computed on its own
//! plan years.

use std::collections::{HashMap, HashSet};

use crate::core::dataset::model::{Dataset, Grade, Kpi, Target, Unit, YearValue};
use crate::core::engine::progress::{assess_kpi, PlanClock, Status};
use crate::core::text::diff::{diff, Part};

/// A kind of change, as the view's `data-change` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    /// A figure: the latest figure, or a year's figure that is new.
    Figure,
    /// The computed status.
    Status,
    /// The report's grade.
    Grade,
    /// The target: a moved goalpost.
    Target,
    /// The unit the figures are counted in.
    Unit,
    /// A past year's figure that differs between the two reports.
    Revised,
    /// Only in the later report.
    Added,
    /// Only in the earlier report.
    Removed,
    /// A printed budget amount.
    Budget,
    /// A text of the report (an evaluation, a progress detail).
    Text,
}

impl Change {
    /// Every kind, in the order `data-change` lists them.
    pub const ALL: [Change; 10] = [
        Change::Figure,
        Change::Status,
        Change::Grade,
        Change::Target,
        Change::Unit,
        Change::Revised,
        Change::Added,
        Change::Removed,
        Change::Budget,
        Change::Text,
    ];

    /// Its id in `data-change` and the CSV.
    pub fn id(self) -> &'static str {
        match self {
            Self::Figure => "figure",
            Self::Status => "status",
            Self::Grade => "grade",
            Self::Target => "target",
            Self::Unit => "unit",
            Self::Revised => "revised",
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Budget => "budget",
            Self::Text => "text",
        }
    }

    /// `changes`' ids joined by spaces, in [`Change::ALL`] order.
    pub fn ids(changes: &[Change]) -> String {
        Self::ALL
            .into_iter()
            .filter(|c| changes.contains(c))
            .map(Change::id)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Why two reports cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanMismatch {
    /// Their plans begin in different fiscal years: two plan periods.
    Period {
        /// The first year of the plan of the report shown.
        shown: i32,
        /// The first year of the other report's plan.
        other: i32,
    },
    /// No integrated project in common: another plan's report.
    Projects,
}

/// Whether `other` can be compared with `shown`: the same plan period and
/// at least one project in common.
pub fn same_plan(shown: &Dataset, other: &Dataset) -> Result<(), PlanMismatch> {
    let (a, b) = (&shown.report, &other.report);
    if a.plan_first_year != b.plan_first_year {
        return Err(PlanMismatch::Period {
            shown: a.plan_first_year,
            other: b.plan_first_year,
        });
    }
    let ids: HashSet<&str> = shown.projects.iter().map(|p| p.id.as_str()).collect();
    if other.projects.iter().any(|p| ids.contains(p.id.as_str())) {
        Ok(())
    } else {
        Err(PlanMismatch::Projects)
    }
}

/// The two reports in time order, earlier first: by the year their figures
/// run to; when that is the same, `other` is taken as the earlier, so the
/// report shown is the one compared to.
pub fn in_order<'d>(shown: &'d Dataset, other: &'d Dataset) -> (&'d Dataset, &'d Dataset) {
    if other.report.figures_through > shown.report.figures_through {
        (shown, other)
    } else {
        (other, shown)
    }
}

/// A value in the earlier and in the later report.
pub type Pair<T> = (T, T);

/// A past year's figure that differs between the two reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    /// The fiscal year.
    pub year: i32,
    /// The earlier report's figure.
    pub before: f64,
    /// The later report's figure (`None`: it no longer gives one).
    pub after: Option<f64>,
}

/// A KPI found in both reports, with what changed.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiChange {
    /// Its id.
    pub id: String,
    /// Its project's id in the later report.
    pub project: String,
    /// The latest figures.
    pub latest: Pair<Option<f64>>,
    /// The units.
    pub unit: Pair<Unit>,
    /// The targets.
    pub target: Pair<Option<Target>>,
    /// The report's grades.
    pub grade: Pair<Grade>,
    /// The computed statuses, each on its own report's plan years.
    pub status: Pair<Status>,
    /// Years' figures the later report gives and the earlier does not.
    pub new_years: Vec<YearValue>,
    /// Past years' figures that differ.
    pub revised: Vec<Revision>,
    /// The progress detail's difference, when its text changed.
    pub detail: Option<Vec<Part>>,
    /// What changed, in [`Change::ALL`] order; never empty.
    pub changes: Vec<Change>,
}

/// The rank of a status with a target: achieved best. `None` for the
/// statuses without a target or figures.
fn rank(status: Status) -> Option<u8> {
    match status {
        Status::Achieved => Some(0),
        Status::OnTrack => Some(1),
        Status::AtRisk => Some(2),
        Status::OffTrack => Some(3),
        Status::NoTarget | Status::NoData => None,
    }
}

impl KpiChange {
    /// The computed status got better (both have a target).
    pub fn improved(&self) -> bool {
        matches!((rank(self.status.0), rank(self.status.1)), (Some(a), Some(b)) if b < a)
    }

    /// The computed status got worse (both have a target).
    pub fn worsened(&self) -> bool {
        matches!((rank(self.status.0), rank(self.status.1)), (Some(a), Some(b)) if b > a)
    }

    /// The target is met in the later report and was not in the earlier.
    pub fn reached(&self) -> bool {
        self.status.0 != Status::Achieved && self.status.1 == Status::Achieved
    }

    /// The report's grade went from A to B.
    pub fn grade_fell(&self) -> bool {
        self.grade == (Grade::A, Grade::B)
    }
}

/// An item in one report only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unpaired {
    /// Its id.
    pub id: String,
    /// Its project's id, for KPIs and programs.
    pub project: Option<String>,
    /// The id of an item in the other report only (of the same project)
    /// with the same name: reported, never paired.
    pub same_name: Option<String>,
}

/// A project's printed totals, where they differ.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectBudgetChange {
    /// The project's id.
    pub id: String,
    /// AMED totals, 億円.
    pub amed: Pair<Option<f64>>,
    /// In-house totals, 億円.
    pub inhouse: Pair<Option<f64>>,
}

/// A program's own printed amount, where it differs.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramBudgetChange {
    /// Its project's id in the later report.
    pub project: String,
    /// The program's id.
    pub id: String,
    /// Its amounts, 億円 (`None`: no amount of its own).
    pub budget: Pair<Option<f64>>,
}

/// A project's evaluation whose text changed.
#[derive(Debug, Clone, PartialEq)]
pub struct TextChange {
    /// The project's id.
    pub project: String,
    /// The difference, word by word.
    pub diff: Vec<Part>,
}

/// Everything that differs from one report to the next, each list in the
/// later report's order (what only the earlier has, in its order).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Comparison {
    /// KPIs in both with a change.
    pub kpis: Vec<KpiChange>,
    /// KPIs only in the later report.
    pub added_kpis: Vec<Unpaired>,
    /// KPIs only in the earlier report.
    pub removed_kpis: Vec<Unpaired>,
    /// Projects only in the later report.
    pub added_projects: Vec<Unpaired>,
    /// Projects only in the earlier report.
    pub removed_projects: Vec<Unpaired>,
    /// Projects in both whose printed totals differ.
    pub project_budgets: Vec<ProjectBudgetChange>,
    /// Programs in both whose own amounts differ.
    pub program_budgets: Vec<ProgramBudgetChange>,
    /// Programs only in the later report.
    pub added_programs: Vec<Unpaired>,
    /// Programs only in the earlier report.
    pub removed_programs: Vec<Unpaired>,
    /// Initiatives only in the later report.
    pub added_initiatives: Vec<Unpaired>,
    /// Initiatives only in the earlier report.
    pub removed_initiatives: Vec<Unpaired>,
    /// Projects in both whose evaluation text changed.
    pub evaluations: Vec<TextChange>,
    /// The plan's first and last years in each report, when they differ.
    pub plan_years: Option<Pair<(i32, i32)>>,
}

impl Comparison {
    /// Whether nothing differs.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// Items of one report only, each with the id of an item of the other
/// report only that has the same name in the same group, if there is one.
/// `items` are (id, group, name) in the report's order; `other` the other
/// report's ids.
fn unpaired(items: &[Named<'_>], other: &[Named<'_>]) -> Vec<Unpaired> {
    let other_ids: HashSet<&str> = other.iter().map(|(id, _, _)| *id).collect();
    let ids: HashSet<&str> = items.iter().map(|(id, _, _)| *id).collect();
    let only_other: Vec<_> = other
        .iter()
        .filter(|(id, _, _)| !ids.contains(id))
        .collect();
    items
        .iter()
        .filter(|(id, _, _)| !other_ids.contains(id))
        .map(|(id, group, name)| Unpaired {
            id: id.to_string(),
            project: group.map(str::to_string),
            same_name: only_other
                .iter()
                .find(|(_, g, n)| g == group && n == name)
                .map(|(other_id, _, _)| other_id.to_string()),
        })
        .collect()
}

/// The later report's figures for years the earlier gives, and the years
/// only the later gives.
fn years(before: &[YearValue], after: &[YearValue]) -> (Vec<Revision>, Vec<YearValue>) {
    // A plan's years are few: a scan finds a year as soon as a hash would.
    let later = |year: i32| {
        after
            .iter()
            .find(|y| y.fiscal_year == year)
            .map(|y| y.value)
    };
    let revised = before
        .iter()
        .filter_map(|y| {
            let now = later(y.fiscal_year);
            (now != Some(y.value)).then_some(Revision {
                year: y.fiscal_year,
                before: y.value,
                after: now,
            })
        })
        .collect();
    let new = after
        .iter()
        .filter(|y| !before.iter().any(|b| b.fiscal_year == y.fiscal_year))
        .cloned()
        .collect();
    (revised, new)
}

/// Two targets are the same when their values and comparators are (the
/// printed text may be written another way: ５件, 5件).
fn same_target(a: Option<&Target>, b: Option<&Target>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.value == b.value && a.comparator == b.comparator,
        _ => false,
    }
}

/// What changed for a KPI in both reports; `None` when nothing did.
fn kpi_change(clocks: Pair<&PlanClock>, kpis: Pair<&Kpi>, project: &str) -> Option<KpiChange> {
    let (a, b) = kpis;
    let status = (
        assess_kpi(clocks.0, a).status,
        assess_kpi(clocks.1, b).status,
    );
    let (revised, new_years) = years(&a.yearly, &b.yearly);
    let detail = (a.detail != b.detail).then(|| diff(&a.detail, &b.detail));
    let changes: Vec<Change> = [
        (
            Change::Figure,
            a.latest != b.latest || !new_years.is_empty(),
        ),
        (Change::Status, status.0 != status.1),
        (Change::Grade, a.grade != b.grade),
        (
            Change::Target,
            !same_target(a.target.as_ref(), b.target.as_ref()),
        ),
        (Change::Unit, a.unit != b.unit),
        (Change::Revised, !revised.is_empty()),
        (Change::Text, detail.is_some()),
    ]
    .into_iter()
    .filter_map(|(change, yes)| yes.then_some(change))
    .collect();
    (!changes.is_empty()).then(|| KpiChange {
        id: b.id.clone(),
        project: project.to_string(),
        latest: (a.latest, b.latest),
        unit: (a.unit, b.unit),
        target: (a.target.clone(), b.target.clone()),
        grade: (a.grade, b.grade),
        status,
        new_years,
        revised,
        detail,
        changes,
    })
}

/// An item for [`unpaired`]: its id, its group (the project, for KPIs
/// and programs) and its name.
type Named<'d> = (&'d str, Option<&'d str>, &'d str);

/// Every KPI with its project's id, in the report's order.
fn kpis_of(d: &Dataset) -> Vec<(&str, &Kpi)> {
    d.projects
        .iter()
        .flat_map(|p| p.kpis.iter().map(move |k| (p.id.as_str(), k)))
        .collect()
}

/// The KPIs as [`Named`] items.
fn kpi_names<'d>(kpis: &[(&'d str, &'d Kpi)]) -> Vec<Named<'d>> {
    kpis.iter()
        .map(|(p, k)| (k.id.as_str(), Some(*p), k.name.as_str()))
        .collect()
}

/// The projects as [`Named`] items.
fn project_names(d: &Dataset) -> Vec<Named<'_>> {
    d.projects
        .iter()
        .map(|p| (p.id.as_str(), None, p.name_ja.as_str()))
        .collect()
}

/// The programs as [`Named`] items, grouped by project.
fn program_names(d: &Dataset) -> Vec<Named<'_>> {
    d.projects
        .iter()
        .flat_map(|p| {
            p.programs
                .iter()
                .map(move |g| (g.id.as_str(), Some(p.id.as_str()), g.name.as_str()))
        })
        .collect()
}

/// The initiatives as [`Named`] items, by heading.
fn initiative_names(d: &Dataset) -> Vec<Named<'_>> {
    d.initiatives
        .iter()
        .map(|i| (i.id.as_str(), None, i.heading.as_str()))
        .collect()
}

/// Compares the `before` report with the `after` one (see [`in_order`]).
pub fn compare(before: &Dataset, after: &Dataset) -> Comparison {
    let (clock_a, clock_b) = (PlanClock::of(&before.report), PlanClock::of(&after.report));
    let mut out = Comparison::default();
    let plan = |d: &Dataset| (d.report.plan_first_year, d.report.plan_last_year);
    if plan(before) != plan(after) {
        out.plan_years = Some((plan(before), plan(after)));
    }

    let (kpis_a, kpis_b) = (kpis_of(before), kpis_of(after));
    let earlier: HashMap<&str, &Kpi> = kpis_a
        .iter()
        .rev()
        .map(|(_, k)| (k.id.as_str(), *k))
        .collect();
    out.kpis = kpis_b
        .iter()
        .filter_map(|(project, b)| {
            let a = earlier.get(b.id.as_str())?;
            kpi_change((&clock_a, &clock_b), (a, b), project)
        })
        .collect();
    let (named_a, named_b) = (kpi_names(&kpis_a), kpi_names(&kpis_b));
    out.added_kpis = unpaired(&named_b, &named_a);
    out.removed_kpis = unpaired(&named_a, &named_b);

    let (projects_a, projects_b) = (project_names(before), project_names(after));
    out.added_projects = unpaired(&projects_b, &projects_a);
    out.removed_projects = unpaired(&projects_a, &projects_b);
    for b in &after.projects {
        let Some(a) = before.projects.iter().find(|p| p.id == b.id) else {
            continue;
        };
        let (amed, inhouse) = (
            (a.budget.amed, b.budget.amed),
            (a.budget.inhouse, b.budget.inhouse),
        );
        if amed.0 != amed.1 || inhouse.0 != inhouse.1 {
            out.project_budgets.push(ProjectBudgetChange {
                id: b.id.clone(),
                amed,
                inhouse,
            });
        }
        if a.evaluation != b.evaluation {
            out.evaluations.push(TextChange {
                project: b.id.clone(),
                diff: diff(&a.evaluation, &b.evaluation),
            });
        }
    }

    let earlier_programs: HashMap<&str, Option<f64>> = before
        .projects
        .iter()
        .flat_map(|p| p.programs.iter().rev().map(|g| (g.id.as_str(), g.budget)))
        .collect();
    for p in &after.projects {
        for g in &p.programs {
            match earlier_programs.get(g.id.as_str()) {
                Some(&was) if was != g.budget => out.program_budgets.push(ProgramBudgetChange {
                    project: p.id.clone(),
                    id: g.id.clone(),
                    budget: (was, g.budget),
                }),
                _ => {}
            }
        }
    }
    let (programs_a, programs_b) = (program_names(before), program_names(after));
    out.added_programs = unpaired(&programs_b, &programs_a);
    out.removed_programs = unpaired(&programs_a, &programs_b);

    let (initiatives_a, initiatives_b) = (initiative_names(before), initiative_names(after));
    out.added_initiatives = unpaired(&initiatives_b, &initiatives_a);
    out.removed_initiatives = unpaired(&initiatives_a, &initiatives_b);
    out
}
