//! Small browser bindings that several parts of the app need: the window
//! (none while a page is rendered at build time), the page's `<meta>`
//! elements by name, the text of a thrown JavaScript value, saving a URL
//! as a download, copying text, adding a script to the page, and waiting
//! for the next frame.

use wasm_bindgen::closure::Closure;
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

/// The page's `<meta name="{name}">`, if it has one (none outside a
/// browser).
pub fn meta(name: &str) -> Option<web_sys::Element> {
    window()?
        .document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()?
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

/// Adds a `<script src>` for `src` (relative to the page) to the page's
/// head: the promise resolves when it has run and rejects when it could
/// not be loaded.
pub fn add_script(src: &str) -> js_sys::Promise {
    let src = src.to_string();
    js_sys::Promise::new(&mut |resolve, reject| {
        let document = leptos::prelude::document();
        let Ok(script) = document.create_element("script") else {
            let _ = reject.call1(&JsValue::NULL, &"no script element could be made".into());
            return;
        };
        let script: web_sys::HtmlScriptElement = script.unchecked_into();
        script.set_src(&src);
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
        if let Some(head) = document.head() {
            let _ = head.append_child(&script);
        }
    })
}

/// Runs `f` once the next frame has been drawn: an animation frame, then a
/// task after it (a callback of the animation frame alone would still run
/// before that frame is painted). At once where there is no window.
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    let Some(frames) = window() else {
        f();
        return;
    };
    let task = Closure::once_into_js(f);
    let after = Closure::once_into_js(move || {
        if let Some(window) = window() {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = frames.request_animation_frame(after.unchecked_ref());
}

/// Waits until the next frame has been drawn ([`after_next_frame`]): what
/// was just set on the page (a progress message) is on screen before
/// work that holds the main thread starts.
pub async fn next_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        after_next_frame(move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
}
