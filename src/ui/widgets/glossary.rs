//! The report's terms explained where they appear: a term is a button that
//! opens a small popover (the browser's `popover`, which needs no script
//! to open and closes on a tap elsewhere or Escape) with its meaning and
//! whose words the meaning is.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::core::present::glossary::Explained;
use crate::core::text::lang::Lang;
use crate::ui::widgets::listed::Listed;

/// A number for each popover on the page, so their ids never collide.
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// `label` (a term as it stands in the text) explained by `term`.
#[component]
pub fn TermButton(
    /// The words shown.
    label: String,
    /// The term they stand for, explained.
    term: Explained,
    /// The reader's language (the report's own definition stays Japanese).
    lang: Lang,
) -> impl IntoView {
    let id = format!("{}-{}", term.id, NEXT.fetch_add(1, Ordering::Relaxed));
    let japanese = term.the_reports && lang == Lang::En;
    view! {
        <button type="button" class="term" popovertarget=id.clone() data-term=term.id>{label}</button>
        <span popover="auto" id=id class="term-pop" role="note">
            <b>{term.name}</b>": "
            <span lang=japanese.then_some("ja")>{term.meaning}</span>
            " "<span class="note">{format!("{}{}{}", lang.pick("（", "("), term.source, lang.pick("）", ")"))}</span>
        </span>
    }
}

/// A line of the terms a text uses, each explained on a tap (nothing when
/// there are none).
#[component]
pub fn TermList(
    /// The terms, explained.
    terms: Vec<Explained>,
    /// The reader's language.
    lang: Lang,
) -> impl IntoView {
    (!terms.is_empty()).then(|| {
        view! {
            <p class="terms">
                {lang.pick("用語: ", "Terms: ")}
                {terms.into_iter().map(|term| view! { <TermButton label=term.name.clone() term lang /> " " }).listed()}
            </p>
        }
    })
}
