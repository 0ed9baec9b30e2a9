//! A project's card on the overview: what the report says of the project
//! (drawn once per language), and the strip of its selected KPIs by
//! computed status (which follows the filters).

use crate::core::dataset::model::Dataset;
use crate::core::engine::progress::Status;
use crate::core::present::format::oku_yen;
use crate::core::present::names::{ministry_names, project_heading, Local};
use crate::core::present::vocab;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::text::lang::{fy, Lang};

/// What a project's card says of it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectCard {
    /// The project's id.
    pub id: String,
    /// 1. 医薬品プロジェクト.
    pub heading: String,
    /// The sentence at the top of its overview page.
    pub aim: Local,
    /// Its lead ministries, named.
    pub lead: String,
    /// Its participating ministries, named.
    pub participating: String,
    /// The budget's heading: 2022年度予算.
    pub budget_heading: String,
    /// Its printed budgets: AMED 326億円 / インハウス 12億円.
    pub budget: String,
    /// （１）関係府省の主な取組, as printed.
    pub actions: Vec<String>,
}

impl ProjectCard {
    /// The card of project `index`.
    pub fn build(dataset: &Dataset, index: usize, lang: Lang) -> Self {
        let p = &dataset.projects[index];
        let budget = [
            p.budget.amed.map(|b| format!("AMED {}", oku_yen(b, lang))),
            p.budget.inhouse.map(|b| {
                format!(
                    "{} {}",
                    lang.pick("インハウス", "In-house"),
                    oku_yen(b, lang)
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ");
        Self {
            id: p.id.clone(),
            heading: project_heading(p, lang),
            aim: Local::of(lang, &p.aim, p.aim_en.as_deref()),
            lead: ministry_names(dataset, &p.ministries.lead, lang),
            participating: ministry_names(dataset, &p.ministries.participating, lang),
            budget_heading: format!(
                "{}{}",
                fy(dataset.report.figures_through, lang),
                lang.pick(vocab::BUDGET.ja, " budget")
            ),
            budget,
            actions: p.ministry_actions.clone(),
        }
    }
}

/// The selected KPIs of project `index` per computed status (statuses
/// with none left out), best first.
pub fn status_strip(
    catalog: &Catalog,
    selection: &Selection,
    index: usize,
) -> Vec<(Status, usize)> {
    let mut counts = [0usize; Status::ALL.len()];
    for &i in selection.kpis_of_project(catalog, index) {
        counts[catalog.kpis[i].progress.status.index()] += 1;
    }
    Status::ALL
        .into_iter()
        .zip(counts)
        .filter(|&(_, n)| n > 0)
        .collect()
}

/// A status strip in words: 達成済み 3, 要注意 1.
pub fn strip_label(strip: &[(Status, usize)], lang: Lang) -> String {
    strip
        .iter()
        .map(|&(s, n)| format!("{} {n}", vocab::status(s, lang)))
        .collect::<Vec<_>>()
        .join(", ")
}
