//! The research phases as a pipeline filter: each step shows how many
//! KPIs and programs it would give; two clicks select a range.

use leptos::prelude::*;

use crate::core::present::vocab;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::text_in;

/// The five phases as a pipeline: click one to select it, then another to
/// select the range between; click the only selected one to clear.
#[component]
pub fn PhasePipeline() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let filter = viewer.filter;
    let phases = viewer.data.with_value(|d| d.phases.clone());
    let ids: Vec<String> = phases.iter().map(|p| p.id.clone()).collect();
    // Counts ignore the phase filter itself, so every step shows what it would add.
    let selection = viewer.selection;
    let click = move |index: usize| {
        let ids = ids.clone();
        viewer.update_filter(move |f| {
            let selected: Vec<usize> = ids
                .iter()
                .enumerate()
                .filter(|(_, id)| f.phases.contains(id))
                .map(|(i, _)| i)
                .collect();
            f.phases = match selected.as_slice() {
                [only] if *only == index => vec![],
                [only] => {
                    let (a, b) = if *only < index {
                        (*only, index)
                    } else {
                        (index, *only)
                    };
                    ids[a..=b].to_vec()
                }
                _ => vec![ids[index].clone()],
            };
        });
    };
    view! {
        <fieldset class="phase-pipeline" data-filter="phase">
            <legend>{text_in(lang, "研究開発のフェーズ", "Research phase")}</legend>
            <ol>
                {phases.into_iter().enumerate().map(|(i, phase)| {
                    let id = phase.id.clone();
                    let checked_id = phase.id.clone();
                    let click = click.clone();
                    view! {
                        <li>
                            <button
                                type="button"
                                data-phase=id.clone()
                                aria-pressed=move || filter.with(|f| f.phases.contains(&id)).to_string()
                                on:click=move |_| click(i)
                            >
                                <span class="phase-name">{move || lang.get().pick(&phase.name_ja, &phase.name_en).to_string()}</span>
                                <span class="phase-count">{move || {
                                    let (kpis, programs) = selection.with(|s| s.phase_counts.get(i).copied().unwrap_or_default());
                                    format!("KPI {kpis} · {} {programs}", lang.get().pick(vocab::PROGRAM.ja, "prog."))
                                }}</span>
                            </button>
                            <span class="sr-only">{move || if filter.with(|f| f.phases.contains(&checked_id)) { "✓" } else { "" }}</span>
                        </li>
                    }
                }).listed()}
            </ol>
            <p class="note">{move || lang.get().pick(
                "※フェーズは本ビューアによる分類です（PDFの図から位置情報が失われたため、各事業・KPIの説明から分類）。",
                "※ Phases are our classification: the PDF lost the diagrams' positions, so each program and KPI was classified from its description.",
            )}</p>
        </fieldset>
    }
}
