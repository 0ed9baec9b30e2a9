//! Embedding: with `?embed=1` the site chrome is hidden and, inside an
//! iframe, the content height is posted to the parent as
//! `{type: "shinchoku:resize", height}` whenever it changes (both ways).
//! The viewer listens to no messages: nothing can command it from outside.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Inside an iframe, posts the height of `#app` to the parent on every change.
pub fn report_height() {
    let Some(window) = crate::ui::page::browser::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(app) = window.document().and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    if let Some(root) = super::root_element() {
        let _ = root.class_list().add_1("embedded-page");
    }
    let target = app.clone();
    let last = std::cell::Cell::new(-1.0_f64);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil();
        if height != last.get() {
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"shinchoku:resize".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&app);
        // Both live as long as the page.
        std::mem::forget(observer);
        on_resize.forget();
    }
}
