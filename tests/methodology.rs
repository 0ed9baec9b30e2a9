//! `docs/methodology.html` is `docs/methodology.md` rendered to HTML, so the
//! viewer ships the page without a Markdown renderer. This test fails when
//! the committed file is stale, and rewrites it so the fix is one commit away.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn committed_methodology_html_matches_the_markdown() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/docs");
    let markdown = std::fs::read_to_string(format!("{dir}/methodology.md")).unwrap();
    let mut generated = String::new();
    pulldown_cmark::html::push_html(
        &mut generated,
        pulldown_cmark::Parser::new_ext(&markdown, pulldown_cmark::Options::ENABLE_TABLES),
    );
    let path = format!("{dir}/methodology.html");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        std::fs::write(&path, &generated).unwrap();
        panic!("docs/methodology.html was stale and has been rewritten; review and commit it");
    }
}
