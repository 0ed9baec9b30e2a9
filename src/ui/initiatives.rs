//! The その他 initiatives: plan text beside the year's actions and results.

use leptos::prelude::*;

use crate::core::model::Initiative;
use crate::ui::overview::ministry_names;
use crate::ui::state::Viewer;

/// Initiatives that pass the filter (ministry, その他, search).
#[component]
pub fn Initiatives() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let shown = Memo::new(move |_| {
        let filter = viewer.filter.get();
        viewer.data.with_value(|d| {
            d.initiatives
                .iter()
                .filter(|i| filter.initiative_matches(i))
                .cloned()
                .collect::<Vec<Initiative>>()
        })
    });
    view! {
        <section class="panel" aria-labelledby="initiatives-heading">
            <h2 id="initiatives-heading">{move || lang.get().pick("その他の取組（3.1〜3.5）", "Other initiatives (3.1–3.5)")}</h2>
            <p data-testid="initiative-count">{move || {
                let n = shown.with(Vec::len);
                format!("{n}{}", lang.get().pick("件の取組", " initiatives"))
            }}</p>
            {move || shown.get().into_iter().map(|i| view! { <InitiativeItem initiative=i /> }).collect_view()}
        </section>
    }
}

#[component]
fn InitiativeItem(initiative: Initiative) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let i = initiative;
    let lead = i.ministries.lead.clone();
    let participating = i.ministries.participating.clone();
    view! {
        <article class="initiative" data-initiative-id=i.id.clone()>
            <h3>
                <span class="section">{i.section.clone()}</span>
                " "
                {i.number.clone().unwrap_or_default()}
                {i.heading.clone()}
                " "
                <span class="marker" title=move || format!("{}: {}", lang.get().pick("主担当", "Lead"), ministry_names(viewer, &lead, lang.get()))>{i.ministries_text.clone()}</span>
            </h3>
            <p class="note">{move || {
                let l = lang.get();
                format!("{}: {} / {}: {}", l.pick("主担当（◎）", "Lead (◎)"), ministry_names(viewer, &i.ministries.lead, l), l.pick("参画", "Participating"), ministry_names(viewer, &participating, l))
            }}</p>
            <div class="two-col">
                <div>
                    <h4>{move || lang.get().pick("医療分野研究開発推進計画上の記載", "The plan says")}</h4>
                    {i.plan.iter().map(|p| view! { <p lang="ja">{p.clone()}</p> }).collect_view()}
                </div>
                <div>
                    <h4>{move || lang.get().pick("令和４年度の取組と成果", "FY2022 actions and results")}</h4>
                    <ul class="results">
                        {i.results.iter().map(|r| view! { <li lang="ja">{r.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            </div>
        </article>
    }
}
