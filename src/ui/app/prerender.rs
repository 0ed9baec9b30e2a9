//! The bundled report's pages as HTML, rendered at build time by the same
//! components the app mounts (`src/bin/prerender.rs` writes them into
//! `dist/`). A page is the app as it stands once the bundled report is
//! shown with the page's query: the same header, viewer and footer, its
//! links leading to the other pages, the charts kept as options for an SVG
//! drawing, and what depends on the screen written for every screen.

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::core::dataset::source::DatasetIndex;
use crate::core::select::pages::Page;
use crate::core::select::query::to_query_string;
use crate::ui::chart::{ChartImage, ChartImages};
use crate::ui::page::load::Loaded;
use crate::ui::page::page_url::PageUrl;
use crate::ui::page::state::{PageQuery, Prerendering, StaticPages};
use crate::ui::viewer::{Shareable, ViewerRoot};

use super::data::{DataBar, SourceBanner, Warnings};
use super::frame::{Footer, Header, SkipLink};

/// One page, rendered: the inside of `#app`, and its charts in order.
pub struct Rendered {
    /// The HTML of the app's content.
    pub html: String,
    /// The charts, to be drawn as SVG into the elements that carry their
    /// position (`data-svg`).
    pub charts: Vec<ChartImage>,
    /// The same charts on the dark theme.
    pub dark_charts: Vec<ChartImage>,
}

/// Renders `page` of the bundled dataset `loaded` (`index` lists it): the
/// page on the light theme, and its charts on the dark one too.
pub fn render(loaded: &Loaded, index: &DatasetIndex, page: &Page) -> Rendered {
    let mut query = page.query();
    let (html, charts) = render_query(loaded, index, page, &query);
    query.push(("theme".into(), "dark".into()));
    let (_, dark_charts) = render_query(loaded, index, page, &query);
    Rendered {
        html,
        charts,
        dark_charts,
    }
}

/// The HTML of `page` with `query`, and its charts.
fn render_query(
    loaded: &Loaded,
    index: &DatasetIndex,
    page: &Page,
    query: &[(String, String)],
) -> (String, Vec<ChartImage>) {
    let owner = Owner::new_root(Some(std::sync::Arc::new(
        hydration_context::SsrSharedContext::new(),
    )));
    owner.with(|| {
        let query = to_query_string(query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let search = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        PageQuery::provide_from(PageUrl::fixed(&page.file(), &search));
        provide_context(Prerendering);
        provide_context(StaticPages(true));
        let charts = ChartImages::default();
        provide_context(charts.clone());
        let html = view! { <Shown loaded=loaded.clone() index=index.clone() /> }.to_html();
        (html, charts.take())
    })
}

/// The app's content with `loaded` shown, as `App` lays it out.
#[component]
fn Shown(loaded: Loaded, index: DatasetIndex) -> impl IntoView {
    let lang = PageQuery::get().lang;
    let dataset = Signal::stored(Some(loaded.dataset.clone()));
    let index = RwSignal::new(Some(index));
    let shown = RwSignal::new(Some(loaded.clone()));
    view! {
        <SkipLink />
        <Header dataset lang />
        <main id="main" tabindex="-1">
            <SourceBanner origin=loaded.origin.clone() lang />
            <Warnings warnings=loaded.warnings.clone() lang />
            <ViewerRoot
                dataset=loaded.dataset
                data_menu=move || view! { <DataBar index open_file=|_| {} shown in_menu=true /> }
                shareable=Shareable::Yes
            />
        </main>
        <Footer dataset lang />
    }
}
