//! "How this is computed": `docs/methodology.md`, rendered in the app.

use leptos::prelude::*;

/// `docs/methodology.md` as HTML, rendered natively by `tests/methodology.rs`
/// (so the wasm carries no Markdown renderer).
const METHODOLOGY_HTML: &str = include_str!("../../docs/methodology.html");

/// The methodology page. The HTML is our own file, compiled in.
#[component]
pub fn Method() -> impl IntoView {
    view! { <article class="panel prose" data-testid="methodology" inner_html=METHODOLOGY_HTML></article> }
}
