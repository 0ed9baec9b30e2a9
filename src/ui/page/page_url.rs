//! The page's URL as reactive state. Shinchoku is one page whose whole
//! state is its query, so it needs no router: [`PageUrl::go`] writes the
//! history (`pushState` / `replaceState`) and updates the signals at once,
//! and back/forward (`popstate`) update them from the location.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The page's path and query, following the session history.
#[derive(Clone, Copy)]
pub struct PageUrl {
    /// `location.pathname`.
    pub pathname: RwSignal<String>,
    /// `location.search`: `?…`, or empty.
    pub search: RwSignal<String>,
    /// Why the browser refused the last history write, if it did (e.g. in
    /// a sandboxed frame): the view still follows, the address bar does not.
    pub refused: RwSignal<Option<String>>,
}

/// The name of the `<meta>` a prerendered page carries with the query it
/// shows (`view=kpis`, for `kpis.html`): its address without a query
/// means that query.
pub const PAGE_QUERY_META: &str = "shinchoku-query";

/// The location's path and query now. A prerendered page's own address
/// (`kpis.html`, no query) reads as the query it shows.
fn current() -> (String, String) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    if search.is_empty() && path == initial_path() {
        if let Some(query) = page_query() {
            return (path, format!("?{query}"));
        }
    }
    (path, search)
}

/// Whether this page was prerendered by `make dist` (it names the query
/// it shows), so the bundled report's other pages lie beside it.
pub fn is_prerendered_page() -> bool {
    crate::ui::page::browser::meta(PAGE_QUERY_META).is_some()
}

/// The path the page was loaded at (the prerendered page's own).
fn initial_path() -> &'static str {
    static PATH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    PATH.get_or_init(|| window().location().pathname().unwrap_or_default())
}

/// The query of the prerendered page, when the page is one and shows
/// more than the Japanese overview.
fn page_query() -> Option<String> {
    crate::ui::page::browser::meta(PAGE_QUERY_META)?
        .get_attribute("content")
        .filter(|q| !q.is_empty())
}

impl PageUrl {
    /// Reads the location, and follows back/forward for as long as the
    /// calling owner lives.
    pub fn follow() -> Self {
        let (path, query) = current();
        let url = Self {
            pathname: RwSignal::new(path),
            search: RwSignal::new(query),
            refused: RwSignal::new(None),
        };
        let listener = window_event_listener(leptos::ev::popstate, move |_| url.sync());
        on_cleanup(move || listener.remove());
        url
    }

    /// A fixed path and query (`?…`, or empty), for rendering a page
    /// outside the browser: nothing is followed, and nothing goes
    /// anywhere.
    pub fn fixed(path: &str, search: &str) -> Self {
        Self {
            pathname: RwSignal::new(path.to_string()),
            search: RwSignal::new(search.to_string()),
            refused: RwSignal::new(None),
        }
    }

    /// Goes to `url` within the page: `replace` replaces the current history
    /// entry (filters), otherwise a new one is pushed (views). No scrolling.
    pub fn go(&self, url: &str, replace: bool) {
        let written = window().history().and_then(|history| {
            if replace {
                history.replace_state_with_url(&JsValue::NULL, "", Some(url))
            } else {
                history.push_state_with_url(&JsValue::NULL, "", Some(url))
            }
        });
        match written {
            Ok(()) => {
                self.refused.set(None);
                self.sync();
            }
            // The view follows the new state even when the address cannot.
            Err(error) => {
                let (path, query) = match url.split_once('?') {
                    Some((path, query)) => (path.to_string(), format!("?{query}")),
                    None => (url.to_string(), String::new()),
                };
                self.pathname.set(path);
                self.search.set(query);
                self.refused
                    .set(Some(super::browser::error_text(&error, "SecurityError")));
            }
        }
    }

    /// Copies the location into the signals (only what changed notifies).
    fn sync(&self) {
        let (path, query) = current();
        if self.pathname.get_untracked() != path {
            self.pathname.set(path);
        }
        if self.search.get_untracked() != query {
            self.search.set(query);
        }
    }
}
