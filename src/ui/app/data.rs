//! Where the data comes from and what went wrong with it: the data menu
//! (another bundled dataset, a local file, a local file to compare with),
//! the banner for data that is not bundled, a failed load and a dataset's
//! warnings.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::dataset::problem::Problem;
use crate::core::dataset::source::DatasetIndex;
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::load::{load_file, more_problems, LoadError, Loaded, Origin, LISTED_PROBLEMS};
use crate::ui::page::state::Viewer;

/// Dataset switcher (when more than one is bundled) and "open file".
#[component]
pub fn DataBar(
    index: RwSignal<Option<DatasetIndex>>,
    open_file: impl Fn(web_sys::File) + Copy + 'static,
    shown: RwSignal<Option<Loaded>>,
    /// In the viewer's menu it speaks the reader's language; before any
    /// data is shown, both.
    in_menu: bool,
) -> impl IntoView {
    let current = move || {
        shown.with(|s| match s.as_ref().map(|l| &l.origin) {
            Some(Origin::Bundled(e)) => e.id.clone(),
            _ => String::new(),
        })
    };
    let lang = crate::ui::page::state::PageQuery::get().lang;
    let say = move |ja: &'static str, en: &'static str, both: &'static str| {
        if in_menu {
            lang.get().pick(ja, en)
        } else {
            both
        }
    };
    view! {
        <div class="data-bar">
            {move || index.get().filter(|i| i.datasets.len() > 1).map(|i| view! {
                <label for="dataset-switch">{move || say("データセット ", "Dataset ", "データセット / Dataset ")}</label>
                <select id="dataset-switch" data-testid="dataset-switch" on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if let Some(w) = crate::ui::page::browser::window() {
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
            {in_menu.then(use_context::<Viewer>).flatten().map(|viewer| view! {
                <label class="file-open">
                    {move || lang.get().pick("比較する報告書（JSONファイル）を開く… ", "Compare with a JSON file… ")}
                    <input type="file" accept=".json,application/json" data-testid="compare-file" on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        if let Some(file) = input.files().and_then(|f| f.get(0)) {
                            spawn_local(async move { viewer.compare_with_file(load_file(file).await) });
                        }
                        input.set_value("");
                    } />
                </label>
            })}
            <span class="note">{move || say("（ファイルはブラウザ内で読み込まれ、送信されません。ページへのドラッグ＆ドロップでも開けます）", "(read in your browser, never uploaded; you can also drop a file on the page)", "（ファイルはブラウザ内で読み込まれ、送信されません / read in your browser, never uploaded）")}</span>
        </div>
    }
}

/// A persistent banner whenever the dataset is not a bundled one.
#[component]
pub fn SourceBanner(origin: Origin, lang: Memo<Lang>) -> impl IntoView {
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

/// A load that failed: what and where, and whether the last good dataset
/// stays on screen.
#[component]
pub fn LoadFailure(
    error: LoadError,
    on_dismiss: Callback<()>,
    keep: bool,
    lang: Memo<Lang>,
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
                    <button type="button" on:click=move |_| on_dismiss.run(())>{move || vocab::DISMISS.get(lang.get())}</button>
                }.into_any()
            } else {
                view! { <p>{move || lang.get().pick("ページを再読み込みしてください。解決しない場合は、ファイルが存在し正しいJSONであるかを確認してください。", "Reload the page to try again. If it persists, check that the file exists and is valid JSON.")}</p> }.into_any()
            }}
        </section>
    }
}

/// Problems that do not stop the dataset being shown; can be dismissed.
/// The first [`LISTED_PROBLEMS`] are listed and the rest counted, as a
/// load error's are.
#[component]
pub fn Warnings(warnings: Vec<Problem>, lang: Memo<Lang>) -> impl IntoView {
    let open = RwSignal::new(!warnings.is_empty());
    let more = more_problems(warnings.len());
    move || {
        open.get().then(|| view! {
            <section class="panel warning-panel" role="status" data-testid="dataset-warnings">
                <h2>{move || lang.get().pick("データに注意点があります", "The dataset has warnings")}</h2>
                <ul>
                    {warnings.iter().take(LISTED_PROBLEMS).map(|p| view! { <li lang="en"><code>{p.path.clone()}</code>": "{p.message.clone()}</li> }).collect_view()}
                    {more.clone().map(|more| view! { <li lang="en" data-testid="warnings-more">{more}</li> })}
                </ul>
                <button type="button" on:click=move |_| open.set(false)>{move || vocab::DISMISS.get(lang.get())}</button>
            </section>
        })
    }
}
