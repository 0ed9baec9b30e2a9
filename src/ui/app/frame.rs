//! The page's frame around the viewer: the header with the report's title,
//! the footer with its source, and the loading indicator.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::model::Dataset;
use crate::core::present::vocab;
use crate::core::text::lang::{fiscal_year, fy, Lang};
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::{text_in, words_in};

/// The link past the page's top to the view's own content (past the
/// headline, toolbar and filters); before a dataset is shown, to the main
/// area.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#content" on:click=|ev| {
            let document = document();
            if let Some(target) = document.get_element_by_id("content").or_else(|| document.get_element_by_id("main")) {
                ev.prevent_default();
                if let Some(target) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&target) {
                    let _ = target.focus();
                    target.scroll_into_view();
                }
            }
        }>"本文へ移動 / Skip to content"</a>
    }
}

/// The site header: the brand, the report's title and its years.
#[component]
pub fn Header(dataset: Signal<Option<Arc<Dataset>>>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="brand">{vocab::BRAND}" "<span lang="ja">{vocab::BRAND_JA}</span></p>
            <h1 data-testid="report-title">
                {move || {
                    let l = lang.get();
                    let title = dataset.get().map_or_else(
                        || l.pick("医療分野研究開発推進計画 進捗ビューア", "Medical R&D Promotion Plan progress viewer").to_string(),
                        |d| l.pick(&d.report.title, &d.report.title_en).to_string(),
                    );
                    unbroken_brackets(&title)
                }}
            </h1>
            {move || dataset.get().map(|d| {
                let l = lang.get();
                let r = &d.report;
                let (first, last) = (fy(r.plan_first_year, l), fy(r.plan_last_year, l));
                view! {
                    <p class="subtitle" data-testid="report-year">
                        {match l {
                            Lang::Ja => format!("{}末時点の実績 · 計画期間 {first}〜{last}", fiscal_year(r.figures_through, l)),
                            Lang::En => format!("Figures to the end of {} · plan period {first}–{last}", fy(r.figures_through, l)),
                        }}
                    </p>
                }
            })}
        </header>
    }
}

/// The site footer: the source, who wrote the English, and that nothing
/// leaves the browser.
#[component]
pub fn Footer(dataset: Signal<Option<Arc<Dataset>>>, lang: Memo<Lang>) -> impl IntoView {
    view! {
        <footer class="site-footer">
            {move || dataset.get().map(|d| view! {
                <p>
                    {vocab::SOURCE.get(lang.get())}<span lang="ja">{d.report.source.citation.clone()}</span>{(lang.get() == Lang::En).then(|| format!(" ({})", d.report.source.citation_en))}
                    {d.report.source.url.clone().map(|url| { let text = url.clone(); view! { " " <a href=url rel="noopener noreferrer" data-testid="report-url">{text}</a> } })}
                </p>
            })}
            {move || (lang.get() == Lang::En).then(|| dataset.get().and_then(|d| d.report.names_en_note.clone())).flatten().map(|note| view! { <p data-testid="names-en-note">{note}</p> })}
            <p>{text_in(lang, "Shinchokuはブラウザの中だけで動き、どこにもデータを送信しません。", "Shinchoku runs entirely in your browser; it sends nothing anywhere.")}</p>
        </footer>
    }
}

/// Said while a dataset loads (its first step).
pub const LOADING_DATASET: vocab::Words =
    vocab::words("データを読み込んでいます…", "Loading the dataset…");

/// Said while a dataset loads: `what` it is doing.
#[component]
pub fn Loading(lang: Memo<Lang>, what: vocab::Words) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite" data-testid="loading">
            <span class="spinner" aria-hidden="true"></span>
            {words_in(lang, what)}
        </div>
    }
}

/// `title` with each bracketed part (（第2期）, 「…」) kept on one line, so
/// the title breaks between its phrases, never inside a bracket.
fn unbroken_brackets(title: &str) -> impl IntoView {
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in title.chars() {
        if matches!(c, '（' | '「' | '(') {
            if depth == 0 && !current.is_empty() {
                parts.push((std::mem::take(&mut current), false));
            }
            depth += 1;
        }
        current.push(c);
        if matches!(c, '）' | '」' | ')') && depth > 0 {
            depth -= 1;
            if depth == 0 {
                parts.push((std::mem::take(&mut current), true));
            }
        }
    }
    if !current.is_empty() {
        parts.push((current, false));
    }
    parts
        .into_iter()
        .map(|(text, whole)| view! { <span class:nobr=whole>{text}</span> })
        .listed()
}
