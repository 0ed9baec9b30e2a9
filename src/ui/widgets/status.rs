//! How a computed status looks, in one place: its shape (so status never
//! depends on colour alone), its colours in both themes (for charts; the
//! stylesheet's `status-*` classes have the same, which `tests/browser.rs`
//! checks), its class and its badge. The words come from the core's
//! vocabulary.

use leptos::prelude::*;

use crate::core::engine::progress::Status;
use crate::core::present::vocab;
use crate::core::text::lang::Lang;

/// A shape per status, so status never depends on colour alone.
pub fn status_icon(status: Status) -> &'static str {
    match status {
        Status::Achieved => "✔",
        Status::OnTrack => "↗",
        Status::AtRisk => "⚠",
        Status::OffTrack => "✖",
        Status::NoTarget => "○",
        Status::NoData => "–",
    }
}

/// Colour of a status on the light and on the dark theme: text, badges,
/// bars and chart bars alike (each at least 4.5:1 on its theme's surface;
/// a shape and words always go with it).
pub fn status_color(status: Status, dark: bool) -> &'static str {
    let (light, on_dark) = match status {
        Status::Achieved => ("#1f6a40", "#7fd3a1"),
        Status::OnTrack => ("#185c95", "#8cc4f0"),
        Status::AtRisk => ("#8a5a12", "#f0c36e"),
        Status::OffTrack => ("#a1221b", "#f5a099"),
        Status::NoTarget | Status::NoData => ("#56606b", "#b4bdc7"),
    };
    if dark {
        on_dark
    } else {
        light
    }
}

/// The class that colours an element by its status: `status-on_track`.
pub fn status_class(status: Status) -> String {
    format!("status-{}", status.id())
}

/// A status badge: icon, text and colour, in `lang`; with `count`, how
/// many KPIs have the status.
#[component]
pub fn StatusBadge(
    /// The status shown.
    status: Status,
    /// The language of its words.
    lang: Lang,
    /// How many KPIs have it, written after the words.
    #[prop(optional)]
    count: Option<usize>,
) -> impl IntoView {
    view! {
        <span class=format!("badge {}", status_class(status))>
            <span class="badge-icon" aria-hidden="true">{status_icon(status)}</span>
            {vocab::status(status, lang)}
            {count.map(|n| format!(" {n}"))}
        </span>
    }
}
