//! Achievement of each selected KPI as horizontal bars on a fixed axis,
//! grouped by project (on phones a list of the same bars, names whole,
//! each a link to its KPI), with a data table holding the same figures and
//! the report's grades.

use leptos::prelude::*;

use crate::core::engine::progress::PlanClock;
use crate::core::present::achievement::AchievementChart as Bars;
use crate::core::present::vocab;
use crate::core::select::view::View;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, percent};
use crate::ui::chart::options::{self, ACHIEVEMENT_CAP};
use crate::ui::chart::Chart;
use crate::ui::page::state::{DarkMode, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::layout::PhoneOrWide;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::status::{status_class, status_icon};
use crate::ui::widgets::table::column_heads;
use crate::ui::widgets::text::words_in;

/// The achievement chart's panel.
#[component]
pub fn AchievementChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    let (elapsed, last_year) = viewer.data.with_value(|d| {
        (
            PlanClock::of(&d.report).time_elapsed() * 100.0,
            d.report.plan_last_year,
        )
    });
    let bars = Memo::new(move |_| {
        let l = lang.get();
        viewer.with_selection(|d, c, s| Bars::build(d, c, s, l))
    });
    let option = Signal::derive(move || {
        bars.with(|b| options::achievement(b, elapsed, lang.get(), dark.get()))
    });
    let height = Signal::derive(move || bars.with(options::achievement_height));
    view! {
        <section class="panel" aria-labelledby="achievement-heading" data-testid="achievement-chart">
            <h2 id="achievement-heading">{move || match lang.get() {
                Lang::Ja => format!("KPIの達成率（{}目標に対する最新の数値、プロジェクト別・低い順）", fy(last_year, Lang::Ja)),
                Lang::En => format!("Achievement of each KPI (latest figure against the {} target, by project, lowest first)", fy(last_year, Lang::En)),
            }}</h2>
            <p class="note">{move || match lang.get() {
                Lang::Ja => format!("縦線は目標（100%）と計画期間の経過割合（{}%）。軸は{}%までで、それを超える値は棒の端に数値で示します。", number(elapsed), number(ACHIEVEMENT_CAP)),
                Lang::En => format!("Reference lines: the target (100%) and the share of the plan elapsed ({}%). The axis ends at {}%; longer bars stop there and are labelled with their value.", number(elapsed), number(ACHIEVEMENT_CAP)),
            }}</p>
            <PhoneOrWide
                narrow=move || view! { <AchievementList bars elapsed /> }
                wide=move || view! { <Chart option label=Signal::derive(move || lang.get().pick("KPIごとの達成率の横棒グラフ。同じデータを下の表に示します。", "Horizontal bar chart of each KPI's achievement; the same data is in the table below.").to_string()) height dark file_name="shinchoku-achievement" /> }
            />
            {move || not_drawn_note(bars.with(|b| b.not_drawn), lang.get(), "not-drawn")}
            <details>
                <summary>{words_in(lang, vocab::DATA_TABLE)}</summary>
                <table class="data-table">
                    {column_heads(move || {
                        let l = lang.get();
                        [vocab::KPI, vocab::LATEST_TARGET, vocab::ACHIEVEMENT, vocab::COMPUTED_STATUS, vocab::REPORTS_GRADE]
                            .map(|w| w.get(l).to_string())
                            .to_vec()
                    })}
                    <tbody>
                        {move || {
                            let l = lang.get();
                            bars.with(|b| b.groups.iter().map(|group| view! {
                                <tr><th scope="rowgroup" colspan="5">{group.heading.clone()}</th></tr>
                                {group.bars.iter().map(|bar| view! {
                                    <tr>
                                        <th scope="row">{bar.name.clone()}</th>
                                        <td>{format!("{} / {}", bar.latest, bar.target)}</td>
                                        <td>{percent(bar.percent / 100.0)}</td>
                                        <td>{vocab::status(bar.status, l)}</td>
                                        <td>{bar.grade.id()}</td>
                                    </tr>
                                }).listed()}
                            }).listed())
                        }}
                    </tbody>
                </table>
            </details>
        </section>
    }
}

/// The chart as a list, for phones: per project its KPIs, lowest first,
/// each with its whole name (a link to the KPI), a bar on the same 0–200%
/// scale with the target and time-elapsed marks, and its value after the
/// status's shape.
#[component]
fn AchievementList(bars: Memo<Bars>, elapsed: f64) -> impl IntoView {
    let viewer = Viewer::get();
    // The marks' places on the 0–200% track.
    let marks = format!(
        "--target:{}%;--elapsed:{}%",
        number(100.0 / ACHIEVEMENT_CAP * 100.0),
        number(elapsed / ACHIEVEMENT_CAP * 100.0)
    );
    move || {
        bars.with(|b| {
            b.groups
                .iter()
                .map(|group| {
                    view! {
                        <h3 class="bar-group">{group.heading.clone()}</h3>
                        <ol class="bar-list" style=marks.clone() data-testid="achievement-list">
                            {group.bars.iter().map(|bar| {
                                let class = status_class(bar.status);
                                let width = format!("width:{}%", number(bar.percent.min(ACHIEVEMENT_CAP) / ACHIEVEMENT_CAP * 100.0));
                                view! {
                                    <li data-kpi-id=bar.id.clone()>
                                        <a class="bar-name" href=viewer.link_to(View::Kpi, &[("id", &bar.id)]) title=bar.detail.clone()>{bar.name.clone()}</a>
                                        <span class="bar-track"><span class=format!("bar {class}") style=width></span></span>
                                        <span class=format!("bar-value {class}")>{format!("{} {}%", status_icon(bar.status), number(bar.percent))}</span>
                                    </li>
                                }
                            }).listed()}
                        </ol>
                    }
                })
                .listed()
        })
    }
}
