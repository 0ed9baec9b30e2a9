//! The その他 initiatives: a contents list by section first, then each
//! initiative folded to its heading and ministries, its plan text and the
//! year's actions and results (printed Japanese, marked `lang="ja"`) on
//! demand. `&id=` opens one and brings it into view.

use leptos::prelude::*;

use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::initiative::{Contents, InitiativeHeading, InitiativeItem as Item};
use crate::core::text::lang::Lang;
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::cite::CiteButton;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::text_in;
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
    let contents = Memo::new(move |_| {
        let l = lang.get();
        shown.with(|s| viewer.data.with_value(|d| Contents::build(d, s, l)))
    });
    view! {
        <section class="panel" aria-labelledby="initiatives-heading">
            <h2 id="initiatives-heading">{text_in(lang, "その他の取組（3.1〜3.5）", "Other initiatives (3.1–3.5)")}</h2>
            <p data-testid="initiative-count">{move || {
                let n = shown.with(Vec::len);
                match lang.get() {
                    Lang::Ja => format!("{n}件の取組"),
                    Lang::En => format!("{n} initiatives"),
                }
            }}</p>
            <nav class="contents" data-testid="initiatives-contents" aria-label=text_in(lang, "目次", "Contents")>
                {move || contents.get().sections.into_iter().map(|s| view! {
                    <section class="contents-section">
                        <h3>{s.section}" "{local(s.title)}</h3>
                        <ul>{s.entries.into_iter().map(|h| view! { <ContentsEntry heading=h /> }).listed()}</ul>
                    </section>
                }).listed()}
            </nav>
            {move || {
                let l = lang.get();
                shown.get().into_iter().take(DRAW_LIMIT).map(|index| view! { <InitiativeItem index lang=l /> }).listed()
            }}
            {move || not_drawn_note(NotDrawn::capped(shown.with(Vec::len), Rest::ByFiltering), lang.get(), "not-drawn")}
        </section>
    }
}

/// One line of the contents: a link that opens the initiative.
#[component]
fn ContentsEntry(heading: InitiativeHeading) -> impl IntoView {
    let viewer = Viewer::get();
    let id = heading.id.clone();
    let href = move || viewer.link_to(View::Initiatives, &[("id", &id)]);
    let target = heading.id.clone();
    let open = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        viewer.set_param("id", Some(&target), true);
    };
    view! {
        <li data-initiative-id=heading.id.clone()>
            <a href=href on:click=open>
                {heading.number.map(|n| view! { <span lang="ja">{n}</span> })}
                {local(heading.heading)}
            </a>
            " "<span class="note" lang="ja">{heading.marker}</span>
            {heading.first_words.map(|w| view! { " "<span class="note first-words" lang="ja">{format!("「{w}」")}</span> })}
        </li>
    }
}

/// One initiative (`index` in the dataset), folded unless the URL names it.
#[component]
fn InitiativeItem(index: usize, lang: Lang) -> impl IntoView {
    let viewer = Viewer::get();
    let l = lang;
    let i = viewer.data.with_value(|d| Item::build(d, index, l));
    let h = i.heading;
    let id = h.id.clone();
    let named = Memo::new(move |_| viewer.id.get().as_deref() == Some(id.as_str()));
    let node = NodeRef::<leptos::html::Details>::new();
    // The initiative the URL names opens and comes into view.
    Effect::new(move |_| {
        if let (true, Some(details)) = (named.get(), node.get()) {
            details.set_open(true);
            details.scroll_into_view();
        }
    });
    view! {
        <details class="initiative" id=format!("initiative-{}", h.id) data-initiative-id=h.id node_ref=node>
            <summary>
                <span class="section">{h.section}</span>" "{local(h.section_title)}
                <span class="heading">
                    {h.number.map(|n| view! { <span lang="ja">{n}</span> })}
                    {local(h.heading)}
                    " "<span class="marker" lang="ja">{h.marker}</span>
                </span>
                {h.first_words.map(|w| view! { <span class="note first-words" lang="ja">{format!("「{w}」")}</span> })}
            </summary>
            <p class="note">{i.roles}</p>
            <div class="two-col">
                <div>
                    <h4>{l.pick("医療分野研究開発推進計画上の記載", "The plan says")}{japanese_only_label(l)}</h4>
                    {i.plan.into_iter().map(|p| view! { <p lang="ja">{p}</p> }).listed()}
                </div>
                <div>
                    <h4>{i.results_heading}{japanese_only_label(l)}</h4>
                    <ul class="results">
                        {i.results.into_iter().map(|r| view! { <li lang="ja">{r}</li> }).listed()}
                    </ul>
                </div>
            </div>
            {i.boxes_after.into_iter().map(|b| view! { <p class="boxed" lang="ja">{b}</p> }).listed()}
            <CiteButton item=i.cite />
        </details>
    }
}
