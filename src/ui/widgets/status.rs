//! How a computed status looks, in one place: its shape (so status never
//! depends on colour alone), its badge (shape, words and colour class) and
//! its colour in charts. The words come from the core's `Status`.

use leptos::prelude::*;

use crate::core::i18n::Lang;
use crate::core::progress::Status;

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

/// Colour of a status (the badge beside it carries a shape and text too).
pub fn status_color(status: Status) -> &'static str {
    match status {
        Status::Achieved => "#2e7d4f",
        Status::OnTrack => "#1f6fb2",
        Status::AtRisk => "#b7791f",
        Status::OffTrack => "#b3261e",
        Status::NoTarget | Status::NoData => "#7a8591",
    }
}

/// A status badge: icon, text and colour, in `lang`; with `count`, how
/// many KPIs have the status.
#[component]
pub fn StatusBadge(
    status: Status,
    lang: Lang,
    #[prop(optional)] count: Option<usize>,
) -> impl IntoView {
    view! {
        <span class=format!("badge status-{}", status.id())>
            <span class="badge-icon" aria-hidden="true">{status_icon(status)}</span>
            {lang.pick(status.ja(), status.en())}
            {count.map(|n| format!(" {n}"))}
        </span>
    }
}
