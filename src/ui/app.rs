//! The root component: the page shell and the load → show / fail flow.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::core::model::Dataset;
use crate::core::validate::Problem;
use crate::ui::embed;
use crate::ui::load::{fetch_dataset, LoadError, DEFAULT_DATASET_URL};
use crate::ui::viewer::ViewerRoot;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let dataset = LocalResource::new(|| fetch_dataset(DEFAULT_DATASET_URL.to_string()));
    let loaded = move || dataset.get().and_then(Result::ok).map(|l| l.dataset);
    let embedded = embed::is_embed_url();
    if embedded {
        embed::report_height();
    }
    view! {
        <Router>
            <a class="skip-link" href="#main">"本文へ移動 / Skip to content"</a>
            {(!embedded).then(|| view! { <Header dataset=Signal::derive(loaded) /> })}
            <main id="main" tabindex="-1">
                {move || match dataset.get() {
                    None => view! { <Loading /> }.into_any(),
                    Some(Err(error)) => view! { <LoadFailure error /> }.into_any(),
                    Some(Ok(loaded)) => view! {
                        <Warnings warnings=loaded.warnings />
                        <ViewerRoot dataset=loaded.dataset />
                    }
                    .into_any(),
                }}
            </main>
            {(!embedded).then(|| view! { <Footer dataset=Signal::derive(loaded) /> })}
        </Router>
    }
}

#[component]
fn Header(dataset: Signal<Option<Arc<Dataset>>>) -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="brand">"Shinchoku 進捗"</p>
            <h1 data-testid="report-title">
                {move || dataset.get().map_or_else(
                    || "医療分野研究開発推進計画 進捗ビューア".to_string(),
                    |d| d.report.title.clone(),
                )}
            </h1>
            {move || dataset.get().map(|d| view! {
                <p class="subtitle" data-testid="report-year">
                    {format!("FY{} · {}", d.report.figures_through, d.report.title_en)}
                </p>
            })}
        </header>
    }
}

#[component]
fn Footer(dataset: Signal<Option<Arc<Dataset>>>) -> impl IntoView {
    view! {
        <footer class="site-footer">
            {move || dataset.get().map(|d| view! {
                <p>"出典 / Source: " {d.report.source.citation.clone()}</p>
            })}
            <p>"Shinchoku runs entirely in your browser; it sends nothing anywhere."</p>
        </footer>
    }
}

#[component]
fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            "データを読み込んでいます… / Loading the dataset…"
        </div>
    }
}

#[component]
fn LoadFailure(error: LoadError) -> impl IntoView {
    view! {
        <section class="panel error-panel" role="alert" data-testid="load-error">
            <h2>"データを読み込めませんでした / The dataset could not be loaded"</h2>
            <p>{error.to_string()}</p>
            <p>"Reload the page to try again. If it persists, check that the file exists and is valid JSON."</p>
        </section>
    }
}

/// Problems that do not stop the dataset being shown.
#[component]
fn Warnings(warnings: Vec<Problem>) -> impl IntoView {
    (!warnings.is_empty()).then(|| {
        view! {
            <section class="panel warning-panel" role="status" data-testid="dataset-warnings">
                <h2>"データに注意点があります / The dataset has warnings"</h2>
                <ul>
                    {warnings.iter().map(|p| view! { <li><code>{p.path.clone()}</code>": "{p.message.clone()}</li> }).collect_view()}
                </ul>
            </section>
        }
    })
}
