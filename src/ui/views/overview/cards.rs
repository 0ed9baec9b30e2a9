//! A card per selected project: what the report says of it, drawn once per
//! language, and its status strip and KPI link, which follow the filters.

use leptos::prelude::*;

use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::project_card::{status_strip, strip_label, ProjectCard as Card};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::keyed::keyed_list;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::status::{status_class, status_icon};
use crate::ui::widgets::text::words_in;
use crate::ui::widgets::text::{japanese_only_label, local};

/// A card per project that passes the filter (or only the project `only`).
/// Cards are kept while their project stays in (keyed by project and
/// language); a filter change only updates each card's status strip and link.
#[component]
pub fn ProjectCards(
    /// Only this project's card (the project view), else every selected one.
    #[prop(default = None)]
    only: Option<String>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    // Indices of the projects shown, in the dataset's order.
    let projects = Memo::new(move |_| match &only {
        Some(id) => viewer
            .data
            .with_value(|d| d.projects.iter().position(|p| &p.id == id))
            .into_iter()
            .collect::<Vec<usize>>(),
        None => viewer.selection.with(|s| s.projects.clone()),
    });
    let drawn = move || {
        let l = lang.get();
        projects.with(|p| {
            p.iter()
                .take(DRAW_LIMIT)
                .map(|&i| (i, l, 0))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="cards" aria-label=words_in(lang, vocab::PROJECTS)>
            {keyed_list(drawn, |(index, lang, _)| view! { <ProjectCard index lang /> }.into_any())}
        </section>
        {move || not_drawn_note(NotDrawn::capped(projects.with(Vec::len), Rest::ByFiltering), lang.get(), "not-drawn")}
    }
}

/// One project's card.
#[component]
fn ProjectCard(index: usize, lang: Lang) -> impl IntoView {
    let viewer = Viewer::get();
    let l = lang;
    let card = viewer.data.with_value(|d| Card::build(d, index, l));
    let strip = Memo::new(move |_| viewer.with_selection(|_, c, s| status_strip(c, s, index)));
    let (id, card_id) = (card.id.clone(), card.id.clone());
    let profile_of = card.id.clone();
    let profile = move || viewer.link_to(View::Project, &[("project", &profile_of)]);
    let see_kpis = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let id = id.clone();
        viewer.update_filter(|f| f.projects = vec![id]);
        viewer.set_param("view", Some(View::Kpis.id()), true);
    };
    view! {
        <article class="card" data-project-id=card_id>
            <About card l />
            <div class="minibar" role="img" aria-label=move || strip.with(|s| strip_label(s, l))>
                {move || strip.get().into_iter().map(|(s, n)| view! {
                    <span class=format!("seg {}", status_class(s)) style=format!("flex-grow:{n}") title=format!("{} {n}", vocab::status(s, l))>
                        {format!("{} {n}", status_icon(s))}
                    </span>
                }).listed()}
            </div>
            <p class="card-foot">
                <a href=profile data-testid="project-profile-link">{l.pick("プロジェクトの詳細", "Project profile")}</a>
                " · "
                {move || {
                    let total: usize = strip.with(|s| s.iter().map(|c| c.1).sum());
                    if total > 0 {
                        let see_kpis = see_kpis.clone();
                        view! {
                            <a href="#" on:click=see_kpis>{format!("{} ({total}) →", l.pick("KPIを見る", "See KPIs"))}</a>
                        }.into_any()
                    } else {
                        view! { <span class="note">{l.pick("この条件に合うKPIはありません", "No KPI matches these filters")}</span> }.into_any()
                    }
                }}
            </p>
        </article>
    }
}

/// What the report says of the project: its aim, ministries, budget and
/// the ministries' main actions.
#[component]
fn About(card: Card, l: Lang) -> impl IntoView {
    let actions = card.actions;
    view! {
        <h3>{card.heading}</h3>
        <p class="aim">{local(card.aim)}</p>
        <dl>
            <dt>{vocab::LEAD.get(l)}</dt>
            <dd>{card.lead}</dd>
            <dt>{vocab::PARTICIPATING.get(l)}</dt>
            <dd>{card.participating}</dd>
            <dt>{card.budget_heading}</dt>
            <dd>{card.budget}</dd>
        </dl>
        {(!actions.is_empty()).then(|| view! {
            <details class="ministry-actions">
                <summary>{vocab::MINISTRY_ACTIONS.get(l)}{japanese_only_label(l)}</summary>
                <ul class="results">
                    {actions.into_iter().map(|a| view! { <li lang="ja">{a}</li> }).listed()}
                </ul>
            </details>
        })}
    }
}
