//! The share panel: the permalink of the view, the self-sizing embed
//! snippet and the fixed-height one, each with a copy button.

use leptos::prelude::*;

use crate::core::present::describe::selection_in_words;
use crate::core::present::share::{embed_url, sibling_url};
use crate::core::present::vocab;
use crate::ui::page::browser::copy_text;
use crate::ui::page::state::Viewer;

/// The page's address with the current state: origin, path and query.
fn permalink(viewer: Viewer) -> String {
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
}

/// The share panel, shown while `open`.
#[component]
pub fn SharePanel(
    /// Whether the panel is shown.
    open: RwSignal<bool>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let link = move || permalink(viewer);
    let selection = move || {
        viewer.filter.with(|f| {
            viewer
                .data
                .with_value(|d| selection_in_words(d, f, lang.get()))
        })
    };
    let title = move || selection().replace('"', "&quot;");
    let script_snippet = move || {
        format!(
            "<iframe data-shinchoku src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:720px;border:0\"></iframe>\n<script src=\"{}\"></script>",
            embed_url(&link()),
            title(),
            sibling_url(&link(), "embed.js")
        )
    };
    let iframe_snippet = move || {
        format!(
            "<iframe src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>",
            embed_url(&link()),
            title()
        )
    };
    let label = move |ja: &'static str, en: &'static str| {
        Signal::derive(move || lang.get().pick(ja, en).to_string())
    };
    view! {
        <div id="share-panel" class="panel share-panel" role="region" aria-label=move || vocab::SHARE.get(lang.get()) hidden=move || !open.get()>
            <p class="note">{move || format!("{}: {}", lang.get().pick("共有される表示", "The view shared"), selection())}</p>
            <CopyField id="share-link" testid="permalink" label=label("この表示へのリンク", "Link to this view") value=Signal::derive(link) rows=1 />
            <CopyField id="share-embedjs" testid="embed-snippet" label=label("埋め込み用HTML（高さは自動調整）", "Embed HTML (sizes itself)") value=Signal::derive(script_snippet) rows=4 />
            <CopyField id="share-iframe" testid="embed-iframe-snippet" label=label("スクリプトを使えない場合（高さ固定）", "Where scripts are not allowed (fixed height)") value=Signal::derive(iframe_snippet) rows=3 />
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
    let copy = move |_| copy_text(&value.get_untracked(), copied);
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
                Some(true) => vocab::COPIED.get(lang.get()).to_string(),
                Some(false) => lang.get().pick("コピーできませんでした。テキストを選択してコピーしてください。", "Could not copy: select the text and copy it.").to_string(),
                None => String::new(),
            }}</p>
        </div>
    }
}
