//! The viewer: the headline, the toolbar, the filter panel, notices and
//! the current view; or, embedded, the view with a slim bar.

mod notices;
mod sidebar;
mod toolbar;

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::model::Dataset;
use crate::core::present::vocab;
use crate::core::select::query::Embed;
use crate::core::text::lang::Lang;
use crate::ui::page::ready::mark_ready;
use crate::ui::page::state::{DarkMode, Theme, View, Viewer};
use crate::ui::views::cases::CasesView;
use crate::ui::views::changes::ChangesView;
use crate::ui::views::headline::Headline;
use crate::ui::views::headline::VerdictStrip;
use crate::ui::views::initiatives::Initiatives;
use crate::ui::views::kpis::KpiTable;
use crate::ui::views::method::Method;
use crate::ui::views::ministry::MinistryView;
use crate::ui::views::overview::{BudgetChart, Overview, PhaseMatrix};
use crate::ui::views::project::ProjectView;
use crate::ui::widgets::filters::FilterBar;
pub use crate::ui::widgets::share::Shareable;
use crate::ui::widgets::text::{text_in, words_in};
use notices::{IgnoredNotice, PrintFooter, PrintHeading};
use sidebar::FilterSheet;
use toolbar::Toolbar;

/// Sets `<html data-theme>` and `<html lang>`.
fn apply_to_document(theme: Theme, lang: Lang) {
    if let Some(root) = crate::ui::page::root_element() {
        let _ = root.dataset().set("theme", theme.id());
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Sets the page's title: the view's and the site's, in `lang`.
fn set_title(view: View, lang: Lang) {
    if let Some(document) = crate::ui::page::browser::window().and_then(|w| w.document()) {
        document.set_title(&vocab::page_title(view, lang));
    }
}

/// The loaded viewer.
#[component]
pub fn ViewerRoot(
    /// The dataset to show.
    dataset: Arc<Dataset>,
    /// The quiet "data" menu: another dataset, a local file.
    #[prop(optional, into)]
    data_menu: Option<ViewFn>,
    /// Whether a link can reproduce this view (not for a local file).
    #[prop(default = Shareable::Yes)]
    shareable: Shareable,
) -> impl IntoView {
    provide_context(shareable);
    let viewer = Viewer::provide(dataset);
    let DarkMode(dark) = expect_context();
    let lang = viewer.lang;
    let view = viewer.view;
    Effect::new(move |_| {
        let theme = if dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        };
        apply_to_document(theme, lang.get());
    });
    Effect::new(move |_| set_title(view.get(), lang.get()));
    Effect::new(move |_| mark_ready());
    match viewer.embed {
        Some(Embed::Full) => view! { <Embedded /> }.into_any(),
        Some(Embed::Tile) => view! { <Tile /> }.into_any(),
        None => view! {
            <PrintHeading />
            <Headline />
            <Toolbar data_menu />
            <IgnoredNotice />
            <div class="layout">
                <FilterSheet />
                <div class="content" id="content" tabindex="-1">
                    <ViewContent />
                </div>
            </div>
            <PrintFooter />
        }
        .into_any(),
    }
}

/// The view the URL names.
#[component]
fn ViewContent() -> impl IntoView {
    let viewer = Viewer::get();
    move || match viewer.view.get() {
        View::Overview => view! { <Overview /> }.into_any(),
        View::Kpis => view! { <KpiTable /> }.into_any(),
        View::Ministry => view! { <MinistryView /> }.into_any(),
        View::Initiatives => view! { <Initiatives /> }.into_any(),
        View::Method => view! { <Method /> }.into_any(),
        View::Budget => view! { <BudgetChart /> }.into_any(),
        View::Phases => view! { <PhaseMatrix /> }.into_any(),
        View::Kpi => view! { <KpiTable only_kpi=viewer.id.get() /> }.into_any(),
        View::Project => {
            let kpis =
                Callback::new(|id: String| view! { <KpiTable only_project=Some(id) /> }.into_any());
            view! { <ProjectView kpis /> }.into_any()
        }
        View::Cases => view! { <CasesView /> }.into_any(),
        View::Changes => view! { <ChangesView /> }.into_any(),
    }
}

/// The viewer inside another page (`?embed=1`): a slim bar with a link to
/// the full viewer, the filters folded, the headline (but for a single
/// KPI) and the view.
#[component]
fn Embedded() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    view! {
        <div class="embedded">
            <EmbedBar />
            <IgnoredNotice />
            <details class="embed-filters">
                <summary>{words_in(lang, vocab::FILTERS)}</summary>
                <FilterBar />
            </details>
            // A single KPI needs no summary of the whole selection.
            {move || (viewer.view.get() != View::Kpi).then(|| view! { <Headline /> })}
            <ViewContent />
        </div>
    }
}

/// The bar over an embedded viewer: the brand and a link to the same
/// selection in the full viewer.
#[component]
fn EmbedBar() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let full_link = move || viewer.link(|pairs| pairs.retain(|(k, _)| k != "embed"));
    view! {
        <p class="embed-bar">
            <span class="brand">{vocab::BRAND}" "<span lang="ja">{vocab::BRAND_JA}</span></span>
            <a href=full_link target="_blank" rel="noopener" data-testid="open-full">{text_in(lang, "全画面で開く ↗", "Open full viewer ↗")}</a>
        </p>
    }
}

/// The viewer as a compact tile inside another page (`?embed=tile`): the
/// verdict for the selection with its status strip, at most a few lines
/// tall, and a link to the full view.
#[component]
fn Tile() -> impl IntoView {
    view! {
        <div class="embedded tile-embed" data-testid="embed-tile">
            <EmbedBar />
            <VerdictStrip />
        </div>
    }
}
