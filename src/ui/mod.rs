//! The browser side: Leptos components and thin bindings to browser APIs.
//! Compiled for `wasm32` only; all logic worth testing lives in `core`.
//!
//! Layers, top down: [`app`] (load → show / fail) mounts [`viewer`] (the
//! frame: toolbar, tabs, filters, notices), which shows one of the
//! [`views`]; views are built from [`widgets`] and draw charts through
//! [`chart`]; [`page`] binds the page itself (URL, history, loading,
//! embedding, panics). Imports only go down this order: `app` → `viewer` →
//! `views` → `chart` → `widgets` → `page` (a test checks it).

pub mod app;
pub mod chart;
pub mod page;
pub mod viewer;
pub mod views;
pub mod widgets;

use wasm_bindgen::JsCast;

/// Starts the app: installs the panic panel and mounts the root component
/// into `#app`, in place of the static boot placeholder; or, on a
/// prerendered page that shows what the address asks, takes the page over.
pub fn start() {
    page::ready::mark(page::ready::STARTED_MARK);
    page::panic::install();
    let document = leptos::prelude::document();
    let app = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .expect("index.html has an element with id \"app\"");
    let prerendered = document.get_element_by_id(app::takeover::PRERENDERED);
    // docs/preflight.js marks a page whose address asks for another view.
    let stale = document
        .document_element()
        .is_some_and(|root| root.class_list().contains(app::takeover::STALE));
    match prerendered {
        Some(prerendered) if !stale => app::takeover::mount_behind(app, prerendered),
        prerendered => {
            if let Some(prerendered) = prerendered {
                prerendered.remove();
            }
            if let Some(boot) = document.get_element_by_id("boot") {
                boot.remove();
            }
            leptos::mount::mount_to(app, app::App).forget();
        }
    }
}
