//! The その他 initiatives: plan text beside the year's actions and results.
//! Headings follow the reader's language; the texts are printed Japanese
//! (marked `lang="ja"`, labelled "Japanese only" in English).

use leptos::prelude::*;

use crate::core::text::lang::{fy, Lang};
use crate::ui::page::state::Viewer;
use crate::ui::widgets::text::local;
use crate::ui::widgets::text::ministry_names;

/// Initiatives that pass the filter (ministry, その他, search).
#[component]
pub fn Initiatives() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let shown = Memo::new(move |_| {
        viewer.filter.with(|f| {
            viewer
                .data
                .with_value(|d| viewer.catalog.with_value(|c| c.initiatives_shown(d, f)))
        })
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
    let viewer = Viewer::get();
    let l = lang;
    viewer.data.with_value(|d| {
        let i = &d.initiatives[index];
        let through = d.report.figures_through;
        view! {
            <article class="initiative" data-initiative-id=i.id.clone()>
                <p class="section-title">
                    <span class="section">{i.section.clone()}</span>
                    " "
                    {local(l, &i.section_title, i.section_title_en.as_deref())}
                </p>
                <h3>
                    {i.number.clone().map(|n| view! { <span lang="ja">{n}</span> })}
                    {local(l, &i.heading, i.heading_en.as_deref())}
                    " "
                    <span class="marker" lang="ja">{i.ministries_text.clone()}</span>
                </h3>
                <p class="note">{format!("{}: {} / {}: {}", l.pick("主担当（◎）", "Lead (◎)"), ministry_names(viewer, &i.ministries.lead, l), l.pick("参画", "Participating"), ministry_names(viewer, &i.ministries.participating, l))}</p>
                <div class="two-col">
                    <div>
                        <h4>{l.pick("医療分野研究開発推進計画上の記載", "The plan says")}{(l == Lang::En).then(|| view! { " " <span class="ja-only">"Japanese only"</span> })}</h4>
                        {i.plan.iter().map(|p| view! { <p lang="ja">{p.clone()}</p> }).collect_view()}
                    </div>
                    <div>
                        <h4>{match l {
                            Lang::Ja => format!("{}の取組と成果", fy(through, l)),
                            Lang::En => format!("{} actions and results", fy(through, l)),
                        }}{(l == Lang::En).then(|| view! { " " <span class="ja-only">"Japanese only"</span> })}</h4>
                        <ul class="results">
                            {i.results.iter().map(|r| view! { <li lang="ja">{r.clone()}</li> }).collect_view()}
                        </ul>
                    </div>
                </div>
            </article>
        }
    })
}
