//! One ministry's profile: the KPIs of the projects it leads and of those
//! it takes part in, kept apart (KPIs are set per project, not per
//! ministry) and following the filters; and what is its own whatever the
//! filters: its programs with their budgets, the budget it can be given,
//! and its initiatives in その他.

use crate::core::dataset::model::{Basis, Dataset, Grade, MinistryScope};
use crate::core::engine::budget::{program_totals, ProgramTotals};
use crate::core::engine::progress::Status;
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::format::oku_yen;
use crate::core::present::initiative::InitiativeHeading;
use crate::core::present::names::{project_heading, Local};
use crate::core::present::notes::OurNote;
use crate::core::present::vocab;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::text::lang::Lang;
use crate::core::text::number::percent;

/// A KPI in a ministry's list.
#[derive(Debug, Clone, PartialEq)]
pub struct MinistryKpi {
    /// Its id.
    pub id: String,
    /// Its computed status.
    pub status: Status,
    /// Its name.
    pub name: Local,
    /// Its achievement, written: 81%.
    pub achievement: Option<String>,
    /// The report's grade.
    pub grade: Grade,
    /// The grade with its meaning.
    pub grade_title: String,
}

/// One project's KPIs in a ministry's list.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectKpis {
    /// The project's id.
    pub id: String,
    /// 1. 医薬品プロジェクト.
    pub heading: String,
    /// Its selected KPIs (the list stops at [`DRAW_LIMIT`] in all).
    pub kpis: Vec<MinistryKpi>,
}

/// The KPIs of the projects a ministry leads, or of those it joins.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiGroup {
    /// The heading, with the number of KPIs.
    pub heading: String,
    /// Whether the ministry has no such project in the selection.
    pub no_projects: bool,
    /// All its KPIs per computed status (those with any), best first.
    pub strip: Vec<(Status, usize)>,
    /// Project by project, up to [`DRAW_LIMIT`] KPIs in all.
    pub projects: Vec<ProjectKpis>,
    /// The note when more KPIs are selected than drawn.
    pub not_drawn: Option<NotDrawn>,
}

/// The profile's KPIs, which follow the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct MinistryKpis {
    /// Of the projects it leads (◎).
    pub lead: KpiGroup,
    /// Of the projects it takes part in without leading.
    pub joined: KpiGroup,
}

impl MinistryKpis {
    /// The selected KPIs of ministry `id`'s projects.
    pub fn build(
        dataset: &Dataset,
        catalog: &Catalog,
        selection: &Selection,
        id: &str,
        lang: Lang,
    ) -> Self {
        let roles = |p: usize| &dataset.projects[p].ministries;
        let leads = |p: usize| roles(p).counts_for(id, MinistryScope::LeadOnly);
        let joins = |p: usize| roles(p).counts_for(id, MinistryScope::Involved) && !leads(p);
        let of = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
            selection
                .projects
                .iter()
                .copied()
                .filter(|&p| keep(p))
                .collect()
        };
        let group = |projects: Vec<usize>, ja: &str, en: &str| {
            KpiGroup::build(
                dataset,
                catalog,
                selection,
                &projects,
                lang.pick(ja, en),
                lang,
            )
        };
        Self {
            lead: group(
                of(&leads),
                "主担当（◎）のプロジェクトのKPI",
                "KPIs of the projects it leads (◎)",
            ),
            joined: group(
                of(&joins),
                "参画するプロジェクトのKPI",
                "KPIs of the projects it takes part in",
            ),
        }
    }
}

impl KpiGroup {
    fn build(
        dataset: &Dataset,
        catalog: &Catalog,
        selection: &Selection,
        projects: &[usize],
        heading: &str,
        lang: Lang,
    ) -> Self {
        let total: usize = projects
            .iter()
            .map(|&p| selection.kpis_of_project(catalog, p).len())
            .sum();
        let mut by_status = [0usize; Status::ALL.len()];
        for &p in projects {
            for &i in selection.kpis_of_project(catalog, p) {
                by_status[catalog.kpis[i].progress.status.index()] += 1;
            }
        }
        let mut left = DRAW_LIMIT;
        let drawn = projects
            .iter()
            .map_while(|&p| {
                (left > 0).then(|| {
                    let kpis = selection.kpis_of_project(catalog, p);
                    let kpis = &kpis[..kpis.len().min(left)];
                    left -= kpis.len();
                    let project = &dataset.projects[p];
                    ProjectKpis {
                        id: project.id.clone(),
                        heading: project_heading(project, lang),
                        kpis: kpis
                            .iter()
                            .map(|&i| kpi(dataset, catalog, i, lang))
                            .collect(),
                    }
                })
            })
            .collect();
        Self {
            heading: match lang {
                Lang::Ja => format!("{heading}（{total}）"),
                Lang::En => format!("{heading} ({total})"),
            },
            no_projects: projects.is_empty(),
            strip: Status::ALL
                .into_iter()
                .zip(by_status)
                .filter(|&(_, n)| n > 0)
                .collect(),
            projects: drawn,
            not_drawn: NotDrawn::of(total, DRAW_LIMIT - left, Rest::InKpiTable),
        }
    }
}

fn kpi(dataset: &Dataset, catalog: &Catalog, index: usize, lang: Lang) -> MinistryKpi {
    let (_, kpi) = catalog.kpi(dataset, index);
    let progress = &catalog.kpis[index].progress;
    MinistryKpi {
        id: kpi.id.clone(),
        status: progress.status,
        name: Local::of(lang, &kpi.name, kpi.name_en.as_deref()),
        achievement: progress.achievement.map(percent),
        grade: kpi.grade,
        grade_title: vocab::grade_label(&dataset.report, kpi.grade, lang),
    }
}

/// What a ministry can be given of the report's budgets.
#[derive(Debug, Clone, PartialEq)]
pub struct MinistryBudget {
    /// Counted amounts attributable to it over every project, 億円: its
    /// programs' own amounts and the lines all of whose candidate programs
    /// are its own.
    pub attributable: f64,
    /// Its programs' own amounts.
    pub programs: ProgramTotals,
}

impl MinistryBudget {
    /// The budget of ministry `id`.
    pub fn of(dataset: &Dataset, catalog: &Catalog, id: &str) -> Self {
        let attributable = dataset
            .ministries
            .iter()
            .position(|m| m.id == id)
            .map_or(0.0, |m| {
                catalog
                    .project_totals(dataset, 0..dataset.projects.len())
                    .by_ministry[m]
            });
        Self {
            attributable,
            programs: program_totals(dataset, |_, program| {
                program.ministry.as_deref() == Some(id)
            }),
        }
    }

    /// The budget in words.
    pub fn text(&self, lang: Lang) -> String {
        let (all, own) = (
            oku_yen(self.attributable, lang),
            oku_yen(self.programs.known, lang),
        );
        let (known, unknown) = (self.programs.programs_known, self.programs.programs_unknown);
        match lang {
            Lang::Ja => format!("この府省に帰属できる予算 {all}（事業ごとの記載額 {own}：{known}事業、ほかは候補の事業がすべてこの府省の事業である記載額）。額の記載がない事業 {unknown}件"),
            Lang::En => format!("Budget attributable to this ministry {all} (programs' own amounts {own}: {known} programs; the rest printed jointly for programs that are all its own). {unknown} programs without an amount of their own"),
        }
    }
}

/// One of a ministry's programs.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramLine {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Local,
    /// Whether the report itself names its ministry.
    pub from_report: bool,
    /// Its project's number.
    pub project: u32,
    /// Its own printed amount, or that none is printed.
    pub budget: String,
    /// Our note on it, if any.
    pub our_note: Option<OurNote>,
}

/// What is a ministry's own whatever the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct MinistryHoldings {
    /// What it can be given of the budgets.
    pub budget: MinistryBudget,
    /// Its programs with an amount of their own, up to [`DRAW_LIMIT`].
    pub programs: Vec<ProgramLine>,
    /// The names of its programs without an amount of their own (summed
    /// up in one line, not a row each).
    pub without_amount: Vec<Local>,
    /// The note when it has more programs than are drawn.
    pub programs_not_drawn: Option<NotDrawn>,
    /// Its initiatives, up to [`DRAW_LIMIT`].
    pub initiatives: Vec<InitiativeHeading>,
    /// The note when it has more initiatives than are drawn.
    pub initiatives_not_drawn: Option<NotDrawn>,
}

impl MinistryHoldings {
    /// The programs, budget and initiatives of ministry `id`.
    pub fn build(dataset: &Dataset, catalog: &Catalog, id: &str, lang: Lang) -> Self {
        let (programs, without): (Vec<usize>, Vec<usize>) = (0..catalog.programs.len())
            .filter(|&i| catalog.program(dataset, i).1.ministry.as_deref() == Some(id))
            .partition(|&i| catalog.program(dataset, i).1.budget.is_some());
        let initiatives: Vec<usize> = (0..dataset.initiatives.len())
            .filter(|&i| {
                dataset.initiatives[i]
                    .ministries
                    .counts_for(id, MinistryScope::Involved)
            })
            .collect();
        Self {
            budget: MinistryBudget::of(dataset, catalog, id),
            programs: programs
                .iter()
                .take(DRAW_LIMIT)
                .map(|&i| {
                    let (p, program) = catalog.program(dataset, i);
                    ProgramLine {
                        id: program.id.clone(),
                        name: Local::of(lang, &program.name, program.name_en.as_deref()),
                        from_report: program.ministry_basis == Some(Basis::Source),
                        project: p.number,
                        budget: program.budget.map_or_else(
                            || vocab::NOT_PRINTED.get(lang).to_string(),
                            |b| oku_yen(b, lang),
                        ),
                        our_note: program.editorial_note.as_deref().map(OurNote::of),
                    }
                })
                .collect(),
            programs_not_drawn: NotDrawn::capped(programs.len(), Rest::Nowhere),
            without_amount: without
                .iter()
                .map(|&i| {
                    let program = catalog.program(dataset, i).1;
                    Local::of(lang, &program.name, program.name_en.as_deref())
                })
                .collect(),
            initiatives: initiatives
                .iter()
                .take(DRAW_LIMIT)
                .map(|&i| InitiativeHeading::build(dataset, i, lang))
                .collect(),
            initiatives_not_drawn: NotDrawn::capped(initiatives.len(), Rest::Nowhere),
        }
    }
}
