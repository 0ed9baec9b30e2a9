//! The bundled report's pages written at build time (the prerender): which
//! views they are, their file names in `dist/`, the query each one shows,
//! and the page a link is best given as its address, so that a reader
//! without WebAssembly (or JavaScript) can follow links from page to page.
//!
//! Each page shows one view with no filter, in one language: the overview
//! (`index.html`, `index.en.html`), the KPI table (`kpis.html`), the case
//! studies, the other initiatives, and the project and ministry profiles,
//! with and without a chosen project or ministry (`project.html`,
//! `project-<id>.html`, `ministry-<id>.html`, …). The methodology is a
//! static page already (`docs/methodology.ja.html`).

use crate::core::dataset::model::Dataset;
use crate::core::select::query::{to_query_string, Params};
use crate::core::select::view::View;
use crate::core::text::lang::Lang;

/// The views with prerendered pages; any other (what changed, a chart of
/// its own) is nearest to the overview's page.
const VIEWS: [View; 6] = [
    View::Overview,
    View::Kpis,
    View::Cases,
    View::Initiatives,
    View::Project,
    View::Ministry,
];

/// One prerendered page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The view it shows.
    pub view: View,
    /// The project (project profile) or ministry (ministry profile) it
    /// shows, if one is chosen.
    pub id: Option<String>,
    /// Its language.
    pub lang: Lang,
}

impl Page {
    /// Every page of `dataset`: each view in both languages.
    pub fn all(dataset: &Dataset) -> Vec<Page> {
        let mut pages = Vec::new();
        for lang in [Lang::Ja, Lang::En] {
            for view in VIEWS
                .into_iter()
                .filter(|v| !matches!(v, View::Project | View::Ministry))
            {
                pages.push(Page {
                    view,
                    id: None,
                    lang,
                });
            }
            let projects = dataset.projects.iter().map(|p| &p.id);
            let ministries = dataset.ministries.iter().map(|m| &m.id);
            for (view, ids) in [
                (View::Project, projects.collect::<Vec<_>>()),
                (View::Ministry, ministries.collect()),
            ] {
                pages.push(Page {
                    view,
                    id: None,
                    lang,
                });
                pages.extend(ids.into_iter().map(|id| Page {
                    view,
                    id: Some(id.clone()),
                    lang,
                }));
            }
        }
        pages
    }

    /// The page's file in `dist/`: `index.html`, `kpis.en.html`,
    /// `project-drugs.html`, …
    pub fn file(&self) -> String {
        let stem = match (self.view, &self.id) {
            (View::Overview, _) => "index".to_string(),
            (view, Some(id)) => format!("{}-{id}", view.id()),
            (view, None) => view.id().to_string(),
        };
        match self.lang {
            Lang::Ja => format!("{stem}.html"),
            Lang::En => format!("{stem}.en.html"),
        }
    }

    /// The query the page shows, as `(key, value)` pairs: the view (none
    /// for the overview), the chosen project or ministry, the language.
    pub fn query(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if self.view != View::Overview {
            pairs.push(("view".to_string(), self.view.id().to_string()));
        }
        if let Some(id) = &self.id {
            pairs.push((self.view.id().to_string(), id.clone()));
        }
        if self.lang == Lang::En {
            pairs.push(("lang".to_string(), "en".to_string()));
        }
        pairs
    }

    /// The page nearest to a query: the one with its view (a single KPI's
    /// in the KPI table; the embeddable budget and phase views in the
    /// overview), its project or ministry (the first chosen, if `dataset`
    /// has it) and its language, whatever else the query holds. `None`
    /// for the methodology, which has a page of its own.
    pub fn nearest(params: &Params, dataset: &Dataset) -> Option<Page> {
        let view = params
            .get("view")
            .and_then(View::from_id)
            .unwrap_or(View::Overview);
        let view = match view {
            View::Method => return None,
            View::Kpi => View::Kpis,
            view if VIEWS.contains(&view) => view,
            _ => View::Overview,
        };
        let chosen = |key: &str| {
            params
                .pairs()
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        let id = match view {
            View::Project => chosen("project")
                .or_else(|| params.get("id"))
                .filter(|id| dataset.projects.iter().any(|p| p.id == *id)),
            View::Ministry => {
                chosen("ministry").filter(|id| dataset.ministries.iter().any(|m| m.id == *id))
            }
            _ => None,
        };
        Some(Page {
            view,
            id: id.map(str::to_string),
            lang: Lang::from_query(params.get("lang")),
        })
    }

    /// The address of a link to `params` when the bundled report's pages
    /// are there: the nearest page's file, with the whole query after it
    /// (the Japanese overview as `./`; the methodology as its own page), so
    /// a reader who cannot run the app reaches the nearest page, and one
    /// who can gets exactly the view the query names.
    pub fn link(params: &Params, dataset: &Dataset) -> String {
        let file = match Page::nearest(params, dataset) {
            Some(page) if page.view == View::Overview && page.lang == Lang::Ja => "./".to_string(),
            Some(page) => page.file(),
            None => methodology_page(Lang::from_query(params.get("lang"))).to_string(),
        };
        let query = to_query_string(params.pairs().iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if query.is_empty() {
            file
        } else {
            format!("{file}?{query}")
        }
    }

    /// Whether `params` asks for exactly what this page shows: the same
    /// keys and values in any order, the theme aside (the page follows it).
    pub fn shows(&self, params: &Params) -> bool {
        let mut asked: Vec<(&str, &str)> = params
            .pairs()
            .iter()
            .filter(|(k, _)| k != "theme")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let own = self.query();
        let mut shown: Vec<(&str, &str)> =
            own.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        asked.sort_unstable();
        shown.sort_unstable();
        asked.is_empty() || asked == shown
    }
}

/// The methodology's own page in `lang` (the app's method view shows the
/// same page).
pub fn methodology_page(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "docs/methodology.ja.html",
        Lang::En => "docs/methodology.html",
    }
}
