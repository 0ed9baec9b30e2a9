//! The headline band, on every view and in embeds: the figures that answer
//! "how is the plan doing?" for the current selection, then the selection
//! in words (`core::present::headline` works them out).

use leptos::prelude::*;

use crate::core::present::headline::Headline as Figures;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::status::StatusBadge;

/// The headline band (`data-testid=headline`).
#[component]
pub fn Headline() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let figures = Memo::new(move |_| {
        let l = lang.get();
        viewer
            .filter
            .with(|f| viewer.with_selection(|d, _, s| Figures::build(d, s, f, l)))
    });
    let text = move |pick: fn(&Figures) -> String| move || figures.with(pick);
    view! {
        <section class="headline" data-testid="headline" aria-label=move || lang.get().pick("主な数値", "Key figures")>
            <div class="tile tile-verdict" data-testid="headline-verdict">
                <p class="big">{text(|h| format!("{} / {}", h.good, h.graded))}</p>
                <p class="label">{text(|h| h.verdict_label.clone())}</p>
                <p class="statuses">
                    {move || {
                        let l = lang.get();
                        figures.with(|h| h.statuses.iter().map(|&(s, n)| view! { <StatusBadge status=s lang=l count=n /> }).collect_view())
                    }}
                </p>
            </div>
            <div class="tile">
                <p class="big">{text(|h| h.grades.clone())}</p>
                <p class="label">{text(|h| h.grades_label.clone())}</p>
            </div>
            <div class="tile">
                <p class="big">{text(|h| h.elapsed.clone())}</p>
                <p class="label">{text(|h| h.elapsed_label.clone())}</p>
            </div>
            <div class="tile" data-testid="budget-summary">
                <p class="big">{text(|h| h.budget.big.clone())}</p>
                <p class="label">{text(|h| h.budget.label.clone())}</p>
                {move || figures.with(|h| h.budget.split.clone()).map(|split| view! { <p class="label sub">{split}</p> })}
            </div>
            <p class="selection">
                <span data-testid="kpi-count">{text(|h| h.kpi_count.clone())}</span>
                " · "
                <span data-testid="selection-words">{text(|h| h.selection.clone())}</span>
            </p>
        </section>
    }
}
