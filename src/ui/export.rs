//! Export buttons (CSV, JSON) and the share panel with the permalink and
//! an embed snippet. Files are made in the browser; nothing is uploaded.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::export::{file_name, kpis_csv, subset_json};
use crate::core::share::{embed_url, sibling_url};
use crate::core::source::MAX_DATASET_BYTES;
use crate::ui::state::Viewer;

/// Offers `content` as a file download.
fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let document = leptos::prelude::document();
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The export and share controls.
#[component]
pub fn ExportBar() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let open = RwSignal::new(false);
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
                        &kpis_csv(d, c, &filter),
                    )
                };
                if let Err(e) = result {
                    leptos::logging::warn!("export failed: {e}");
                }
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
    view! {
        <div class="export-bar">
            <button type="button" data-testid="export-csv" on:click=move |_| export(false)>{move || lang.get().pick("CSV出力", "Export CSV")}</button>
            <button type="button" data-testid="export-json" on:click=move |_| export(true)>{move || lang.get().pick("JSON出力", "Export JSON")}</button>
            <button type="button" data-testid="share" aria-expanded=move || open.get().to_string() aria-controls="share-panel" on:click=move |_| open.update(|o| *o = !*o)>
                {move || lang.get().pick("共有・埋め込み", "Share / embed")}
            </button>
        </div>
        <div id="share-panel" class="panel share-panel" role="region" aria-label=move || lang.get().pick("共有・埋め込み", "Share / embed") hidden=move || !open.get()>
            <label for="share-link">{move || lang.get().pick("この表示へのリンク", "Link to this view")}</label>
            <input id="share-link" data-testid="permalink" readonly prop:value=permalink />
            <label for="share-iframe">{move || lang.get().pick("埋め込み用HTML", "Embed HTML")}</label>
            <textarea id="share-iframe" data-testid="embed-snippet" readonly rows="3" prop:value=move || format!(
                "<iframe src=\"{}\" title=\"Shinchoku\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>", embed_link()
            )></textarea>
            <label for="share-embedjs">{move || lang.get().pick("高さ自動調整つき（embed.js）", "With automatic height (embed.js)")}</label>
            <textarea id="share-embedjs" data-testid="embed-script-snippet" readonly rows="4" prop:value=move || {
                let script = sibling_url(&permalink(), "embed.js");
                format!(
                    "<iframe data-shinchoku src=\"{}\" title=\"Shinchoku\" style=\"width:100%;border:0\"></iframe>\n<script src=\"{script}\"></script>",
                    embed_link()
                )
            }></textarea>
        </div>
    }
}
