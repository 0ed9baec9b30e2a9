//! The summary strip: what the current selection holds.

use leptos::prelude::*;

use crate::core::format::{number, oku_yen};
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
                    let b = selection.with(|s| s.budget.clone());
                    let mut text = format!("{} {}", l.pick("事業予算（帰属が明確な分）", "Attributed program budgets"), oku_yen(b.known, l));
                    if b.programs_unknown > 0 {
                        text.push_str(&match l {
                            crate::core::i18n::Lang::Ja => format!(" ＋ 予算額の帰属が不明な事業{}件", b.programs_unknown),
                            crate::core::i18n::Lang::En => format!(" + {} programs without an attributable budget", b.programs_unknown),
                        });
                    }
                    if b.unattributed > 0.0 {
                        text.push_str(&match l {
                            crate::core::i18n::Lang::Ja => format!("（複数事業にまたがる計上額 {}億円）", number(b.unattributed)),
                            crate::core::i18n::Lang::En => format!(" (amounts shared by several programs: {})", oku_yen(b.unattributed, l)),
                        });
                    }
                    text
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
