//! The "cite" button: copies a citation of one item (the report, where the
//! item sits, its figure as printed, today's date and a link to exactly
//! it) in the reader's language.

use leptos::prelude::*;

use crate::core::present::cite::Citable;
use crate::core::present::vocab;
use crate::ui::page::browser::copy_text;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::text::text_in;

/// Today's date in the reader's time zone, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The page's origin and path, without its query.
fn page_address() -> String {
    crate::ui::page::browser::window()
        .map(|w| w.location())
        .map(|l| {
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// A button that copies the citation of `item`, and says when it has.
#[component]
pub fn CiteButton(
    /// What is cited.
    item: Citable,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let copied = RwSignal::new(None::<bool>);
    let text = StoredValue::new(item);
    let copy = move |_| {
        let citation = viewer.data.with_value(|d| {
            text.with_value(|item| {
                item.citation(&d.report, &page_address(), &today(), lang.get_untracked())
            })
        });
        copy_text(&citation, copied);
    };
    view! {
        <span class="cite">
            <button type="button" class="cite-button" data-testid="copy-citation" on:click=copy>
                {text_in(lang, "引用をコピー", "Copy citation")}
            </button>
            <span class="copy-status" role="status">{move || match copied.get() {
                Some(true) => vocab::COPIED.get(lang.get()),
                Some(false) => lang.get().pick("コピーできませんでした", "Could not copy"),
                None => "",
            }}</span>
        </span>
    }
}
