//! Small browser bindings that several parts of the app need: the window
//! (none while a page is rendered at build time), the text of a thrown
//! JavaScript value, and saving a URL as a download.

use wasm_bindgen::{JsCast, JsValue};

/// The browser's window; `None` outside a browser (the prerender), where
/// `web_sys::window()` cannot be called at all.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// A thrown JS value as text: its `message` (an `Error` or a `DOMException`),
/// or the value itself if it is a string, else `fallback`.
pub fn error_text(error: &JsValue, fallback: &str) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(error, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| fallback.to_string())
}

/// Saves what `href` (a `blob:` or `data:` URL) holds as a download named
/// `name`, as a click on a download link would.
pub fn save_as(href: &str, name: &str) -> Result<(), String> {
    let a: web_sys::HtmlAnchorElement = leptos::prelude::document()
        .create_element("a")
        .map_err(|e| error_text(&e, "no link could be made"))?
        .unchecked_into();
    a.set_href(href);
    a.set_download(name);
    a.click();
    Ok(())
}

/// Copies `text` to the clipboard and, once the browser says, sets
/// `copied` to whether it did.
pub fn copy_text(text: &str, copied: leptos::prelude::RwSignal<Option<bool>>) {
    use leptos::prelude::Set;
    match window().map(|w| w.navigator().clipboard().write_text(text)) {
        Some(promise) => leptos::task::spawn_local(async move {
            copied.set(Some(
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            ));
        }),
        None => copied.set(Some(false)),
    }
}
