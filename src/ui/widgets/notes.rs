//! Our notes and readings as the reader sees them: each labelled as ours
//! (本ビューアの注記, 本ビューアの判断), apart from what the report prints.

use leptos::prelude::*;

use crate::core::present::notes::{OurNote, OUR_NOTE, OUR_READING};
use crate::core::text::lang::Lang;

/// A note of ours, with our reading apart, each labelled as ours.
#[component]
pub fn OurNoteView(
    /// The note.
    note: OurNote,
    /// The reader's language (the note itself stays Japanese).
    lang: Lang,
) -> impl IntoView {
    let l = lang;
    view! {
        <div class="our-note" data-testid="our-note">
            {(!note.note.is_empty()).then(|| view! {
                <p><span class="tag ours">{OUR_NOTE.get(l)}</span>" "<span lang="ja">{note.note}</span></p>
            })}
            {note.reading.map(|r| view! {
                <p class="reading" data-testid="our-reading"><span class="tag ours">{OUR_READING.get(l)}</span>" "<span lang="ja">{r}</span></p>
            })}
        </div>
    }
}
