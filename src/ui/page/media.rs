//! What the browser says about the reader's screen and preferences, as
//! signals that follow changes live: the layout breakpoints (whose one
//! home is the stylesheet: `--phone-max` and `--one-column-max` on
//! `:root`, the same widths its `@media` rules use) and the system's
//! colour scheme.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The stylesheet's custom property holding the widest phone layout.
const PHONE_MAX: &str = "--phone-max";

/// The stylesheet's custom property holding the widest one-column layout
/// (the filter panel above the content).
const ONE_COLUMN_MAX: &str = "--one-column-max";

/// Whether `query` matches now, following changes for as long as the
/// component that asks lives (`false` where the browser cannot tell). Its
/// listener is removed when that component is: a viewer is built for every
/// dataset opened, and a listener kept for the page's life would keep its
/// closure for each of them.
pub fn matches(query: &str) -> Signal<bool> {
    if !cfg!(target_arch = "wasm32") {
        // Rendered at build time: no screen to ask.
        return Signal::stored(false);
    }
    let Some(list) = window().match_media(query).ok().flatten() else {
        return Signal::stored(false);
    };
    let now = RwSignal::new(list.matches());
    let watched = list.clone();
    let on_change = Closure::<dyn FnMut()>::new(move || now.set(watched.matches()));
    let _ = list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    if Owner::current().is_none() {
        // Nothing will be cleaned up: the listener lives as long as the page.
        on_change.forget();
        return now.into();
    }
    let listening = SendWrapper::new((list, on_change));
    on_cleanup(move || {
        let (list, on_change) = listening.take();
        let _ =
            list.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    });
    now.into()
}

/// A width the stylesheet declares on `:root` (e.g. `640px`), if it does.
fn declared_width(property: &str) -> Option<String> {
    let root = super::root_element()?;
    let style = window().get_computed_style(&root).ok().flatten()?;
    let value = style.get_property_value(property).ok()?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Whether the window is at most as wide as the stylesheet's `property`.
fn at_most(property: &str) -> Signal<bool> {
    match declared_width(property) {
        Some(width) => matches(&format!("(max-width: {width})")),
        None => Signal::stored(false),
    }
}

/// Whether the phone layout applies (one column, cards, names above bars).
pub fn phone() -> Signal<bool> {
    at_most(PHONE_MAX)
}

/// Whether the filter panel sits above the content (and starts folded).
pub fn one_column() -> Signal<bool> {
    at_most(ONE_COLUMN_MAX)
}

/// Whether the system prefers a dark colour scheme.
pub fn prefers_dark() -> Signal<bool> {
    matches("(prefers-color-scheme: dark)")
}
