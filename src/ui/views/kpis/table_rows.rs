//! Which rows the KPI table shows: the KPIs in its scope in the chosen
//! order, which of them pass the filters, and the page of them mounted.

use leptos::prelude::*;

use crate::core::select::filter::Filter;
use crate::core::select::sort::{sort_kpis, Column};
use crate::ui::page::state::Viewer;

use super::rows::Row;

/// Up to this many KPIs in scope, the table is one page whose rows all stay
/// mounted: a filter change only hides and shows rows (the bundled report
/// has 45 KPIs).
pub const MOUNT_ALL_UP_TO: usize = 50;

/// Rows per page of a larger table: about two screens at 1366×768, and all
/// a filter change builds again (each row is some forty nodes with its
/// breakdowns; at 50 a page took twice as long to answer a filter).
pub const PAGE_SIZE: usize = 25;

/// A sort order: the column and whether ascending.
pub type Order = Option<(Column, bool)>;

/// The page the reader turned to, for the filter and order it was turned
/// under: a new filter or order starts again at the first page.
#[derive(Clone, Copy)]
pub struct Pager {
    /// The page turned to, and the filter and order it was turned under.
    pub turned: RwSignal<Option<(Filter, Order, usize)>>,
}

impl Pager {
    /// The page shown under `filter` and `order`.
    pub fn page(&self, filter: &Filter, order: Order) -> usize {
        self.turned.with(|t| match t {
            Some((f, o, page)) if f == filter && *o == order => *page,
            _ => 0,
        })
    }

    /// Turns to `page` under `filter` and `order`.
    pub fn turn(&self, filter: Filter, order: Order, page: usize) {
        self.turned.set(Some((filter, order, page)));
    }
}

/// What the table shows, derived from the filters, the order and the page.
#[derive(Clone, Copy)]
pub struct Rows {
    /// Whether each KPI (by catalog index) passes the filters.
    pub passing: Memo<Vec<bool>>,
    /// The rows that pass the filters, in display order.
    pub shown: Memo<Vec<usize>>,
    /// The rows mounted (all in scope, or one page of the shown ones).
    pub mounted: Memo<Vec<Row>>,
    /// Rows per page.
    pub per_page: Memo<usize>,
    /// How many pages.
    pub pages: Memo<usize>,
    /// The page shown.
    pub current: Memo<usize>,
}

impl Rows {
    /// The rows of the KPIs in scope (all, one project's or one), in
    /// `sort`'s order, on the page `pager` turned to.
    pub fn derive(
        only_kpi: Option<String>,
        only_project: Option<String>,
        sort: RwSignal<Order>,
        pager: Pager,
    ) -> Self {
        let viewer = Viewer::get();
        // Catalog indices of every KPI the table can show, in display
        // order, whether the filters pass them or not. The sort is stable,
        // so the passing rows keep this order.
        let in_scope = Memo::new(move |_| {
            let order = sort.get();
            viewer.with_catalog(|d, c| {
                let mut rows: Vec<usize> = (0..c.kpis.len())
                    .filter(|&i| {
                        let (project, kpi) = c.kpi(d, i);
                        only_kpi.as_ref().is_none_or(|id| &kpi.id == id)
                            && only_project.as_ref().is_none_or(|id| &project.id == id)
                    })
                    .collect();
                if let Some((column, ascending)) = order {
                    sort_kpis(&mut rows, d, c, column, ascending);
                }
                rows
            })
        });
        // One pass over the selection, read by the ordering below and by every row.
        let passing = Memo::new(move |_| {
            viewer.with_selection(|_, c, s| {
                let mut passing = vec![false; c.kpis.len()];
                for &i in &s.kpis {
                    passing[i] = true;
                }
                passing
            })
        });
        let shown = Memo::new(move |_| {
            passing.with(|passing| {
                in_scope.with(|rows| {
                    rows.iter()
                        .copied()
                        .filter(|&i| passing[i])
                        .collect::<Vec<_>>()
                })
            })
        });
        // When the whole scope fits on one page (the bundled report's 45
        // KPIs do), every row stays mounted and a filter change only hides
        // and shows rows: nothing is built again. Larger scopes mount one
        // page of `PAGE_SIZE` passing rows.
        let keep_mounted = Memo::new(move |_| in_scope.with(Vec::len) <= MOUNT_ALL_UP_TO);
        let per_page = Memo::new(move |_| {
            if keep_mounted.get() {
                MOUNT_ALL_UP_TO
            } else {
                PAGE_SIZE
            }
        });
        let pages = Memo::new(move |_| shown.with(Vec::len).div_ceil(per_page.get()));
        let current = Memo::new(move |_| {
            let page = viewer.filter.with(|f| pager.page(f, sort.get()));
            page.min(pages.get().saturating_sub(1))
        });
        let mounted = Memo::new(move |_| {
            let indices: Vec<usize> = if keep_mounted.get() {
                in_scope.get()
            } else {
                let p = current.get();
                shown.with(|rows| {
                    rows.iter()
                        .skip(p * PAGE_SIZE)
                        .take(PAGE_SIZE)
                        .copied()
                        .collect()
                })
            };
            Row::lay_out(&indices, viewer.lang.get(), sort.get().is_none())
        });
        Self {
            passing,
            shown,
            mounted,
            per_page,
            pages,
            current,
        }
    }
}
