//! The note under a list drawn only in part.

use leptos::prelude::*;

use crate::core::present::capped::NotDrawn;
use crate::core::text::lang::Lang;

/// The note, when there is one, with its test hook.
pub fn not_drawn_note(note: Option<NotDrawn>, lang: Lang, testid: &'static str) -> impl IntoView {
    note.map(|n| view! { <p class="note" data-testid=testid>{n.text(lang)}</p> })
}
