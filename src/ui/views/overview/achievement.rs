//! Achievement of each selected KPI as horizontal bars on a fixed axis,
//! with a data table holding the same figures and the report's grades.

use leptos::prelude::*;

use crate::core::engine::progress::PlanClock;
use crate::core::present::achievement::AchievementChart as Bars;
use crate::core::present::vocab;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, percent};
use crate::ui::chart::options::{self, ACHIEVEMENT_CAP};
use crate::ui::chart::Chart;
use crate::ui::page::media::phone;
use crate::ui::page::state::{DarkMode, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::table::column_heads;

/// The achievement chart's panel.
#[component]
pub fn AchievementChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    // Phones: names above the bars.
    let compact = phone();
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
        bars.with(|b| options::achievement(&b.bars, elapsed, lang.get(), dark.get(), compact.get()))
    });
    let height = Signal::derive(move || {
        let row = if compact.get() { 40 } else { 26 };
        60 + row * bars.with(|b| b.bars.len()) as u32
    });
    view! {
        <section class="panel" aria-labelledby="achievement-heading" data-testid="achievement-chart">
            <h2 id="achievement-heading">{move || match lang.get() {
                Lang::Ja => format!("KPIの達成率（{}目標に対する最新の数値、低い順）", fy(last_year, Lang::Ja)),
                Lang::En => format!("Achievement of each KPI (latest figure against the {} target, lowest first)", fy(last_year, Lang::En)),
            }}</h2>
            <p class="note">{move || match lang.get() {
                Lang::Ja => format!("縦線は目標（100%）と計画期間の経過割合（{}%）。軸は{}%までで、それを超える値は棒の端に数値で示します。", number(elapsed), number(ACHIEVEMENT_CAP)),
                Lang::En => format!("Reference lines: the target (100%) and the share of the plan elapsed ({}%). The axis ends at {}%; longer bars stop there and are labelled with their value.", number(elapsed), number(ACHIEVEMENT_CAP)),
            }}</p>
            <Chart option label=Signal::derive(move || lang.get().pick("KPIごとの達成率の横棒グラフ。同じデータを下の表に示します。", "Horizontal bar chart of each KPI's achievement; the same data is in the table below.").to_string()) height dark file_name="shinchoku-achievement" />
            {move || not_drawn_note(bars.with(|b| b.not_drawn), lang.get(), "not-drawn")}
            <details>
                <summary>{move || vocab::DATA_TABLE.get(lang.get())}</summary>
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
                            bars.with(|b| b.bars.iter().map(|bar| view! {
                                <tr>
                                    <th scope="row">{bar.name.clone()}</th>
                                    <td>{format!("{} / {}", bar.latest, bar.target)}</td>
                                    <td>{percent(bar.percent / 100.0)}</td>
                                    <td>{vocab::status(bar.status, l)}</td>
                                    <td>{bar.grade.id()}</td>
                                </tr>
                            }).collect_view())
                        }}
                    </tbody>
                </table>
            </details>
        </section>
    }
}
