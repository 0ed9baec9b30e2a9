//! The project scorecard: a row per selected project with its KPIs by
//! computed status, the report's grades and its printed budget; by default
//! the project needing attention most comes first, and every column sorts.
//! Like the cards, it draws the first [`DRAW_LIMIT`] rows.

use leptos::prelude::*;

use crate::core::dataset::model::Grade;
use crate::core::engine::progress::Status;
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::format::oku_yen;
use crate::core::present::project_card::strip_label;
use crate::core::present::scorecard::{scorecard, ScoreColumn, ScoreRow};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::status::{status_class, status_icon};
use crate::ui::widgets::text::text_in;

fn heading(column: ScoreColumn, lang: Lang) -> &'static str {
    match column {
        ScoreColumn::Project => vocab::PROJECT.get(lang),
        ScoreColumn::Attention => lang.pick("要注意・未達見込み", "At risk or off track"),
        ScoreColumn::Good => lang.pick("達成済み・達成見込み", "Achieved or on track"),
        ScoreColumn::GradeB => vocab::REPORTS_GRADE.get(lang),
        ScoreColumn::Budget => vocab::BUDGET.get(lang),
    }
}

/// The scorecard panel.
#[component]
pub fn Scorecard() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let order = RwSignal::new((ScoreColumn::Attention, false));
    let rows = Memo::new(move |_| {
        let ((column, reversed), l) = (order.get(), lang.get());
        viewer.with_selection(|d, c, s| scorecard(d, c, s, column, reversed, l))
    });
    let sort_by = move |column: ScoreColumn| {
        order.update(|o| {
            *o = if o.0 == column {
                (column, !o.1)
            } else {
                (column, false)
            }
        });
    };
    view! {
        <section class="panel scorecard-panel" aria-labelledby="scorecard-heading">
            <h2 id="scorecard-heading">{text_in(lang, "プロジェクト別の状況", "Projects at a glance")}</h2>
            <p class="note">{move || lang.get().pick(
                "既定の並びは、目標のあるKPIのうち「要注意」「未達見込み」の割合が高い順（同じなら報告書の評価Bが多い順）です。見出しで並べ替えられます。",
                "By default, projects with the largest share of KPIs at risk or off track (of those with a target) come first, then those with more B grades. Click a heading to sort.")}</p>
            <table class="data-table scorecard" data-testid="project-scorecard">
                <thead><tr>
                    {ScoreColumn::ALL.into_iter().map(|c| view! {
                        <th scope="col" aria-sort=move || match order.get() {
                            (col, false) if col == c => "descending",
                            (col, true) if col == c => "ascending",
                            _ => "none",
                        }>
                            <button type="button" class="sort" data-sort=c.id() on:click=move |_| sort_by(c)>{move || heading(c, lang.get())}</button>
                        </th>
                    }).listed()}
                </tr></thead>
                <tbody>
                    {move || {
                        let l = lang.get();
                        rows.get().into_iter().take(DRAW_LIMIT).map(|row| view! { <ScoreLine row lang=l /> }).listed()
                    }}
                </tbody>
            </table>
            {move || not_drawn_note(NotDrawn::capped(rows.with(Vec::len), Rest::ByFiltering), lang.get(), "scorecard-not-drawn")}
        </section>
    }
}

#[component]
fn ScoreLine(row: ScoreRow, lang: Lang) -> impl IntoView {
    let l = lang;
    let strip: Vec<(Status, usize)> = Status::ALL
        .into_iter()
        .zip(row.statuses)
        .filter(|&(_, n)| n > 0)
        .collect();
    let strip_label = strip_label(&strip, l);
    let viewer = Viewer::get();
    let id = row.id.clone();
    let link = move || viewer.link_to(View::Project, &[("project", &id)]);
    view! {
        <tr data-project-id=row.id.clone()>
            <th scope="row" data-label=heading(ScoreColumn::Project, l)><a href=link>{row.heading.clone()}</a></th>
            <td class="num" data-label=heading(ScoreColumn::Attention, l)>{format!("{} / {}", row.attention(), row.graded())}</td>
            <td data-label=heading(ScoreColumn::Good, l)>
                <span class="num">{format!("{} / {}", row.good(), row.graded())}</span>
                <span class="strip" role="img" aria-label=strip_label>
                    {strip.iter().map(|&(s, n)| view! { <span class=format!("chip-status {}", status_class(s)) title=vocab::status(s, l)>{format!("{} {n}", status_icon(s))}</span> }).listed()}
                </span>
            </td>
            <td class="num" data-label=heading(ScoreColumn::GradeB, l)>{format!("A {} · B {}", row.grades[Grade::A.index()], row.grades[Grade::B.index()])}</td>
            <td class="num" data-label=heading(ScoreColumn::Budget, l)>{row.budget.map_or_else(|| vocab::NOT_PRINTED.get(l).to_string(), |b| oku_yen(b, l))}</td>
        </tr>
    }
}
