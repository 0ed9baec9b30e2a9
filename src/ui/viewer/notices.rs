//! What the viewer says around the view: the heading a printout starts
//! with, and notices about the URL.

use leptos::prelude::*;

use crate::core::present::describe::selection_in_words;
use crate::core::present::vocab;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::text::words_in;

/// What the words of a printout's selection are introduced by.
const SELECTION: vocab::Words = vocab::words("／ 表示条件", "/ Selection");

/// Printed at the top of a printout only: the selection in words and the
/// source (the title is the page header's).
#[component]
pub fn PrintHeading() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let citation = viewer.data.with_value(|d| d.report.source.citation.clone());
    view! {
        <div class="print-only" data-testid="print-heading">
            <p>{move || {
                let l = lang.get();
                let words = viewer.filter.with(|f| viewer.data.with_value(|d| selection_in_words(d, f, l)));
                format!("{} {}: {words}", vocab::view(viewer.view.get(), l), SELECTION.get(l))
            }}</p>
            <p>{words_in(lang, vocab::SOURCE)}<span lang="ja">{citation.clone()}</span></p>
        </div>
    }
}

/// A small notice for URL parameters that named nothing known, and for an
/// address the browser would not update.
#[component]
pub fn IgnoredNotice() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let refused = move || {
        viewer.history_refused().map(|why| view! {
            <p class="notice" role="status" data-testid="history-refused">
                {lang.get().pick("ブラウザがアドレスの更新を拒否したため、表示中の条件はリンクに反映されません: ", "The browser refused to update the address, so links no longer match this view: ")}
                <code>{why}</code>
            </p>
        })
    };
    let ignored = move || {
        let ignored = viewer.ignored.get();
        (!ignored.is_empty()).then(|| {
            // Invisible characters shown, long values cut (`Ignored`'s Display).
            let list = ignored
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <p class="notice" role="status" data-testid="ignored-params">
                    {lang.get().pick("URLの次の指定は認識できないか重複しているため無視しました: ", "Ignored URL parameters (unknown or repeated): ")}
                    <code>{list}</code>
                </p>
            }
        })
    };
    view! { {refused} {ignored} }
}

/// Printed at the end of a printout only: when it was printed, the
/// selection in words, and the address that shows the same view.
#[component]
pub fn PrintFooter() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    // Read as the page prints, so the date and address are the printout's.
    let printed = RwSignal::new((String::new(), String::new()));
    let stamp = move || {
        let now = js_sys::Date::new_0();
        let date = format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            now.get_full_year(),
            now.get_month() + 1,
            now.get_date(),
            now.get_hours(),
            now.get_minutes()
        );
        let href = crate::ui::page::browser::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        printed.set((date, href));
    };
    // At build time (the prerender) there is no clock or address to read.
    if crate::ui::page::browser::window().is_some() {
        stamp();
    }
    let listener = window_event_listener(leptos::ev::beforeprint, move |_| stamp());
    on_cleanup(move || listener.remove());
    view! {
        <footer class="print-only print-footer" data-testid="print-footer">
            <p>{move || {
                let l = lang.get();
                let words = viewer.filter.with(|f| viewer.data.with_value(|d| selection_in_words(d, f, l)));
                let view = vocab::view(viewer.view.get(), l);
                printed.with(|(date, _)| format!("{} {date} · {view} {}: {words}", vocab::PRINTED.get(l), SELECTION.get(l)))
            }}</p>
            <p class="print-url">{move || printed.with(|(_, href)| href.clone())}</p>
        </footer>
    }
}
