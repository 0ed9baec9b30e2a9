//! The root component: the page shell and the load → show / fail flow.
//! A failed load never removes what is on screen: the error panel appears
//! above the last good dataset.

mod data;
mod frame;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod takeover;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::dataset::source::DatasetIndex;
use crate::core::dataset::source::INDEX_URL;
use crate::core::present::vocab::Words;
use crate::ui::page::browser::after_next_frame;
use crate::ui::page::embed;
use crate::ui::page::load::{
    begin_load, fetch_index, is_newest, load_file, load_initial, LoadError, Loaded, Origin,
};
use crate::ui::page::page_url::is_prerendered_page;
use crate::ui::page::ready::{mark, DATASET_READ_MARK, INDEX_READ_MARK};
use crate::ui::page::standalone::is_standalone;
use crate::ui::page::state::{PageQuery, StaticPages};
use crate::ui::viewer::{Shareable, ViewerRoot};
use data::{AskFirst, DataBar, LoadFailure, SourceBanner, Warnings, ASK_FIRST_HEADING};
use frame::{Footer, Header, Loading, SkipLink, LOADING_DATASET};

/// Sets `<html data-source>`: `bundled:<id>`, `url:<url>` or `file:<name>`.
fn mark_source(origin: &Origin) {
    let value = match origin {
        Origin::Bundled(e) => format!("bundled:{}", e.id),
        Origin::Url(u) => format!("url:{u}"),
        Origin::File(f) => format!("file:{f}"),
    };
    if let Some(root) = crate::ui::page::root_element() {
        let _ = root.dataset().set("source", &value);
    }
}

/// What the app has loaded, is loading and failed to load.
#[derive(Clone, Copy)]
struct Loads {
    /// The dataset on screen.
    shown: RwSignal<Option<Loaded>>,
    /// A workbook with warnings, waiting for the reader to load it or not.
    pending: RwSignal<Option<Loaded>>,
    /// The last load's failure, shown above it.
    failure: RwSignal<Option<LoadError>>,
    /// What the running load is doing, if one is.
    busy: RwSignal<Option<Words>>,
    /// The bundled datasets.
    index: RwSignal<Option<DatasetIndex>>,
}

impl Loads {
    /// Shows a load's result: the new dataset (or, for a workbook with
    /// warnings, the question whether to show it), or its failure above
    /// the old.
    fn show(self, result: Result<Loaded, LoadError>) {
        self.pending.set(None);
        match result {
            Ok(loaded) if loaded.asks_first() => {
                self.failure.set(None);
                self.pending.set(Some(loaded));
                // The question takes the keyboard focus once it is drawn.
                after_next_frame(|| {
                    let heading = document().get_element_by_id(ASK_FIRST_HEADING);
                    if let Some(heading) = heading.and_then(|h| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok()
                    }) {
                        let _ = heading.focus();
                    }
                });
            }
            Ok(loaded) => self.put_on_screen(loaded),
            Err(error) => {
                self.failure.set(Some(error));
                // A prerendered page gives way to say so.
                crate::ui::page::ready::settled();
            }
        }
        self.busy.set(None);
    }

    /// Puts a dataset on screen.
    fn put_on_screen(self, loaded: Loaded) {
        mark_source(&loaded.origin);
        self.failure.set(None);
        self.pending.set(None);
        self.shown.set(Some(loaded));
    }

    /// Opens a local file (JSON or an Excel workbook); it replaces whatever
    /// is loading or waiting to be shown.
    fn open_file(self, file: web_sys::File) {
        self.pending.set(None);
        self.busy.set(Some(LOADING_DATASET));
        let n = begin_load();
        spawn_local(async move {
            let progress = move |step| {
                if is_newest(n) {
                    self.busy.set(Some(step));
                }
            };
            let result = load_file(file, progress).await;
            if is_newest(n) {
                self.show(result);
            }
        });
    }
}

/// Whether the viewer's links can lead to the bundled report's
/// prerendered pages: this page is one of them, not the single-file
/// edition, and shows the bundled report they were made from.
fn has_static_pages(loaded: &Loaded, index: RwSignal<Option<DatasetIndex>>) -> bool {
    let bundled_default = match &loaded.origin {
        Origin::Bundled(entry) => {
            index.with_untracked(|i| i.as_ref().is_some_and(|i| i.default == entry.id))
        }
        _ => false,
    };
    bundled_default && is_prerendered_page() && !is_standalone(INDEX_URL)
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let page = PageQuery::provide();
    let lang = page.lang;
    let loads = Loads {
        shown: RwSignal::new(None),
        pending: RwSignal::new(None),
        failure: RwSignal::new(None),
        busy: RwSignal::new(Some(LOADING_DATASET)),
        index: RwSignal::new(None),
    };
    let index_problem = RwSignal::new(None::<String>);
    let first = begin_load();
    let params = page.params_now();
    spawn_local(async move {
        let (idx, problem) = fetch_index().await;
        mark(INDEX_READ_MARK);
        index_problem.set(problem);
        let result = load_initial(&idx, &params).await;
        mark(DATASET_READ_MARK);
        loads.index.set(Some(idx));
        // A file opened meanwhile is newer: it wins.
        if is_newest(first) {
            loads.show(result);
        }
    });
    let open_file = move |file: web_sys::File| loads.open_file(file);
    let dataset =
        Signal::derive(move || loads.shown.with(|s| s.as_ref().map(|l| l.dataset.clone())));
    let embedded = page.params_now().embed();
    if embedded {
        embed::report_height();
    }
    let (index, shown) = (loads.index, loads.shown);
    view! {
        <SkipLink />
        {(!embedded).then(|| view! { <Header dataset lang /> })}
        <main
            id="main"
            tabindex="-1"
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default()
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    open_file(file);
                }
            }
        >
            // Before any data is shown (while the first load runs, or when
            // it failed) the data controls stand here; then they move into
            // the toolbar's menu.
            {move || (!embedded && shown.with(Option::is_none)).then(|| view! { <DataBar index open_file shown in_menu=false /> })}
            {move || loads.busy.get().map(|what| view! { <Loading lang what /> })}
            {move || index_problem.get().map(|problem| view! {
                <p class="notice" role="status" data-testid="index-problem">
                    "データセット一覧（data/index.json）を読めないため、同梱の令和4年度データのみを使います / The dataset index could not be used, so only the built-in FY2022 dataset is offered: "
                    <code>{problem}</code>
                </p>
            })}
            {move || loads.failure.get().map(|error| view! { <LoadFailure error on_dismiss=Callback::new(move |_| loads.failure.set(None)) keep=shown.with(Option::is_some) lang /> })}
            {move || loads.pending.get().map(|loaded| view! {
                <AskFirst
                    loaded=loaded.clone()
                    on_continue=move || loads.put_on_screen(loaded.clone())
                    on_cancel=move || loads.pending.set(None)
                    lang
                />
            })}
            {move || shown.get().map(|loaded| view! {
                {provide_context(StaticPages(has_static_pages(&loaded, index)))}
                <SourceBanner origin=loaded.origin.clone() lang />
                <Warnings warnings=loaded.warnings.clone() lang />
                <ViewerRoot
                    dataset=loaded.dataset
                    data_menu=move || view! { <DataBar index open_file shown in_menu=true /> }
                    shareable=match &loaded.origin {
                        Origin::File(name) => Shareable::LocalFile(name.clone()),
                        _ => Shareable::Yes,
                    }
                />
            })}
        </main>
        {(!embedded).then(|| view! { <Footer dataset lang /> })}
    }
}
