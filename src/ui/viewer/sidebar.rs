//! The filter panel's frame: beside the content on wide screens, a sheet
//! that starts folded above it on narrow ones, with a button that closes
//! the sheet and shows the result.

use leptos::prelude::*;

use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::media::one_column;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::filters::FilterBar;
use crate::ui::widgets::text::words_in;

/// The filter panel in its sidebar.
#[component]
pub fn FilterSheet() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let sheet = NodeRef::<leptos::html::Details>::new();
    let narrow = one_column();
    // Open on wide screens; on narrow ones the filters start folded so the
    // data comes first. Wide screens hide the fold, so a window widened
    // after opening narrow unfolds it, or the filters would be out of reach.
    Effect::new(move |_| {
        if !narrow.get() {
            if let Some(details) = sheet.get() {
                details.set_open(true);
            }
        }
    });
    let shown = move || viewer.selection.with(|s| s.kpis.len());
    view! {
        <aside class="sidebar">
            <details class="filters-toggle" open=!narrow.get_untracked() node_ref=sheet>
                <summary>
                    {words_in(lang, vocab::FILTERS)}
                    <span class="sheet-count" data-testid="sheet-count">{move || match lang.get() {
                        Lang::Ja => format!("（{}件）", shown()),
                        Lang::En => format!(" ({})", shown()),
                    }}</span>
                </summary>
                <FilterBar />
                // On phones the panel is a sheet: this closes it and shows the result.
                <button type="button" class="show-results" data-testid="show-results" on:click=move |_| {
                    if let Some(details) = sheet.get_untracked() {
                        details.set_open(false);
                    }
                    if let Some(content) = document().query_selector(".content").ok().flatten() {
                        content.scroll_into_view();
                    }
                }>
                    {move || match lang.get() {
                        Lang::Ja => format!("{}件のKPIを表示", shown()),
                        Lang::En => format!("Show {} KPIs", shown()),
                    }}
                </button>
            </details>
        </aside>
    }
}
