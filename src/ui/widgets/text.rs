//! Dataset text in the reader's language, with the language of each part
//! marked (WCAG 3.1.2): Japanese shown to an English reader sits in an
//! element with `lang="ja"`.

use leptos::prelude::*;

use crate::core::i18n::Lang;

/// A name in the reader's language: the English version in English mode
/// where there is one, else the printed Japanese in `<span lang="ja">`.
pub fn local(lang: Lang, ja: &str, en: Option<&str>) -> AnyView {
    let text = lang.local(ja, en).to_string();
    if lang.falls_back(en) {
        view! { <span lang="ja">{text}</span> }.into_any()
    } else {
        text.into_any()
    }
}

/// A long printed text that has no English version: as printed, marked
/// `lang="ja"`, with a "Japanese only" label in English mode.
pub fn japanese_only(lang: Lang, class: &'static str, text: String) -> impl IntoView {
    view! {
        {(lang == Lang::En).then(|| view! { <span class="ja-only">"Japanese only"</span> })}
        <p class=class lang="ja">{text}</p>
    }
}
