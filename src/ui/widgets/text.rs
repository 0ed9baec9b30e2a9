//! Dataset text in the reader's language with the language of each part
//! marked (WCAG 3.1.2): Japanese shown to an English reader sits in an
//! element with `lang="ja"`.

use leptos::prelude::*;

use crate::core::present::names::Local;
use crate::core::present::vocab::{words, Words, JAPANESE_ONLY};
use crate::core::text::lang::Lang;

/// A name or text as [`Local`] gives it: in `<span lang="ja">` when it is
/// Japanese shown to an English reader.
pub fn local(text: Local) -> AnyView {
    if text.japanese {
        view! { <span lang="ja">{text.text}</span> }.into_any()
    } else {
        text.text.into_any()
    }
}

/// The "Japanese only" label, in English mode, before printed text that
/// has no English version.
pub fn japanese_only_label(lang: Lang) -> impl IntoView {
    (lang == Lang::En).then(|| view! { " " <span class="ja-only">{JAPANESE_ONLY}</span> })
}

/// A long printed text that has no English version: as printed, marked
/// `lang="ja"`, after a "Japanese only" label in English mode.
pub fn japanese_only(lang: Lang, class: &'static str, text: String) -> impl IntoView {
    view! {
        {(lang == Lang::En).then(|| view! { <span class="ja-only">{JAPANESE_ONLY}</span> })}
        <p class=class lang="ja">{text}</p>
    }
}

/// `label` in the reader's language, following it as it changes. Every
/// label is this one closure type, so the wasm carries Leptos' reactive
/// text (and attribute) code once for them all, not once per label.
pub fn words_in(
    lang: Memo<Lang>,
    label: Words,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || label.get(lang.get())
}

/// [`words_in`] for a label written in place, Japanese and English.
pub fn text_in(
    lang: Memo<Lang>,
    ja: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    words_in(lang, words(ja, en))
}
