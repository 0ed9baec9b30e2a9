//! The headline band: the few figures that answer "how is the plan doing?"
//! for the current selection, large, in words and numbers: how many KPIs
//! with a target are achieved or on course, the report's own A/B, how much
//! of the plan period has passed and the printed budget; then the selection
//! in words.

use leptos::prelude::*;

use crate::core::dataset::model::{Dataset, Grade, Ministry};
use crate::core::engine::budget::BudgetTotal;
use crate::core::engine::progress::{PlanClock, Status};
use crate::core::present::describe::selection_in_words;
use crate::core::present::format::oku_yen;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::number;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::status::StatusBadge;

/// The headline band (`data-testid=headline`), on every view and in embeds.
#[component]
pub fn Headline() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let selection = viewer.selection;
    let clock = viewer.data.with_value(|d| PlanClock::of(&d.report));
    view! {
        <section class="headline" data-testid="headline" aria-label=move || lang.get().pick("主な数値", "Key figures")>
            <div class="tile tile-verdict" data-testid="headline-verdict">
                {move || {
                    let l = lang.get();
                    let (good, graded) = selection.with(|s| {
                        let sum = |keep: fn(Status) -> bool| Status::ALL.into_iter().filter(|&st| keep(st)).map(|st| s.count(st)).sum::<usize>();
                        (sum(Status::is_good), sum(Status::is_graded))
                    });
                    view! {
                        <p class="big">{format!("{good} / {graded}")}</p>
                        <p class="label">{match l {
                            Lang::Ja => format!("目標のあるKPI {graded}件のうち、{}までに達成済み・達成見込み", fy(clock.last_year, l)),
                            Lang::En => format!("of {graded} KPIs with a target are achieved or on course for {}", fy(clock.last_year, l)),
                        }}</p>
                    }
                }}
                <p class="statuses">
                    {move || {
                        let l = lang.get();
                        selection.with(|selection| {
                            Status::ALL.into_iter().filter_map(|s| {
                                let n = selection.count(s);
                                (n > 0).then(|| view! { <StatusBadge status=s lang=l count=n /> })
                            }).collect_view()
                        })
                    }}
                </p>
            </div>
            <div class="tile">
                <p class="big">{move || selection.with(|s| {
                    Grade::ALL.iter().map(|&g| format!("{} {}", g.id(), s.by_grade[g.index()])).collect::<Vec<_>>().join(" · ")
                })}</p>
                <p class="label">{move || {
                    let l = lang.get();
                    let meanings = viewer.data.with_value(|d| Grade::ALL.iter().map(|&g| (g.id(), d.report.grade_meaning(g, l).to_string())).collect::<Vec<_>>());
                    match l {
                        Lang::Ja => format!("報告書の評価（{}）", meanings.iter().map(|(g, m)| format!("{g}「{m}」")).collect::<Vec<_>>().join("、")),
                        Lang::En => format!("Report's grades ({})", meanings.iter().map(|(g, m)| format!("{g}: {m}")).collect::<Vec<_>>().join(", ")),
                    }
                }}</p>
            </div>
            <div class="tile">
                <p class="big">{format!("{}%", number(clock.time_elapsed() * 100.0))}</p>
                <p class="label">{move || {
                    let l = lang.get();
                    match l {
                        Lang::Ja => format!("計画期間（{}〜{}）の経過、{}末時点", fy(clock.first_year, l), fy(clock.last_year, l), fy(clock.through_year, l)),
                        Lang::En => format!("of the plan period ({}–{}) elapsed at the end of {}", fy(clock.first_year, l), fy(clock.last_year, l), fy(clock.through_year, l)),
                    }
                }}</p>
            </div>
            <div class="tile" data-testid="budget-summary">
                {move || {
                    let l = lang.get();
                    let chosen = viewer.filter.with(|f| f.ministries.clone());
                    let b = selection.with(|s| s.budget.clone());
                    let big = b.projects.as_ref().map_or_else(|| oku_yen(b.programs.known, l), |t| oku_yen(t.printed(), l));
                    let (label, split) = viewer.data.with_value(|d| budget_text(d, &b, &chosen, l));
                    view! {
                        <p class="big">{big}</p>
                        <p class="label">{label}</p>
                        {split.map(|split| view! { <p class="label sub">{split}</p> })}
                    }
                }}
            </div>
            <p class="selection">
                <span data-testid="kpi-count">{move || {
                    let n = selection.with(|s| s.kpis.len());
                    match lang.get() {
                        Lang::Ja => format!("{n}件のKPIを表示中"),
                        Lang::En => format!("{n} KPIs shown"),
                    }
                }}</span>
                " · "
                <span data-testid="selection-words">{move || {
                    let l = lang.get();
                    viewer.filter.with(|f| viewer.data.with_value(|d| selection_in_words(d, f, l)))
                }}</span>
            </p>
        </section>
    }
}

/// The budget tile's words: what the big figure is, and (for whole
/// projects) how much of it the chosen ministries, or any ministry, can be
/// given; with a phase or search filter, the selected programs' own amounts.
fn budget_text(
    d: &Dataset,
    b: &BudgetTotal,
    chosen: &[String],
    l: Lang,
) -> (String, Option<String>) {
    let Some(t) = &b.projects else {
        let p = &b.programs;
        return (
            match l {
                Lang::Ja => format!("選択中の事業の予算（事業ごとの記載額）、額の記載がない事業 {}件", p.programs_unknown),
                Lang::En => format!("Selected programs' own printed budgets; {} programs without an amount of their own", p.programs_unknown),
            },
            None,
        );
    };
    let printed = match (l, t.inhouse > 0.0) {
        (Lang::Ja, true) => format!(
            "予算（報告書の記載額：AMED {}＋インハウス {}）",
            oku_yen(t.amed, l),
            oku_yen(t.inhouse, l)
        ),
        (Lang::Ja, false) => "予算（報告書の記載額：AMED）".to_string(),
        (Lang::En, true) => format!(
            "Budget as printed (AMED {} + in-house {})",
            oku_yen(t.amed, l),
            oku_yen(t.inhouse, l)
        ),
        (Lang::En, false) => "Budget as printed (AMED)".to_string(),
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
                _ => ministry.short_name(l).to_string(),
            };
            format!("{name} {}", oku_yen(t.by_ministry[*m], l))
        })
        .collect::<Vec<_>>()
        .join(l.pick("・", ", "));
    let split = match (l, chosen.is_empty()) {
        (Lang::Ja, true) => format!(
            "府省に帰属できる額 {}（{parts}）、帰属できない額 {}",
            oku_yen(t.attributable(), l),
            oku_yen(t.not_attributable(), l)
        ),
        (Lang::Ja, false) => format!(
            "選択中の府省に帰属できる額：{parts}。どの府省にも帰属できない額 {}",
            oku_yen(t.not_attributable(), l)
        ),
        (Lang::En, true) => format!(
            "Attributable to ministries {} ({parts}); not attributable {}",
            oku_yen(t.attributable(), l),
            oku_yen(t.not_attributable(), l)
        ),
        (Lang::En, false) => format!(
            "Attributable to the chosen ministries: {parts}; not attributable to any ministry {}",
            oku_yen(t.not_attributable(), l)
        ),
    };
    (printed, Some(split))
}
