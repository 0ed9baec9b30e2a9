//! The overview: the project scorecard and cards, the achievement and budget charts (each
//! with a table holding the same data, for screen readers and for reading
//! exact figures) and the phase × project matrix.

mod achievement;
mod budget;
mod cards;
mod matrix;
mod scorecard;

use leptos::prelude::*;

use crate::ui::page::state::Viewer;
use crate::ui::widgets::empty::EmptyResult;
use achievement::AchievementChart;
pub use budget::BudgetChart;
pub use cards::ProjectCards;
pub use matrix::PhaseMatrix;
use scorecard::Scorecard;

/// The overview view.
#[component]
pub fn Overview() -> impl IntoView {
    let viewer = Viewer::get();
    let nothing = move || {
        viewer
            .selection
            .with(|s| s.kpis.is_empty() && s.programs.is_empty())
    };
    view! {
        // Said first, in the content area, when the filters leave nothing.
        {move || nothing().then(|| view! { <EmptyResult /> })}
        <Scorecard />
        <ProjectCards />
        <AchievementChart />
        <PhaseMatrix />
        <BudgetChart />
    }
}
