//! The viewer's state lives in the URL query: filters, language, theme and
//! view. This module reads it reactively and writes it back to the history
//! (filters replace the history entry, view switches push one).

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::model::Dataset;
use crate::core::select::catalog::Catalog;
use crate::core::select::filter::Filter;
use crate::core::select::query::{decode, encode, to_query_string, Ignored, Params, FILTER_KEYS};
use crate::core::select::selection::Selection;
pub use crate::core::select::view::View;
use crate::core::text::lang::Lang;
use crate::ui::page::page_url::PageUrl;

pub use crate::core::select::theme::Theme;

/// The page's language for what the app draws outside the viewer (header,
/// footer): read from `?lang=` at start, then kept in step by the viewer.
#[derive(Clone, Copy)]
pub struct PageLang(pub RwSignal<Lang>);

/// Whether the page, and so the charts, use the dark theme; provided by the
/// viewer root beside [`Viewer`].
#[derive(Clone, Copy)]
pub struct DarkMode(pub Memo<bool>);

/// Everything the viewer's components read, shared through context.
#[derive(Clone, Copy)]
pub struct Viewer {
    /// The loaded dataset.
    pub data: StoredValue<Arc<Dataset>>,
    /// The query, parsed once for each change of the URL.
    params: Memo<Params>,
    /// The current filter.
    pub filter: Memo<Filter>,
    /// Query parameters that were ignored.
    pub ignored: Memo<Vec<Ignored>>,
    /// UI language.
    pub lang: Memo<Lang>,
    /// Theme chosen in the URL, if any.
    pub theme: Memo<Option<Theme>>,
    /// Current view.
    pub view: Memo<View>,
    /// Every KPI's progress and search text, worked out once per dataset.
    pub catalog: StoredValue<Catalog>,
    /// What the filter selects: KPIs, programs, projects, counts, budget.
    pub selection: Memo<Selection>,
    /// The `?id=` of a single-item view.
    pub id: Memo<Option<String>>,
    /// Whether the page is embedded (`?embed=1`): no site chrome.
    pub embed: Memo<bool>,
    /// The page's path and query, following the history.
    url: PageUrl,
}

impl Viewer {
    /// Creates the state from the page's location and provides it.
    pub fn provide(dataset: Arc<Dataset>) -> Self {
        let url = PageUrl::follow();
        let data = StoredValue::new(dataset);
        let params = Memo::new(move |_| url.search.with(|search| Params::parse(search)));
        let decoded = Memo::new(move |_| params.with(|p| data.with_value(|d| decode(p, d))));
        let value = move |key: &'static str| {
            Memo::new(move |_| params.with(|p| p.get(key).map(str::to_string)))
        };
        let lang_value = value("lang");
        let theme_value = value("theme");
        let view_value = value("view");
        let id_value = value("id");
        let filter = Memo::new(move |_| decoded.with(|d| d.filter.clone()));
        let catalog = StoredValue::new(data.with_value(|d| Catalog::new(d)));
        let selection = Memo::new(move |_| {
            filter.with(|filter| data.with_value(|d| catalog.with_value(|c| c.select(d, filter))))
        });
        let viewer = Self {
            catalog,
            selection,
            id: id_value,
            embed: Memo::new(move |_| params.with(Params::embed)),
            data,
            params,
            url,
            filter,
            ignored: Memo::new(move |_| decoded.with(|d| d.ignored.clone())),
            lang: Memo::new(move |_| Lang::from_query(lang_value.get().as_deref())),
            theme: Memo::new(move |_| theme_value.get().as_deref().and_then(Theme::from_id)),
            view: Memo::new(move |_| {
                view_value
                    .get()
                    .and_then(|v| View::from_id(&v))
                    .unwrap_or(View::Overview)
            }),
        };
        provide_context(viewer);
        viewer
    }

    /// The state provided by [`Viewer::provide`].
    pub fn get() -> Self {
        expect_context()
    }

    /// The viewer's language where a viewer is provided; `None` outside
    /// one (before any data is shown, or a component mounted alone in a
    /// test), where text is given in both languages.
    pub fn lang_if_any() -> Option<Memo<Lang>> {
        use_context::<Self>().map(|v| v.lang)
    }

    /// Runs `f` on the dataset and its catalog (neither is reactive).
    pub fn with_catalog<R>(&self, f: impl FnOnce(&Dataset, &Catalog) -> R) -> R {
        self.data
            .with_value(|d| self.catalog.with_value(|c| f(d, c)))
    }

    /// Runs `f` on the dataset, its catalog and the current selection
    /// (tracking the selection).
    pub fn with_selection<R>(&self, f: impl FnOnce(&Dataset, &Catalog, &Selection) -> R) -> R {
        self.data.with_value(|d| {
            self.catalog
                .with_value(|c| self.selection.with(|s| f(d, c, s)))
        })
    }

    /// Replaces the filter in the URL (history replace, no scroll).
    pub fn set_filter(&self, filter: Filter) {
        let kept = self.params.with_untracked(|p| {
            p.pairs()
                .iter()
                .filter(|(k, _)| !FILTER_KEYS.contains(&k.as_str()))
                .cloned()
                .collect::<Vec<_>>()
        });
        let mut pairs = kept;
        pairs.extend(encode(&filter).into_iter().map(|(k, v)| (k.to_string(), v)));
        self.navigate_to(&pairs, true);
    }

    /// Changes the filter with `change` (history replace).
    pub fn update_filter(&self, change: impl FnOnce(&mut Filter)) {
        let mut filter = self.filter.get_untracked();
        change(&mut filter);
        self.set_filter(filter);
    }

    /// Sets (or with `None` removes) one non-filter key; `push` adds a history entry.
    pub fn set_param(&self, key: &str, value: Option<&str>, push: bool) {
        let mut pairs: Vec<(String, String)> = self.params.with_untracked(|p| {
            p.pairs()
                .iter()
                .filter(|(k, _)| k != key)
                .cloned()
                .collect()
        });
        if let Some(v) = value {
            pairs.push((key.to_string(), v.to_string()));
        }
        self.navigate_to(&pairs, !push);
    }

    /// Why the browser refused to write the address, if it did.
    pub fn history_refused(&self) -> Option<String> {
        self.url.refused.get()
    }

    /// Navigates to the current path with `pairs` as the query.
    fn navigate_to(&self, pairs: &[(String, String)], replace: bool) {
        let qs = to_query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let path = self.url.pathname.get_untracked();
        let url = if qs.is_empty() {
            path
        } else {
            format!("{path}?{qs}")
        };
        self.url.go(&url, replace);
    }

    /// A same-page link with the current query changed by `edit`
    /// (`./` when the query ends up empty).
    pub fn link(&self, edit: impl FnOnce(&mut Vec<(String, String)>)) -> String {
        let mut pairs = self.params.with(|p| p.pairs().to_vec());
        edit(&mut pairs);
        let query = to_query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if query.is_empty() {
            "./".to_string()
        } else {
            format!("?{query}")
        }
    }

    /// The URL query (with `?`, or empty) of the current state.
    pub fn query_string(&self) -> String {
        let qs = self
            .params
            .with(|p| to_query_string(p.pairs().iter().map(|(k, v)| (k.as_str(), v.as_str()))));
        if qs.is_empty() {
            qs
        } else {
            format!("?{qs}")
        }
    }
}
