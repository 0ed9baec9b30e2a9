//! The quiet "export and share" menu: CSV and JSON of the selection, print,
//! and the share panel. Files are made in the browser; nothing is uploaded.

use leptos::prelude::*;

use crate::core::dataset::source::MAX_DATASET_BYTES;
use crate::core::present::export::{file_name, kpis_csv, subset_json};
use crate::core::present::vocab;
use crate::ui::page::browser::{error_text, save_as};
use crate::ui::page::state::Viewer;
use crate::ui::widgets::share::SharePanel;

/// The menu's name, also its group's accessible name.
const EXPORT_SHARE: vocab::Words = vocab::words("出力・共有", "Export / share");

/// Offers `content` as a file download.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let unmade = |e: wasm_bindgen::JsValue| error_text(&e, "the file could not be made");
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(unmade)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(unmade)?;
    let saved = save_as(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
    saved
}

/// The selection as a file: CSV of its KPIs in the reader's language, or
/// the dataset's part it selects as JSON (within the size the viewer opens).
fn export(viewer: Viewer, json: bool) -> Result<(), String> {
    let (filter, lang) = (viewer.filter.get_untracked(), viewer.lang.get_untracked());
    viewer.with_catalog(|d, c| {
        if json {
            let text = subset_json(d, c, &filter, MAX_DATASET_BYTES).map_err(|e| e.to_string())?;
            download(&file_name(d, &filter, "json"), "application/json", &text)
        } else {
            let text = kpis_csv(d, c, &filter, lang);
            download(
                &file_name(d, &filter, "csv"),
                "text/csv;charset=utf-8",
                &text,
            )
        }
    })
}

/// The export and share menu, and the share panel it opens.
#[component]
pub fn ExportBar() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let open = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Details>::new();
    let close_menu = move || {
        if let Some(details) = menu.get_untracked() {
            details.set_open(false);
        }
    };
    // The last export's failure, shown beside the menu.
    let failed = RwSignal::new(None::<String>);
    let run = move |json: bool| {
        close_menu();
        failed.set(export(viewer, json).err());
    };
    view! {
        <details class="menu export-menu" node_ref=menu>
            <summary data-testid="export-menu">{move || EXPORT_SHARE.get(lang.get())}</summary>
            <div class="menu-body export-bar" role="group" aria-label=move || EXPORT_SHARE.get(lang.get())>
                <button type="button" data-testid="export-csv" on:click=move |_| run(false)>{move || lang.get().pick("CSV出力（表計算用）", "Export CSV (spreadsheets)")}</button>
                <button type="button" data-testid="export-json" on:click=move |_| run(true)>{move || lang.get().pick("JSON出力（データ形式）", "Export JSON (dataset format)")}</button>
                <button type="button" data-testid="print" on:click=move |_| { close_menu(); if let Some(w) = crate::ui::page::browser::window() { let _ = w.print(); } }>{move || vocab::PRINT.get(lang.get())}</button>
                <button type="button" data-testid="share" aria-expanded=move || open.get().to_string() aria-controls="share-panel" on:click=move |_| { close_menu(); open.update(|o| *o = !*o); }>
                    {move || vocab::SHARE.get(lang.get())}
                </button>
            </div>
        </details>
        {move || failed.get().map(|e| view! {
            <p class="notice export-error" role="alert" data-testid="export-error">{format!("{} {e}", lang.get().pick("出力できませんでした:", "Export failed:"))}</p>
        })}
        <SharePanel open />
    }
}
