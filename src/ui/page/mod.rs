//! The page itself: its URL and history as reactive state, getting a
//! dataset onto it (or reading it from the page in the single-file
//! edition), values fetched as signals change, the Excel workbook module, embedding, the ready mark, and the
//! panic panel.

pub mod browser;
pub mod embed;
pub mod fetched;
pub mod load;
pub mod media;
pub mod page_url;
pub mod panic;
pub mod ready;
pub mod standalone;
pub mod state;
pub mod workbook;

use wasm_bindgen::JsCast;

/// The page's `<html>` element, where the app keeps its page-wide marks
/// (`data-ready`, `data-theme`, `data-source`, `lang`, …).
pub fn root_element() -> Option<web_sys::HtmlElement> {
    crate::ui::page::browser::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}
