//! Where the data comes from and what went wrong with it: the data menu
//! (another bundled dataset, a local file, a local file to compare with,
//! an Excel workbook), the banner for data that is not bundled, a failed
//! load, a dataset's warnings, and a workbook with warnings waiting for
//! the reader's choice.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::dataset::source::DatasetIndex;
use crate::core::present::problems::{workbook_refused, workbook_warned, Problems};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::load::{load_file, LoadError, Loaded, Origin};
use crate::ui::page::state::Viewer;
use crate::ui::page::workbook;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::{text_in, words_in};

/// What the Excel file input accepts.
const XLSX_ACCEPT: &str = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Dataset switcher (when more than one is bundled), "open file" and "open
/// Excel workbook" (or, in the single-file edition, why there is none).
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
    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_file(file);
        }
        input.set_value("");
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
                    }).listed()}
                </select>
            })}
            <label class="file-open">
                {move || say("別のJSONファイルを開く… ", "Open another JSON file… ", "JSONファイルを開く / Open a JSON file… ")}
                <input type="file" accept=".json,application/json" data-testid="open-file" on:change=pick />
            </label>
            {in_menu.then(use_context::<Viewer>).flatten().map(|viewer| view! {
                <label class="file-open">
                    {text_in(lang, "比較する報告書（JSONファイル）を開く… ", "Compare with a JSON file… ")}
                    <input type="file" accept=".json,application/json" data-testid="compare-file" on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        if let Some(file) = input.files().and_then(|f| f.get(0)) {
                            spawn_local(async move { viewer.compare_with_file(load_file(file, |_| {}).await) });
                        }
                        input.set_value("");
                    } />
                </label>
            })}
            {if workbook::available() {
                view! {
                    <label class="file-open">
                        {move || say("Excel（編集用）を読み込む… ", "Open Excel workbook… ", "Excel（編集用）を読み込む / Open Excel workbook… ")}
                        <input type="file" accept=XLSX_ACCEPT data-testid="open-xlsx" on:change=pick />
                    </label>
                }.into_any()
            } else {
                let unavailable = workbook::UNAVAILABLE;
                view! { <p class="note" data-testid="xlsx-unavailable">{move || if in_menu { unavailable.get(lang.get()).to_string() } else { format!("{} / {}", unavailable.ja, unavailable.en) }}</p> }.into_any()
            }}
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
/// stays on screen. A workbook's problems are listed in the reader's
/// language at their sheets and cells.
#[component]
pub fn LoadFailure(
    error: LoadError,
    on_dismiss: Callback<()>,
    keep: bool,
    lang: Memo<Lang>,
) -> impl IntoView {
    let detail = match &error {
        LoadError::Workbook { name, problems } => {
            let (name, listed) = (name.clone(), problems.clone());
            view! {
                <p data-testid="workbook-refused">{move || workbook_refused(&name, &listed, lang.get())}</p>
                <ProblemList problems=Problems::AtCells(problems.clone()) tagged=true more_testid="problems-more" lang />
            }
            .into_any()
        }
        LoadError::Module { name, error } => {
            let (name, error) = (name.clone(), error.clone());
            view! { <p>{move || format!("{name}: {}", error.text(lang.get()))}</p> }.into_any()
        }
        // The detail names the file, the JSON path and the position as the
        // parser and the validator report them (in English).
        _ => view! { <p lang="en">{error.to_string()}</p> }.into_any(),
    };
    view! {
        <section class="panel error-panel" role="alert" data-testid="load-error">
            <h2>{text_in(lang, "データを読み込めませんでした", "The dataset could not be loaded")}</h2>
            {detail}
            {if matches!(error, LoadError::NoLinks { .. }) {
                view! { <p>{text_in(lang, "単一ファイル版はネットワークを使いません。JSONファイルは「JSONファイルを開く」から、またはページへのドラッグ＆ドロップで開いてください。", "The single-file edition uses no network: open the JSON file with \"Open a JSON file…\" or drop it on the page.")}</p> }.into_any()
            } else if matches!(error, LoadError::NoWorkbooks { .. }) {
                view! { <p>{words_in(lang, workbook::UNAVAILABLE)}</p> }.into_any()
            } else if keep {
                view! {
                    <p>{text_in(lang, "直前のデータをそのまま表示しています。", "The previous dataset stays on screen.")}</p>
                    <button type="button" on:click=move |_| on_dismiss.run(())>{words_in(lang, vocab::DISMISS)}</button>
                }.into_any()
            } else {
                view! { <p>{text_in(lang, "ページを再読み込みしてください。解決しない場合は、ファイルが存在し正しいJSONであるかを確認してください。", "Reload the page to try again. If it persists, check that the file exists and is valid JSON.")}</p> }.into_any()
            }}
        </section>
    }
}

/// A dataset's problems, the first [`LISTED_PROBLEMS`] listed and the rest
/// counted (a line with `more_testid`); `tagged` marks each as an error or
/// a warning, for a list that holds both.
///
/// [`LISTED_PROBLEMS`]: crate::core::present::problems::LISTED_PROBLEMS
#[component]
fn ProblemList(
    problems: Problems,
    tagged: bool,
    more_testid: &'static str,
    lang: Memo<Lang>,
) -> impl IntoView {
    let english = problems.in_english().then_some("en");
    move || {
        let l = lang.get();
        let lines = problems.listed(l).into_iter().map(|line| {
            let kind = if line.error { "problem-kind error" } else { "problem-kind" };
            view! {
                <li lang=english>
                    {tagged.then(|| view! { <span class=kind>{line.kind(l)}</span>" " })}
                    {(!line.place.is_empty()).then(|| view! { <code>{line.place.clone()}</code>": " })}
                    {line.message}
                </li>
            }
        });
        let more = problems
            .more(l)
            .map(|more| view! { <li lang=english data-testid=more_testid>{more}</li> });
        view! { <ul class="problem-list">{lines.listed()}{more}</ul> }
    }
}

/// Problems that do not stop the dataset being shown; can be dismissed.
#[component]
pub fn Warnings(warnings: Problems, lang: Memo<Lang>) -> impl IntoView {
    let open = RwSignal::new(!warnings.is_empty());
    move || {
        open.get().then(|| view! {
            <section class="panel warning-panel" role="status" data-testid="dataset-warnings">
                <h2>{text_in(lang, "データに注意点があります", "The dataset has warnings")}</h2>
                <ProblemList problems=warnings.clone() tagged=false more_testid="warnings-more" lang />
                <button type="button" on:click=move |_| open.set(false)>{words_in(lang, vocab::DISMISS)}</button>
            </section>
        })
    }
}

/// A workbook with warnings and no errors, not shown yet: its warnings at
/// their sheets and cells, and the reader's choice to load it as it is or
/// not. (The app gives its heading, [`ASK_FIRST_HEADING`], the keyboard
/// focus when it appears.)
#[component]
pub fn AskFirst(
    loaded: Loaded,
    on_continue: impl Fn() + 'static,
    on_cancel: impl Fn() + 'static,
    lang: Memo<Lang>,
) -> impl IntoView {
    let name = match &loaded.origin {
        Origin::File(name) | Origin::Url(name) => name.clone(),
        Origin::Bundled(entry) => entry.id.clone(),
    };
    let count = loaded.warnings.len();
    view! {
        <section class="panel warning-panel" role="region" aria-labelledby=ASK_FIRST_HEADING data-testid="workbook-warnings">
            <h2 id=ASK_FIRST_HEADING tabindex="-1">{text_in(lang, "ブックに警告があります", "The workbook has warnings")}</h2>
            <p>{move || workbook_warned(&name, count, lang.get())}</p>
            <ProblemList problems=loaded.warnings tagged=false more_testid="problems-more" lang />
            <p class="ask-first-actions">
                <button type="button" data-testid="workbook-continue" on:click=move |_| on_continue()>{text_in(lang, "警告を確かめたうえで読み込む", "Continue with warnings")}</button>
                <button type="button" data-testid="workbook-cancel" on:click=move |_| on_cancel()>{text_in(lang, "読み込まない", "Don't load")}</button>
            </p>
        </section>
    }
}

/// The id of [`AskFirst`]'s heading.
pub const ASK_FIRST_HEADING: &str = "ask-first-heading";
