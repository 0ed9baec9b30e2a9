//! One ministry at a time (`?view=ministry&ministry=<id>`): the KPIs of
//! the projects it leads and of those it takes part in, which follow the
//! filters, then its programs, budget and initiatives, which do not (and
//! are built only when the ministry or the language changes).

use leptos::prelude::*;

use crate::core::present::ministry::{KpiGroup, MinistryHoldings, MinistryKpis};
use crate::core::present::project_card::strip_label;
use crate::core::present::vocab;
use crate::core::select::filter::Filter;
use crate::core::text::lang::Lang;
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::notes::OurNoteView;
use crate::ui::widgets::status::{status_class, status_icon, StatusBadge};
use crate::ui::widgets::text::local;
use crate::ui::widgets::text::text_in;

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
    let kpis = Memo::new(move |_| {
        let (id, l) = (chosen.get(), lang.get());
        viewer.with_selection(|d, c, s| MinistryKpis::build(d, c, s, &id, l))
    });
    let holdings = Memo::new(move |_| {
        let (id, l) = (chosen.get(), lang.get());
        viewer.with_catalog(|d, c| MinistryHoldings::build(d, c, &id, l))
    });
    // Filters besides the ministry: the KPIs follow them, the ministry's
    // programs, budget and initiatives do not.
    let others_filtered = Memo::new(move |_| {
        viewer.filter.with(|f| {
            !Filter {
                ministries: Vec::new(),
                lead_only: false,
                ..f.clone()
            }
            .is_empty()
        })
    });
    view! {
        <section class="panel" aria-labelledby="ministry-heading">
            <h2 id="ministry-heading">{text_in(lang, "府省別の表示", "By ministry")}</h2>
            <label for="ministry-select">{text_in(lang, "府省を選ぶ", "Choose a ministry")}</label>
            " "
            <select id="ministry-select" data-testid="ministry-select" on:change=move |ev| {
                let id = event_target_value(&ev);
                viewer.update_filter(|f| f.ministries = vec![id]);
            }>
                {ministries.into_iter().map(|m| {
                    let id = m.id.clone();
                    view! { <option value=m.id.clone() selected=move || chosen.get() == id>{move || lang.get().pick(&m.name_ja, &m.name_en).to_string()}</option> }
                }).listed()}
            </select>
            <p class="note" data-testid="kpi-per-project-note">{move || lang.get().pick(
                "KPIは府省ごとではなく統合プロジェクトごとに設定されています。以下は、この府省が主担当（◎）または参画するプロジェクトのKPIで、府省の単独の成果を示すものではありません。",
                "KPIs are set per integrated project, not per ministry. Below are the KPIs of the projects this ministry leads (◎) or takes part in; they are not the ministry's own results.")}</p>
            <div class="ministry-view" data-ministry-id=move || chosen.get()>
                {move || {
                    let l = lang.get();
                    kpis.with(|k| view! {
                        <KpiList group=k.lead.clone() testid="ministry-lead-kpis" lang=l />
                        <KpiList group=k.joined.clone() testid="ministry-joined-kpis" lang=l />
                    })
                }}
                <h3>{text_in(lang, "所管の事業と予算", "Its programs and budgets")}</h3>
                {move || others_filtered.get().then(|| view! {
                    <p class="note" data-testid="ministry-unfiltered">{lang.get().pick(
                        "事業・予算・その他の取組は、ほかの絞り込み（プロジェクト・段階・検索など）によらず、この府省のものをすべて示します。上のKPIは絞り込みに従います。",
                        "Programs, budgets and initiatives below are all of this ministry's, whatever the other filters (project, phase, search …); the KPIs above follow the filters.")}</p>
                })}
                {move || view! { <Holdings holdings=holdings.get() lang=lang.get() /> }}
            </div>
        </section>
    }
}

/// The KPIs of the projects a ministry leads, or of those it joins.
#[component]
fn KpiList(group: KpiGroup, testid: &'static str, lang: Lang) -> impl IntoView {
    let l = lang;
    let strip = strip_label(&group.strip, l);
    view! {
        <details class="ministry-kpis" data-testid=testid>
            <summary>
                <h3>{group.heading}</h3>
                <span class="strip" role="img" aria-label=strip>
                    {group.strip.iter().map(|&(s, n)| view! { <span class=format!("chip-status {}", status_class(s)) title=vocab::status(s, l)>{format!("{} {} {n}", status_icon(s), vocab::status(s, l))}</span> }).listed()}
                </span>
            </summary>
            {group.no_projects.then(|| view! { <p class="note">{vocab::NONE.get(l)}</p> })}
            {group.projects.into_iter().map(|project| view! {
                <h4 data-project-id=project.id>{project.heading}</h4>
                <ul class="kpi-list">
                    {project.kpis.into_iter().map(|kpi| view! {
                        <li data-kpi-id=kpi.id data-status=kpi.status.id() data-grade=kpi.grade.id()>
                            <StatusBadge status=kpi.status lang=l />
                            " "<span class="kpi-name">{local(kpi.name)}</span>
                            " "<span class="kpi-figs">
                                {kpi.achievement.map(|a| view! { <span class="note">{a}</span>" " })}
                                <span class="grade" title=kpi.grade_title>{format!("· {} ", vocab::REPORTS_GRADE.get(l))}<b>{kpi.grade.id()}</b></span>
                            </span>
                        </li>
                    }).listed()}
                </ul>
            }).listed()}
            {not_drawn_note(group.not_drawn, l, "kpis-not-drawn")}
        </details>
    }
}

/// What is a ministry's own whatever the filters: its budget, programs
/// and initiatives.
#[component]
fn Holdings(holdings: MinistryHoldings, lang: Lang) -> impl IntoView {
    let (l, h) = (lang, holdings);
    view! {
            <p class="note" data-testid="ministry-budget">{h.budget.text(l)}</p>
            <p class="note">{l.pick("所管府省の根拠：「報告書」は報告書に記載、AMEDの事業でないインハウスの事業はそれを行う研究機関の所管府省（報告書外）、それ以外はAMEDの事業一覧（報告書外）によります。", "Basis of the ministry: \"report\" where the report says so; for an in-house program that is not AMED's, the ministry overseeing the institutes that run it (outside the report); otherwise AMED's program list (outside the report).")}</p>
            <table class="data-table compact" data-testid="ministry-programs">
                <thead><tr>
                    <th scope="col">{vocab::PROGRAM.get(l)}</th>
                    <th scope="col">{vocab::PROJECT.get(l)}</th>
                    <th scope="col" class="num">{vocab::BUDGET.get(l)}</th>
                </tr></thead>
                <tbody>
                    {h.programs.into_iter().map(|program| view! {
                        <tr data-program-id=program.id>
                            <th scope="row">
                                {local(program.name)}{program.from_report.then(|| view! { <span class="tag">{vocab::REPORT.get(l)}</span> })}
                                {program.our_note.map(|n| view! { <OurNoteView note=n lang=l /> })}
                            </th>
                            <td>{program.project}</td>
                            <td class="num">{program.budget}</td>
                        </tr>
                    }).listed()}
                </tbody>
            </table>
            {not_drawn_note(h.programs_not_drawn, l, "not-drawn")}
            {(!h.without_amount.is_empty()).then(|| {
                let n = h.without_amount.len();
                view! {
                    <p class="without-amount" data-testid="ministry-programs-without-amount">
                        <b>{match l { Lang::Ja => format!("額の記載がない事業（{n}）: "), Lang::En => format!("Programs without an amount of their own ({n}): ") }}</b>
                        {h.without_amount.into_iter().enumerate().map(|(i, name)| view! {
                            {(i > 0).then(|| vocab::LIST_DOT.get(l))}{local(name)}
                        }).listed()}
                    </p>
                }
            })}
            <details class="ministry-initiatives" data-testid="ministry-initiatives">
            <summary><h3>{match l {
                Lang::Ja => format!("{}（{}）", vocab::OTHER_INITIATIVES.ja, h.initiatives.len()),
                Lang::En => format!("{} ({})", vocab::OTHER_INITIATIVES.en, h.initiatives.len()),
            }}</h3></summary>
            <ul class="initiative-list">{h.initiatives.into_iter().map(|it| view! {
                <li data-initiative-id=it.id>
                    <span class="section">{format!("{} ", it.section)}{local(it.section_title)}</span>
                    <a class="heading" href=initiative_link(&it.id)>{it.number.map(|n| view! { <span lang="ja">{n}</span> })}{local(it.heading)}</a>
                    " "<span class="note" lang="ja">{it.marker}</span>
                    {it.first_words.map(|w| view! { " "<span class="note first-words" lang="ja">{format!("「{w}」")}</span> })}
                </li>
            }).listed()}</ul>
            {not_drawn_note(h.initiatives_not_drawn, l, "not-drawn")}
            </details>
    }
}

/// A link to one initiative in the initiatives view, the rest of the query kept.
fn initiative_link(id: &str) -> String {
    Viewer::get().link_to(View::Initiatives, &[("id", id)])
}
