//! One project's profile (`?view=project&project=<id>`): what the report
//! says of it in its own words, its KPIs, its programs and budget with our
//! readings beside them, the ministries' main actions and its case studies.

mod budget;

use leptos::prelude::*;

use crate::core::present::project_profile::{chosen_project, ProjectProfile};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::cite::CiteButton;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::notes::OurNoteView;
use crate::ui::widgets::text::text_in;
use crate::ui::widgets::text::{japanese_only_label, local};
use budget::Budget;

/// Said where the report prints nothing of a part.
const NONE_PRINTED: vocab::Words =
    vocab::words("報告書に記載はありません。", "The report prints none.");

/// The project profile view. The project is `?id=`, else the first of the
/// project filter, else the first project; choosing one here sets the
/// project filter.
#[component]
pub fn ProjectView(
    /// The KPI table of the project with this id (the viewer lends it:
    /// views do not import each other).
    kpis: Callback<String, AnyView>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let chosen = Memo::new(move |_| {
        let id = viewer.id.get();
        viewer.filter.with(|f| {
            viewer
                .data
                .with_value(|d| chosen_project(d, id.as_deref(), &f.projects))
        })
    });
    let projects = viewer.data.with_value(|d| {
        d.projects
            .iter()
            .map(|p| {
                (
                    p.id.clone(),
                    format!("{}. {}", p.number, p.name_ja),
                    format!("{}. {}", p.number, p.name_en),
                )
            })
            .collect::<Vec<_>>()
    });
    let selected_id = move || {
        chosen
            .get()
            .map(|i| viewer.data.with_value(|d| d.projects[i].id.clone()))
    };
    view! {
        <section class="panel project-profile" aria-labelledby="project-heading" data-testid="project-profile">
            <h2 id="project-heading">{move || vocab::view(View::Project, lang.get())}</h2>
            <label for="project-select">{text_in(lang, "プロジェクトを選ぶ", "Choose a project")}</label>
            " "
            <select id="project-select" data-testid="project-select" on:change=move |ev| {
                let id = event_target_value(&ev);
                viewer.set_param("id", None, false);
                viewer.update_filter(|f| f.projects = vec![id]);
            }>
                {projects.into_iter().map(|(id, ja, en)| {
                    let value = id.clone();
                    view! { <option value=value selected=move || selected_id().as_deref() == Some(id.as_str())>{move || lang.get().pick(&ja, &en).to_string()}</option> }
                }).listed()}
            </select>
            {move || chosen.get().map(|index| {
                let l = lang.get();
                let profile = viewer.data.with_value(|d| ProjectProfile::build(d, index, l));
                view! { <Profile profile lang=l kpis /> }
            })}
        </section>
    }
}

/// The profile of one project, laid out.
#[component]
fn Profile(profile: ProjectProfile, lang: Lang, kpis: Callback<String, AnyView>) -> impl IntoView {
    let l = lang;
    let ProjectProfile {
        card,
        evaluation,
        evaluation_note,
        programs,
        programs_not_drawn,
        lines,
        overview_notes,
        cases,
        cite,
    } = profile;
    let id = card.id.clone();
    view! {
        <article class="profile" data-project-id=card.id.clone()>
            <h3>{card.heading}</h3>
            <p class="aim">{local(card.aim)}</p>
            <dl class="facts">
                <dt>{vocab::LEAD.get(l)}</dt><dd>{card.lead}</dd>
                <dt>{vocab::PARTICIPATING.get(l)}</dt><dd>{non_empty(card.participating, l)}</dd>
                <dt>{card.budget_heading}</dt><dd>{non_empty(card.budget, l)}</dd>
            </dl>
            <section class="evaluation" data-testid="project-evaluation">
                <h4>{l.pick("報告書の評価（報告書の記載）", "The report's evaluation (its own words)")}{japanese_only_label(l)}</h4>
                {if evaluation.is_empty() {
                    view! { <p class="note">{l.pick("報告書に評価の記載はありません。", "The report prints no evaluation.")}</p> }.into_any()
                } else {
                    view! { <blockquote lang="ja">{evaluation.into_iter().map(|p| view! { <p>{p}</p> }).listed()}</blockquote> }.into_any()
                }}
                {evaluation_note.map(|n| view! { <OurNoteView note=n lang=l /> })}
                <CiteButton item=cite />
            </section>
            <section class="profile-kpis">
                <h4>"KPI"</h4>
                {kpis.run(id)}
            </section>
            <Budget programs programs_not_drawn lines overview_notes lang=l />
            <details class="ministry-actions" data-testid="project-actions">
                <summary>{vocab::MINISTRY_ACTIONS.get(l)}{japanese_only_label(l)}</summary>
                {if card.actions.is_empty() {
                    view! { <p class="note">{NONE_PRINTED.get(l)}</p> }.into_any()
                } else {
                    view! { <ul class="results">{card.actions.into_iter().map(|a| view! { <li lang="ja">{a}</li> }).listed()}</ul> }.into_any()
                }}
            </details>
            <section class="profile-cases" data-testid="project-cases">
                <h4>{vocab::CASES.get(l)}" ("{cases.len()}")"</h4>
                {cases.is_empty().then(|| view! { <p class="note">{NONE_PRINTED.get(l)}</p> })}
                <ul class="case-list">
                    {cases.into_iter().map(|c| view! {
                        <li><a href=case_link(&c.id)>{local(c.title)}</a></li>
                    }).listed()}
                </ul>
            </section>
        </article>
    }
}

/// A link to one case study, the rest of the query kept.
fn case_link(id: &str) -> String {
    Viewer::get().link_to(View::Cases, &[("id", id)])
}

/// `text`, or a dash saying the report names none.
fn non_empty(text: String, lang: Lang) -> String {
    if text.is_empty() {
        vocab::NONE.get(lang).to_string()
    } else {
        text
    }
}
