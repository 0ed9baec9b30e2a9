//! The budget chart: each selected project's printed total split into
//! what each funding ministry can be given and what no ministry can.

use crate::core::dataset::model::Dataset;
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::names::project_heading;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::select::sort::sorted;
use crate::core::text::lang::Lang;

/// One project's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetBar {
    /// The project, numbered.
    pub label: String,
    /// The printed total (AMED and in-house), 億円.
    pub printed: f64,
    /// Attributable amounts, one per [`BudgetChart::ministries`] entry.
    pub by_ministry: Vec<f64>,
    /// The printed total less the attributable amounts.
    pub not_attributable: f64,
}

/// The chart's series and bars.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetChart {
    /// The ministries with an attributable amount anywhere in the dataset:
    /// (position in the dataset's `ministries`, name). The chart's series
    /// and the table's columns.
    pub ministries: Vec<(usize, String)>,
    /// A bar per selected project, up to [`DRAW_LIMIT`], the largest
    /// printed total first.
    pub bars: Vec<BudgetBar>,
    /// The note when more projects are selected than drawn.
    pub not_drawn: Option<NotDrawn>,
    /// Whether a phase or search filter is on, which budgets ignore.
    pub partial: bool,
}

impl BudgetChart {
    /// The bars of the selected projects.
    pub fn build(dataset: &Dataset, catalog: &Catalog, selection: &Selection, lang: Lang) -> Self {
        let ministries: Vec<(usize, String)> = (0..dataset.ministries.len())
            .filter(|&m| {
                catalog
                    .ledgers
                    .iter()
                    .flat_map(|l| &l.amounts)
                    .any(|a| a.ministry == Some(m))
            })
            .map(|m| {
                let ministry = &dataset.ministries[m];
                (
                    m,
                    lang.pick(&ministry.name_ja, &ministry.name_en).to_string(),
                )
            })
            .collect();
        let bars: Vec<BudgetBar> = selection
            .projects
            .iter()
            .take(DRAW_LIMIT)
            .map(|&p| {
                let totals = catalog.project_totals(dataset, [p]);
                BudgetBar {
                    label: project_heading(&dataset.projects[p], lang),
                    printed: totals.printed(),
                    by_ministry: ministries
                        .iter()
                        .map(|&(m, _)| totals.by_ministry[m])
                        .collect(),
                    not_attributable: totals.not_attributable(),
                }
            })
            .collect();
        let bars = sorted(bars, &|a, b| b.printed.total_cmp(&a.printed));
        Self {
            ministries,
            bars,
            not_drawn: NotDrawn::capped(selection.projects.len(), Rest::ByFiltering),
            partial: selection.budget.projects.is_none(),
        }
    }
}
