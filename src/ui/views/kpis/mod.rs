//! The KPI table: one row per KPI with breakdowns nested under it, sortable
//! by any column and expandable to the explanation, the report's own text
//! and a chart of the yearly figures.

mod detail;
mod rows;
mod table_rows;

use leptos::prelude::*;

use crate::core::present::kpi_row::column_label;
use crate::core::present::vocab;
use crate::core::select::sort::Column;
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::empty::EmptyResult;
use crate::ui::widgets::keyed::keyed_list;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::text_in;
use rows::{KpiRows, Row};
use table_rows::{Order, Pager, Rows};

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
    let expanded = RwSignal::new(only_kpi.iter().cloned().collect::<Vec<String>>());
    let pager = Pager {
        turned: RwSignal::new(None),
    };
    let rows = Rows::derive(only_kpi, only_project, sort, pager);
    let passing = rows.passing;
    let turn = Callback::new(move |page: usize| {
        pager.turn(viewer.filter.get_untracked(), sort.get_untracked(), page);
    });
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
                        {keyed_list(
                            move || rows.mounted.with(|m| m.iter().map(|r| r.key()).collect()),
                            move |key| view! { <KpiRows row=Row::from_key(key) expanded passing /> }.into_any(),
                        )}
                    </tbody>
                </table>
            </div>
            // The pager is rebuilt only when the number of pages changes, so
            // the focused button stays focused while paging by keyboard.
            {move || (rows.pages.get() > 1).then(|| view! { <PagerNav rows turn /> })}
            {move || rows.shown.with(Vec::is_empty).then(|| view! { <EmptyResult /> })}
        </section>
    }
}

/// The pager of a table of more than one page.
#[component]
fn PagerNav(rows: Rows, turn: Callback<usize>) -> impl IntoView {
    let lang = Viewer::get().lang;
    let Rows {
        current,
        pages,
        per_page,
        shown,
        ..
    } = rows;
    view! {
        <nav class="pager" aria-label=text_in(lang, "KPI一覧のページ", "KPI table pages")>
            <button type="button" data-testid="page-prev" disabled={move || current.get() == 0} on:click=move |_| turn.run(current.get_untracked().saturating_sub(1))>{text_in(lang, "← 前へ", "← Previous")}</button>
            <span role="status">{move || {
                let (p, total, size) = (current.get(), shown.with(Vec::len), per_page.get());
                format!("{}–{} / {total}", p * size + 1, ((p + 1) * size).min(total))
            }}</span>
            <button type="button" data-testid="page-next" disabled={move || current.get() + 1 >= pages.get()} on:click=move |_| turn.run(current.get_untracked() + 1)>{text_in(lang, "次へ →", "Next →")}</button>
        </nav>
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
            <th scope="col" class="col-expand"><span class="sr-only">{text_in(lang, "詳細", "Details")}</span></th>
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
            }).listed()}
        </tr>
    }
}
