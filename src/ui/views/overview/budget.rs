//! The selected projects' printed budgets as sorted stacked bars (per
//! funding ministry, and what no ministry can be given; on phones a list
//! of the same bars), with a table.

use leptos::prelude::*;

use crate::core::present::budget_chart::BudgetChart as Bars;
use crate::core::present::format::oku_yen;
use crate::core::present::vocab;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::number;
use crate::ui::chart::options::{self, ministry_color, not_attributable_color};
use crate::ui::chart::Chart;
use crate::ui::page::state::{DarkMode, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::layout::PhoneOrWide;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::table::column_heads;
use crate::ui::widgets::text::words_in;

/// The budget chart's panel.
#[component]
pub fn BudgetChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    let bars = Memo::new(move |_| {
        let l = lang.get();
        viewer.with_selection(|d, c, s| Bars::build(d, c, s, l))
    });
    let option = Signal::derive(move || {
        bars.with(|b| options::budget(&b.bars, &b.ministries, lang.get(), dark.get()))
    });
    let year = viewer.data.with_value(|d| d.report.figures_through);
    view! {
        <section class="panel" aria-labelledby="budget-heading" data-testid="budget-chart">
            <h2 id="budget-heading">{move || match lang.get() {
                Lang::Ja => format!("予算（{}、報告書の記載額）", fy(year, Lang::Ja)),
                Lang::En => format!("Budgets ({}, as printed in the report)", fy(year, Lang::En)),
            }}</h2>
            <p class="note">{move || lang.get().pick(
                "各プロジェクトの記載額（AMED対象経費＋インハウス）を、所管府省に帰属できる額と帰属できない額に分けて示します。府省の帰属は、報告書が府省を記載した事業はその記載により、それ以外は報告書外の情報（AMEDの事業でないインハウスの事業はそれを行う研究機関の所管府省、その他の事業はAMEDの事業一覧）によります。帰属できない額は、複数の府省の事業にまとめて記載された額と丸めの差です。",
                "Each project's printed total (AMED plus in-house), split into what can be attributed to a funding ministry and what cannot. Ministries come from the report where it names them, and otherwise from outside the report: for in-house programs that are not AMED's, the ministry overseeing the institutes that run them; for the others, AMED's program list. What cannot be attributed is printed jointly for programs of several ministries, plus rounding.")}</p>
            {move || bars.with(|b| b.partial).then(|| view! { <p class="note" data-testid="budget-partial">{lang.get().pick(
                "予算は報告書どおりプロジェクト単位で示します。フェーズ・検索の絞り込みは予算には適用されません。",
                "Budgets are shown per project, as the report prints them: the phase and search filters do not apply to them.")}</p> })}
            <PhoneOrWide
                narrow=move || view! { <BudgetList bars dark /> }
                wide=move || view! { <Chart option label=Signal::derive(move || lang.get().pick("プロジェクト別予算の横棒グラフ（府省別の内訳）。同じデータを下の表に示します。", "Bar chart of project budgets split by ministry; the same data is in the table below.").to_string()) dark /> }
            />
            {move || not_drawn_note(bars.with(|b| b.not_drawn), lang.get(), "not-drawn")}
            <details>
                <summary>{words_in(lang, vocab::DATA_TABLE)}</summary>
                <BudgetTable bars />
            </details>
        </section>
    }
}

/// The chart as a list, for phones: a legend, then each project's name
/// over its bar (on a scale to the largest total) and its printed total.
#[component]
fn BudgetList(bars: Memo<Bars>, #[prop(into)] dark: Signal<bool>) -> impl IntoView {
    let lang = Viewer::get().lang;
    let swatch = |color: &str| format!("background:{color}");
    move || {
        let l = lang.get();
        let rest = not_attributable_color(dark.get());
        bars.with(|b| {
            let widest = b.bars.iter().map(|bar| bar.printed).fold(0.0, f64::max);
            let share = move |v: f64| if widest > 0.0 { v / widest * 100.0 } else { 0.0 };
            view! {
                <ul class="bar-legend">
                    {b.ministries.iter().map(|(position, name)| view! {
                        <li><span class="swatch" style=swatch(ministry_color(*position))></span>{name.clone()}</li>
                    }).listed()}
                    <li><span class="swatch" style=swatch(rest)></span>{vocab::NOT_ATTRIBUTABLE.get(l)}</li>
                </ul>
                <ol class="bar-list" data-testid="budget-list">
                    {b.bars.iter().map(|bar| view! {
                        <li>
                            <span class="bar-name">{bar.label.clone()}</span>
                            <span class="bar-track">
                                {b.ministries.iter().zip(&bar.by_ministry).map(|((position, _), &v)| view! {
                                    <span class="bar" style=format!("width:{}%;background:{}", number(share(v)), ministry_color(*position))></span>
                                }).listed()}
                                <span class="bar" style=format!("width:{}%;background:{rest}", number(share(bar.not_attributable)))></span>
                            </span>
                            <span class="bar-value">{oku_yen(bar.printed, l)}</span>
                        </li>
                    }).listed()}
                </ol>
            }
        })
    }
}

/// The budget chart's figures as a table.
#[component]
fn BudgetTable(bars: Memo<Bars>) -> impl IntoView {
    let lang = Viewer::get().lang;
    view! {
        <table class="data-table">
            {column_heads(move || {
                let l = lang.get();
                let mut heads = vec![vocab::PROJECT.get(l).to_string(), l.pick("記載額", "Printed total").to_string()];
                heads.extend(bars.with(|b| b.ministries.iter().map(|(_, name)| name.clone()).collect::<Vec<_>>()));
                heads.push(l.pick("帰属できない額", "Not attributable").to_string());
                heads
            })}
            <tbody>
                {move || {
                    let l = lang.get();
                    bars.with(|b| b.bars.iter().map(|bar| view! {
                        <tr>
                            <th scope="row">{bar.label.clone()}</th>
                            <td>{oku_yen(bar.printed, l)}</td>
                            {bar.by_ministry.iter().map(|&v| view! { <td>{oku_yen(v, l)}</td> }).listed()}
                            <td>{oku_yen(bar.not_attributable, l)}</td>
                        </tr>
                    }).listed())
                }}
            </tbody>
        </table>
    }
}
