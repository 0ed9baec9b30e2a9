//! Export buttons (CSV, JSON) and the share panel with the permalink and
//! an embed snippet. Files are made in the browser; nothing is uploaded.

use leptos::prelude::*;

use crate::core::dataset::source::MAX_DATASET_BYTES;
use crate::core::present::describe::selection_in_words;
use crate::core::present::export::{file_name, kpis_csv, subset_json};
use crate::core::present::share::{embed_url, sibling_url};
use crate::ui::page::browser::{error_text, save_as};
use crate::ui::page::state::Viewer;

/// Offers `content` as a file download.
fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| error_text(&e, "the file could not be made"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|e| error_text(&e, "the file could not be made"))?;
    let saved = save_as(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
    saved
}

/// The export and share controls.
#[component]
pub fn ExportBar() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let open = RwSignal::new(false);
    // The last export's failure, shown beside the buttons.
    let failed = RwSignal::new(None::<String>);
    let export = move |json: bool| {
        let filter = viewer.filter.get_untracked();
        viewer.data.with_value(|d| {
            viewer.catalog.with_value(|c| {
                let result = if json {
                    // Within the size the viewer opens again, or no file at all.
                    subset_json(d, c, &filter, MAX_DATASET_BYTES)
                        .map_err(|e| e.to_string())
                        .and_then(|text| {
                            download(&file_name(d, &filter, "json"), "application/json", &text)
                        })
                } else {
                    download(
                        &file_name(d, &filter, "csv"),
                        "text/csv;charset=utf-8",
                        &kpis_csv(d, c, &filter, lang.get_untracked()),
                    )
                };
                failed.set(result.err());
            })
        });
    };
    let permalink = move || {
        let location = web_sys::window().map(|w| w.location());
        let part = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            location
                .as_ref()
                .and_then(|l| f(l).ok())
                .unwrap_or_default()
        };
        format!(
            "{}{}{}",
            part(web_sys::Location::origin),
            part(web_sys::Location::pathname),
            viewer.query_string()
        )
    };
    let embed_link = move || embed_url(&permalink());
    let embed_js = move || sibling_url(&permalink(), "embed.js");
    let selection = move || {
        viewer.filter.with(|f| {
            viewer
                .data
                .with_value(|d| selection_in_words(d, f, lang.get()))
        })
    };
    let script_snippet = move || {
        format!(
            "<iframe data-shinchoku src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:720px;border:0\"></iframe>\n<script src=\"{}\"></script>",
            embed_link(),
            selection().replace('"', "&quot;"),
            embed_js()
        )
    };
    let iframe_snippet = move || {
        format!(
            "<iframe src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>",
            embed_link(),
            selection().replace('"', "&quot;")
        )
    };
    view! {
        <div class="export-bar" role="group" aria-label=move || lang.get().pick("出力・共有", "Export and share")>
            <button type="button" data-testid="export-csv" on:click=move |_| export(false)>{move || lang.get().pick("CSV出力", "Export CSV")}</button>
            <button type="button" data-testid="export-json" on:click=move |_| export(true)>{move || lang.get().pick("JSON出力", "Export JSON")}</button>
            <button type="button" data-testid="print" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>{move || lang.get().pick("印刷", "Print")}</button>
            <button type="button" data-testid="share" aria-expanded=move || open.get().to_string() aria-controls="share-panel" on:click=move |_| open.update(|o| *o = !*o)>
                {move || lang.get().pick("共有・埋め込み", "Share / embed")}
            </button>
        </div>
        {move || failed.get().map(|e| view! {
            <p class="notice export-error" role="alert" data-testid="export-error">{format!("{} {e}", lang.get().pick("出力できませんでした:", "Export failed:"))}</p>
        })}
        <div id="share-panel" class="panel share-panel" role="region" aria-label=move || lang.get().pick("共有・埋め込み", "Share / embed") hidden=move || !open.get()>
            <p class="note">{move || format!("{}: {}", lang.get().pick("共有される表示", "The view shared"), selection())}</p>
            <CopyField id="share-link" testid="permalink" label=Signal::derive(move || lang.get().pick("この表示へのリンク", "Link to this view").to_string()) value=Signal::derive(permalink) rows=1 />
            <CopyField id="share-embedjs" testid="embed-snippet" label=Signal::derive(move || lang.get().pick("埋め込み用HTML（高さは自動調整）", "Embed HTML (sizes itself)").to_string()) value=Signal::derive(script_snippet) rows=4 />
            <CopyField id="share-iframe" testid="embed-iframe-snippet" label=Signal::derive(move || lang.get().pick("スクリプトを使えない場合（高さ固定）", "Where scripts are not allowed (fixed height)").to_string()) value=Signal::derive(iframe_snippet) rows=3 />
        </div>
    }
}

/// A read-only text with a copy button that says when it has copied.
#[component]
fn CopyField(
    id: &'static str,
    testid: &'static str,
    label: Signal<String>,
    value: Signal<String>,
    rows: u32,
) -> impl IntoView {
    let lang = Viewer::get().lang;
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = value.get_untracked();
        let done = web_sys::window().map(|w| w.navigator().clipboard().write_text(&text));
        match done {
            Some(promise) => leptos::task::spawn_local(async move {
                copied.set(Some(
                    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                ));
            }),
            None => copied.set(Some(false)),
        }
    };
    view! {
        <div class="copy-field">
            <label for=id>{move || label.get()}</label>
            <div class="copy-row">
                <textarea id=id data-testid=testid readonly rows=rows prop:value=move || value.get() on:focus=|ev| {
                    let area: web_sys::HtmlTextAreaElement = event_target(&ev);
                    area.select();
                }></textarea>
                <button type="button" data-testid=format!("{testid}-copy") on:click=copy>{move || lang.get().pick("コピー", "Copy")}</button>
            </div>
            <p class="copy-status" role="status" data-testid=format!("{testid}-copied")>{move || match copied.get() {
                Some(true) => lang.get().pick("コピーしました", "Copied").to_string(),
                Some(false) => lang.get().pick("コピーできませんでした。テキストを選択してコピーしてください。", "Could not copy: select the text and copy it.").to_string(),
                None => String::new(),
            }}</p>
        </div>
    }
}
