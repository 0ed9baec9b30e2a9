//! The headline band, on every view and in embeds: the figures that answer
//! "how is the plan doing?" for the current selection, then the selection
//! in words (`core::present::headline` works them out). Each status count
//! is a filter: pressing it shows only those KPIs.

use leptos::prelude::*;

use crate::core::present::headline::Headline as Figures;
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::status::{status_class, status_icon, StatusBadge};
use crate::ui::widgets::text::{text_in, words_in};

/// The headline's figures for the selection, in the reader's language.
fn figures() -> Memo<Figures> {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    Memo::new(move |_| {
        let l = lang.get();
        viewer
            .filter
            .with(|f| viewer.with_selection(|d, _, s| Figures::build(d, s, f, l)))
    })
}

/// The headline band (`data-testid=headline`).
#[component]
pub fn Headline() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let figures = figures();
    let text = move |pick: fn(&Figures) -> String| move || figures.with(pick);
    view! {
        <section class="headline" data-testid="headline" aria-label=text_in(lang, "主な数値", "Key figures")>
            <div class="tile tile-verdict" data-testid="headline-verdict">
                <p class="big">{text(|h| format!("{} / {}", h.good, h.graded))}</p>
                <p class="label">{text(|h| h.verdict_label.clone())}</p>
                <StatusFilters figures />
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

/// Each status count as a toggle of the status filter, showing whether it is on.
#[component]
fn StatusFilters(figures: Memo<Figures>) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let toggle = move |status| {
        viewer.update_filter(|f| {
            if let Some(i) = f.statuses.iter().position(|s| *s == status) {
                f.statuses.remove(i);
            } else {
                f.statuses.push(status);
            }
        })
    };
    view! {
        <p class="statuses" role="group" aria-label=words_in(lang, vocab::COMPUTED_STATUS)>
            {move || {
                let l = lang.get();
                figures.with(|h| h.statuses.iter().map(|s| {
                    let status = s.status;
                    view! {
                        <button type="button" class=format!("badge status-filter {}", status_class(status)) aria-pressed=s.active.to_string() data-status=status.id() on:click=move |_| toggle(status)>
                            <span class="badge-icon" aria-hidden="true">{status_icon(status)}</span>
                            {vocab::status(status, l)}" "{s.count}
                        </button>
                    }
                }).listed())
            }}
        </p>
    }
}

/// The verdict and the status strip alone (for a compact embedded tile).
#[component]
pub fn VerdictStrip() -> impl IntoView {
    let lang = Viewer::get().lang;
    let figures = figures();
    view! {
        <div class="tile tile-verdict" data-testid="headline-verdict">
            <p class="big">{move || figures.with(|h| format!("{} / {}", h.good, h.graded))}</p>
            <p class="label">{move || figures.with(|h| h.verdict_label.clone())}</p>
            <p class="statuses">
                {move || {
                    let l: Lang = lang.get();
                    figures.with(|h| h.statuses.iter().map(|s| view! { <StatusBadge status=s.status lang=l count=s.count /> }).listed())
                }}
            </p>
            <p class="selection" data-testid="selection-words">{move || figures.with(|h| h.selection.clone())}</p>
        </div>
    }
}
