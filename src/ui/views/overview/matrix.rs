//! Counts of KPIs and programs per phase and project.

use leptos::prelude::*;

use crate::core::present::phase_matrix::PhaseMatrix as Matrix;
use crate::core::present::vocab;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::{text_in, words_in};

/// The phase × project matrix.
#[component]
pub fn PhaseMatrix() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let matrix = Memo::new(move |_| {
        let l = lang.get();
        viewer.with_selection(|d, c, s| Matrix::build(d, c, s, l))
    });
    let phases = viewer.data.with_value(|d| d.phases.clone());
    view! {
        <section class="panel matrix-panel" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{text_in(lang, "フェーズ × プロジェクト（KPI数 / 事業数）", "Phase × project (KPIs / programs)")}</h2>
            <div class="table-scroll">
                <table class="data-table matrix" data-testid="phase-matrix">
                    <thead>
                        <tr>
                            <th scope="col">{words_in(lang, vocab::PROJECT)}</th>
                            {phases.into_iter().map(|p| view! { <th scope="col">{move || lang.get().pick(&p.name_ja, &p.name_en).to_string()}</th> }).listed()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || matrix.with(|m| m.rows.iter().map(|row| view! {
                            <tr>
                                <th scope="row">{row.project.clone()}</th>
                                {row.cells.iter().zip(row.heat()).map(|(&(kpis, programs), heat)| view! {
                                    <td class="heat" style=format!("--heat:{heat:.2}")>{format!("{kpis} / {programs}")}</td>
                                }).listed()}
                            </tr>
                        }).listed())}
                    </tbody>
                </table>
            </div>
            {move || not_drawn_note(matrix.with(|m| m.not_drawn), lang.get(), "not-drawn")}
            <p class="note">{words_in(lang, vocab::PHASES_ARE_OURS)}</p>
        </section>
    }
}
