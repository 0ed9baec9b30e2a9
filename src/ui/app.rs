//! The root component: the page shell and the load → show / fail flow.

use std::sync::Arc;

use charming::component::{Axis, Legend};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Bar;
use leptos::prelude::*;
use leptos_router::components::Router;

use crate::core::model::{Dataset, Grade};
use crate::core::validate::Problem;
use crate::ui::chart::Chart;
use crate::ui::load::{fetch_dataset, LoadError, DEFAULT_DATASET_URL};
use crate::ui::ready::mark_ready;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let dataset = LocalResource::new(|| fetch_dataset(DEFAULT_DATASET_URL.to_string()));
    let loaded = move || dataset.get().and_then(Result::ok).map(|l| l.dataset);
    view! {
        <Router>
            <a class="skip-link" href="#main">"本文へ移動 / Skip to content"</a>
            <Header dataset=Signal::derive(loaded) />
            <main id="main" tabindex="-1">
                {move || match dataset.get() {
                    None => view! { <Loading /> }.into_any(),
                    Some(Err(error)) => view! { <LoadFailure error /> }.into_any(),
                    Some(Ok(loaded)) => view! {
                        <Warnings warnings=loaded.warnings />
                        <Overview dataset=loaded.dataset />
                    }
                    .into_any(),
                }}
            </main>
            <Footer dataset=Signal::derive(loaded) />
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

/// KPI counts per project and grade.
#[component]
fn Overview(dataset: Arc<Dataset>) -> impl IntoView {
    let rows: Vec<(String, usize, usize)> = dataset
        .projects
        .iter()
        .map(|p| {
            let a = p.kpis.iter().filter(|k| k.grade == Grade::A).count();
            (p.name_ja.clone(), a, p.kpis.len() - a)
        })
        .collect();
    let total: usize = dataset.projects.iter().map(|p| p.kpis.len()).sum();
    let option = grade_chart(&rows);
    Effect::new(move |_| mark_ready());
    view! {
        <section class="panel" aria-labelledby="overview-heading">
            <h2 id="overview-heading">"KPIの進捗評価 / KPI grades by project"</h2>
            <p data-testid="kpi-count">{format!("{total} KPIs in {} projects", rows.len())}</p>
            <Chart option=Signal::stored(option) label="統合プロジェクト別のKPI数（進捗評価A/B）" />
            <table class="data-table">
                <caption>"統合プロジェクト別のKPI数 / KPIs per project"</caption>
                <thead>
                    <tr><th scope="col">"プロジェクト"</th><th scope="col">"A"</th><th scope="col">"B"</th></tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|(name, a, b)| view! {
                        <tr><th scope="row">{name}</th><td>{a}</td><td>{b}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// Stacked bars: how many KPIs of each project are graded A and B.
fn grade_chart(rows: &[(String, usize, usize)]) -> charming::Chart {
    let names: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
    let series = |name: &str, pick: fn(&(String, usize, usize)) -> usize| {
        Bar::new()
            .name(name)
            .stack("grade")
            .data(rows.iter().map(|r| pick(r) as i64).collect::<Vec<_>>())
    };
    charming::Chart::new()
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new())
        .x_axis(Axis::new().type_(AxisType::Category).data(names))
        .y_axis(Axis::new().type_(AxisType::Value))
        .series(series("A 順調", |r| r.1))
        .series(series("B 不十分", |r| r.2))
}
