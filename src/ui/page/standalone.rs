//! The single-file edition (`shinchoku-standalone.html`, written from
//! `dist/` by `.ci/standalone.mjs`): the page carries the files the app
//! would fetch (the dataset index, the bundled datasets, ECharts, the
//! methodology pages) in
//! non-executing elements with the id `shinchoku-file:<path>`, because a
//! page opened from disk may not fetch anything. The app reads a file from
//! there whenever the page carries it, and fetches it otherwise.

/// The id of the element that carries the file at `path` inline.
fn element_id(path: &str) -> String {
    format!("shinchoku-file:{path}")
}

/// The text of the file at `path` (relative to the page, as
/// `data/index.json` names it) if the page carries it inline.
pub fn inline_file(path: &str) -> Option<String> {
    crate::ui::page::browser::window()?
        .document()?
        .get_element_by_id(&element_id(path))?
        .text_content()
}

/// Whether this page is the single-file edition: it carries the dataset
/// index (`index_path`) inline.
pub fn is_standalone(index_path: &str) -> bool {
    crate::ui::page::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&element_id(index_path)))
        .is_some()
}
