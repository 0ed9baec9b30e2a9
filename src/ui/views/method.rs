//! "How this is computed": the methodology page in the UI language.

use leptos::prelude::*;

use crate::ui::page::state::Viewer;

/// `docs/methodology.ja.md` as HTML, rendered natively by
/// `tests/methodology.rs` (so the wasm carries no Markdown renderer).
const METHODOLOGY_JA: &str = include_str!("../../../docs/methodology.ja.html");

/// `docs/methodology.md` (English) as HTML, rendered the same way.
const METHODOLOGY_EN: &str = include_str!("../../../docs/methodology.html");

/// The methodology page in the current language. The HTML is our own file,
/// compiled in.
#[component]
pub fn Method() -> impl IntoView {
    let lang = Viewer::get().lang;
    view! {
        <article
            class="panel prose"
            data-testid="methodology"
            lang=move || lang.get().tag()
            inner_html=move || lang.get().pick(METHODOLOGY_JA, METHODOLOGY_EN)
        ></article>
    }
}
