//! What the content area says when the filters leave nothing.

use leptos::prelude::*;

use crate::ui::page::state::Viewer;
use crate::ui::widgets::text::text_in;

/// What the content area says when the filters leave nothing: why, and a
/// button that clears them.
#[component]
pub fn EmptyResult() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    view! {
        <div class="empty" role="status" data-testid="empty-result">
            <p>{text_in(lang, "条件に合うKPIはありません。選んだ条件の組み合わせ（例：府省とプロジェクト）に当てはまるものがないためです。", "No KPI matches: no KPI fits the chosen combination of filters (e.g. ministry and project).")}</p>
            <button type="button" class="clear" data-testid="empty-clear" on:click=move |_| viewer.update_filter(|f| *f = Default::default())>
                {text_in(lang, "絞り込みをすべて解除", "Clear all filters")}
            </button>
        </div>
    }
}
