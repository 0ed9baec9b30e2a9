//! The summary strip: what the current selection holds.

use leptos::prelude::*;

use crate::core::budget::BudgetTotal;
use crate::core::format::oku_yen;
use crate::core::i18n::Lang;
use crate::core::model::{Dataset, Ministry};
use crate::core::progress::Status;
use crate::ui::state::Viewer;

/// KPIs shown by computed status and grade, and the selection's budget.
#[component]
pub fn SummaryStrip() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let selection = viewer.selection;
    view! {
        <section class="summary" aria-label=move || lang.get().pick("選択中の概要", "Summary of the selection")>
            <div class="summary-item">
                <span class="summary-value" data-testid="kpi-count">
                    {move || {
                        let n = selection.with(|s| s.kpis.len());
                        match lang.get() {
                            crate::core::i18n::Lang::Ja => format!("{n}件のKPI"),
                            crate::core::i18n::Lang::En => format!("{n} KPIs"),
                        }
                    }}
                </span>
                <span class="summary-label">{move || lang.get().pick("表示中", "shown")}</span>
            </div>
            <div class="summary-item statuses">
                {move || {
                    let l = lang.get();
                    selection.with(|selection| {
                        Status::ALL.into_iter().filter_map(|s| {
                            let n = selection.count(s);
                            (n > 0).then(|| view! {
                                <span class=format!("badge status-{}", s.id()) data-summary-status=s.id()>
                                    <span class="badge-icon" aria-hidden="true">{status_icon(s)}</span>
                                    {format!("{} {n}", l.pick(s.ja(), s.en()))}
                                </span>
                            })
                        }).collect_view()
                    })
                }}
            </div>
            <div class="summary-item">
                {move || {
                    let (a, b) = selection.with(|s| (s.grade_a, s.grade_b));
                    format!("{} A {a} · B {b}", lang.get().pick("報告書の評価", "Report's grade"))
                }}
            </div>
            <div class="summary-item" data-testid="budget-summary">
                {move || {
                    let l = lang.get();
                    let chosen = viewer.filter.with(|f| f.ministries.clone());
                    let b = selection.with(|s| s.budget.clone());
                    viewer.data.with_value(|d| budget_text(d, &b, &chosen, l))
                }}
            </div>
        </section>
    }
}

/// A shape per status, so status never depends on colour alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Achieved => "✔",
        Status::OnTrack => "↗",
        Status::AtRisk => "⚠",
        Status::OffTrack => "✖",
        Status::NoTarget => "○",
        Status::NoData => "–",
    }
}

/// A ministry's short name: its abbreviation in Japanese (厚), the acronym
/// in its English name (MHLW) where it has one.
fn short_name(ministry: &Ministry, lang: Lang) -> String {
    match lang {
        Lang::Ja => ministry.abbr.clone(),
        Lang::En => ministry
            .name_en
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.strip_suffix(')'))
            .unwrap_or(&ministry.name_en)
            .to_string(),
    }
}

/// The budget line: the printed totals of the selected projects and how
/// much of them the chosen ministries (or any ministry) can be given; with a
/// phase or search filter, the selected programs' own amounts.
fn budget_text(d: &Dataset, b: &BudgetTotal, chosen: &[String], l: Lang) -> String {
    let Some(t) = &b.projects else {
        let p = &b.programs;
        return match l {
            Lang::Ja => format!("選択中の事業の予算（事業ごとの記載額） {}、額の記載がない事業 {}件", oku_yen(p.known, l), p.programs_unknown),
            Lang::En => format!("Selected programs' own printed budgets {}; {} programs without an amount of their own", oku_yen(p.known, l), p.programs_unknown),
        };
    };
    let printed = match (l, t.inhouse > 0.0) {
        (Lang::Ja, true) => format!(
            "予算（報告書の記載額） {}（AMED {}＋インハウス {}）",
            oku_yen(t.printed(), l),
            oku_yen(t.amed, l),
            oku_yen(t.inhouse, l)
        ),
        (Lang::Ja, false) => format!("予算（報告書の記載額） {}（AMED）", oku_yen(t.printed(), l)),
        (Lang::En, true) => format!(
            "Budget as printed {} (AMED {} + in-house {})",
            oku_yen(t.printed(), l),
            oku_yen(t.amed, l),
            oku_yen(t.inhouse, l)
        ),
        (Lang::En, false) => format!("Budget as printed {} (AMED)", oku_yen(t.printed(), l)),
    };
    let ministries: Vec<(usize, &Ministry)> = d
        .ministries
        .iter()
        .enumerate()
        .filter(|(m, ministry)| {
            if chosen.is_empty() {
                t.by_ministry[*m] > 0.0
            } else {
                chosen.contains(&ministry.id)
            }
        })
        .collect();
    let parts = ministries
        .iter()
        .map(|(m, ministry)| {
            let name = match (l, chosen.is_empty()) {
                (Lang::Ja, false) => ministry.name_ja.clone(),
                _ => short_name(ministry, l),
            };
            format!("{name} {}", oku_yen(t.by_ministry[*m], l))
        })
        .collect::<Vec<_>>()
        .join(l.pick("・", ", "));
    match (l, chosen.is_empty()) {
        (Lang::Ja, true) => format!("{printed}。うち府省に帰属できる額 {}（{parts}）、帰属できない額 {}", oku_yen(t.attributable(), l), oku_yen(t.not_attributable(), l)),
        (Lang::Ja, false) => format!("{printed}。このうち選択中の府省に帰属できる額：{parts}。どの府省にも帰属できない額 {}", oku_yen(t.not_attributable(), l)),
        (Lang::En, true) => format!("{printed}; attributable to ministries {} ({parts}), not attributable {}", oku_yen(t.attributable(), l), oku_yen(t.not_attributable(), l)),
        (Lang::En, false) => format!("{printed}; attributable to the chosen ministries: {parts}; not attributable to any ministry {}", oku_yen(t.not_attributable(), l)),
    }
}
