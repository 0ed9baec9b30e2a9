//! Dataset text in the reader's language, with the language of each part
//! marked (WCAG 3.1.2): Japanese shown to an English reader sits in an
//! element with `lang="ja"`.

use leptos::prelude::*;

use crate::core::text::lang::Lang;
use crate::ui::page::state::Viewer;

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

/// The names of the ministries with these ids in `lang`, joined: 厚生労働省、文部科学省
/// (an unknown id as it is).
pub fn ministry_names(viewer: Viewer, ids: &[String], lang: Lang) -> String {
    viewer.data.with_value(|d| {
        ids.iter()
            .map(|id| {
                d.ministries
                    .iter()
                    .find(|m| &m.id == id)
                    .map_or(id.clone(), |m| {
                        lang.pick(&m.name_ja, &m.name_en).to_string()
                    })
            })
            .collect::<Vec<_>>()
            .join(lang.pick("、", ", "))
    })
}
