//! A list whose items are kept while their keys stay: Leptos's `For`,
//! for every keyed list of the app. Its items and keys are of one type and
//! its item views boxed, so `For` and its keyed diff are compiled into the
//! wasm once, not once per list (about 3 KB gzip each).

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::text::lang::Lang;

/// An item of a keyed list, and its key: an index into what the list shows,
/// the language the item is drawn in, and marks of the list's own (a KPI
/// row's grouping). An item is drawn once, and kept while its key stays.
pub type Key = (usize, Lang, u8);

/// The items `each` gives, each drawn by `item`; an item whose key stays
/// from one change to the next is kept (moved, not drawn again).
pub fn keyed_list(
    each: impl Fn() -> Vec<Key> + Send + Sync + 'static,
    item: impl Fn(Key) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let each: Arc<dyn Fn() -> Vec<Key> + Send + Sync> = Arc::new(each);
    let item: Arc<dyn Fn(Key) -> AnyView + Send + Sync> = Arc::new(item);
    view! { <For each=move || each() key=|key: &Key| *key children=move |key| item(key) /> }
        .into_any()
}
