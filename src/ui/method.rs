//! "How this is computed": `docs/methodology.md`, rendered in the app.

use leptos::prelude::*;

const METHODOLOGY: &str = include_str!("../../docs/methodology.md");

/// The methodology page. The Markdown is our own file, compiled in.
#[component]
pub fn Method() -> impl IntoView {
    let mut html = String::new();
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(METHODOLOGY, options),
    );
    view! { <article class="panel prose" data-testid="methodology" inner_html=html></article> }
}
