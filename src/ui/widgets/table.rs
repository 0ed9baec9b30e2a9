//! Pieces of the data tables that sit beside the charts.

use leptos::prelude::*;

use crate::ui::widgets::listed::Listed;

/// A table's header row: a column heading per text `heads` gives (in the
/// language of the moment).
pub fn column_heads(heads: impl Fn() -> Vec<String> + Send + Sync + 'static) -> impl IntoView {
    view! {
        <thead><tr>
            {move || heads().into_iter().map(|h| view! { <th scope="col">{h}</th> }).listed()}
        </tr></thead>
    }
}
