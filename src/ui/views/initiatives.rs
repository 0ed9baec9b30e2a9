//! The その他 initiatives: plan text beside the year's actions and results.
//! Headings follow the reader's language; the texts are printed Japanese
//! (marked `lang="ja"`, labelled "Japanese only" in English).

use leptos::prelude::*;

use crate::core::present::initiative::InitiativeItem as Item;
use crate::core::text::lang::Lang;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::text::{japanese_only_label, local};

/// Initiatives that pass the filter (ministry, その他, search).
#[component]
pub fn Initiatives() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let shown = Memo::new(move |_| {
        viewer
            .filter
            .with(|f| viewer.with_catalog(|d, c| c.initiatives_shown(d, f)))
    });
    view! {
        <section class="panel" aria-labelledby="initiatives-heading">
            <h2 id="initiatives-heading">{move || lang.get().pick("その他の取組（3.1〜3.5）", "Other initiatives (3.1–3.5)")}</h2>
            <p data-testid="initiative-count">{move || {
                let n = shown.with(Vec::len);
                match lang.get() {
                    Lang::Ja => format!("{n}件の取組"),
                    Lang::En => format!("{n} initiatives"),
                }
            }}</p>
            {move || {
                let l = lang.get();
                shown.get().into_iter().map(|index| view! { <InitiativeItem index lang=l /> }).collect_view()
            }}
        </section>
    }
}

/// One initiative (`index` in the dataset), drawn in `lang`.
#[component]
fn InitiativeItem(index: usize, lang: Lang) -> impl IntoView {
    let l = lang;
    let i = Viewer::get().data.with_value(|d| Item::build(d, index, l));
    let h = i.heading;
    view! {
        <article class="initiative" data-initiative-id=h.id>
            <p class="section-title">
                <span class="section">{h.section}</span>
                " "
                {local(h.section_title)}
            </p>
            <h3>
                {h.number.map(|n| view! { <span lang="ja">{n}</span> })}
                {local(h.heading)}
                " "
                <span class="marker" lang="ja">{h.marker}</span>
            </h3>
            <p class="note">{i.roles}</p>
            <div class="two-col">
                <div>
                    <h4>{l.pick("医療分野研究開発推進計画上の記載", "The plan says")}{japanese_only_label(l)}</h4>
                    {i.plan.into_iter().map(|p| view! { <p lang="ja">{p}</p> }).collect_view()}
                </div>
                <div>
                    <h4>{i.results_heading}{japanese_only_label(l)}</h4>
                    <ul class="results">
                        {i.results.into_iter().map(|r| view! { <li lang="ja">{r}</li> }).collect_view()}
                    </ul>
                </div>
            </div>
        </article>
    }
}
