//! One ministry at a time (`?view=ministry&ministry=<id>`): the KPIs of the
//! projects it leads and of those it takes part in, kept apart (KPIs are set
//! per project, not per ministry), its programs with their budgets, and its
//! initiatives in その他.

use leptos::prelude::*;

use crate::core::dataset::model::{Basis, MinistryScope};
use crate::core::engine::budget::{program_totals, ProgramTotals};
use crate::core::present::format::oku_yen;
use crate::core::select::filter::Filter;
use crate::core::text::lang::Lang;
use crate::core::text::number::percent;
use crate::ui::page::state::Viewer;
use crate::ui::views::DRAW_LIMIT;
use crate::ui::widgets::status::StatusBadge;
use crate::ui::widgets::text::local;

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
            <p class="note" data-testid="kpi-per-project-note">{move || lang.get().pick(
                "KPIは府省ごとではなく統合プロジェクトごとに設定されています。以下は、この府省が主担当（◎）または参画するプロジェクトのKPIで、府省の単独の成果を示すものではありません。",
                "KPIs are set per integrated project, not per ministry. Below are the KPIs of the projects this ministry leads (◎) or takes part in; they are not the ministry's own results.")}</p>
            {move || {
                let id = chosen.get();
                let l = lang.get();
                // Filters besides the ministry: the KPIs follow them, the
                // ministry's programs, budget and initiatives do not.
                let others_filtered = viewer.filter.with(|f| !Filter { ministries: Vec::new(), lead_only: false, ..f.clone() }.is_empty());
                viewer.with_selection(|d, c, s| {
                    let leads = |p: usize| d.projects[p].ministries.counts_for(&id, MinistryScope::LeadOnly);
                    let takes_part = |p: usize| d.projects[p].ministries.counts_for(&id, MinistryScope::Involved);
                    let lead: Vec<usize> = s.projects.iter().copied().filter(|&p| leads(p)).collect();
                    let joins: Vec<usize> = s.projects.iter().copied().filter(|&p| takes_part(p) && !leads(p)).collect();
                    let programs: Vec<usize> = (0..c.programs.len()).filter(|&i| c.program(d, i).1.ministry.as_deref() == Some(id.as_str())).collect();
                    let total = program_totals(d, |_, g| g.ministry.as_deref() == Some(id.as_str()));
                    let attributable = d.ministries.iter().position(|m| m.id == id).map_or(0.0, |m| c.project_totals(d, 0..d.projects.len()).by_ministry[m]);
                    let initiatives: Vec<usize> = (0..d.initiatives.len()).filter(|&i| d.initiatives[i].ministries.counts_for(&id, MinistryScope::Involved)).collect();
                    let kpi_group = |projects: &[usize], testid: &'static str, heading: String| {
                        let n: usize = projects.iter().map(|&p| s.kpis_of_project(c, p).len()).sum();
                        // At most DRAW_LIMIT KPIs, project by project.
                        let mut left = DRAW_LIMIT;
                        let drawn: Vec<(usize, &[usize])> = projects.iter().map_while(|&p| {
                            (left > 0).then(|| {
                                let kpis = s.kpis_of_project(c, p);
                                let kpis = &kpis[..kpis.len().min(left)];
                                left -= kpis.len();
                                (p, kpis)
                            })
                        }).collect();
                        let shown = DRAW_LIMIT - left;
                        view! {
                            <section class="ministry-kpis" data-testid=testid>
                                <h3>{match l { Lang::Ja => format!("{heading}（{n}）"), Lang::En => format!("{heading} ({n})") }}</h3>
                                {projects.is_empty().then(|| view! { <p class="note">{l.pick("なし", "None")}</p> })}
                                {drawn.into_iter().map(|(p, kpis)| {
                                    let project = &d.projects[p];
                                    view! {
                                        <h4 data-project-id=project.id.clone()>{format!("{}. {}", project.number, l.pick(&project.name_ja, &project.name_en))}</h4>
                                        <ul class="kpi-list">
                                            {kpis.iter().map(|&i| {
                                                let (_, kpi) = c.kpi(d, i);
                                                let progress = &c.kpis[i].progress;
                                                view! {
                                                    <li data-kpi-id=kpi.id.clone() data-status=progress.status.id() data-grade=kpi.grade.id()>
                                                        <StatusBadge status=progress.status lang=l />
                                                        " "<span class="kpi-name">{local(l, &kpi.name, kpi.name_en.as_deref())}</span>
                                                        {progress.achievement.map(|a| view! { " "<span class="note">{percent(a)}</span> })}
                                                        " "<span class="grade" title=d.report.grade_label(kpi.grade, l)>{l.pick("· 報告書の評価 ", "· report's grade ")}<b>{kpi.grade.id()}</b></span>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                    }
                                }).collect_view()}
                                {(n > shown).then(|| view! { <p class="note" data-testid="kpis-not-drawn">{match l {
                                    Lang::Ja => format!("先頭の{shown}件のみ表示（全{n}件）"),
                                    Lang::En => format!("Only the first {shown} of {n} are shown"),
                                }}</p> })}
                            </section>
                        }
                    };
                    let shown_programs = programs.len().min(DRAW_LIMIT);
                    view! {
                        <div class="ministry-view" data-ministry-id=id.clone()>
                            {kpi_group(&lead, "ministry-lead-kpis", l.pick("主担当（◎）のプロジェクトのKPI", "KPIs of the projects it leads (◎)").to_string())}
                            {kpi_group(&joins, "ministry-joined-kpis", l.pick("参画するプロジェクトのKPI", "KPIs of the projects it takes part in").to_string())}
                            <h3>{l.pick("所管の事業と予算", "Its programs and budgets")}</h3>
                            {others_filtered.then(|| view! {
                                <p class="note" data-testid="ministry-unfiltered">{l.pick(
                                    "事業・予算・その他の取組は、ほかの絞り込み（プロジェクト・段階・検索など）によらず、この府省のものをすべて示します。上のKPIは絞り込みに従います。",
                                    "Programs, budgets and initiatives below are all of this ministry's, whatever the other filters (project, phase, search …); the KPIs above follow the filters.")}</p>
                            })}
                            <p class="note" data-testid="ministry-budget">{budget_note(&total, attributable, l)}</p>
                            <p class="note">{l.pick("所管府省の根拠：「報告書」は報告書に記載、AMEDの事業でないインハウスの事業はそれを行う研究機関の所管府省（報告書外）、それ以外はAMEDの事業一覧（報告書外）によります。", "Basis of the ministry: \"report\" where the report says so; for an in-house program that is not AMED's, the ministry overseeing the institutes that run it (outside the report); otherwise AMED's program list (outside the report).")}</p>
                            <table class="data-table compact" data-testid="ministry-programs">
                                <thead><tr><th scope="col">{l.pick("事業", "Program")}</th><th scope="col">{l.pick("プロジェクト", "Project")}</th><th scope="col" class="num">{l.pick("予算", "Budget")}</th></tr></thead>
                                <tbody>
                                    {programs.iter().take(DRAW_LIMIT).map(|&i| {
                                        let (p, g) = c.program(d, i);
                                        let from_report = g.ministry_basis == Some(Basis::Source);
                                        view! {
                                            <tr data-program-id=g.id.clone()>
                                                <th scope="row">{local(l, &g.name, g.name_en.as_deref())}{from_report.then(|| view! { <span class="tag">{l.pick("報告書", "report")}</span> })}</th>
                                                <td>{p.number}</td>
                                                <td class="num">{g.budget.map_or_else(|| l.pick("記載なし", "not printed").to_string(), |b| oku_yen(b, l))}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            {(programs.len() > shown_programs).then(|| view! { <p class="note" data-testid="not-drawn">{match l {
                                Lang::Ja => format!("先頭の{shown_programs}件のみ表示（全{}件）", programs.len()),
                                Lang::En => format!("Only the first {shown_programs} of {} are shown", programs.len()),
                            }}</p> })}
                            <h3>{l.pick("その他の取組", "Other initiatives")}</h3>
                            <ul class="initiative-list">{initiatives.iter().take(DRAW_LIMIT).map(|&i| {
                                let it = &d.initiatives[i];
                                view! {
                                    <li data-initiative-id=it.id.clone()>
                                        <span class="section">{format!("{} ", it.section)}{local(l, &it.section_title, it.section_title_en.as_deref())}</span>
                                        <span class="heading">{it.number.clone().map(|n| view! { <span lang="ja">{n}</span> })}{local(l, &it.heading, it.heading_en.as_deref())}</span>
                                        " "<span class="note" lang="ja">{it.ministries_text.clone()}</span>
                                    </li>
                                }
                            }).collect_view()}</ul>
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
