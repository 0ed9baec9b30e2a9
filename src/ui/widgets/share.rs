//! The share panel: the permalink of the view, the self-sizing embed
//! snippet and the fixed-height one, each with a copy button.

use leptos::prelude::*;

use crate::core::present::describe::selection_in_words;
use crate::core::present::share::{embed_url, sibling_url};
use crate::core::present::vocab;
use crate::core::select::query::Embed;
use crate::ui::page::browser::copy_text;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::text::{text_in, words_in};

/// The page's address with the current state: origin, path and query.
fn permalink(viewer: Viewer) -> String {
    let location = crate::ui::page::browser::window().map(|w| w.location());
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

/// Where the shown data comes from, as the share panel needs to know it:
/// a link can only reproduce a view of data others can load too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shareable {
    /// Bundled or linked data: the link reproduces the view.
    Yes,
    /// A local file (its name): others cannot open it.
    LocalFile(String),
    /// The single-file edition opened from disk: its address is a file on
    /// this machine.
    FromDisk,
}

/// The share panel, shown while `open`: a box that lies over the page
/// (the toolbar keeps its height) with the link to this view, the
/// self-sizing embed, a compact tile and the fixed-height embed.
#[component]
pub fn SharePanel(
    /// Whether the panel is shown.
    open: RwSignal<bool>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let shareable = use_context::<Shareable>().unwrap_or(Shareable::Yes);
    let from_disk = crate::ui::page::browser::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:");
    let shareable = if from_disk {
        Shareable::FromDisk
    } else {
        shareable
    };
    let selection = move || {
        viewer.filter.with(|f| {
            viewer
                .data
                .with_value(|d| selection_in_words(d, f, lang.get()))
        })
    };
    let body = match shareable {
        Shareable::Yes => view! { <Snippets selection=Signal::derive(selection) /> }.into_any(),
        Shareable::LocalFile(name) => view! {
            <p class="notice" data-testid="share-unavailable">{move || lang.get().pick(
                "この表示は、このブラウザで開いたローカルファイルのデータです。他の人はこのファイルを開けないため、リンクや埋め込みは共有できません。共有するには、ファイルをサーバーに置いてそのURLを ?data= で開いてください: ",
                "This view shows a local file opened in this browser; others cannot open it, so there is no link or embed to share. To share it, put the file on a server and open its URL with ?data=: ")}<code>{name.clone()}</code></p>
        }.into_any(),
        Shareable::FromDisk => view! {
            <p class="notice" data-testid="share-unavailable">{move || lang.get().pick(
                "単一ファイル版はこのコンピュータ上のファイルとして開かれているため、そのアドレスは他の人には使えません。リンクや埋め込みには、サーバーに置いた版（dist/）のURLを使ってください。",
                "The single-file edition is open as a file on this computer, so its address works for no one else. For links and embeds, use the copy served from a web server (dist/).")}</p>
        }.into_any(),
    };
    view! {
        <div id="share-panel" class="share-panel" role="dialog" aria-label=words_in(lang, vocab::SHARE) hidden=move || !open.get()>
            <p class="share-head">
                <span class="note">{move || format!("{}: {}", lang.get().pick("共有される表示", "The view shared"), selection())}</span>
                <button type="button" class="close" data-testid="share-close" on:click=move |_| open.set(false)>{words_in(lang, vocab::DISMISS)}</button>
            </p>
            {body}
        </div>
    }
}

/// The link and the embed snippets of the current view.
#[component]
fn Snippets(selection: Signal<String>) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let link = move || permalink(viewer);
    let title = move || selection.get().replace('"', "&quot;");
    let script_snippet = move || {
        format!(
            "<iframe data-shinchoku src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:720px;border:0\"></iframe>\n<script src=\"{}\"></script>",
            embed_url(&link(), Embed::Full),
            title(),
            sibling_url(&link(), "embed.js")
        )
    };
    let tile_snippet = move || {
        format!(
            "<iframe data-shinchoku src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:240px;border:0\"></iframe>\n<script src=\"{}\"></script>",
            embed_url(&link(), Embed::Tile),
            title(),
            sibling_url(&link(), "embed.js")
        )
    };
    let iframe_snippet = move || {
        format!(
            "<iframe src=\"{}\" title=\"Shinchoku: {}\" style=\"width:100%;height:900px;border:0\" loading=\"lazy\"></iframe>",
            embed_url(&link(), Embed::Full),
            title()
        )
    };
    let label = move |ja: &'static str, en: &'static str| {
        Signal::derive(move || lang.get().pick(ja, en).to_string())
    };
    view! {
        <CopyField id="share-link" testid="permalink" label=label("この表示へのリンク", "Link to this view") value=Signal::derive(link) rows=3 />
        <CopyField id="share-embedjs" testid="embed-snippet" label=label("埋め込み用HTML（高さは自動調整）", "Embed HTML (sizes itself)") value=Signal::derive(script_snippet) rows=4 />
        <CopyField id="share-tile" testid="embed-tile-snippet" label=label("小さなタイルとして埋め込む（達成状況と内訳のみ）", "Embed as a small tile (the verdict and its statuses)") value=Signal::derive(tile_snippet) rows=4 />
        <CopyField id="share-iframe" testid="embed-iframe-snippet" label=label("スクリプトを使えない場合（高さ固定）", "Where scripts are not allowed (fixed height)") value=Signal::derive(iframe_snippet) rows=3 />
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
                <button type="button" data-testid=format!("{testid}-copy") on:click=copy>{text_in(lang, "コピー", "Copy")}</button>
            </div>
            <p class="copy-status" role="status" data-testid=format!("{testid}-copied")>{move || match copied.get() {
                Some(true) => vocab::COPIED.get(lang.get()).to_string(),
                Some(false) => lang.get().pick("コピーできませんでした。テキストを選択してコピーしてください。", "Could not copy: select the text and copy it.").to_string(),
                None => String::new(),
            }}</p>
        </div>
    }
}
