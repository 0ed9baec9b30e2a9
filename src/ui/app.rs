//! The root component: the page shell and the load → show / fail flow.
//! A failed load never removes what is on screen: the error panel appears
//! above the last good dataset.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::dataset::model::Dataset;
use crate::core::dataset::source::DatasetIndex;
use crate::core::dataset::validate::Problem;
use crate::core::text::lang::{fiscal_year, fy, Lang};
use crate::ui::page::embed;
use crate::ui::page::load::{
    begin_load, fetch_index, is_newest, load_file, load_initial, page_params, LoadError, Loaded,
    Origin,
};
use crate::ui::page::state::PageLang;
use crate::ui::viewer::ViewerRoot;

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

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let initial = Lang::from_query(page_params().get("lang"));
    let page_lang = RwSignal::new(initial);
    provide_context(PageLang(page_lang));
    let shown = RwSignal::new(None::<Loaded>);
    let failure = RwSignal::new(None::<LoadError>);
    let busy = RwSignal::new(true);
    let index = RwSignal::new(None::<DatasetIndex>);
    let show = move |result: Result<Loaded, LoadError>| {
        match result {
            Ok(loaded) => {
                mark_source(&loaded.origin);
                failure.set(None);
                shown.set(Some(loaded));
            }
            Err(error) => failure.set(Some(error)),
        }
        busy.set(false);
    };
    let index_problem = RwSignal::new(None::<String>);
    let first = begin_load();
    spawn_local(async move {
        let (idx, problem) = fetch_index().await;
        index_problem.set(problem);
        let result = load_initial(&idx).await;
        index.set(Some(idx));
        // A file opened meanwhile is newer: it wins.
        if is_newest(first) {
            show(result);
        }
    });
    let open_file = move |file: web_sys::File| {
        busy.set(true);
        let n = begin_load();
        spawn_local(async move {
            let result = load_file(file).await;
            if is_newest(n) {
                show(result);
            }
        });
    };
    let dataset = move || shown.with(|s| s.as_ref().map(|l| l.dataset.clone()));
    let embedded = embed::is_embed_url();
    if embedded {
        embed::report_height();
    }
    view! {
            <a class="skip-link" href="#main">"本文へ移動 / Skip to content"</a>
            {(!embedded).then(|| view! { <Header dataset=Signal::derive(dataset) lang=page_lang /> })}
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
                {move || (!embedded && shown.with(Option::is_none)).then(|| view! { <DataBar index open_file shown /> })}
                {move || busy.get().then(|| view! { <Loading lang=page_lang /> })}
                {move || index_problem.get().map(|problem| view! {
                    <p class="notice" role="status" data-testid="index-problem">
                        "データセット一覧（data/index.json）を読めないため、同梱の令和4年度データのみを使います / The dataset index could not be used, so only the built-in FY2022 dataset is offered: "
                        <code>{problem}</code>
                    </p>
                })}
                {move || failure.get().map(|error| view! { <LoadFailure error on_dismiss=Callback::new(move |_| failure.set(None)) keep=shown.with(Option::is_some) lang=page_lang /> })}
                {move || shown.get().map(|loaded| view! {
                    <SourceBanner origin=loaded.origin.clone() lang=page_lang />
                    <Warnings warnings=loaded.warnings.clone() lang=page_lang />
                    <ViewerRoot dataset=loaded.dataset data_menu=move || view! { <DataBar index open_file shown /> } />
                })}
            </main>
            {(!embedded).then(|| view! { <Footer dataset=Signal::derive(dataset) lang=page_lang /> })}
    }
}

/// Dataset switcher (when more than one is bundled) and "open file".
#[component]
fn DataBar(
    index: RwSignal<Option<DatasetIndex>>,
    open_file: impl Fn(web_sys::File) + Copy + 'static,
    shown: RwSignal<Option<Loaded>>,
) -> impl IntoView {
    let current = move || {
        shown.with(|s| match s.as_ref().map(|l| &l.origin) {
            Some(Origin::Bundled(e)) => e.id.clone(),
            _ => String::new(),
        })
    };
    // In the viewer's menu the reader's language; before any data, both.
    let lang = crate::ui::page::state::Viewer::lang_if_any();
    let say = move |ja: &'static str, en: &'static str, both: &'static str| match lang {
        Some(l) => l.get().pick(ja, en),
        None => both,
    };
    view! {
        <div class="data-bar">
            {move || index.get().filter(|i| i.datasets.len() > 1).map(|i| view! {
                <label for="dataset-switch">{move || say("データセット ", "Dataset ", "データセット / Dataset ")}</label>
                <select id="dataset-switch" data-testid="dataset-switch" on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_search(&format!("dataset={id}"));
                    }
                }>
                    {i.datasets.into_iter().map(|e| {
                        let id = e.id.clone();
                        view! { <option value=e.id.clone() selected=move || current() == id>{e.label.clone()}</option> }
                    }).collect_view()}
                </select>
            })}
            <label class="file-open">
                {move || say("別のJSONファイルを開く… ", "Open another JSON file… ", "JSONファイルを開く / Open a JSON file… ")}
                <input type="file" accept=".json,application/json" data-testid="open-file" on:change=move |ev| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        open_file(file);
                    }
                    input.set_value("");
                } />
            </label>
            <span class="note">{move || say("（ファイルはブラウザ内で読み込まれ、送信されません。ページへのドラッグ＆ドロップでも開けます）", "(read in your browser, never uploaded; you can also drop a file on the page)", "（ファイルはブラウザ内で読み込まれ、送信されません / read in your browser, never uploaded）")}</span>
        </div>
    }
}

/// A persistent banner whenever the dataset is not a bundled one.
#[component]
fn SourceBanner(origin: Origin, lang: RwSignal<Lang>) -> impl IntoView {
    let (ja, en, what) = match origin {
        Origin::Bundled(_) => return None,
        Origin::Url(url) => (
            "同梱データではなく、次のURLから読み込んだデータを表示しています: ",
            "Showing data loaded from: ",
            url,
        ),
        Origin::File(name) => (
            "同梱データではなく、ローカルファイルを表示しています: ",
            "Showing a local file: ",
            name,
        ),
    };
    Some(
        view! { <p class="source-banner" role="note" data-testid="source-banner">{move || lang.get().pick(ja, en)}<code>{what}</code></p> },
    )
}

#[component]
fn Header(dataset: Signal<Option<Arc<Dataset>>>, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="brand">"Shinchoku "<span lang="ja">"進捗"</span></p>
            <h1 data-testid="report-title">
                {move || {
                    let l = lang.get();
                    dataset.get().map_or_else(
                        || l.pick("医療分野研究開発推進計画 進捗ビューア", "Medical R&D Promotion Plan progress viewer").to_string(),
                        |d| l.pick(&d.report.title, &d.report.title_en).to_string(),
                    )
                }}
            </h1>
            {move || dataset.get().map(|d| {
                let l = lang.get();
                let r = &d.report;
                view! {
                    <p class="subtitle" data-testid="report-year">
                        {match l {
                            Lang::Ja => format!("{}末時点の実績 · 計画期間 {}〜{}", fiscal_year(r.figures_through, l), fy(r.plan_first_year, l), fy(r.plan_last_year, l)),
                            Lang::En => format!("Figures to the end of {} · plan period {}–{}", fy(r.figures_through, l), fy(r.plan_first_year, l), fy(r.plan_last_year, l)),
                        }}
                    </p>
                }
            })}
        </header>
    }
}

#[component]
fn Footer(dataset: Signal<Option<Arc<Dataset>>>, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <footer class="site-footer">
            {move || dataset.get().map(|d| view! {
                <p>{lang.get().pick("出典: ", "Source: ")}<span lang="ja">{d.report.source.citation.clone()}</span>{(lang.get() == Lang::En).then(|| format!(" ({})", d.report.source.citation_en))}</p>
            })}
            {move || (lang.get() == Lang::En).then(|| dataset.get().and_then(|d| d.report.names_en_note.clone())).flatten().map(|note| view! { <p data-testid="names-en-note">{note}</p> })}
            <p>{move || lang.get().pick("Shinchokuはブラウザの中だけで動き、どこにもデータを送信しません。", "Shinchoku runs entirely in your browser; it sends nothing anywhere.")}</p>
        </footer>
    }
}

#[component]
fn Loading(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {move || lang.get().pick("データを読み込んでいます…", "Loading the dataset…")}
        </div>
    }
}

#[component]
fn LoadFailure(
    error: LoadError,
    on_dismiss: Callback<()>,
    keep: bool,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    view! {
        <section class="panel error-panel" role="alert" data-testid="load-error">
            <h2>{move || lang.get().pick("データを読み込めませんでした", "The dataset could not be loaded")}</h2>
            // The detail names the file, the JSON path and the position as the
            // parser and the validator report them (in English).
            <p lang="en">{error.to_string()}</p>
            {if matches!(error, LoadError::NoLinks { .. }) {
                view! { <p>{move || lang.get().pick("単一ファイル版はネットワークを使いません。JSONファイルは「JSONファイルを開く」から、またはページへのドラッグ＆ドロップで開いてください。", "The single-file edition uses no network: open the JSON file with \"Open a JSON file…\" or drop it on the page.")}</p> }.into_any()
            } else if keep {
                view! {
                    <p>{move || lang.get().pick("直前のデータをそのまま表示しています。", "The previous dataset stays on screen.")}</p>
                    <button type="button" on:click=move |_| on_dismiss.run(())>{move || lang.get().pick("閉じる", "Dismiss")}</button>
                }.into_any()
            } else {
                view! { <p>{move || lang.get().pick("ページを再読み込みしてください。解決しない場合は、ファイルが存在し正しいJSONであるかを確認してください。", "Reload the page to try again. If it persists, check that the file exists and is valid JSON.")}</p> }.into_any()
            }}
        </section>
    }
}

/// Problems that do not stop the dataset being shown; can be dismissed.
#[component]
fn Warnings(warnings: Vec<Problem>, lang: RwSignal<Lang>) -> impl IntoView {
    let open = RwSignal::new(!warnings.is_empty());
    move || {
        open.get().then(|| view! {
        <section class="panel warning-panel" role="status" data-testid="dataset-warnings">
            <h2>{move || lang.get().pick("データに注意点があります", "The dataset has warnings")}</h2>
            <ul>
                {warnings.iter().map(|p| view! { <li lang="en"><code>{p.path.clone()}</code>": "{p.message.clone()}</li> }).collect_view()}
            </ul>
            <button type="button" on:click=move |_| open.set(false)>{move || lang.get().pick("閉じる", "Dismiss")}</button>
        </section>
    })
    }
}
