//! One ministry at a time: the projects it leads and joins, its programs
//! with their budgets, and its initiatives in その他.

use leptos::prelude::*;

use crate::core::budget::{program_totals, project_totals, ProgramTotals};
use crate::core::format::oku_yen;
use crate::core::i18n::Lang;
use crate::ui::state::Viewer;

/// The ministry view. The ministry is the first one in the ministry filter,
/// or chosen here (which sets that filter).
#[component]
pub fn MinistryView() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let chosen = Memo::new(move |_| {
        viewer
            .filter
            .with(|f| f.ministries.first().cloned())
            .unwrap_or_else(|| "mhlw".to_string())
    });
    let ministries = viewer.data.with_value(|d| d.ministries.clone());
    view! {
        <section class="panel" aria-labelledby="ministry-heading">
            <h2 id="ministry-heading">{move || lang.get().pick("府省別の表示", "By ministry")}</h2>
            <label for="ministry-select">{move || lang.get().pick("府省を選ぶ", "Choose a ministry")}</label>
            " "
            <select id="ministry-select" data-testid="ministry-select" on:change=move |ev| {
                let id = event_target_value(&ev);
                viewer.update_filter(|f| f.ministries = vec![id]);
            }>
                {ministries.into_iter().map(|m| {
                    let id = m.id.clone();
                    view! { <option value=m.id.clone() selected=move || chosen.get() == id>{move || lang.get().pick(&m.name_ja, &m.name_en).to_string()}</option> }
                }).collect_view()}
            </select>
            {move || {
                let id = chosen.get();
                let l = lang.get();
                viewer.data.with_value(|d| {
                    let lead: Vec<_> = d.projects.iter().filter(|p| p.ministries.lead.contains(&id)).collect();
                    let joins: Vec<_> = d.projects.iter().filter(|p| p.ministries.participating.contains(&id)).collect();
                    let programs: Vec<_> = d.projects.iter().flat_map(|p| p.programs.iter().map(move |g| (p, g))).filter(|(_, g)| g.ministry.as_deref() == Some(id.as_str())).collect();
                    let total = program_totals(d, |_, g| g.ministry.as_deref() == Some(id.as_str()));
                    let attributable = d.ministries.iter().position(|m| m.id == id).map_or(0.0, |m| project_totals(d, |_| true).by_ministry[m]);
                    let initiatives: Vec<_> = d.initiatives.iter().filter(|i| i.ministries.all().any(|m| m == id)).collect();
                    let name = |p: &crate::core::model::Project| format!("{}. {}", p.number, l.pick(&p.name_ja, &p.name_en));
                    view! {
                        <div class="ministry-view" data-ministry-id=id.clone()>
                            <h3>{l.pick("主担当（◎）のプロジェクト", "Projects it leads (◎)")}</h3>
                            <ul>{lead.iter().map(|p| view! { <li data-project-id=p.id.clone()>{name(p)}</li> }).collect_view()}</ul>
                            {lead.is_empty().then(|| view! { <p class="note">{l.pick("なし", "None")}</p> })}
                            <h3>{l.pick("参画するプロジェクト", "Projects it joins")}</h3>
                            <ul>{joins.iter().map(|p| view! { <li data-project-id=p.id.clone()>{name(p)}</li> }).collect_view()}</ul>
                            {joins.is_empty().then(|| view! { <p class="note">{l.pick("なし", "None")}</p> })}
                            <h3>{l.pick("所管の事業と予算", "Its programs and budgets")}</h3>
                            <p class="note" data-testid="ministry-budget">{budget_note(&total, attributable, l)}</p>
                            <div class="table-scroll">
                                <table class="data-table">
                                    <thead><tr><th scope="col">{l.pick("事業", "Program")}</th><th scope="col">{l.pick("プロジェクト", "Project")}</th><th scope="col">{l.pick("予算", "Budget")}</th><th scope="col">{l.pick("所管の根拠", "Basis")}</th></tr></thead>
                                    <tbody>
                                        {programs.iter().map(|(p, g)| view! {
                                            <tr data-program-id=g.id.clone()>
                                                <th scope="row">{g.name.clone()}</th>
                                                <td>{name(p)}</td>
                                                <td>{g.budget.map_or_else(|| l.pick("不明（帰属できず）", "unknown").to_string(), |b| oku_yen(b, l))}</td>
                                                <td>{match g.ministry_basis {
                                                    Some(crate::core::model::Basis::Source) => l.pick("報告書", "report"),
                                                    _ => l.pick("AMED事業一覧（報告書外）", "AMED program list (outside the report)"),
                                                }}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <h3>{l.pick("その他の取組", "Other initiatives")}</h3>
                            <ul>{initiatives.iter().map(|i| view! { <li data-initiative-id=i.id.clone()>{format!("{} {}{} {}", i.section, i.number.clone().unwrap_or_default(), i.heading, i.ministries_text)}</li> }).collect_view()}</ul>
                        </div>
                    }
                })
            }}
        </section>
    }
}

/// What the report's amounts give this ministry: its programs' own amounts
/// and the lines all of whose candidate programs are its own.
fn budget_note(total: &ProgramTotals, attributable: f64, l: Lang) -> String {
    match l {
        Lang::Ja => format!(
            "この府省に帰属できる予算 {}（事業ごとの記載額 {}：{}事業、ほかは候補の事業がすべてこの府省の事業である記載額）。額の記載がない事業 {}件",
            oku_yen(attributable, l),
            oku_yen(total.known, l),
            total.programs_known,
            total.programs_unknown
        ),
        Lang::En => format!(
            "Budget attributable to this ministry {} (programs' own amounts {}: {} programs; the rest printed jointly for programs that are all its own). {} programs without an amount of their own",
            oku_yen(attributable, l),
            oku_yen(total.known, l),
            total.programs_known,
            total.programs_unknown
        ),
    }
}
