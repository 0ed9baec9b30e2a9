//! The quiet "export and share" menu: CSV and JSON of the selection, the
//! whole dataset as an Excel workbook for editing, print, and the share
//! panel. Files are made in the browser; nothing is uploaded.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::dataset::bounds::json_text;
use crate::core::dataset::source::MAX_DATASET_BYTES;
use crate::core::present::export::{file_name, kpis_csv, subset_json};
use crate::core::present::vocab::{self, Words};
use crate::core::select::filter::Filter;
use crate::core::text::lang::Lang;
use crate::ui::page::browser::{error_text, save_as};
use crate::ui::page::state::Viewer;
use crate::ui::page::workbook::{self, ModuleError};
use crate::ui::widgets::share::SharePanel;
use crate::ui::widgets::text::{text_in, words_in};

/// The menu's name, also its group's accessible name.
const EXPORT_SHARE: vocab::Words = vocab::words("出力・共有", "Export / share");

/// The Excel workbook's MIME type.
const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offers `content` (a string, or bytes as a `Uint8Array`) as a file download.
pub fn download(name: &str, mime: &str, content: &wasm_bindgen::JsValue) -> Result<(), String> {
    let unmade = |e: wasm_bindgen::JsValue| error_text(&e, "the file could not be made");
    // Blob's constructor takes strings and byte arrays alike.
    let parts = js_sys::Array::of1(content);
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
            download(
                &file_name(d, &filter, "json"),
                "application/json",
                &text.into(),
            )
        } else {
            let text = kpis_csv(d, c, &filter, lang);
            download(
                &file_name(d, &filter, "csv"),
                "text/csv;charset=utf-8",
                &text.into(),
            )
        }
    })
}

/// Why an export failed.
#[derive(Debug, Clone)]
enum Failure {
    /// The browser's or the exporter's words (English).
    Plain(String),
    /// The workbook module's, in both languages.
    Module(ModuleError),
}

impl Failure {
    /// What went wrong, in `lang` where it can be said in it.
    fn text(&self, lang: Lang) -> String {
        match self {
            Self::Plain(message) => message.clone(),
            Self::Module(error) => error.text(lang),
        }
    }
}

/// The whole dataset (not the selection: the workbook is for editing the
/// report) as an Excel workbook, made by the workbook module; `progress`
/// is told each step.
async fn export_xlsx(viewer: Viewer, progress: impl Fn(Words)) -> Result<(), Failure> {
    let (name, json) = viewer
        .data
        .with_value(|d| (file_name(d, &Filter::default(), "xlsx"), json_text(&**d)));
    let bytes = workbook::export_xlsx(&json, progress)
        .await
        .map_err(Failure::Module)?;
    download(&name, XLSX_MIME, &bytes.into()).map_err(Failure::Plain)
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
    let failed = RwSignal::new(None::<Failure>);
    let run = move |json: bool| {
        close_menu();
        failed.set(export(viewer, json).err().map(Failure::Plain));
    };
    // What the workbook export is doing, while it runs.
    let working = RwSignal::new(None::<Words>);
    let run_xlsx = move |_| {
        close_menu();
        failed.set(None);
        working.set(Some(vocab::LOADING_WORKBOOK_MODULE));
        spawn_local(async move {
            let result = export_xlsx(viewer, move |step| working.set(Some(step))).await;
            working.set(None);
            failed.set(result.err());
        });
    };
    let xlsx = if workbook::available() {
        view! {
            <button type="button" data-testid="export-xlsx" disabled=move || working.with(Option::is_some) on:click=run_xlsx>{text_in(lang, "Excel（編集用）", "Excel (for editing)")}</button>
        }
        .into_any()
    } else {
        view! { <p class="note" data-testid="xlsx-unavailable">{words_in(lang, workbook::UNAVAILABLE)}</p> }.into_any()
    };
    view! {
        <details class="menu export-menu" node_ref=menu>
            <summary data-testid="export-menu">{words_in(lang, EXPORT_SHARE)}</summary>
            <div class="menu-body export-bar" role="group" aria-label=words_in(lang, EXPORT_SHARE)>
                <button type="button" data-testid="export-csv" on:click=move |_| run(false)>{text_in(lang, "CSV出力（表計算用）", "Export CSV (spreadsheets)")}</button>
                <button type="button" data-testid="export-json" on:click=move |_| run(true)>{text_in(lang, "JSON出力（データ形式）", "Export JSON (dataset format)")}</button>
                {xlsx}
                <button type="button" data-testid="print" on:click=move |_| { close_menu(); if let Some(w) = crate::ui::page::browser::window() { let _ = w.print(); } }>{words_in(lang, vocab::PRINT)}</button>
                <button type="button" data-testid="share" aria-expanded=move || open.get().to_string() aria-controls="share-panel" on:click=move |_| { close_menu(); open.update(|o| *o = !*o); }>
                    {words_in(lang, vocab::SHARE)}
                </button>
            </div>
        </details>
        <p class="export-progress" role="status" data-testid="export-progress">
            {move || working.get().map(|step| view! { <span class="spinner" aria-hidden="true"></span>{step.get(lang.get())} })}
        </p>
        {move || failed.get().map(|e| view! {
            <p class="notice export-error" role="alert" data-testid="export-error">{format!("{} {}", lang.get().pick("出力できませんでした:", "Export failed:"), e.text(lang.get()))}</p>
        })}
        <SharePanel open />
    }
}
