//! The viewer's state lives in the URL query: filters, language, theme and
//! view. [`PageQuery`] reads it once per change for the whole page (the
//! language is the page's, before and after a dataset is shown); [`Viewer`]
//! adds what a loaded dataset gives: the filter, the catalog and what the
//! filter selects. Filter changes replace the history entry, view switches
//! push one.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::model::Dataset;
use crate::core::select::catalog::Catalog;
use crate::core::select::filter::Filter;
use crate::core::select::pages::Page;
use crate::core::select::query::{
    decode, encode, to_query_string, Embed, Ignored, Params, FILTER_KEYS,
};
use crate::core::select::selection::Selection;
pub use crate::core::select::theme::Theme;
pub use crate::core::select::view::View;
use crate::core::text::lang::Lang;
use crate::ui::page::load::{LoadError, Loaded};
use crate::ui::page::media::prefers_dark;
use crate::ui::page::page_url::PageUrl;

/// The page's URL query, parsed once per change, and the language it
/// names: one for the whole page (header, footer, viewer).
#[derive(Clone, Copy)]
pub struct PageQuery {
    /// The page's path and query.
    url: PageUrl,
    /// The query, parsed.
    params: Memo<Params>,
    /// The UI language (`?lang=`).
    pub lang: Memo<Lang>,
}

impl PageQuery {
    /// Follows the page's URL and provides the query to every component.
    pub fn provide() -> Self {
        Self::provide_from(PageUrl::follow())
    }

    /// Provides the query of `url` to every component.
    pub fn provide_from(url: PageUrl) -> Self {
        let params = Memo::new(move |_| url.search.with(|search| Params::parse(search)));
        let page = Self {
            url,
            params,
            lang: Memo::new(move |_| params.with(|p| Lang::from_query(p.get("lang")))),
        };
        provide_context(page);
        page
    }

    /// The query provided by [`PageQuery::provide`].
    pub fn get() -> Self {
        expect_context()
    }

    /// The query as parsed now, without tracking it.
    pub fn params_now(&self) -> Params {
        self.params.get_untracked()
    }
}

/// Whether the page, and so the charts, use the dark theme: the theme the
/// URL names, else the system's, followed live.
#[derive(Clone, Copy)]
pub struct DarkMode(pub Memo<bool>);

/// Everything the viewer's components read, shared through context.
#[derive(Clone, Copy)]
pub struct Viewer {
    /// The loaded dataset.
    pub data: StoredValue<Arc<Dataset>>,
    /// The page's query.
    page: PageQuery,
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
    /// The `?compare=` value: the report to compare with, by bundled id or
    /// URL (`None` when absent or blank).
    pub compare: Memo<Option<String>>,
    /// A report opened from a local file to compare with (the data menu's
    /// "compare with…"), used when the URL has no `?compare=`: a link
    /// cannot carry it.
    pub compare_file: RwSignal<Option<Result<Loaded, LoadError>>>,
    /// How the page was opened embedded (`?embed=1`: no site chrome;
    /// `?embed=tile`: a compact tile), if it was. Read once: the URL's
    /// other changes never embed or unembed it.
    pub embed: Option<Embed>,
    /// Whether the bundled report's prerendered pages are beside the app
    /// and show this dataset: links then lead to them (see [`Viewer::link`]).
    static_pages: bool,
}

/// Provided above the viewer when the dataset shown is the bundled
/// report whose pages `make dist` prerendered beside the app.
#[derive(Clone, Copy, Debug)]
pub struct StaticPages(pub bool);

/// Provided while a page is rendered to HTML at build time (the
/// prerender): what depends on the reader's screen is written for every
/// screen, the stylesheet showing the part that applies.
#[derive(Clone, Copy, Debug)]
pub struct Prerendering;

/// Whether the page is being rendered at build time.
pub fn prerendering() -> bool {
    use_context::<Prerendering>().is_some()
}

impl Viewer {
    /// Creates the state from the page's query (following the page's URL
    /// itself where nothing above provides it) and provides it, with the
    /// [`DarkMode`] it implies.
    pub fn provide(dataset: Arc<Dataset>) -> Self {
        let page = use_context::<PageQuery>().unwrap_or_else(PageQuery::provide);
        let params = page.params;
        let data = StoredValue::new(dataset);
        let decoded = Memo::new(move |_| params.with(|p| data.with_value(|d| decode(p, d))));
        let value = move |key: &'static str| {
            Memo::new(move |_| params.with(|p| p.get(key).map(str::to_string)))
        };
        let (theme_value, view_value, id_value) = (value("theme"), value("view"), value("id"));
        let compare = Memo::new(move |_| {
            params.with(|p| {
                p.get("compare")
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(str::to_string)
            })
        });
        // A single project's view (`view=project&id=…`) selects that
        // project, so the headline and everything else count it alone.
        let filter = Memo::new(move |_| {
            let mut filter = decoded.with(|d| d.filter.clone());
            let single = view_value.with(|v| v.as_deref() == Some(View::Project.id()));
            if let (true, true, Some(id)) = (single, filter.projects.is_empty(), id_value.get()) {
                if data.with_value(|d| d.projects.iter().any(|p| p.id == id)) {
                    filter.projects = vec![id];
                }
            }
            filter
        });
        let catalog = StoredValue::new(data.with_value(|d| Catalog::new(d)));
        let selection = Memo::new(move |_| {
            filter.with(|filter| data.with_value(|d| catalog.with_value(|c| c.select(d, filter))))
        });
        let theme = Memo::new(move |_| theme_value.get().as_deref().and_then(Theme::from_id));
        let system_dark = prefers_dark();
        provide_context(DarkMode(Memo::new(move |_| match theme.get() {
            Some(Theme::Dark) => true,
            Some(Theme::Light) => false,
            None => system_dark.get(),
        })));
        let viewer = Self {
            catalog,
            selection,
            id: id_value,
            compare,
            compare_file: RwSignal::new(None),
            embed: params.with_untracked(Params::embed_mode),
            static_pages: use_context::<StaticPages>().is_some_and(|StaticPages(on)| on),
            data,
            page,
            filter,
            ignored: Memo::new(move |_| decoded.with(|d| d.ignored.clone())),
            lang: page.lang,
            theme,
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
        let mut pairs: Vec<(String, String)> = self.page.params.with_untracked(|p| {
            p.pairs()
                .iter()
                .filter(|(k, _)| !FILTER_KEYS.contains(&k.as_str()))
                .cloned()
                .collect()
        });
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
        let mut pairs: Vec<(String, String)> = self.page.params.with_untracked(|p| {
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

    /// Compares the report shown with `other`, a local file's load (or its
    /// failure): opens the changes view, and the file takes the place of
    /// any `?compare=` (history push).
    pub fn compare_with_file(&self, other: Result<Loaded, LoadError>) {
        self.compare_file.set(Some(other));
        let mut pairs: Vec<(String, String)> = self.page.params.with_untracked(|p| {
            p.pairs()
                .iter()
                .filter(|(k, _)| !["compare", "view", "id"].contains(&k.as_str()))
                .cloned()
                .collect()
        });
        pairs.push(("view".into(), View::Changes.id().into()));
        self.navigate_to(&pairs, false);
    }

    /// Why the browser refused to write the address, if it did.
    pub fn history_refused(&self) -> Option<String> {
        self.page.url.refused.get()
    }

    /// Navigates to the current path with `pairs` as the query; to the
    /// folder (`./`) when there is none, as a prerendered page's address
    /// without a query means the view it shows.
    fn navigate_to(&self, pairs: &[(String, String)], replace: bool) {
        let qs = to_query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let path = self.page.url.pathname.get_untracked();
        // Beside the bundled report's pages, the path may be another view's
        // page (whose address alone would show that view): the empty query
        // is the overview, `./`. Elsewhere the path stays (a `file:` page
        // may not change its path).
        let url = match (qs.is_empty(), self.static_pages) {
            (true, true) => "./".to_string(),
            (true, false) => path,
            (false, _) => format!("{path}?{qs}"),
        };
        self.page.url.go(&url, replace);
    }

    /// A link to the current query changed by `edit`: with the bundled
    /// report's pages beside the app, the nearest page's address with the
    /// query after it (so it leads somewhere without the app too);
    /// otherwise the same page (`./` when the query ends up empty).
    pub fn link(&self, edit: impl FnOnce(&mut Vec<(String, String)>)) -> String {
        let mut pairs = self.page.params.with(|p| p.pairs().to_vec());
        edit(&mut pairs);
        let query = to_query_string(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if self.static_pages {
            return self
                .data
                .with_value(|d| Page::link(&Params::parse(&query), d));
        }
        if query.is_empty() {
            "./".to_string()
        } else {
            format!("?{query}")
        }
    }

    /// A link to `view` with `set` (`key`, value) in place of the current
    /// values of those keys (and no `id` unless set), the rest of the query
    /// kept: the language, the theme and the filters travel with the reader.
    pub fn link_to(&self, view: View, set: &[(&str, &str)]) -> String {
        self.link(|pairs| {
            pairs.retain(|(k, _)| k != "view" && k != "id" && !set.iter().any(|(key, _)| key == k));
            if view != View::Overview {
                pairs.push(("view".into(), view.id().into()));
            }
            pairs.extend(set.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        })
    }

    /// The URL query (with `?`, or empty) of the current state.
    pub fn query_string(&self) -> String {
        let qs = self
            .page
            .params
            .with(|p| to_query_string(p.pairs().iter().map(|(k, v)| (k.as_str(), v.as_str()))));
        if qs.is_empty() {
            qs
        } else {
            format!("?{qs}")
        }
    }
}
