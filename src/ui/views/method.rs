//! "How this is computed": the methodology page in the UI language.

use leptos::prelude::*;

use crate::core::present::glossary::glossary;
use crate::core::present::notes::AS_PRINTED;
use crate::core::present::vocab;
use crate::ui::widgets::listed::Listed;
// The methodology pages lie beside the app (`docs/methodology.ja.md` and
// `docs/methodology.md` as HTML, rendered natively by `tests/methodology.rs`
// and copied into `dist/docs/` by `index.html`). They are fetched when the
// page is opened, so the first load of every other view does not carry
// them (about 12 KB gzip of wasm).
use crate::core::select::pages::methodology_page;
use crate::core::text::lang::Lang;
use crate::ui::page::fetched::fetched;
use crate::ui::page::load::{fetch_text, Supersede};
use crate::ui::page::state::Viewer;

/// The pages are our own small files; anything larger is not them.
const MAX_BYTES: u64 = 1 << 20;

/// The methodology page in the current language: our own HTML, fetched
/// from beside the app when this view opens.
#[component]
pub fn Method() -> impl IntoView {
    let lang = Viewer::get().lang;
    let page = fetched(move || {
        let url = methodology_page(lang.get());
        async move { fetch_text(url, Some(MAX_BYTES), Supersede::Never).await }
    });
    move || {
        let l = lang.get();
        page.with(|loaded| match loaded {
            None => view! {
                <div class="loading" role="status" aria-live="polite" data-testid="methodology-loading">
                    <span class="spinner" aria-hidden="true"></span>
                    {l.pick("計算方法を読み込んでいます…", "Loading the methodology…")}
                </div>
            }
            .into_any(),
            Some(Ok(html)) => view! {
                <article class="panel prose" data-testid="methodology" lang=l.tag() inner_html=html.clone()></article>
                <Glossary lang=l />
                <AboutTheData lang=l />
            }
            .into_any(),
            Some(Err(error)) => view! {
                <div class="panel error-panel" role="alert" data-testid="methodology-error">
                    <p>{l.pick("計算方法のページを読み込めませんでした: ", "The methodology page could not be loaded: ")}<span lang="en">{error.to_string()}</span></p>
                </div>
            }
            .into_any(),
        })
    }
}

/// The report's terms explained: the report's own definitions first, then
/// ours, each saying whose words it is.
#[component]
fn Glossary(lang: Lang) -> impl IntoView {
    let terms = Viewer::get().data.with_value(|d| glossary(&d.report, lang));
    view! {
        <section class="panel prose" data-testid="glossary" aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{lang.pick("用語", "Terms")}</h2>
            <dl class="glossary">
                {terms.into_iter().map(|t| view! {
                    <dt id=t.id>{t.name}</dt>
                    <dd>
                        <span lang=(t.the_reports && lang == Lang::En).then_some("ja")>{t.meaning}</span>
                        " "<span class="note">{format!("{}{}{}", lang.pick("（", "("), t.source, lang.pick("）", ")"))}</span>
                    </dd>
                }).listed()}
            </dl>
        </section>
    }
}

/// What the dataset says of itself: the report it transcribes, the
/// report's note on its figures, and our notes on the transcription.
#[component]
fn AboutTheData(lang: Lang) -> impl IntoView {
    let report = Viewer::get().data.with_value(|d| d.report.clone());
    let source = report.source;
    view! {
        <section class="panel prose" data-testid="about-the-data" aria-labelledby="about-heading">
            <h2 id="about-heading">{lang.pick("このデータについて", "About this data")}</h2>
            <p>{vocab::SOURCE.get(lang)}<span lang="ja">{source.citation}</span>{(lang == Lang::En).then(|| format!(" ({})", source.citation_en))}</p>
            {report.figures_note.map(|n| view! { <p><span class="tag">{AS_PRINTED.get(lang)}</span>" "<span lang="ja">{n}</span></p> })}
            {(!source.notes.is_empty()).then(|| view! {
                <h3>{lang.pick("転記についての注記（本ビューア）", "Notes on the transcription (ours)")}</h3>
                <ul>{source.notes.into_iter().map(|n| view! { <li lang="ja">{n}</li> }).listed()}</ul>
            })}
            {report.names_en_note.filter(|_| lang == Lang::En).map(|n| view! { <p>{n}</p> })}
        </section>
    }
}
