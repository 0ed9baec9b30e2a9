//! A part laid out one way on phones and another on wider screens (the
//! overview's charts, lists on phones): in the browser the reader's width
//! picks one, live; at build time both are written, and the stylesheet
//! shows the one that applies (`.phone-only`, `.wide-only`), so the
//! prerendered page looks like the app on any screen.

use leptos::prelude::*;

use crate::ui::page::media::phone;
use crate::ui::page::state::prerendering;

/// `narrow` on phones, `wide` elsewhere.
#[component]
pub fn PhoneOrWide(
    /// The phone's layout.
    #[prop(into)]
    narrow: ViewFn,
    /// The wider screens' layout.
    #[prop(into)]
    wide: ViewFn,
) -> impl IntoView {
    if prerendering() {
        return view! {
            <div class="phone-only">{narrow.run()}</div>
            <div class="wide-only">{wide.run()}</div>
        }
        .into_any();
    }
    let compact = phone();
    (move || {
        if compact.get() {
            view! { <div class="phone-only">{narrow.run()}</div> }.into_any()
        } else {
            view! { <div class="wide-only">{wide.run()}</div> }.into_any()
        }
    })
    .into_any()
}
