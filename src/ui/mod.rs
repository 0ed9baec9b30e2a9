//! The browser side: Leptos components and thin bindings to browser APIs.
//! Compiled for `wasm32` only; all logic worth testing lives in `core`.

pub mod app;
pub mod chart;
pub mod embed;
pub mod export;
pub mod filters;
pub mod initiatives;
pub mod kpis;
pub mod load;
pub mod method;
pub mod ministry;
pub mod options;
pub mod overview;
pub mod page_url;
pub mod panic;
pub mod ready;
pub mod state;
pub mod status;
pub mod summary;
pub mod text;
pub mod viewer;

use wasm_bindgen::JsCast;

/// The page's `<html>` element, where the app keeps its page-wide marks
/// (`data-ready`, `data-theme`, `data-source`, `lang`, …).
pub fn root_element() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Starts the app: installs the panic panel, removes the static boot
/// placeholder and mounts the root component into `#app`.
pub fn start() {
    panic::install();
    let document = leptos::prelude::document();
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    let root = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("index.html has an element with id \"app\"");
    leptos::mount::mount_to(root, app::App).forget();
}
