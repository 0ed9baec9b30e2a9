//! What the viewer says around the view: the heading a printout starts
//! with, and notices about the URL.

use leptos::prelude::*;

use crate::core::present::describe::selection_in_words;
use crate::core::present::vocab;
use crate::ui::page::state::Viewer;

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
                format!("{} {}: {words}", vocab::view(viewer.view.get(), l), l.pick("／ 表示条件", "/ Selection"))
            }}</p>
            <p>{move || vocab::SOURCE.get(lang.get())}<span lang="ja">{citation.clone()}</span></p>
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
