//! The KPI table: one row per KPI with breakdowns nested under it, sortable
//! by any column and expandable to the explanation, the report's own text
//! and a chart of the yearly figures.

mod detail;
mod rows;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::core::present::kpi_row::column_label;
use crate::core::present::vocab;
use crate::core::select::filter::Filter;
use crate::core::select::sort::{sort_kpis, Column};
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::empty::EmptyResult;
use rows::{KpiRows, Row};

/// Up to this many KPIs in scope, the table is one page whose rows all stay
/// mounted: a filter change only hides and shows rows (the bundled report
/// has 45 KPIs).
pub const MOUNT_ALL_UP_TO: usize = 50;

/// Rows per page of a larger table: about two screens at 1366×768, and all
/// a filter change builds again (each row is some forty nodes with its
/// breakdowns; at 50 a page took twice as long to answer a filter).
pub const PAGE_SIZE: usize = 25;

/// A sort order: the column and whether ascending.
type Order = Option<(Column, bool)>;

/// The page the reader turned to, for the filter and order it was turned
/// under: a new filter or order starts again at the first page.
#[derive(Clone, Copy)]
struct Pager {
    turned: RwSignal<Option<(Filter, Order, usize)>>,
}

impl Pager {
    /// The page shown under `filter` and `order`.
    fn page(&self, filter: &Filter, order: Order) -> usize {
        self.turned.with(|t| match t {
            Some((f, o, page)) if f == filter && *o == order => *page,
            _ => 0,
        })
    }

    /// Turns to `page` under `filter` and `order`.
    fn turn(&self, filter: Filter, order: Order, page: usize) {
        self.turned.set(Some((filter, order, page)));
    }
}

/// The KPI table view; `only_kpi` shows one KPI expanded, `only_project`
/// the KPIs of one project.
#[component]
pub fn KpiTable(
    /// Show only this KPI, expanded.
    #[prop(default = None)]
    only_kpi: Option<String>,
    /// Show only this project's KPIs.
    #[prop(default = None)]
    only_project: Option<String>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let sort = RwSignal::new(None::<(Column, bool)>);
    let expanded = RwSignal::new(only_kpi.iter().cloned().collect::<HashSet<String>>());
    let pager = Pager {
        turned: RwSignal::new(None),
    };
    // Catalog indices of every KPI the table can show (all, one project's
    // or one), in display order, whether the filters pass them or not. The
    // sort is stable, so the passing rows keep this order.
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
    // Whether each KPI (by catalog index) passes the filters: one pass over
    // the selection, read by the ordering below and by every row.
    let passing = Memo::new(move |_| {
        viewer.with_selection(|_, c, s| {
            let mut passing = vec![false; c.kpis.len()];
            for &i in &s.kpis {
                passing[i] = true;
            }
            passing
        })
    });
    // The rows that pass the filters, in display order (the scope's).
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
    // When the whole scope fits on one page (the bundled report's 45 KPIs
    // do), every row stays mounted and a filter change only hides and shows
    // rows: nothing is built again. Larger scopes mount one page of
    // `PAGE_SIZE` passing rows.
    let keep_mounted = Memo::new(move |_| in_scope.with(Vec::len) <= MOUNT_ALL_UP_TO);
    let per_page = move || {
        if keep_mounted.get() {
            MOUNT_ALL_UP_TO
        } else {
            PAGE_SIZE
        }
    };
    let total = Memo::new(move |_| shown.with(Vec::len));
    let pages = Memo::new(move |_| total.get().div_ceil(per_page()));
    let current = Memo::new(move |_| {
        let page = viewer.filter.with(|f| pager.page(f, sort.get()));
        page.min(pages.get().saturating_sub(1))
    });
    // The mounted rows. Unsorted (the dataset's order) a project is a
    // group header row; sorted, each row names its project.
    let page_rows = Memo::new(move |_| {
        let (l, grouped) = (lang.get(), sort.get().is_none());
        let mounted: Vec<usize> = if keep_mounted.get() {
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
        viewer.catalog.with_value(|c| {
            mounted
                .iter()
                .enumerate()
                .map(|(n, &i)| Row {
                    index: i,
                    lang: l,
                    group_head: grouped
                        && (n == 0 || c.kpis[mounted[n - 1]].project != c.kpis[i].project),
                    grouped,
                })
                .collect::<Vec<_>>()
        })
    });
    let turn = move |page: usize| {
        pager.turn(viewer.filter.get_untracked(), sort.get_untracked(), page);
    };
    view! {
        <section class="panel" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">{move || vocab::view(View::Kpis, lang.get())}</h2>
            <p class="note">{move || lang.get().pick(
                "「計算上の見通し」は本ビューアが報告書の数値から計算したもので、報告書の評価（A/B）とは別です。⚑は両者が食い違うKPIです。",
                "\"Computed status\" is calculated by this viewer from the report's figures; it is separate from the report's own grade (A/B). ⚑ marks KPIs where the two disagree.",
            )}</p>
            <div class="table-scroll" data-testid="kpi-table-scroll">
                <table class="data-table kpi-table">
                    <thead><HeadRow sort /></thead>
                    <tbody>
                        <For each=move || page_rows.get() key=|row: &Row| (row.index, row.lang.tag(), row.group_head, row.grouped) let:row>
                            <KpiRows row expanded passing />
                        </For>
                    </tbody>
                </table>
            </div>
            // The pager is rebuilt only when the number of pages changes, so
            // the focused button stays focused while paging by keyboard.
            {move || (pages.get() > 1).then(|| view! {
                <nav class="pager" aria-label=move || lang.get().pick("KPI一覧のページ", "KPI table pages")>
                    <button type="button" data-testid="page-prev" prop:disabled={move || current.get() == 0} on:click=move |_| turn(current.get_untracked().saturating_sub(1))>{move || lang.get().pick("← 前へ", "← Previous")}</button>
                    <span role="status">{move || {
                        let (p, total, size) = (current.get(), total.get(), per_page());
                        format!("{}–{} / {total}", p * size + 1, ((p + 1) * size).min(total))
                    }}</span>
                    <button type="button" data-testid="page-next" prop:disabled={move || current.get() + 1 >= pages.get()} on:click=move |_| turn(current.get_untracked() + 1)>{move || lang.get().pick("次へ →", "Next →")}</button>
                </nav>
            })}
            {move || shown.with(Vec::is_empty).then(|| view! { <EmptyResult /> })}
        </section>
    }
}

/// The column headings, each a button that sorts by it (ascending,
/// descending, then the dataset's order).
#[component]
fn HeadRow(sort: RwSignal<Order>) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let last_year = viewer.data.with_value(|d| d.report.plan_last_year);
    view! {
        <tr>
            <th scope="col" class="col-expand"><span class="sr-only">{move || lang.get().pick("詳細", "Details")}</span></th>
            {Column::ALL.into_iter().map(|c| view! {
                <th scope="col" class=format!("col-{}", c.id()) aria-sort=move || match sort.get() {
                    Some((col, true)) if col == c => "ascending",
                    Some((col, false)) if col == c => "descending",
                    _ => "none",
                }>
                    <button type="button" class="sort" data-sort=c.id() on:click=move |_| {
                        sort.update(|s| *s = match *s {
                            Some((col, true)) if col == c => Some((c, false)),
                            Some((col, false)) if col == c => None,
                            _ => Some((c, true)),
                        });
                    }>
                        {move || column_label(c, lang.get(), last_year)}
                        <span aria-hidden="true">{move || match sort.get() {
                            Some((col, true)) if col == c => " ▲",
                            Some((col, false)) if col == c => " ▼",
                            _ => " ↕",
                        }}</span>
                    </button>
                </th>
            }).collect_view()}
        </tr>
    }
}
